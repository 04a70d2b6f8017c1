#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "orders/OrderService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "support/SupportService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// Opens databases saved by every earlier schema version (tests/fixtures/schema-vN.kontor, each
// written by the Kontor build of that version) and checks they upgrade with their data intact.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEarlierVersionHasAFixture()
    {
        for (int v = 1; v < Database::latestSchemaVersion(); ++v) {
            const QString path = QStringLiteral(KONTOR_TEST_FIXTURES "/schema-v%1.kontor").arg(v);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }

    void upgradeFromEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeFromEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.kontor"_qs);
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_FIXTURES "/schema-v%1.kontor").arg(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ManualClock clock;
        auto db = Database::open(path, clock);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());

        ProductService service(**db);
        const Actor owner = Actor::owner();
        QCOMPARE(service.count(owner, true).value(), 4);
        auto socks = service.productBySku(owner, u"V1-001"_qs);
        QVERIFY(socks && socks->has_value());
        const Product& p = **socks;
        QCOMPARE(p.name, u"Носки шерстяные, ёлочка"_qs);
        QCOMPARE(p.listPrice, Money(49900, u"RUB"_qs));
        QCOMPARE(p.cost, std::optional<Money>(Money(21000, u"RUB"_qs)));
        QCOMPARE(p.vatRateBp, std::optional<int>(2200));
        QVERIFY(!p.salePrice); // new in version 2
        QCOMPARE(p.barcodes.value(0).code, u"4601234567893"_qs);
        QCOMPARE(ProductService::categoryPath(*service.categories(owner), p.categoryId),
                 u"Одежда > Носки"_qs);
        QCOMPARE(service.variants(owner, p.id)->size(), 1);
        QCOMPARE(service.search(owner, u"елочка"_qs)->size(), 1);

        // The upgraded file takes the new column.
        Product onSale = p;
        onSale.salePrice = Money(39900, u"RUB"_qs);
        QVERIFY(service.update(owner, onSale));
        QCOMPARE(service.product(owner, p.id)->salePrice, std::optional<Money>(Money(39900, u"RUB"_qs)));

        // New products are searchable and the search index is sound after the upgrade.
        Product fresh;
        fresh.sku = u"NEW-1"_qs;
        fresh.name = u"Свежий товар"_qs;
        QVERIFY(service.create(owner, fresh));
        QCOMPARE(service.search(owner, u"свеж"_qs)->size(), 1);
        QVERIFY((*db)->connection().execScript(
            "INSERT INTO products_fts(products_fts) VALUES('integrity-check')"));

        // Stock from version 4 on survives; the upgraded file takes orders against it.
        StockService stock(**db);
        if (version >= 4)
            QCOMPARE(stock.balance(owner, p.id, StockService::mainLocationId())->onHand,
                     Quantity::fromUnits(12));
        QVERIFY(stock.receive(owner, p.id, StockService::mainLocationId(), Quantity::fromUnits(3)));
        OrderService orders(**db, stock);
        // Orders from version 5 on survive with their reservations.
        if (version >= 5) {
            auto old = orders.orderByNumber(owner, u"SO-00001"_qs);
            QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
            QCOMPARE(old->status, OrderStatus::Confirmed);
            QCOMPARE(old->lines.value(0).reserved, Quantity::fromUnits(2));
        }
        Order order;
        order.lines = {*orders.lineFor(owner, p.id, Quantity::fromUnits(2))};
        auto created = orders.create(owner, order);
        QVERIFY(created);
        QVERIFY(orders.confirm(owner, created->id));

        // ...and buys from a supplier (version 6): a PO received into stock.
        SupplierService suppliers(**db);
        PurchaseOrderService purchases(**db, stock, suppliers);
        // Suppliers and POs from version 6 on survive.
        if (version >= 6) {
            const auto pos = purchases.list(owner).value();
            QCOMPARE(pos.size(), 1);
            QCOMPARE(pos[0].number, u"PO-00001"_qs);
            QCOMPARE(pos[0].status, PoStatus::Sent);
            QCOMPARE(suppliers.list(owner).value().value(0).name, u"Шерсть и Ко"_qs);
        }
        Supplier supplier;
        supplier.name = u"Поставщик"_qs;
        auto made = suppliers.create(owner, supplier);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        PurchaseOrder po = purchases.newDraft(owner, made->id).value();
        PoLine line = purchases.lineFor(owner, po, p.id, Quantity::fromUnits(5)).value();
        line.unitPrice = 20000;
        po.lines = {line};
        po = purchases.create(owner, po).value();
        QVERIFY(purchases.send(owner, po.id));
        ReceiptDraft receipt;
        receipt.poId = po.id;
        receipt.lines = {ReceiptLineDraft{po.lines[0].id, Quantity::fromUnits(5), {}, {}}};
        QVERIFY(purchases.receive(owner, receipt));
        QCOMPARE(stock.verify(owner)->size(), 0);

        // ...and takes support tickets (version 7) with the built-in SLA policies; tickets from
        // version 7 on survive with their thread and clocks.
        SupportService support(**db);
        if (version >= 7) {
            const Ticket old = support.ticketByNumber(owner, u"TK-00001"_qs).value();
            QCOMPARE(old.status, TicketStatus::WaitingCustomer);
            QCOMPARE(old.replies, 1);
            QCOMPARE(support.messages(owner, old.id)->size(), 2);
            QVERIFY(old.firstReplyAt);
        }
        NewTicket n;
        n.subject = u"Где мой заказ?"_qs;
        n.contactName = u"Покупатель"_qs;
        n.body = u"Заказ SO-00001 не пришёл"_qs;
        auto ticket = support.create(owner, n);
        QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().message));
        QCOMPARE(ticket->number, version >= 7 ? u"TK-00002"_qs : u"TK-00001"_qs);
        QCOMPARE(ticket->clocks.size(), 2); // the standard policy's first response and resolution
        QCOMPARE(support.policies(owner)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
