#include "BenchData.h"

#include "BenchTools.h"
#include "common/Money.h"

#include <QFile>
#include <QTextStream>

namespace kontor::bench {

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fatal(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

QList<CsvProduct> readProductsCsv(const QString& path)
{
    const QStringList lines = readLines(path);
    if (lines.value(0) != u"sku,name,list_price,cost_price")
        fatal(QStringLiteral("%1: unexpected header \"%2\"").arg(path, lines.value(0)));
    QList<CsvProduct> rows;
    rows.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        const QString where = QStringLiteral("%1, line %2").arg(path).arg(i + 1);
        if (f.size() != 4)
            fatal(where + QStringLiteral(": expected 4 fields"));
        rows.append(CsvProduct{f.at(0), f.at(1),
                               check(Money::parse(f.at(2), u"RUB"_qs), qPrintable(where)).minorUnits(),
                               check(Money::parse(f.at(3), u"RUB"_qs), qPrintable(where)).minorUnits()});
    }
    return rows;
}

} // namespace kontor::bench
