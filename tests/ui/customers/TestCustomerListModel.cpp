#include "customers/CustomerListModel.h"
#include "support/ShippedOrders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

QString cell(const CustomerListModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList names(const CustomerListModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.rowAt(row)->name);
    return list;
}

} // namespace

class TestCustomerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsFiltersAndSorts()
    {
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs);
        shop.receive(tea, StockService::mainLocationId(), 20);
        const Customer anna =
            test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs, u"+7 912 345-67-89"_qs);
        Customer romashka;
        romashka.kind = CustomerKind::Company;
        romashka.name = u"Romashka"_qs;
        romashka.taxId = u"7701234567"_qs;
        romashka.tags = {u"wholesale"_qs, u"vip"_qs};
        romashka = shop.customers.create(shop.owner, romashka).value();
        const Customer boris = test::makeCustomer(shop, u"Boris"_qs, u"boris@example.com"_qs);
        QVERIFY(shop.customers.setArchived(shop.owner, boris.id, true));

        CustomerListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(names(model), (QStringList{u"Anna Petrova"_qs, u"Romashka"_qs})); // archived hidden
        QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
        QCOMPARE(model.headerData(CustomerListModel::LastOrder, Qt::Horizontal).toString(), u"Last order"_qs);
        const int r = model.rowOf(romashka.id);
        QCOMPARE(cell(model, r, CustomerListModel::Kind), u"Company"_qs);
        QCOMPARE(cell(model, r, CustomerListModel::Tags), u"wholesale, vip"_qs);
        QCOMPARE(cell(model, r, CustomerListModel::Orders), u"0"_qs);
        QCOMPARE(cell(model, r, CustomerListModel::LastOrder), QString());
        QCOMPARE(model.index(r, 0).data(CustomerListModel::IdRole).value<Id>(), romashka.id);
        QCOMPARE(cell(model, model.rowOf(anna.id), CustomerListModel::Phone), u"+7 912 345-67-89"_qs);

        // The text finds the tax id, the phone in any form and the email.
        CustomerFilter filter;
        filter.text = u"7701"_qs;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(names(model), QStringList{u"Romashka"_qs});
        filter.text = u"9123456789"_qs;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(names(model), QStringList{u"Anna Petrova"_qs});
        filter.text.clear();
        filter.kind = CustomerKind::Company;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(names(model), QStringList{u"Romashka"_qs});
        filter.kind.reset();
        filter.includeArchived = true;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        const int b = model.rowOf(boris.id);
        QVERIFY(model.index(b, 0).data(CustomerListModel::ArchivedRole).toBool());
        QCOMPARE(cell(model, b, CustomerListModel::Name), u"Boris (archived)"_qs);
        QCOMPARE(model.index(b, CustomerListModel::Email).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::gray));

        // An order shipped to Anna shows in her row without anyone asking for a reload.
        QSignalSpy loaded(&model, &CustomerListModel::loaded);
        const Order order = test::shippedOrder(shop, anna.id, {{tea, 2}});
        QTRY_VERIFY(loaded.count() > 0 && !model.isLoading());
        const int a = model.rowOf(anna.id);
        QCOMPARE(cell(model, a, CustomerListModel::Orders), u"1"_qs);
        QCOMPARE(cell(model, a, CustomerListModel::LastOrder),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(order.orderedAt).toLocalTime().date(),
                                    QLocale::ShortFormat));

        // Sorting by orders, most first; ties keep the name order.
        model.sort(CustomerListModel::Orders, Qt::DescendingOrder);
        QCOMPARE(names(model), (QStringList{u"Anna Petrova"_qs, u"Boris"_qs, u"Romashka"_qs}));
        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(model), (QStringList{u"Romashka"_qs, u"Boris"_qs, u"Anna Petrova"_qs}));
        // A reload keeps the order the user chose.
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(names(model), (QStringList{u"Romashka"_qs, u"Boris"_qs, u"Anna Petrova"_qs}));
    }
};

QTEST_MAIN(TestCustomerListModel)
#include "TestCustomerListModel.moc"
