#include "common/Money.h"
#include "documents/PurchaseOrderDocument.h"
#include "orders/ShopDetailsService.h"
#include "support/Must.h"
#include "support/PdfTools.h"
#include "support/PurchasingShop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

// The document's text as QTextDocument lays it out.
QString plainText(const PurchaseOrderDocument& document)
{
    QTextDocument doc;
    doc.setHtml(document.html());
    return doc.toPlainText().simplified();
}

} // namespace

// The purchase order as the supplier gets it, written to PDF and read back.
class TestPurchaseOrderDocument : public QObject
{
    Q_OBJECT

    struct Shop : PurchasingShop
    {
        Id tea;
        Id mug;
        Supplier teaHouse;

        Shop()
        {
            ShopDetails details;
            details.shopName = u"Ромашка"_qs;
            details.legalName = u"ООО «Ромашка»"_qs;
            details.taxId = u"7707083893"_qs;
            details.legalAddress = u"117997, Москва, ул. Вавилова, д. 19"_qs;
            must(shopDetails.save(owner, details));
            tea = product(u"TEA"_qs, u"Чай зелёный"_qs);
            mug = product(u"MUG"_qs, u"Кружка"_qs);
            teaHouse = supplier(u"Чайный дом"_qs);
            ContractTerms terms;
            terms.leadTimeDays = 7;
            contract(teaHouse.id, u"К-12"_qs, {{tea, 10000, u"CH-001"_qs}, {mug, 25000, u"KR-7"_qs}}, terms,
                     {{100000, 300}});
        }
        PurchaseOrderDocument document(const Id& poId)
        {
            const PurchaseOrderDocument::Sources sources{purchases, suppliers, stock, shopDetails};
            return PurchaseOrderDocument(must(PurchaseOrderDocument::load(sources, owner, poId)),
                                         QLocale(QLocale::English, QLocale::UnitedStates));
        }
    };

    QTemporaryDir m_dir;

    QString write(const PurchaseOrderDocument& document, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto pages = document.writePdf(path);
        if (!pages)
            qFatal("%s", qPrintable(pages.error().toString()));
        // To look at it: KONTOR_TEST_OUTPUT=/some/folder keeps a copy.
        const QString keep = qEnvironmentVariable("KONTOR_TEST_OUTPUT");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void purchaseOrder()
    {
        Shop shop;
        PurchaseOrder draft = must(shop.purchases.newDraft(shop.owner, shop.teaHouse.id));
        draft.lines.append(
            must(shop.purchases.lineFor(shop.owner, draft, shop.tea, Quantity::fromUnits(10))));
        draft.lines.append(must(shop.purchases.lineFor(shop.owner, draft, shop.mug, Quantity::fromUnits(4))));
        draft.note = u"Звонить за час до приезда"_qs;
        const PurchaseOrder po = must(shop.purchases.create(shop.owner, draft));
        const PurchaseOrderDocument document = shop.document(po.id);
        QCOMPARE(document.title(), u"Purchase order %1"_qs.arg(po.number));
        QCOMPARE(document.suggestedFileName(), u"Purchase order %1.pdf"_qs.arg(po.number));

        const QString text = plainText(document);
        QVERIFY(text.contains(u"Purchase order No. %1"_qs.arg(po.number)));
        QVERIFY(text.contains(u"К-12"_qs));
        QVERIFY(text.contains(u"ООО «Ромашка»"_qs));
        QVERIFY(text.contains(u"ООО «Чайный дом»"_qs));
        QVERIFY(text.contains(u"CH-001"_qs));
        QVERIFY(text.contains(u"KR-7"_qs));
        // 1 000.00 + 1 000.00 = 2 000.00, 3 % off: 1 940.00.
        QVERIFY(text.contains(u"Volume discount 3"_qs));
        QVERIFY(text.contains(Money(194000, u"RUB"_qs)
                                  .toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates))
                                  .simplified()));
        // Not confirmed yet: the lead time, then where to deliver.
        QVERIFY(text.contains(u"within 7 calendar days of your confirmation"_qs));
        QVERIFY(text.contains(u"Deliver to"_qs));
        QVERIFY(text.contains(u"117997, Москва"_qs));
        QVERIFY(text.contains(u"Звонить за час до приезда"_qs));

        const QString path = write(document, u"purchase-order.pdf"_qs);
        QVERIFY(QFileInfo(path).size() > 1000);
        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 1);
        const QString pdf = test::pdfText(path);
        QVERIFY2(pdf.contains(po.number), qPrintable(pdf));
        QVERIFY(pdf.contains(u"Чайный дом"_qs));

        // Confirmed: the due date instead of the lead time.
        must(shop.purchases.send(shop.owner, po.id));
        must(shop.purchases.confirm(shop.owner, po.id));
        const QString confirmed = plainText(shop.document(po.id));
        QVERIFY(confirmed.contains(u"Delivery due by 17 March 2026"_qs));
    }

    void dropshipVariant()
    {
        Shop shop;
        PurchaseOrder draft = must(shop.purchases.newDraft(shop.owner, shop.teaHouse.id));
        draft.lines.append(must(shop.purchases.lineFor(shop.owner, draft, shop.tea, Quantity::fromUnits(1))));
        const PurchaseOrder po = must(shop.purchases.create(shop.owner, draft));
        const PurchaseOrderDocument::Sources sources{shop.purchases, shop.suppliers, shop.stock,
                                                     shop.shopDetails};
        PurchaseOrderDocument::Data data = must(PurchaseOrderDocument::load(sources, shop.owner, po.id));
        data.po.kind = PoKind::Dropship;
        data.po.shipTo = u"Анна Петрова\nКазань, ул. Баумана, д. 1, кв. 2"_qs;
        const PurchaseOrderDocument document(data, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(document.title(), u"Dropship order %1"_qs.arg(po.number));
        const QString text = plainText(document);
        QVERIFY(text.contains(u"Dropship order No. %1"_qs.arg(po.number)));
        QVERIFY(text.contains(u"Ship to"_qs));
        QVERIFY(text.contains(u"Казань, ул. Баумана"_qs));
        QVERIFY(!text.contains(u"Deliver to"_qs));
        const QString pdf = test::pdfText(write(document, u"dropship-order.pdf"_qs));
        QVERIFY(pdf.contains(u"Dropship order"_qs));
        QVERIFY(pdf.contains(po.number));
    }
};

QTEST_MAIN(TestPurchaseOrderDocument)
#include "TestPurchaseOrderDocument.moc"
