#include "orders/PackingVerifier.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

template <typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(*r);
}

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

// A Честный ЗНАК code for the GTIN 04600439931256 (EAN-13 4600439931256), as a keyboard-mode
// scanner sends it: without group separators.
QString markingCode(const QString& serial)
{
    return u"0104600439931256"_qs + u"21"_qs + serial + u"91"_qs + u"FFD0"_qs + u"92"_qs +
           u"3dozyT3g2VsxCzLJRyqaAak90xtz5kyZTDN/CsQ6phs="_qs;
}

const QString MugEan = u"4006381333931"_qs;
const QString TeeEan = u"4600439931256"_qs;

// A shop with a mug (EAN), a spoon (SKU only), a marked T-shirt, a kit of both with its own code,
// a product not on any order, and flour sold by the kilogram.
struct Shop : StockShop
{
    Id mug;
    Id spoon;
    Id tee;
    Id kit;
    Id other;
    Id flour;

    Shop()
    {
        mug = productWith(u"MUG-1"_qs, u"Кружка"_qs, {{MugEan, BarcodeKind::Ean13}});
        spoon = productWith(u"SPOON-1"_qs, u"Ложка"_qs, {});
        tee = productWith(u"TEE-1"_qs, u"Футболка"_qs, {{TeeEan, BarcodeKind::Ean13}});
        kit = productWith(u"GIFT-1"_qs, u"Подарочный набор"_qs, {{u"GIFT-BOX-1"_qs, BarcodeKind::Internal}});
        other = productWith(u"OTHER-1"_qs, u"Чужой товар"_qs, {{u"4006381333924"_qs, BarcodeKind::Ean13}});
        flour = product(u"FLOUR"_qs, u"Мука"_qs, Unit::Kilogram);
        if (!stock.setKitComponents(owner, kit, {{mug, units(1)}, {spoon, units(2)}}))
            qFatal("kit");
        for (const Id& p : {mug, spoon, tee, other, flour})
            receive(p, StockService::mainLocationId(), 50);
    }

    Id productWith(const QString& sku, const QString& name, QList<Barcode> barcodes)
    {
        Product p = test::makeProduct(sku, name);
        p.barcodes = std::move(barcodes);
        return must(products.create(owner, p)).id;
    }

    // A confirmed order in picking with these lines.
    Order picking(const QList<std::pair<Id, Quantity>>& lines)
    {
        Order draft;
        draft.customerName = u"Анна Петрова"_qs;
        for (const auto& [productId, quantity] : lines)
            draft.lines.append(must(orders.lineFor(owner, productId, quantity)));
        const Order o = must(orders.create(owner, draft));
        must(orders.confirm(owner, o.id));
        return must(orders.startPicking(owner, o.id));
    }

    PackingVerifier verifier(const Order& o) { return must(PackingVerifier::forOrder(products, owner, o)); }
};

PackingScan scan(PackingVerifier& v, const QString& code)
{
    return must(v.scan(code));
}

} // namespace

class TestPackingVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedFromTheOrder()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(2)}, {shop.spoon, units(1)}});
        PackingVerifier v = shop.verifier(o);
        QCOMPARE(v.lines().size(), 2);
        QCOMPARE(v.lines()[0].sku, u"MUG-1"_qs);
        QCOMPARE(v.lines()[0].expected, units(2));
        QCOMPARE(v.lines()[1].sku, u"SPOON-1"_qs);
        QCOMPARE(v.lines()[1].expected, units(1));
        QCOMPARE(v.expectedTotal(), units(3));
        QVERIFY(!v.isComplete());
    }

    void rightItemsCompleteTheParcel()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(2)}, {shop.spoon, units(1)}});
        PackingVerifier v = shop.verifier(o);
        PackingScan s = scan(v, MugEan);
        QVERIFY(s.accepted());
        QCOMPARE(s.line, 0);
        QCOMPARE(v.lines()[0].scanned, units(1));
        QVERIFY(s.message.contains(u"MUG-1"_qs));
        QVERIFY(!v.isComplete());
        QVERIFY(scan(v, u"SPOON-1"_qs).accepted()); // a SKU typed or printed on a shelf label
        QVERIFY(!v.isComplete());
        QVERIFY(scan(v, u"  "_qs + MugEan + u"\n"_qs).accepted()); // as a scanner types it
        QVERIFY(v.isComplete());
        QCOMPARE(v.scannedTotal(), units(3));
        QCOMPARE(v.acceptedScans(), 3);
    }

    void wrongItemIsRefused()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(1)}});
        PackingVerifier v = shop.verifier(o);
        PackingScan s = scan(v, u"4006381333924"_qs);
        QCOMPARE(s.status, PackingScanStatus::WrongItem);
        QVERIFY(!s.accepted());
        QCOMPARE(s.line, -1);
        QVERIFY(s.message.contains(u"OTHER-1"_qs));
        QCOMPARE(v.scannedTotal(), Quantity());
        QCOMPARE(v.acceptedScans(), 0);
    }

    void unknownAndUnreadableCodes()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(1)}});
        PackingVerifier v = shop.verifier(o);
        QCOMPARE(scan(v, u"NO-SUCH-THING"_qs).status, PackingScanStatus::UnknownCode);
        PackingScan bad = scan(v, u"4006381333932"_qs); // wrong check digit
        QCOMPARE(bad.status, PackingScanStatus::Unreadable);
        QVERIFY(!bad.message.isEmpty());
        QCOMPARE(v.scannedTotal(), Quantity());
    }

    void oneMoreThanOrderedIsRefused()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(2)}, {shop.spoon, units(1)}});
        PackingVerifier v = shop.verifier(o);
        QVERIFY(scan(v, MugEan).accepted());
        QVERIFY(scan(v, MugEan).accepted());
        PackingScan third = scan(v, MugEan);
        QCOMPARE(third.status, PackingScanStatus::TooMany);
        QCOMPARE(third.line, 0);
        QCOMPARE(v.lines()[0].scanned, units(2));
        QVERIFY(!v.isComplete()); // the spoon is still missing
    }

    void repeatedMarkingCodeIsRefused()
    {
        Shop shop;
        const Order o = shop.picking({{shop.tee, units(2)}});
        PackingVerifier v = shop.verifier(o);
        PackingScan first = scan(v, markingCode(u"5'KT!qV"_qs));
        QVERIFY2(first.accepted(), qPrintable(first.message));
        QCOMPARE(first.code.kind, ScanKind::MarkingCode);
        // The same unit again: refused although the order needs a second T-shirt.
        PackingScan again = scan(v, markingCode(u"5'KT!qV"_qs));
        QCOMPARE(again.status, PackingScanStatus::RepeatedSerial);
        QCOMPARE(again.line, 0);
        QVERIFY(again.message.contains(u"5'KT!qV"_qs));
        QCOMPARE(v.lines()[0].scanned, units(1));
        QVERIFY(scan(v, markingCode(u"8nB-2xw"_qs)).accepted());
        QVERIFY(v.isComplete());
        // A third unit is one too many, whatever its serial.
        QCOMPARE(scan(v, markingCode(u"ZZZ-999"_qs)).status, PackingScanStatus::TooMany);
        // A unit already in the parcel is named as such, even once the line is full.
        QCOMPARE(scan(v, markingCode(u"8nB-2xw"_qs)).status, PackingScanStatus::RepeatedSerial);
    }

    void undoTakesBackTheLastScan()
    {
        Shop shop;
        const Order o = shop.picking({{shop.tee, units(2)}, {shop.mug, units(1)}});
        PackingVerifier v = shop.verifier(o);
        QVERIFY(!v.undo());
        QVERIFY(scan(v, markingCode(u"AAA-111"_qs)).accepted());
        QVERIFY(scan(v, MugEan).accepted());
        QCOMPARE(scan(v, u"4006381333924"_qs).status, PackingScanStatus::WrongItem); // not undoable
        auto undone = v.undo();
        QVERIFY(undone);
        QCOMPARE(undone->line, 1);
        QCOMPARE(v.lines()[1].scanned, Quantity());
        undone = v.undo();
        QVERIFY(undone);
        QCOMPARE(undone->code.serial, u"AAA-111"_qs);
        QCOMPARE(v.lines()[0].scanned, Quantity());
        QVERIFY(!v.undo());
        // The serial taken back may be scanned again.
        QVERIFY(scan(v, markingCode(u"AAA-111"_qs)).accepted());
        QCOMPARE(v.acceptedScans(), 1);
    }

    void kitCountsByItsOwnCode()
    {
        Shop shop;
        const Order o = shop.picking({{shop.kit, units(2)}});
        PackingVerifier v = shop.verifier(o);
        QCOMPARE(v.lines().size(), 1);
        QCOMPARE(v.lines()[0].sku, u"GIFT-1"_qs);
        QCOMPARE(v.lines()[0].expected, units(2));
        // A part of the kit on its own is not what the order sold.
        QCOMPARE(scan(v, MugEan).status, PackingScanStatus::WrongItem);
        QVERIFY(scan(v, u"GIFT-BOX-1"_qs).accepted());
        QCOMPARE(v.lines()[0].scanned, units(1));
        QVERIFY(scan(v, u"GIFT-1"_qs).accepted());
        QVERIFY(v.isComplete());
    }

    void weighedGoodsAreOnePackage()
    {
        Shop shop;
        const Order o = shop.picking({{shop.flour, Quantity::fromMilli(1500)}});
        PackingVerifier v = shop.verifier(o);
        QCOMPARE(v.lines()[0].unit, Unit::Kilogram);
        PackingScan s = scan(v, u"FLOUR"_qs);
        QVERIFY(s.accepted());
        QCOMPARE(s.counted, Quantity::fromMilli(1500));
        QVERIFY(v.isComplete());
        QCOMPARE(scan(v, u"FLOUR"_qs).status, PackingScanStatus::TooMany);
    }

    void sameProductOnTwoLinesIsOnePile()
    {
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(1)}, {shop.spoon, units(1)}, {shop.mug, units(2)}});
        const QList<PackingLine> lines = PackingVerifier::expectedLines(o);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].productId, shop.mug);
        QCOMPARE(lines[0].expected, units(3));
    }

    void waitingLinesAreNotInTheParcel()
    {
        Shop shop;
        const Id preorder = shop.product(u"PRE-1"_qs);
        QVERIFY(shop.stock.setAllowBackorders(shop.owner, preorder, true));
        const Order o = shop.picking({{shop.mug, units(1)}, {preorder, units(1)}});
        PackingVerifier v = shop.verifier(o);
        QCOMPARE(v.lines().size(), 1);
        QCOMPARE(v.lines()[0].sku, u"MUG-1"_qs);
        QCOMPARE(scan(v, u"PRE-1"_qs).status, PackingScanStatus::WrongItem);
    }

    void nothingReservedIsNeverComplete()
    {
        PackingVerifier v({}, [](const ScanCode&) -> Result<std::optional<Product>> { return std::nullopt; });
        QVERIFY(v.isEmpty());
        QVERIFY(!v.isComplete());
    }

    void lookupFailureIsAnError()
    {
        PackingLine line;
        line.productId = Id::create();
        line.sku = u"X"_qs;
        line.expected = units(1);
        PackingVerifier v({line}, [](const ScanCode&) -> Result<std::optional<Product>> {
            return fail(ErrorCode::Storage, u"disk I/O error"_qs);
        });
        auto s = v.scan(u"X"_qs);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Storage);
    }

    void packedAfterTheScansStillMatches()
    {
        // After packing moved the goods, the picked quantities are what the parcel holds.
        Shop shop;
        const Order o = shop.picking({{shop.mug, units(2)}});
        const Order packed = must(shop.orders.markPacked(shop.owner, o.id));
        QCOMPARE(packed.lines[0].picked, units(2));
        const QList<PackingLine> lines = PackingVerifier::expectedLines(packed);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].expected, units(2));
    }
};

QTEST_GUILESS_MAIN(TestPackingVerifier)
#include "TestPackingVerifier.moc"
