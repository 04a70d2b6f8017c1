#include "stock/StockTableModel.h"
#include "support/StockShop.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

QStringList column(const StockTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void waitLoaded(StockTableModel& model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
}

const Id Main = StockService::mainLocationId();
const Id Quarantine = StockService::quarantineLocationId();

} // namespace

class TestStockTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        StockShop shop;
        QList<Id> ids;
        for (int i = 0; i < 25; ++i) {
            ids.append(shop.product(u"T-%1"_qs.arg(i), u"Tea %1"_qs.arg(i)));
            shop.receive(ids.last(), i % 2 ? Main : Quarantine, i + 1, 100 * (i + 1));
        }
        StockTableModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.columnCount(), int(StockTableModel::ColumnCount));

        for (int c = 0; c < StockTableModel::ColumnCount; ++c) {
            model.sort(c, Qt::DescendingOrder);
            model.sort(c, Qt::AscendingOrder);
        }
        model.setSearchText(u"tea 1"_qs); // Tea 1, Tea 10..19
        QCOMPARE(model.rowCount(), 11);
        model.setSearchText({});
        StockFilter filter;
        filter.locationId = Main;
        model.setFilter(filter);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 12);

        // Quantities change in place; a new row resets.
        QVERIFY(shop.stock.adjust(shop.owner, ids[1], Main, Quantity::fromUnits(3),
                                  MovementReasons::Found.toString()));
        waitLoaded(model);
        QTRY_COMPARE(model.rowCount(), 12);
        shop.receive(ids[0], Main, 1);
        waitLoaded(model);
        QTRY_COMPARE(model.rowCount(), 13);
    }

    void showsQuantitiesWithUnitsAndCosts()
    {
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs, Unit::Kilogram);
        const Id cup = shop.product(u"CUP"_qs, u"Cup"_qs);
        QVERIFY(shop.stock.receive(shop.owner, tea, Main, Quantity::fromMilli(2500), 120000));
        shop.receive(cup, Quarantine, 3, 15050);
        QVERIFY(
            shop.stock.reserve(shop.owner, tea, Main, Quantity::fromMilli(500), u"order"_qs, Id::create()));
        StockTableModel model(shop.services(), shop.owner);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 2);
        const int teaRow = model.rowOf(tea, Main);
        const int cupRow = model.rowOf(cup, Quarantine);
        QVERIFY(teaRow >= 0 && cupRow >= 0);
        auto text = [&](int row, int c) { return model.index(row, c).data().toString(); };
        QCOMPARE(text(teaRow, StockTableModel::OnHand), u"2.5\u00A0kg"_qs);
        QCOMPARE(text(teaRow, StockTableModel::Reserved), u"0.5\u00A0kg"_qs);
        QCOMPARE(text(teaRow, StockTableModel::Available), u"2\u00A0kg"_qs);
        QCOMPARE(text(teaRow, StockTableModel::AverageCost), u"1,200.00\u00A0₽"_qs);
        QCOMPARE(text(teaRow, StockTableModel::Value), u"3,000.00\u00A0₽"_qs);
        QCOMPARE(text(teaRow, StockTableModel::Location), u"Main stock"_qs);
        // Nothing reserved: blank. Quarantine is never available.
        QCOMPARE(text(cupRow, StockTableModel::Reserved), QString());
        QCOMPARE(text(cupRow, StockTableModel::Available), u"—"_qs);
        QCOMPARE(text(cupRow, StockTableModel::OnHand), u"3\u00A0pcs"_qs);
        QCOMPARE(model.totalValue(), std::optional<qint64>(300000 + 45150));
        QCOMPARE(model.index(teaRow, 0).data(StockTableModel::ProductIdRole).value<Id>(), tea);
        QCOMPARE(model.index(cupRow, 0).data(StockTableModel::LocationIdRole).value<Id>(), Quarantine);
    }

    void negativeOnHandIsRed()
    {
        StockShop shop;
        const Id p = shop.product(u"NEG"_qs, u"Negative"_qs, Unit::Piece, 10000);
        const Id q = shop.product(u"POS"_qs, u"Positive"_qs);
        shop.receive(q, Main, 2);
        shop.applyRemote(p, Main, -Quantity::fromUnits(4));
        StockTableModel model(shop.services(), shop.owner);
        waitLoaded(model);
        const QModelIndex negative = model.index(model.rowOf(p, Main), StockTableModel::OnHand);
        QCOMPARE(negative.data().toString(), u"\u22124\u00A0pcs"_qs);
        QCOMPARE(negative.data(Qt::ForegroundRole).value<QColor>(), QColor(0xC6, 0x28, 0x28));
        QVERIFY(
            !model.index(model.rowOf(q, Main), StockTableModel::OnHand).data(Qt::ForegroundRole).isValid());
    }

    void sortsByColumn()
    {
        StockShop shop;
        // Numbers inside SKUs sort by value; quantities numerically.
        const Id a10 = shop.product(u"A-10"_qs, u"banana"_qs);
        const Id a2 = shop.product(u"A-2"_qs, u"Apple"_qs);
        const Id b1 = shop.product(u"B-1"_qs, u"cherry"_qs);
        shop.receive(a10, Main, 5);
        shop.receive(a2, Main, 40);
        shop.receive(b1, Main, 7);
        StockTableModel model(shop.services(), shop.owner);
        waitLoaded(model);
        QCOMPARE(column(model, StockTableModel::Sku), (QStringList{u"A-2"_qs, u"A-10"_qs, u"B-1"_qs}));
        model.sort(StockTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(model, StockTableModel::Name),
                 (QStringList{u"Apple"_qs, u"banana"_qs, u"cherry"_qs}));
        model.sort(StockTableModel::OnHand, Qt::DescendingOrder);
        QCOMPARE(column(model, StockTableModel::Sku), (QStringList{u"A-2"_qs, u"B-1"_qs, u"A-10"_qs}));
        model.sort(StockTableModel::OnHand, Qt::AscendingOrder);
        QCOMPARE(column(model, StockTableModel::Sku), (QStringList{u"A-10"_qs, u"B-1"_qs, u"A-2"_qs}));
        // A reload keeps the order the user chose.
        shop.receive(a10, Main, 100);
        QTRY_COMPARE(column(model, StockTableModel::Sku), (QStringList{u"B-1"_qs, u"A-2"_qs, u"A-10"_qs}));
    }

    void costsStayEmptyWithoutPermission()
    {
        StockShop shop;
        const Id p = shop.product(u"C-1"_qs, u"Costly"_qs);
        shop.receive(p, Main, 2, 5000);
        StockTableModel model(shop.services(), Actor::withRole(Role::Support));
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, StockTableModel::AverageCost).data().toString(), QString());
        QCOMPARE(model.index(0, StockTableModel::Value).data().toString(), QString());
        QCOMPARE(model.totalValue(), std::nullopt);
    }

    void productSetsNarrowTheRows()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs, u"A"_qs);
        const Id b = shop.product(u"B"_qs, u"B"_qs);
        const Id c = shop.product(u"C"_qs, u"C"_qs);
        for (const Id& id : {a, b, c})
            shop.receive(id, Main, 1);
        StockTableModel model(shop.services(), shop.owner);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 3);
        // Every set must contain a product: the intersection shows.
        model.setFilter({}, {[&] {
                                 return Result<QList<Id>>(QList<Id>{a, b});
                             },
                             [&] {
                                 return Result<QList<Id>>(QList<Id>{b, c});
                             }});
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->productId, b);
        // An empty set shows nothing (not everything).
        model.setFilter({}, {[] { return Result<QList<Id>>(QList<Id>()); }});
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 0);
        // A failing set is reported.
        QSignalSpy failed(&model, &StockTableModel::loadFailed);
        model.setFilter({}, {[] { return Result<QList<Id>>(fail(ErrorCode::Storage, u"broken"_qs)); }});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().message, u"broken"_qs);
    }

    void filtersByWarehouseNegativeAndZero()
    {
        StockShop shop;
        const auto [spb, spbMain] = shop.ownWarehouse(u"SPB"_qs, u"Saint Petersburg"_qs);
        const Id a = shop.product(u"A"_qs, u"A"_qs);
        const Id b = shop.product(u"B"_qs, u"B"_qs);
        shop.receive(a, Main, 3);
        shop.receive(a, spbMain, 2);
        shop.receive(b, Main, 1);
        QVERIFY(shop.stock.adjust(shop.owner, b, Main, -Quantity::fromUnits(1),
                                  MovementReasons::Loss.toString()));
        shop.applyRemote(a, Quarantine, -Quantity::fromUnits(1));
        StockTableModel model(shop.services(), shop.owner);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 3); // b's zero row hidden
        StockFilter f;
        f.includeZero = true;
        model.setFilter(f);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 4);
        f = {};
        f.warehouseId = spb.id;
        model.setFilter(f);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->locationId, spbMain);
        // With two warehouses the location says which one.
        QCOMPARE(model.index(0, StockTableModel::Location).data().toString(),
                 u"Saint Petersburg — Storage"_qs);
        f = {};
        f.negativeOnly = true;
        model.setFilter(f);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->locationId, Quarantine);
        QCOMPARE(model.index(0, StockTableModel::Location).data().toString(),
                 u"Main warehouse › Quarantine"_qs);
    }
};

QTEST_MAIN(TestStockTableModel)
#include "TestStockTableModel.moc"
