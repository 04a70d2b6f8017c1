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

QStringList readCustomersCsv(const QString& path)
{
    QStringList lines = readLines(path);
    if (lines.value(0) != u"name")
        fatal(QStringLiteral("%1: unexpected header \"%2\"").arg(path, lines.value(0)));
    lines.removeFirst();
    return lines;
}

QList<CsvSaleLine> readSalesCsv(const QString& path)
{
    const QStringList lines = readLines(path);
    if (lines.value(0) != u"order,customer,line,sku,qty,unit_price")
        fatal(QStringLiteral("%1: unexpected header \"%2\"").arg(path, lines.value(0)));
    QList<CsvSaleLine> rows;
    rows.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u',');
        const QString where = QStringLiteral("%1, line %2").arg(path).arg(i + 1);
        bool orderOk = false;
        bool lineOk = false;
        bool qtyOk = false;
        if (f.size() != 6)
            fatal(where + QStringLiteral(": expected 6 fields"));
        CsvSaleLine row{f.at(0).toInt(&orderOk),
                        f.at(1),
                        f.at(2).toInt(&lineOk),
                        f.at(3),
                        f.at(4).toLongLong(&qtyOk),
                        check(Money::parse(f.at(5), u"RUB"_qs), qPrintable(where)).minorUnits()};
        if (!orderOk || !lineOk || !qtyOk || row.quantity <= 0)
            fatal(where + QStringLiteral(": expected order,customer,line,sku,positive qty,price"));
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CsvSaleLine& a, const CsvSaleLine& b) {
        return a.order != b.order ? a.order < b.order : a.line < b.line;
    });
    return rows;
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
