#include "returns/SalesRatesDialog.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;

// The rates dialog shows the core's figures for the chosen view: return rate by product and
// reason, buyout rate by channel.
class TestSalesRatesDialog : public QObject
{
    Q_OBJECT

    static QStringList row(QTableWidget* table, int r)
    {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells.append(table->item(r, c) ? table->item(r, c)->text() : QString());
        return cells;
    }

private Q_SLOTS:
    void showsReturnAndBuyoutRates()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::StockShop shop;
        // The dialog reads periods from the wall clock; the shop's clock starts in 2026.
        shop.tmp.clock().setMs(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        const Id a = shop.product(u"MUG"_qs);
        shop.receive(a, StockService::mainLocationId(), 20);
        QList<Order> shipped;
        for (int i = 0; i < 4; ++i) {
            Order d;
            d.channel = SalesChannel::MarketplaceFbs;
            d.lines = {must(shop.orders.lineFor(shop.owner, a, Quantity::fromUnits(2)))};
            const Order o = must(shop.orders.create(shop.owner, d));
            must(shop.orders.confirm(shop.owner, o.id));
            must(shop.orders.ship(shop.owner, o.id));
            shipped.append(must(shop.orders.order(shop.owner, o.id)));
        }
        for (int i = 0; i < 3; ++i)
            must(shop.orders.markDelivered(shop.owner, shipped[i].id));
        must(shop.orders.markRefused(shop.owner, shipped[3].id));
        Return r;
        r.orderId = shipped[0].id;
        ReturnLine l;
        l.orderLineId = shipped[0].lines[0].id;
        l.quantity = Quantity::fromUnits(1);
        l.reason = ReturnReason::Defect;
        r.lines = {l};
        must(shop.returns.receive(shop.owner, must(shop.returns.create(shop.owner, r)).id));

        SalesRatesDialog dialog(shop.services(), shop.owner);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        // 8 shipped (the refused parcel shipped too), 1 returned.
        QCOMPARE(row(table, 0), (QStringList{u"MUG"_qs, u"Product MUG"_qs, u"8"_qs, u"1"_qs, u"12.5 %"_qs}));
        dialog.viewCombo()->setCurrentIndex(dialog.viewCombo()->findData(1)); // by reason
        QCOMPARE(row(table, 0).value(2), u"Defect"_qs);
        dialog.viewCombo()->setCurrentIndex(dialog.viewCombo()->findData(3)); // buyout by channel
        QCOMPARE(row(table, 0), (QStringList{u"Marketplace FBS"_qs, u"4"_qs, u"3"_qs, u"75.0 %"_qs}));
    }
};

QTEST_MAIN(TestSalesRatesDialog)
#include "TestSalesRatesDialog.moc"
