// kontor-bench: Kontor's speed next to raw SQLite on the same machine, as one JSON object on stdout
// (BENCHMARKS.md). Progress goes to stderr.
//   kontor-bench --workload W --data DIR   the shared workload W (W1-W5)
//   kontor-bench --scale small|large       the demo catalog and what a user feels on it
//   --out FILE                             also write the JSON to FILE
// Exit status 0, 1 when a step fails or a result check does not hold, 2 for wrong usage.

#include "BenchTools.h"
#include "ScaleBench.h"
#include "WorkloadW.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

using namespace kontor;
using namespace kontor::bench;

int main(int argc, char* argv[])
{
    // The start-up step builds the real main window; offscreen unless a display is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-bench"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    QLoggingCategory::setFilterRules(u"kontor.*.info=false"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kontor's speed next to raw SQLite, as one JSON object."_qs);
    parser.addHelpOption();
    const QCommandLineOption workloadOption(u"workload"_qs, u"The shared workload to run (W)."_qs,
                                            u"name"_qs);
    const QCommandLineOption dataOption(u"data"_qs, u"The workload's data folder (../shared/bench/W)."_qs,
                                        u"dir"_qs);
    const QCommandLineOption scaleOption(u"scale"_qs, u"Demo catalog steps: small or large."_qs, u"size"_qs);
    const QCommandLineOption outOption(u"out"_qs, u"Also write the JSON to this file."_qs, u"file"_qs);
    parser.addOptions({workloadOption, dataOption, scaleOption, outOption});
    parser.process(app);

    QTextStream err(stderr);
    const bool workload = parser.isSet(workloadOption);
    const bool scaled = parser.isSet(scaleOption);
    if (!workload && !scaled) {
        err << "kontor-bench: give --workload W --data DIR and/or --scale small|large" << Qt::endl;
        return 2;
    }
    if (workload && (parser.value(workloadOption) != u"W" || !parser.isSet(dataOption))) {
        err << "kontor-bench: only --workload W exists, and it needs --data DIR" << Qt::endl;
        return 2;
    }
    const QString scaleName = parser.value(scaleOption);
    if (scaled && scaleName != u"small" && scaleName != u"large") {
        err << "kontor-bench: --scale is small or large" << Qt::endl;
        return 2;
    }

    QJsonObject report;
    report.insert(u"kontor"_qs, QStringLiteral(KONTOR_VERSION));
    report.insert(u"build"_qs, QStringLiteral(KONTOR_BUILD_TYPE));
    report.insert(u"qt"_qs, QString::fromLatin1(qVersion()));
    report.insert(u"sqlite"_qs, QString::fromLatin1(sqlite3_libversion()));
    report.insert(u"cpus"_qs, QThread::idealThreadCount());
    report.insert(u"os"_qs, QSysInfo::prettyProductName());
    report.insert(u"started"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    report.insert(u"raw_baseline"_qs,
                  u"raw sqlite3 prepared statements, same pragmas (WAL, synchronous=FULL, "
                  u"foreign_keys=ON, cache_size=-32000, temp_store=MEMORY), plain tables: no "
                  u"change log, search index or audit log"_qs);
    bool ok = true;
    if (workload) {
        report.insert(u"workload"_qs, parser.value(dataOption));
        ok = runWorkloadW(parser.value(dataOption), report) && ok;
    }
    if (scaled) {
        ok = runScale(scaleName == u"large" ? DemoData::Scale::Large : DemoData::Scale::Small, report) && ok;
    }
    report.insert(u"checks_passed"_qs, ok);

    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(json);
    out.flush();
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
            err << "kontor-bench: cannot write " << parser.value(outOption) << Qt::endl;
            return 1;
        }
    }
    return ok ? 0 : 1;
}
