#include "common/Money.h"
#include "documents/SupplierReportDocument.h"
#include "orders/ShopDetailsService.h"
#include "support/Must.h"
#include "support/PdfTools.h"
#include "support/ScorecardData.h"
#include "support/ScreenshotTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kontor;
using test::must;
using test::ScorecardData;
using test::StockShop;

namespace {

// A stand-in for the Russian translation (the real one is made after merging): a few of the
// report's words, so the test sees that they go through tr() with the document's context.
class RussianWords : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArrayView(context) != "kontor::SupplierReportDocument")
            return {};
        static const QHash<QByteArray, QString> words{
            {"Supplier performance report", u"Отчёт о работе поставщика"_qs},
            {"Open claims", u"Открытые претензии"_qs},
            {"On time", u"В срок"_qs},
        };
        return words.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The supplier report on the known data set of ScorecardData.h: the parties, the scorecard
// against the targets, the open claims and the demand forecast.
class TestSupplierReportDocument : public QObject
{
    Q_OBJECT

    const QLocale m_english{QLocale::English, QLocale::UnitedStates};

    SupplierReportDocument::Data load(StockShop& shop, const Id& supplierId)
    {
        ShopDetails seller;
        seller.shopName = u"Ромашка"_qs;
        seller.legalName = u"ООО «Ромашка»"_qs;
        seller.taxId = u"7707083893"_qs;
        seller.legalAddress = u"117997, Москва, ул. Вавилова, д. 19"_qs;
        must(shop.shopDetails.save(shop.owner, seller));
        return must(SupplierReportDocument::load(shop.performance, shop.shopDetails, shop.owner, supplierId,
                                                 QDate(2026, 3, 1), QDate(2026, 3, 31), 30,
                                                 ScorecardData::today()));
    }

private Q_SLOTS:
    void init() { QLocale::setDefault(m_english); }

    void reportForTheSupplier()
    {
        StockShop shop;
        const ScorecardData d(shop);
        const SupplierReportDocument doc(load(shop, d.supplier), m_english);
        auto day = [this](QDate date, const QString& format) { return m_english.toString(date, format); };
        QCOMPARE(doc.title(), u"Supplier report, Носки оптом, "_qs +
                                  day(QDate(2026, 3, 1), u"d MMM yyyy"_qs) + u" – "_qs +
                                  day(QDate(2026, 3, 31), u"d MMM yyyy"_qs));
        QTemporaryDir dir;
        const QString path = dir.filePath(doc.suggestedFileName());
        QCOMPARE(QFileInfo(path).fileName(), u"Supplier report Носки оптом 2026-03-01–2026-03-31.pdf"_qs);
        QCOMPARE(must(doc.writePdf(path)), 1);
        if (test::screenshotsWanted()) // to look at it
            QFile::copy(path,
                        QDir(qEnvironmentVariable("KONTOR_SCREENSHOTS")).filePath(u"supplier-report.pdf"_qs));
        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(qRound(info.pageSize.width()), 210);

        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Supplier performance report"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Period "_qs + day(QDate(2026, 3, 1), u"d MMMM yyyy"_qs) + u" – "_qs +
                              day(QDate(2026, 3, 31), u"d MMMM yyyy"_qs)));
        QVERIFY(text.contains(u"ООО «Ромашка»"_qs));     // the shop
        QVERIFY(text.contains(u"ООО «Носки оптом»"_qs)); // the supplier, by its legal name
        QVERIFY(text.contains(u"Москва, ул. Ткацкая, 5"_qs));

        const QStringList lines = test::pdfLines(path);
        const QString all = lines.join(u'\n');
        // Figure, result, basis, target, status.
        QVERIFY2(lines.contains(u"On time 63.64 % 35 of 55 units 95 % missed"_qs), qPrintable(all));
        QVERIFY(lines.contains(u"In full 78.18 % 43 of 55 units 95 % missed"_qs));
        QVERIFY(lines.contains(u"On time and in full (OTIF) 20 % 1 of 5 order lines"_qs));
        QVERIFY(lines.contains(u"Defects 4.35 % 2 of 46 units received at most 2 % missed"_qs));
        QVERIFY(lines.contains(u"Mis-sorts 2.17 % 1 of 46 units received at most 1 % missed"_qs));
        // Open claims: the mis-sort of PO3 (deadline 16 + 14 days) and the lateness of PO2.
        QCOMPARE(shop.purchases.claims(shop.owner, {d.supplier, ClaimStatus::Open, false})->size(), 2);
        for (const Claim& c :
             must(shop.purchases.claims(shop.owner, {d.supplier, ClaimStatus::Open, false}))) {
            const QString row = c.number + u' ' + c.poNumber + u" Open "_qs +
                                Money(c.amount, u"RUB"_qs).toDisplayString(m_english);
            bool found = false;
            for (const QString& line : lines)
                found = found || line.startsWith(row.simplified());
            QVERIFY2(found, qPrintable(row + u"\n"_qs + all));
        }
        QVERIFY(!text.contains(
            must(shop.purchases.claims(shop.owner, {d.supplier, ClaimStatus::Paid, false})).first().number));
        // The forecast: SKU, supplier SKU, name, sold per day, 30 days, on order.
        QVERIFY(lines.contains(u"MUG NS-300 Кружка керамическая 0.50 15 5"_qs));
        QVERIFY(lines.contains(u"SOCK NS-100 Носки шерстяные 1.00 30 0"_qs));
    }

    void otherSupplierAndTranslation()
    {
        StockShop shop;
        const ScorecardData d(shop);
        RussianWords russian;
        QCoreApplication::installTranslator(&russian);
        const SupplierReportDocument doc(load(shop, d.other), m_english);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.pdf"_qs);
        QVERIFY(doc.writePdf(path));
        QCoreApplication::removeTranslator(&russian);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Отчёт о работе поставщика"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Открытые претензии"_qs));
        QVERIFY(text.contains(u"No open claims."_qs));
        QVERIFY(text.contains(u"Кружки и Ко"_qs));
        // No targets in its contract: nothing is marked met or missed.
        QVERIFY(!text.contains(u"missed"_qs));
        QVERIFY(!text.contains(u"met"_qs.prepend(u' ').append(u' ')));
        // Its products: none preferred, the mugs on its contract's price list.
        QVERIFY(test::pdfLines(path).contains(u"MUG KK-1 Кружка керамическая 0.50 15 5"_qs));

        // A cancelled write leaves no file.
        const QString cancelled = dir.filePath(u"cancelled.pdf"_qs);
        const auto result = doc.writePdf(cancelled, [](qint64, qint64) { return false; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(cancelled));
    }
};

QTEST_MAIN(TestSupplierReportDocument)
#include "TestSupplierReportDocument.moc"
