#include "BenchData.h"

#include "BenchTools.h"
#include "common/Money.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

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

QList<CsvMove> readMovesCsv(const QString& path)
{
    const QStringList lines = readLines(path);
    if (lines.value(0) != u"seq,kind,from,to,sku,qty")
        fatal(QStringLiteral("%1: unexpected header \"%2\"").arg(path, lines.value(0)));
    QList<CsvMove> moves;
    moves.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        const QString where = QStringLiteral("%1, line %2").arg(path).arg(i + 1);
        bool seqOk = false;
        bool qtyOk = false;
        CsvMove m{f.value(0).toInt(&seqOk), f.value(1) == u"receipt", f.value(4),
                  f.value(5).toLongLong(&qtyOk)};
        const bool shipment = f.value(1) == u"shipment";
        if (f.size() != 6 || !seqOk || !qtyOk || m.quantity <= 0 || (!m.receipt && !shipment))
            fatal(where + QStringLiteral(": expected seq,receipt|shipment,from,to,sku,positive qty"));
        moves.append(m);
    }
    std::stable_sort(moves.begin(), moves.end(),
                     [](const CsvMove& a, const CsvMove& b) { return a.seq < b.seq; });
    return moves;
}

QList<std::pair<QString, qint64>> readExpectedOnHand(const QString& path)
{
    const QStringList lines = readLines(path);
    if (lines.value(0) != u"sku,on_hand")
        fatal(QStringLiteral("%1: unexpected header \"%2\"").arg(path, lines.value(0)));
    QList<std::pair<QString, qint64>> rows;
    rows.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        bool ok = false;
        const qint64 onHand = f.value(1).toLongLong(&ok);
        if (f.size() != 2 || !ok)
            fatal(QStringLiteral("%1, line %2: expected sku,on_hand").arg(path).arg(i + 1));
        rows.append({f.at(0), onHand});
    }
    return rows;
}

} // namespace kontor::bench
