#include "stock/ReplenishmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace kontor;

namespace {

ReplenishmentLine line(const QString& sku, std::optional<double> cover, qint64 suggestedUnits,
                       const QString& unit = u"pcs"_qs)
{
    ReplenishmentLine l;
    l.productId = Id::create();
    l.sku = sku;
    l.name = u"Product "_qs + sku;
    l.unit = unit;
    l.daysOfCover = cover;
    l.dailyDemand = cover ? 2.0 : 0.0;
    l.suggested = Quantity::fromUnits(suggestedUnits);
    l.leadTimeDays = 14;
    return l;
}

QStringList skus(const ReplenishmentTableModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ReplenishmentTableModel::Sku).data().toString());
    return result;
}

} // namespace

class TestReplenishmentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        ReplenishmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ReplenishmentLine> lines;
        for (int i = 0; i < 40; ++i)
            lines.append(
                line(u"SKU-%1"_qs.arg(i), i % 4 == 0 ? std::nullopt : std::optional<double>(i), 40 - i));
        model.setLines(lines);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.columnCount(), int(ReplenishmentTableModel::ColumnCount));
        for (int column = 0; column < ReplenishmentTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole)})
                model.index(0, column).data(role);
        }
        model.setLines(lines.mid(0, 5));
        QCOMPARE(model.rowCount(), 5);
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByValueWithoutFiguresLast()
    {
        ReplenishmentTableModel model;
        model.setLines({line(u"B"_qs, 12.0, 5), line(u"A"_qs, std::nullopt, 1), line(u"C"_qs, 1.5, 30),
                        line(u"D"_qs, 100.0, 2)});
        model.sort(ReplenishmentTableModel::DaysOfCover, Qt::AscendingOrder);
        QCOMPARE(skus(model), (QStringList{u"C"_qs, u"B"_qs, u"D"_qs, u"A"_qs}));
        model.sort(ReplenishmentTableModel::DaysOfCover, Qt::DescendingOrder);
        QCOMPARE(skus(model), (QStringList{u"D"_qs, u"B"_qs, u"C"_qs, u"A"_qs}));
        model.sort(ReplenishmentTableModel::Suggested, Qt::DescendingOrder);
        QCOMPARE(skus(model), (QStringList{u"C"_qs, u"B"_qs, u"D"_qs, u"A"_qs}));
        // Numbers in SKUs by value.
        model.setLines({line(u"X-10"_qs, 1.0, 1), line(u"X-9"_qs, 1.0, 1)});
        model.sort(ReplenishmentTableModel::Sku, Qt::AscendingOrder);
        QCOMPARE(skus(model), (QStringList{u"X-9"_qs, u"X-10"_qs}));
        // A reload keeps the sort.
        model.setLines({line(u"X-10"_qs, 1.0, 1), line(u"X-2"_qs, 1.0, 1), line(u"X-9"_qs, 1.0, 1)});
        QCOMPARE(skus(model), (QStringList{u"X-2"_qs, u"X-9"_qs, u"X-10"_qs}));
    }

    void formatsFigures()
    {
        ReplenishmentTableModel model;
        ReplenishmentLine kg = line(u"FLOUR"_qs, 2.26, 0, u"kg"_qs);
        kg.available = Quantity::fromMilli(4500);
        kg.reorderPoint = Quantity::fromMilli(12250);
        kg.reorderPointFromRule = true;
        kg.leadTimeDays = 7.5;
        kg.leadTimeSource = LeadTimeSource::Learned;
        kg.lastSaleAt = 1767225600000; // 2026-01-01
        ReplenishmentLine idle = line(u"IDLE"_qs, std::nullopt, 0);
        idle.leadTimeDays = 1;
        model.setLines({kg, idle});
        model.sort(ReplenishmentTableModel::Sku);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, ReplenishmentTableModel::Available), u"4.5 kg"_qs);
        QCOMPARE(text(0, ReplenishmentTableModel::ReorderPoint), u"12.25 kg"_qs);
        QVERIFY(
            model.index(0, ReplenishmentTableModel::ReorderPoint).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, ReplenishmentTableModel::Target).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, ReplenishmentTableModel::ReorderPoint).data(Qt::ToolTipRole).toString(),
                 u"Set by a rule"_qs);
        QCOMPARE(text(0, ReplenishmentTableModel::DaysOfCover), u"2.3"_qs);
        QCOMPARE(text(0, ReplenishmentTableModel::LeadTime), u"7.5 days"_qs);
        QCOMPARE(text(0, ReplenishmentTableModel::LeadTimeSource), u"learned from receipts"_qs);
        QCOMPARE(
            text(0, ReplenishmentTableModel::LastSale),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(1767225600000).date(), QLocale::ShortFormat));
        QCOMPARE(text(0, ReplenishmentTableModel::Excess), QString());  // not overstocked
        QCOMPARE(text(1, ReplenishmentTableModel::Available), u"0"_qs); // pieces need no unit
        QCOMPARE(text(1, ReplenishmentTableModel::DaysOfCover), u"no sales"_qs);
        QCOMPARE(text(1, ReplenishmentTableModel::LeadTime), u"1 day"_qs);
        QCOMPARE(text(1, ReplenishmentTableModel::LastSale), u"never"_qs);
        QCOMPARE(model.index(1, 0).data(ReplenishmentTableModel::IdRole).value<Id>(), idle.productId);
        QCOMPARE(model.rowOf(idle.productId), 1);
        QCOMPARE(model.lineAt(1)->sku, u"IDLE"_qs);
        QVERIFY(!model.lineAt(2));
    }
};

QTEST_MAIN(TestReplenishmentTableModel)
#include "TestReplenishmentTableModel.moc"
