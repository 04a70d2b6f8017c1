#include "catalog/ProductService.h"
#include "products/ProductTableModel.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::makeProduct;

namespace {

QStringList column(const ProductTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void waitLoaded(ProductTableModel& model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
}

} // namespace

class TestProductTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        const Actor owner = Actor::owner();
        auto clothes = service.createCategory(owner, u"Clothes"_qs);
        QVERIFY(clothes);
        for (int i = 0; i < 30; ++i) {
            Product p = makeProduct(u"SKU-%1"_qs.arg(i), u"Product %1"_qs.arg(i), 100 * i);
            if (i % 3 == 0)
                p.categoryId = clothes->id;
            if (i % 5 == 0)
                p.barcodes.append(*Barcodes::validate(u"INT-%1"_qs.arg(i), true));
            QVERIFY(service.create(owner, p));
        }

        ProductTableModel model(service, owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 30);

        // Reset, re-sort, filter and change while the tester watches.
        model.sort(ProductTableModel::Sku, Qt::DescendingOrder);
        model.sort(ProductTableModel::Name, Qt::AscendingOrder);
        ProductFilter filter;
        filter.categoryId = clothes->id;
        model.setFilter(filter);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(service.create(owner, [&] {
            Product p = makeProduct(u"NEW-1"_qs, u"New one"_qs);
            p.categoryId = clothes->id;
            return p;
        }()));
        QTRY_COMPARE(model.rowCount(), 11);
        model.setFilter({});
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 31);
        QVERIFY(service.createCategory(owner, u"Shoes"_qs, clothes->id));
        waitLoaded(model);
    }

    void showsFormattedColumns()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto shoes = service.createCategory(Actor::owner(), u"Shoes"_qs);
        auto boots = service.createCategory(Actor::owner(), u"Boots"_qs, shoes->id);
        Product p = makeProduct(u"B-1"_qs, u"Winter boots"_qs, 1234550);
        p.categoryId = boots->id;
        p.cost = Money(600000, u"RUB"_qs);
        p.vatRateBp = 2000;
        p.unit = Unit::Kilogram;
        p.barcodes.append(*Barcodes::validate(u"4006381333931"_qs, false));
        QVERIFY(service.create(Actor::owner(), p));

        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&](int c) { return model.index(0, c).data().toString(); };
        QCOMPARE(cell(ProductTableModel::Sku), u"B-1"_qs);
        QCOMPARE(cell(ProductTableModel::Name), u"Winter boots"_qs);
        QCOMPARE(cell(ProductTableModel::Category), u"Boots"_qs);
        QCOMPARE(model.index(0, ProductTableModel::Category).data(Qt::ToolTipRole).toString(),
                 u"Shoes › Boots"_qs);
        QCOMPARE(cell(ProductTableModel::Unit), Units::displayName(Unit::Kilogram));
        QCOMPARE(cell(ProductTableModel::Price), Money(1234550, u"RUB"_qs).toDisplayString(QLocale()));
        QCOMPARE(cell(ProductTableModel::Price), u"12,345.50\u00A0₽"_qs);
        QCOMPARE(cell(ProductTableModel::Cost), u"6,000.00\u00A0₽"_qs);
        QCOMPARE(cell(ProductTableModel::Vat), u"20%"_qs);
        QCOMPARE(cell(ProductTableModel::Barcode), u"4006381333931"_qs);
        QCOMPARE(cell(ProductTableModel::Status), u"Active"_qs);
        QCOMPARE(model.index(0, ProductTableModel::Price).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);

        // Someone who may not see costs gets a dash, not the number.
        ProductTableModel support(service, Actor::withRole(Role::Support));
        waitLoaded(support);
        QCOMPARE(support.index(0, ProductTableModel::Cost).data().toString(), u"—"_qs);
        QCOMPARE(support.index(0, ProductTableModel::Price).data().toString(),
                 cell(ProductTableModel::Price));
    }

    void fetchesOnlyRequestedPages()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QList<Product> rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(
                makeProduct(u"P%1"_qs.arg(i, 4, 10, QChar(u'0')), u"Item %1"_qs.arg(i, 4, 10, QChar(u'0'))));
        QVERIFY(service.saveMany(Actor::owner(), rows, {}));

        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.pageFetchCount(), 0);

        // SKU and name come from the light rows.
        QCOMPARE(model.index(0, ProductTableModel::Sku).data().toString(), u"P0000"_qs);
        QCOMPARE(model.index(999, ProductTableModel::Name).data().toString(), u"Item 0999"_qs);
        QCOMPARE(model.pageFetchCount(), 0);

        // A price needs the full row: its page of 100 is fetched once.
        QCOMPARE(model.index(5, ProductTableModel::Price).data().toString(), u"100.00\u00A0₽"_qs);
        QCOMPARE(model.pageFetchCount(), 1);
        model.index(99, ProductTableModel::Status).data();
        model.index(0, ProductTableModel::Barcode).data();
        QCOMPARE(model.pageFetchCount(), 1);
        QVERIFY(model.isPageCached(0));

        model.index(550, ProductTableModel::Price).data();
        QCOMPARE(model.pageFetchCount(), 2);
        QCOMPARE(model.cachedPageCount(), 2);
        QVERIFY(model.isPageCached(5));
        for (int page : {1, 2, 3, 4, 6, 7, 8, 9})
            QVERIFY2(!model.isPageCached(page), qPrintable(u"page %1 was fetched"_qs.arg(page)));
    }

    void dropsFarPages()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QList<Product> rows;
        const int pages = ProductTableModel::MaxCachedPages + 6;
        for (int i = 0; i < pages * ProductTableModel::PageSize; ++i)
            rows.append(
                makeProduct(u"P%1"_qs.arg(i, 5, 10, QChar(u'0')), u"Item %1"_qs.arg(i, 5, 10, QChar(u'0'))));
        QVERIFY(service.saveMany(Actor::owner(), rows, {}));
        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);

        // Scrolling through everything keeps a bounded window around the current position.
        for (int row = 0; row < model.rowCount(); row += ProductTableModel::PageSize)
            QVERIFY(!model.index(row, ProductTableModel::Price).data().toString().isEmpty());
        QCOMPARE(model.pageFetchCount(), pages);
        QCOMPARE(model.cachedPageCount(), ProductTableModel::MaxCachedPages);
        QVERIFY(model.isPageCached(pages - 1));
        QVERIFY(!model.isPageCached(0));
        // Coming back refetches.
        model.index(0, ProductTableModel::Price).data();
        QCOMPARE(model.pageFetchCount(), pages + 1);
    }

    void sortsInRussianOrder()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        test::TempDatabase t;
        ProductService service(t.db());
        const QStringList names = {u"жук"_qs,      u"ель"_qs,     u"ёлка"_qs, u"елка"_qs,
                                   u"Товар 10"_qs, u"Товар 2"_qs, u"арбуз"_qs};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(service.create(Actor::owner(), makeProduct(u"S-%1"_qs.arg(10 - i), names[i])));

        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        // Byte order would put ё after every other Cyrillic letter; the collator puts it with е.
        QCOMPARE(column(model, ProductTableModel::Name),
                 (QStringList{u"арбуз"_qs, u"елка"_qs, u"ёлка"_qs, u"ель"_qs, u"жук"_qs, u"Товар 2"_qs,
                              u"Товар 10"_qs}));

        model.sort(ProductTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(column(model, ProductTableModel::Name).first(), u"Товар 10"_qs);
        QCOMPARE(column(model, ProductTableModel::Name).last(), u"арбуз"_qs);

        // SKUs sort numerically: S-4 before S-10.
        model.sort(ProductTableModel::Sku, Qt::AscendingOrder);
        QCOMPARE(column(model, ProductTableModel::Sku),
                 (QStringList{u"S-4"_qs, u"S-5"_qs, u"S-6"_qs, u"S-7"_qs, u"S-8"_qs, u"S-9"_qs, u"S-10"_qs}));

        // Other columns are not sortable.
        model.sort(ProductTableModel::Price, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ProductTableModel::Sku));
        QCOMPARE(column(model, ProductTableModel::Sku).first(), u"S-4"_qs);
    }

    void sortKeepsSelectionAndPersistentIndexes()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        for (const QString& name : {u"Banana"_qs, u"Apple"_qs, u"Cherry"_qs})
            QVERIFY(service.create(Actor::owner(), makeProduct(name.left(1), name)));
        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        QPersistentModelIndex cherry(model.index(2, ProductTableModel::Name));
        QCOMPARE(cherry.data().toString(), u"Cherry"_qs);
        model.sort(ProductTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(cherry.row(), 0);
        QCOMPARE(cherry.data().toString(), u"Cherry"_qs);
    }

    void searchRanksMatchesFirst()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(service.create(Actor::owner(), makeProduct(u"A-1"_qs, u"Apple juice"_qs)));
        QVERIFY(service.create(Actor::owner(), makeProduct(u"JUICE"_qs, u"Orange juice"_qs)));
        QVERIFY(service.create(Actor::owner(), makeProduct(u"B-2"_qs, u"Bread"_qs)));
        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        ProductFilter filter;
        filter.search = u"juice"_qs;
        model.setFilter(filter);
        QVERIFY(model.isLoading()); // loads in the background
        waitLoaded(model);
        // The exact SKU match comes first although "Apple" sorts before "Orange".
        QCOMPARE(column(model, ProductTableModel::Sku), (QStringList{u"JUICE"_qs, u"A-1"_qs}));
    }

    void refreshesOnProductsChanged()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto apple = service.create(Actor::owner(), makeProduct(u"A"_qs, u"Apple"_qs, 500));
        QVERIFY(service.create(Actor::owner(), makeProduct(u"C"_qs, u"Cherry"_qs)));
        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProductTableModel::Price).data().toString(), u"5.00\u00A0₽"_qs);

        // A new product appears in its sorted place.
        QSignalSpy loaded(&model, &ProductTableModel::loaded);
        QVERIFY(service.create(Actor::owner(), makeProduct(u"B"_qs, u"Banana"_qs)));
        QVERIFY(loaded.wait());
        QCOMPARE(column(model, ProductTableModel::Name),
                 (QStringList{u"Apple"_qs, u"Banana"_qs, u"Cherry"_qs}));

        // An edit that keeps the order refreshes in place: no reset, fresh values.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Product edited = *apple;
        edited.listPrice = Money(750, u"RUB"_qs);
        QVERIFY(service.update(Actor::owner(), edited));
        QVERIFY(loaded.wait());
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0, ProductTableModel::Price).data().toString(), u"7.50\u00A0₽"_qs);

        // Archived products leave the default list and come back with includeArchived.
        QVERIFY(service.setArchived(Actor::owner(), apple->id, true));
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowOf(apple->id), -1);
        ProductFilter withArchived;
        withArchived.includeArchived = true;
        model.setFilter(withArchived);
        waitLoaded(model);
        const int row = model.rowOf(apple->id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ProductTableModel::Status).data().toString(), u"Archived"_qs);
        QVERIFY(model.index(row, ProductTableModel::Name).data(ProductTableModel::ArchivedRole).toBool());
    }

    void coalescesReloads()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductTableModel model(service, Actor::owner());
        waitLoaded(model);
        QSignalSpy loaded(&model, &ProductTableModel::loaded);
        for (int i = 0; i < 5; ++i)
            QVERIFY(service.create(Actor::owner(), makeProduct(u"X%1"_qs.arg(i), u"X %1"_qs.arg(i))));
        waitLoaded(model);
        // Five changes while loading: stale results are dropped, the last load sees all five.
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(loaded.count() <= 2);
    }
};

QTEST_MAIN(TestProductTableModel)
#include "TestProductTableModel.moc"
