#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kontor::test {

namespace {

struct Run
{
    bool ok = false;
    QString out;
    QString error;
};

Run run(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {false, {}, tool + u" is not installed (apt-get install poppler-utils)"_qs};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {false, {}, tool + u" failed: "_qs + QString::fromUtf8(process.readAllStandardError())};
    return {true, QString::fromUtf8(process.readAllStandardOutput()), {}};
}

} // namespace

PdfInfo pdfInfo(const QString& path)
{
    PdfInfo info;
    const Run result = run(u"pdfinfo"_qs, {path});
    if (!result.ok) {
        info.error = result.error;
        return info;
    }
    const auto pages =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_qs, QRegularExpression::MultilineOption).match(result.out);
    const auto size = QRegularExpression(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_qs,
                                         QRegularExpression::MultilineOption)
                          .match(result.out);
    if (!pages.hasMatch() || !size.hasMatch()) {
        info.error = u"unexpected pdfinfo output: "_qs + result.out;
        return info;
    }
    constexpr double MmPerPoint = 25.4 / 72.0;
    info.ok = true;
    info.pages = pages.captured(1).toInt();
    info.pageSize =
        QSizeF(size.captured(1).toDouble() * MmPerPoint, size.captured(2).toDouble() * MmPerPoint);
    return info;
}

QString pdfText(const QString& path)
{
    const Run result = run(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    if (!result.ok)
        return u"<"_qs + result.error + u">"_qs;
    return result.out.simplified();
}

QStringList pdfLines(const QString& path)
{
    const Run result = run(u"pdftotext"_qs, {u"-layout"_qs, u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    if (!result.ok)
        return {u"<"_qs + result.error + u">"_qs};
    QStringList lines;
    for (const QString& line : result.out.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines;
}

} // namespace kontor::test
