#include "suppliers/SupplierListModel.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

QString cell(const SupplierListModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList names(const SupplierListModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.rowAt(row)->name);
    return list;
}

Supplier named(const QString& name, SupplierModels models = SupplierModel::OwnStock)
{
    Supplier s;
    s.name = name;
    s.models = models;
    return s;
}

} // namespace

class TestSupplierListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsFiltersSortsAndMarksContracts()
    {
        StockShop shop;
        // 1 March 2026 by the database clock.
        shop.tmp.clock().setMs(
            QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        Supplier textile = named(u"Textile"_qs, SupplierModel::OwnStock | SupplierModel::Dropship);
        textile.phone = u"+7 495 000-11-22"_qs;
        textile.email = u"opt@textile.ru"_qs;
        textile = must(shop.suppliers.create(shop.owner, textile));
        Supplier shoes = named(u"Shoes"_qs);
        shoes.currency = u"CNY"_qs;
        shoes = must(shop.suppliers.create(shop.owner, shoes));
        const Supplier old = must(shop.suppliers.create(shop.owner, named(u"Old"_qs)));
        must(shop.suppliers.setArchived(shop.owner, old.id, true));
        Contract k;
        k.supplierId = textile.id;
        k.number = u"T-1"_qs;
        k.validFrom = QDate(2026, 1, 1);
        k.validTo = QDate(2026, 3, 20); // within the 30 days' notice
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, k)).id));
        k.supplierId = shoes.id;
        k.number = u"S-1"_qs;
        k.validTo = {};
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, k)).id));

        SupplierListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList{u"Shoes"_qs, u"Textile"_qs})); // archived hidden
        QCOMPARE(model.columnCount(), int(SupplierListModel::ColumnCount));
        QCOMPARE(model.headerData(SupplierListModel::OpenOrders, Qt::Horizontal).toString(), u"Open POs"_qs);
        const int t = model.rowOf(textile.id);
        QCOMPARE(cell(model, t, SupplierListModel::Models), u"Own stock, Dropshipping"_qs);
        QCOMPARE(cell(model, t, SupplierListModel::Contract), u"T-1"_qs);
        QCOMPARE(cell(model, t, SupplierListModel::ValidTo), u"3/20/26"_qs);
        QCOMPARE(cell(model, t, SupplierListModel::Phone), u"+7 495 000-11-22"_qs);
        QCOMPARE(cell(model, t, SupplierListModel::Currency), u"RUB"_qs);
        QVERIFY(model.index(t, 0).data(SupplierListModel::ExpiringRole).toBool());
        QVERIFY(model.index(t, SupplierListModel::ValidTo)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"19 days"_qs));
        QCOMPARE(model.index(t, 0).data(SupplierListModel::IdRole).value<Id>(), textile.id);
        const int s = model.rowOf(shoes.id);
        QCOMPARE(cell(model, s, SupplierListModel::ValidTo), u"no end"_qs);
        QCOMPARE(cell(model, s, SupplierListModel::Currency), u"CNY"_qs);
        QVERIFY(!model.index(s, 0).data(SupplierListModel::ExpiringRole).toBool());
        QCOMPARE(model.reminders().size(), 1);
        QCOMPARE(model.reminderOf(textile.id)->daysLeft, 19);

        // Sorting by the end of the contract: dated ones first.
        model.sort(SupplierListModel::ValidTo, Qt::AscendingOrder);
        QCOMPARE(names(model), (QStringList{u"Textile"_qs, u"Shoes"_qs}));
        model.sort(SupplierListModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(model), (QStringList{u"Textile"_qs, u"Shoes"_qs}));

        SupplierFilter filter;
        filter.includeArchived = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        const int o = model.rowOf(old.id);
        QCOMPARE(cell(model, o, SupplierListModel::Name), u"Old (archived)"_qs);
        QVERIFY(model.index(o, 0).data(SupplierListModel::ArchivedRole).toBool());
        filter.text = u"textile.ru"_qs;
        model.setFilter(filter);
        QCOMPARE(names(model), (QStringList{u"Textile"_qs}));

        // The model follows the service.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        filter.text.clear();
        model.setFilter(filter);
        Supplier renamed = must(shop.suppliers.supplier(shop.owner, shoes.id));
        renamed.name = u"Boots"_qs;
        must(shop.suppliers.update(shop.owner, renamed));
        QVERIFY(reset.count() >= 2);
        QVERIFY(names(model).contains(u"Boots"_qs));
    }

    void contractsHiddenFromThoseWhoMayNotSeeThem()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        Contract k;
        k.supplierId = s.id;
        k.number = u"K-1"_qs;
        k.validFrom = QDate(2025, 1, 1);
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, k)).id));
        SupplierListModel model(shop.services(), Actor::withRole(Role::Warehouse));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, SupplierListModel::Contract), QString());
        QVERIFY(model.reminders().isEmpty());
        SupplierListModel owners(shop.services(), shop.owner);
        QCOMPARE(cell(owners, 0, SupplierListModel::Contract), u"K-1"_qs);
    }
};

QTEST_MAIN(TestSupplierListModel)
#include "TestSupplierListModel.moc"
