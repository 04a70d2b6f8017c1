#include "common/AppInfo.h"
#include "common/MessageBox.h"
#include "orders/BulkShipDialog.h"
#include "orders/CarriersDialog.h"
#include "orders/CustomerPicker.h"
#include "orders/OrderDetailPanel.h"
#include "orders/OrderEditor.h"
#include "orders/OrderText.h"
#include "orders/OrdersPage.h"
#include "orders/PaymentDialog.h"
#include "orders/ReasonDialog.h"
#include "orders/ShipDialog.h"
#include "support/ModalAnswer.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();

// Saves a picture of the widget when KONTOR_SCREENSHOTS names a folder (for looking at the UI).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

struct Fixture
{
    explicit Fixture(Actor actor = Actor::owner())
    {
        Product p = test::makeProduct(u"TEA"_qs, u"Green tea"_qs, 50000, 20000);
        tea = shop.products.create(shop.owner, p)->id;
        mug = shop.product(u"MUG"_qs, u"Mug"_qs);
        page = std::make_unique<OrdersPage>(shop.services(), std::move(actor));
        page->resize(1280, 800);
        page->show();
    }
    Order draft(const QString& customer, std::initializer_list<std::pair<Id, qint64>> lines)
    {
        Order o;
        o.customerName = customer;
        for (const auto& [product, units] : lines) {
            OrderLine l;
            l.productId = product;
            l.quantity = Quantity::fromUnits(units);
            o.lines.append(l);
        }
        auto created = shop.orders.create(shop.owner, o);
        if (!created)
            qFatal("cannot create: %s", qPrintable(created.error().toString()));
        return *created;
    }
    Order confirmed(const QString& customer, std::initializer_list<std::pair<Id, qint64>> lines)
    {
        Order o = draft(customer, lines);
        auto done = shop.orders.confirm(shop.owner, o.id);
        if (!done)
            qFatal("cannot confirm: %s", qPrintable(done.error().toString()));
        return *done;
    }
    Order order(const Id& id) { return *shop.orders.order(shop.owner, id); }
    void select(const Id& id)
    {
        const int row = page->model()->rowOf(id) >= 0 ? page->model()->rowOf(id) : rowByScan(id);
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
        QCOMPARE(page->currentOrderId(), id);
    }
    int rowByScan(const Id& id)
    {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->idAt(row) == id)
                return row;
        }
        return -1;
    }
    QToolButton* button(const QString& name) { return page->findChild<QToolButton*>(name); }
    bool shows(const QString& buttonName)
    {
        QToolButton* b = button(buttonName);
        return b && b->isVisibleTo(page.get());
    }

    StockShop shop;
    Id tea;
    Id mug;
    std::unique_ptr<OrdersPage> page;
};

} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The whole way of an order through the page: entered in the editor, confirmed with the
    // button, shipped with a tracking number; stock follows.
    void drivesAnOrderFromEditorToShipment()
    {
        Fixture f;
        f.shop.receive(f.tea, Main, 10);
        QVERIFY(f.shows(u"newOrderButton"_qs));
        test::answerNextModal<OrderEditor>([&](OrderEditor* editor) {
            QVERIFY(editor->addProduct(f.tea, Quantity::fromUnits(3)));
            editor->customerPicker()->lineEdit()->setText(u"Walk-in"_qs);
            editor->saveButton()->click();
        });
        QCOMPARE(f.page->newOrder(), int(QDialog::Accepted));
        QCOMPARE(f.page->model()->rowCount(), 1);
        const Id id = f.page->currentOrderId();
        QVERIFY(!id.isNull());
        QCOMPARE(f.page->view()->currentIndex().row(), 0);
        QCOMPARE(f.order(id).status, OrderStatus::Draft);
        QCOMPARE(f.page->model()->index(0, OrderListModel::Status).data().toString(), u"Draft"_qs);
        QCOMPARE(f.page->detail()->orderId(), id);

        // A draft offers Confirm and Cancel, not shipping.
        QVERIFY(f.shows(u"confirmActionButton"_qs));
        QVERIFY(f.shows(u"cancelActionButton"_qs));
        QVERIFY(!f.shows(u"shipActionButton"_qs));
        QCOMPARE(f.page->openAction()->text(), u"&Edit…"_qs);
        f.button(u"confirmActionButton"_qs)->click();
        QCOMPARE(f.order(id).status, OrderStatus::Confirmed);
        QCOMPARE(*f.shop.stock.available(f.shop.owner, f.tea), Quantity::fromUnits(7));
        QCOMPARE(f.page->model()->index(0, OrderListModel::Status).data().toString(), u"Confirmed"_qs);
        QVERIFY(!f.shows(u"confirmActionButton"_qs));
        QVERIFY(f.shows(u"shipActionButton"_qs));
        QVERIFY(f.shows(u"startPickingActionButton"_qs));
        QVERIFY(f.shows(u"backToDraftActionButton"_qs));
        QCOMPARE(f.page->openAction()->text(), u"&Open…"_qs);

        auto carrier = f.shop.orders.saveCarrier(
            f.shop.owner, Carrier{{}, u"CDEK"_qs, u"https://cdek.example/t?n={tracking}"_qs});
        QVERIFY(carrier);
        QString linkShown;
        test::answerNextModal<ShipDialog>([&](ShipDialog* dialog) {
            QVERIFY(dialog->setCarrier(carrier->id));
            QVERIFY(!dialog->asksDelayReason());
            QVERIFY(dialog->delayReasonEdit()->isHidden());
            QCOMPARE(dialog->linesTable()->item(0, ShipDialog::ShipNow)->text(), u"3"_qs);
            dialog->trackingEdit()->setText(u"RA123456789RU"_qs);
            linkShown = dialog->findChild<QLabel*>(u"trackingLink"_qs)->text();
            dialog->shipButton()->click();
        });
        f.page->transitionAction(OrderStatus::Shipped)->trigger();
        QVERIFY(linkShown.contains(u"https://cdek.example/t?n=RA123456789RU"_qs));
        const Order shipped = f.order(id);
        QCOMPARE(shipped.status, OrderStatus::Shipped);
        QCOMPARE(shipped.trackingNumber, u"RA123456789RU"_qs);
        QCOMPARE(shipped.carrierId, carrier->id);
        QCOMPARE(f.shop.onHand(f.tea), Quantity::fromUnits(7));
        QCOMPARE(*f.shop.stock.available(f.shop.owner, f.tea), Quantity::fromUnits(7));
        QCOMPARE(f.page->model()->index(0, OrderListModel::Tracking).data().toString(), u"RA123456789RU"_qs);
        QVERIFY(f.page->detail()->fieldText(u"shipping"_qs).contains(u"cdek.example"_qs));
        QVERIFY(f.shows(u"deliveredActionButton"_qs));
        QVERIFY(f.shows(u"refusedActionButton"_qs));
        QVERIFY(!f.shows(u"cancelActionButton"_qs));

        // Refused at the door: the goods come back, with the note asked for.
        test::answerNextModal<ReasonDialog>([](ReasonDialog* dialog) {
            dialog->setReason(u"Changed their mind"_qs);
            dialog->okButton()->click();
        });
        QVERIFY(f.page->transition(OrderStatus::Refused));
        QCOMPARE(f.order(id).status, OrderStatus::Refused);
        QCOMPARE(f.shop.onHand(f.tea), Quantity::fromUnits(10));
        const QList<OrderEvent> events = *f.shop.orders.events(f.shop.owner, id);
        QCOMPARE(events.last().note, u"Changed their mind"_qs);
        // A closed order offers no transitions at all.
        for (OrderStatus to :
             {OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Cancelled, OrderStatus::Delivered})
            QVERIFY(!f.page->transitionAction(to)->isVisible());
    }

    void showsCoreRefusalsAndAsksForACancelReason()
    {
        Fixture f;
        f.shop.receive(f.mug, Main, 1);
        const Order o = f.draft(u"Greedy"_qs, {{f.mug, 5}});
        f.page->model()->reload();
        f.select(o.id);
        const int boxes = MessageBox::count();
        QVERIFY(!f.page->transition(OrderStatus::Confirmed));
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(u"Only 1 of MUG are available"_qs));
        QCOMPARE(f.order(o.id).status, OrderStatus::Draft);

        // Cancel needs a reason before OK can be pressed.
        bool okWithoutReason = true;
        test::answerNextModal<ReasonDialog>([&](ReasonDialog* dialog) {
            okWithoutReason = dialog->okButton()->isEnabled();
            dialog->setReason(u"Duplicate order"_qs);
            dialog->okButton()->click();
        });
        QVERIFY(f.page->transition(OrderStatus::Cancelled));
        QVERIFY(!okWithoutReason);
        QCOMPARE(f.order(o.id).status, OrderStatus::Cancelled);
        QCOMPARE(f.shop.orders.events(f.shop.owner, o.id)->last().note, u"Duplicate order"_qs);
        // Backing out of the dialog changes nothing.
        const Order other = f.draft(u"Other"_qs, {{f.mug, 1}});
        f.page->showOrder(other.id);
        test::answerNextModal<ReasonDialog>([](ReasonDialog* dialog) { dialog->reject(); });
        QVERIFY(!f.page->transition(OrderStatus::Cancelled));
        QCOMPARE(f.order(other.id).status, OrderStatus::Draft);
    }

    void buttonsFollowPermissions()
    {
        Fixture owner;
        owner.shop.receive(owner.tea, Main, 5);
        const Order confirmed = owner.confirmed(u"A"_qs, {{owner.tea, 1}});

        // The owner sees everything the order allows.
        owner.page->model()->reload();
        owner.select(confirmed.id);
        for (const QString& name :
             {u"newOrderButton"_qs, u"startPickingActionButton"_qs, u"shipActionButton"_qs,
              u"backToDraftActionButton"_qs, u"cancelActionButton"_qs, u"recordPaymentButton"_qs,
              u"bulkShipButton"_qs, u"carriersButton"_qs})
            QVERIFY2(owner.shows(name), qPrintable(name));

        // Support manages orders but does not fulfil them.
        auto support = std::make_unique<OrdersPage>(owner.shop.services(), Actor::withRole(Role::Support));
        support->show();
        support->showOrder(confirmed.id);
        auto has = [](OrdersPage* page, const QString& name) {
            QToolButton* b = page->findChild<QToolButton*>(name);
            return b && b->isVisibleTo(page);
        };
        for (const QString& name :
             {u"newOrderButton"_qs, u"backToDraftActionButton"_qs, u"cancelActionButton"_qs,
              u"recordPaymentButton"_qs, u"carriersButton"_qs})
            QVERIFY2(has(support.get(), name), qPrintable(name));
        for (const QString& name :
             {u"startPickingActionButton"_qs, u"shipActionButton"_qs, u"bulkShipButton"_qs,
              u"markPackedActionButton"_qs, u"deliveredActionButton"_qs})
            QVERIFY2(!has(support.get(), name), qPrintable(name));
        QVERIFY(!support->transition(OrderStatus::Picking));
        QCOMPARE(support->ship(), int(QDialog::Rejected));

        // The warehouse fulfils but does not manage orders.
        auto warehouse =
            std::make_unique<OrdersPage>(owner.shop.services(), Actor::withRole(Role::Warehouse));
        warehouse->show();
        warehouse->showOrder(confirmed.id);
        for (const QString& name : {u"startPickingActionButton"_qs, u"shipActionButton"_qs,
                                    u"bulkShipButton"_qs, u"openOrderButton"_qs})
            QVERIFY2(has(warehouse.get(), name), qPrintable(name));
        for (const QString& name :
             {u"newOrderButton"_qs, u"backToDraftActionButton"_qs, u"cancelActionButton"_qs,
              u"recordPaymentButton"_qs, u"carriersButton"_qs, u"confirmActionButton"_qs})
            QVERIFY2(!has(warehouse.get(), name), qPrintable(name));
        QCOMPARE(warehouse->newOrder(), int(QDialog::Rejected));
        QVERIFY(warehouse->transition(OrderStatus::Picking));
        QCOMPARE(owner.order(confirmed.id).status, OrderStatus::Picking);
        QVERIFY(has(warehouse.get(), u"markPackedActionButton"_qs));
        QVERIFY(warehouse->transition(OrderStatus::Packed));
        QCOMPARE(owner.order(confirmed.id).status, OrderStatus::Packed);
        // Packed goods wait at the packing location.
        QCOMPARE(owner.shop.onHand(owner.tea, StockService::packingLocationId()), Quantity::fromUnits(1));
    }

    void shipsSeveralOrdersAtOnce()
    {
        Fixture f;
        f.shop.receive(f.tea, Main, 10);
        const Order a = f.confirmed(u"A"_qs, {{f.tea, 1}});
        const Order b = f.confirmed(u"B"_qs, {{f.tea, 2}});
        const Order draft = f.draft(u"C"_qs, {{f.tea, 1}});
        f.page->model()->reload();
        f.page->view()->selectAll();
        QCOMPARE(f.page->selectedOrderIds().size(), 3);
        QVERIFY(f.page->bulkShipAction()->isEnabled());
        test::answerNextModal<BulkShipDialog>([&](BulkShipDialog* dialog) {
            QCOMPARE(dialog->pendingOrders().size(), 2); // the draft cannot ship
            QVERIFY(dialog->skippedLabel()->text().contains(draft.number));
            QVERIFY(dialog->setTrackingNumber(a.id, u"TRACK-A"_qs));
            QVERIFY(dialog->setTrackingNumber(b.id, u"TRACK-B"_qs));
            dialog->shipButton()->click();
        });
        QCOMPARE(f.page->bulkShip(), int(QDialog::Accepted));
        QCOMPARE(f.order(a.id).status, OrderStatus::Shipped);
        QCOMPARE(f.order(a.id).trackingNumber, u"TRACK-A"_qs);
        QCOMPARE(f.order(b.id).trackingNumber, u"TRACK-B"_qs);
        QCOMPARE(f.order(draft.id).status, OrderStatus::Draft);
        QCOMPARE(f.shop.onHand(f.tea), Quantity::fromUnits(7));

        // Search by a tracking number finds the order.
        f.page->searchEdit()->setText(u"TRACK-B"_qs);
        QTRY_COMPARE(f.page->model()->rowCount(), 1);
        QCOMPARE(f.page->model()->idAt(0), b.id);
    }

    void recordsAPayment()
    {
        Fixture f;
        f.shop.receive(f.tea, Main, 1);
        const Order o = f.confirmed(u"Payer"_qs, {{f.tea, 1}});
        f.page->showOrder(o.id);
        test::answerNextModal<PaymentDialog>([](PaymentDialog* dialog) {
            QCOMPARE(dialog->amountEdit()->text(), u"500.00"_qs);
            dialog->amountEdit()->setText(u"200"_qs);
            dialog->recordButton()->click();
        });
        QCOMPARE(f.page->recordPayment(), int(QDialog::Accepted));
        QCOMPARE(f.order(o.id).paidAmount, 20000);
        QCOMPARE(f.order(o.id).paymentStatus, PaymentStatus::Partial);
        f.page->model()->reload();
        QCOMPARE(f.page->model()->index(0, OrderListModel::Payment).data().toString(), u"Partially paid"_qs);
        // Unpaid filter still shows it; paid does not.
        f.page->paidFilter()->setCurrentIndex(f.page->paidFilter()->findData(int(PaidFilter::Paid)));
        QCOMPARE(f.page->model()->rowCount(), 0);
        f.page->paidFilter()->setCurrentIndex(f.page->paidFilter()->findData(int(PaidFilter::Unpaid)));
        QCOMPARE(f.page->model()->rowCount(), 1);
    }

    void partialShipmentSplitsTheRest()
    {
        Fixture f;
        f.shop.receive(f.tea, Main, 5);
        f.shop.receive(f.mug, Main, 5);
        const Order o = f.confirmed(u"Split"_qs, {{f.tea, 4}, {f.mug, 2}});
        f.page->showOrder(o.id);
        test::answerNextModal<ShipDialog>([](ShipDialog* dialog) {
            QVERIFY(dialog->findChild<QLabel*>(u"partialHint"_qs)->isHidden());
            dialog->setShipNowText(0, u"3"_qs);
            QVERIFY(!dialog->findChild<QLabel*>(u"partialHint"_qs)->isHidden());
            dialog->setShipNowText(1, u"9"_qs);
            QVERIFY(!dialog->shipButton()->isEnabled());
            QVERIFY(dialog->errorText().contains(u"Line 2"_qs));
            dialog->setShipNowText(1, u"2"_qs);
            QVERIFY(dialog->shipButton()->isEnabled());
            dialog->shipButton()->click();
        });
        QCOMPARE(f.page->ship(), int(QDialog::Accepted));
        QVERIFY(MessageBox::lastText().contains(u"new order"_qs));
        QCOMPARE(f.order(o.id).status, OrderStatus::Shipped);
        QCOMPARE(f.shop.onHand(f.tea), Quantity::fromUnits(2));
        OrderFilter open;
        open.statuses = {OrderStatus::Confirmed};
        const QList<OrderListRow> rest = *f.shop.orders.list(f.shop.owner, open, 0, 10);
        QCOMPARE(rest.size(), 1);
        const Order back = f.order(rest[0].id);
        QCOMPARE(back.lines.size(), 1);
        QCOMPARE(back.lines[0].quantity, Quantity::fromUnits(1));
    }

    void asksWhyALateOrderShipsLate()
    {
        Fixture f;
        f.shop.receive(f.tea, Main, 1);
        Order o = f.draft(u"Late"_qs, {{f.tea, 1}});
        o.shipBy = f.shop.tmp.clock().nowMs() + 60000;
        QVERIFY(f.shop.orders.updateDraft(f.shop.owner, o));
        QVERIFY(f.shop.orders.confirm(f.shop.owner, o.id));
        f.shop.tmp.clock().advanceMs(120000);
        f.page->overdueCheck()->setChecked(true);
        QCOMPARE(f.page->model()->rowCount(), 1);
        f.page->showOrder(o.id);
        QVERIFY(f.page->detail()->fieldText(u"shipBy"_qs).contains(u"overdue"_qs));
        test::answerNextModal<ShipDialog>([](ShipDialog* dialog) {
            QVERIFY(dialog->asksDelayReason());
            QVERIFY(dialog->delayReasonEdit()->isVisible());
            dialog->delayReasonEdit()->setText(u"Supplier was late"_qs);
            dialog->shipButton()->click();
        });
        QCOMPARE(f.page->ship(), int(QDialog::Accepted));
        QCOMPARE(f.order(o.id).delayReason, u"Supplier was late"_qs);
        QCOMPARE(f.page->model()->rowCount(), 0); // no longer overdue
    }

    void carriersDialogIsReachableAndChecksLinks()
    {
        Fixture f;
        Id pochta;
        test::answerNextModal<CarriersDialog>([&](CarriersDialog* dialog) {
            dialog->startNew();
            dialog->nameEdit()->setText(u"Russian Post"_qs);
            dialog->urlEdit()->setText(u"https://www.pochta.ru/tracking"_qs);
            QVERIFY(!dialog->save());
            QVERIFY(dialog->errorText().contains(u"{tracking}"_qs));
            dialog->urlEdit()->setText(u"https://www.pochta.ru/tracking#{tracking}"_qs);
            QVERIFY(dialog->save());
            QCOMPARE(dialog->table()->rowCount(), 1);
            pochta = f.shop.orders.carriers(f.shop.owner)->first().id;
            dialog->nameEdit()->setText(u"Pochta"_qs);
            QVERIFY(dialog->save());
            QCOMPARE(dialog->table()->item(0, CarriersDialog::Name)->text(), u"Pochta"_qs);
            QCOMPARE(dialog->table()->item(0, CarriersDialog::OnTime)->text(), u"—"_qs); // no deliveries yet
            dialog->startNew();
            dialog->nameEdit()->setText(u"pochta"_qs);
            QVERIFY(!dialog->save()); // the name is taken
            QVERIFY(dialog->select(pochta));
            QVERIFY(dialog->toggleArchived());
            QCOMPARE(dialog->table()->rowCount(), 0);
            dialog->showArchivedCheck()->setChecked(true);
            QCOMPARE(dialog->table()->rowCount(), 1);
            dialog->reject();
        });
        f.page->carriersAction()->trigger();
        const QList<Carrier> all = *f.shop.orders.carriers(f.shop.owner, true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].name, u"Pochta"_qs);
        QVERIFY(all[0].archived);
        QVERIFY(f.shop.orders.carriers(f.shop.owner)->isEmpty());
    }

    void remembersFiltersAndOffersHooks()
    {
        Fixture f;
        f.page->statusFilter()->setCurrentIndex(f.page->statusFilter()->findData(u"open"_qs));
        f.page->channelFilter()->setCurrentIndex(
            f.page->channelFilter()->findData(OrderKinds::channelCode(SalesChannel::Phone)));
        f.page->overdueCheck()->setChecked(true);
        const QByteArray state = f.page->saveState();
        OrdersPage other(f.shop.services(), Actor::owner());
        other.restoreState(state);
        QCOMPARE(other.statusFilter()->currentData().toString(), u"open"_qs);
        QCOMPARE(other.currentFilter().statuses, OrderText::openStatuses());
        QCOMPARE(other.currentFilter().channel, std::optional<SalesChannel>(SalesChannel::Phone));
        QVERIFY(other.currentFilter().overdueToShip);
        other.restoreState(QByteArray("garbage"));
        QVERIFY(other.overdueCheck()->isChecked());

        // Another area adds an action on the selected orders.
        f.shop.receive(f.tea, Main, 1);
        const Order o = f.draft(u"Hook"_qs, {{f.tea, 1}});
        auto* print = new QAction(u"Print picking list…"_qs);
        print->setObjectName(u"printPickingList"_qs);
        QList<Id> printed;
        QObject::connect(print, &QAction::triggered, f.page.get(),
                         [&] { printed = f.page->selectedOrderIds(); });
        f.page->addOrderAction(print);
        QVERIFY(f.page->findChild<QToolButton*>(u"printPickingListButton"_qs));
        f.page->overdueCheck()->setChecked(false);
        f.page->statusFilter()->setCurrentIndex(0);
        f.page->channelFilter()->setCurrentIndex(0);
        QCOMPARE(f.page->model()->rowCount(), 1);
        QVERIFY(!print->isEnabled());
        f.page->view()->selectRow(0);
        QVERIFY(print->isEnabled());
        print->trigger();
        QCOMPARE(printed, QList<Id>{o.id});
    }

    // Pictures of the page with about 30 orders in every state, the editor and the dialogs (only
    // when KONTOR_SCREENSHOTS is set; the language follows the environment).
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("KONTOR_SCREENSHOTS"))
            QSKIP("KONTOR_SCREENSHOTS is not set");
        AppInfo::installTranslations(*qApp, QString());
        Fixture f;
        const QStringList names{u"Anna Petrova"_qs,  u"Boris Ivanov"_qs,     u"ООО «Ромашка»"_qs,
                                u"Vera Smirnova"_qs, u"Dmitry Kuznetsov"_qs, u"Elena Popova"_qs};
        f.shop.receive(f.tea, Main, 200, 20000);
        f.shop.receive(f.mug, Main, 200, 3000);
        auto carrier = f.shop.orders.saveCarrier(
            f.shop.owner, Carrier{{}, u"CDEK"_qs, u"https://cdek.example/t?n={tracking}"_qs});
        const SalesChannel channels[] = {SalesChannel::Site, SalesChannel::MarketplaceFbs,
                                         SalesChannel::Phone, SalesChannel::Social};
        const qint64 now = f.shop.tmp.clock().nowMs();
        Id shown;
        for (int i = 0; i < 30; ++i) {
            Order o;
            o.customerName = names[i % names.size()];
            o.channel = channels[i % 4];
            if (o.channel == SalesChannel::MarketplaceFbs)
                o.marketplace = u"Ozon"_qs;
            o.orderedAt = now - qint64(30 - i) * 3 * 3600000;
            o.shipBy = o.orderedAt + 2 * 86400000;
            o.shipTo = u"Kazan, Baumana 1, apt. 5"_qs;
            for (int k = 0; k <= i % 3; ++k) {
                OrderLine l;
                l.productId = k % 2 ? f.mug : f.tea;
                l.quantity = Quantity::fromUnits(1 + (i + k) % 3);
                o.lines.append(l);
            }
            auto created = f.shop.orders.create(f.shop.owner, o);
            QVERIFY(created);
            const Id id = created->id;
            const int stage = i % 8;
            if (stage >= 1)
                QVERIFY(f.shop.orders.confirm(f.shop.owner, id));
            if (stage >= 2 && stage != 7)
                QVERIFY(f.shop.orders.startPicking(f.shop.owner, id));
            if (stage >= 3 && stage != 7)
                QVERIFY(f.shop.orders.markPacked(f.shop.owner, id));
            if (stage >= 4 && stage != 7) {
                ShipRequest r;
                r.carrierId = carrier->id;
                r.trackingNumber = u"RA%1RU"_qs.arg(100000000 + i * 7919);
                QVERIFY(f.shop.orders.ship(f.shop.owner, id, r));
            }
            if (stage == 5)
                QVERIFY(f.shop.orders.markDelivered(f.shop.owner, id));
            if (stage == 6)
                QVERIFY(f.shop.orders.markNotCollected(f.shop.owner, id));
            if (stage == 7)
                QVERIFY(f.shop.orders.cancel(f.shop.owner, id, u"The customer cancelled"_qs));
            if (i % 3 == 0)
                QVERIFY(f.shop.orders.recordPayment(f.shop.owner, id, created->total));
            if (stage == 1 && !shown.isNull())
                continue;
            if (stage == 1)
                shown = id;
        }
        f.page->model()->reload();
        f.page->showOrder(shown);
        f.select(shown);
        QApplication::processEvents();
        screenshot(f.page.get(), u"orders-page"_qs);

        OrderEditor draft(f.shop.services(), f.shop.owner);
        Customer anna;
        anna.name = u"Anna Petrova"_qs;
        draft.setCustomer(f.shop.customers.create(f.shop.owner, anna)->id);
        draft.shipToEdit()->setPlainText(u"Kazan, Baumana 1, apt. 5"_qs);
        QVERIFY(draft.addProduct(f.tea, Quantity::fromUnits(2)));
        QVERIFY(draft.addProduct(f.mug, Quantity::fromUnits(250)));
        draft.setDiscountText(0, u"50"_qs);
        draft.shippingChargeEdit()->setText(u"350"_qs);
        draft.commissionEdit()->setText(u"120"_qs);
        draft.show();
        draft.linesTable()->clearSelection();
        QApplication::processEvents();
        screenshot(&draft, u"order-editor-new"_qs);

        OrderEditor view(f.shop.services(), f.shop.owner, shown);
        view.show();
        QApplication::processEvents();
        screenshot(&view, u"order-editor-confirmed"_qs);

        ShipDialog ship(f.shop.services(), f.shop.owner, f.order(shown));
        ship.trackingEdit()->setText(u"RA123456789RU"_qs);
        ship.setShipNowText(0, u"1"_qs);
        ship.show();
        QApplication::processEvents();
        screenshot(&ship, u"ship-dialog"_qs);

        QList<Order> selected;
        for (int row = 0; row < f.page->model()->rowCount() && selected.size() < 6; ++row)
            selected.append(f.order(f.page->model()->idAt(row)));
        BulkShipDialog bulk(f.shop.services(), f.shop.owner, selected);
        bulk.show();
        QApplication::processEvents();
        screenshot(&bulk, u"bulk-ship-dialog"_qs);

        CarriersDialog carriers(f.shop.orders, f.shop.owner);
        carriers.show();
        QApplication::processEvents();
        screenshot(&carriers, u"carriers-dialog"_qs);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "TestOrdersPage.moc"
