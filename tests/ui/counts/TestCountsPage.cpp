#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "counts/CountLineTableModel.h"
#include "counts/CountReviewModel.h"
#include "counts/CountSessionTableModel.h"
#include "counts/CountingScreen.h"
#include "counts/CountsPage.h"
#include "counts/NewCountDialog.h"
#include "counts/ReviewDialog.h"
#include "counts/ScanLineEdit.h"
#include "documents/CountSheet.h"
#include "stock/CountService.h"
#include "stock/StockService.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::test;

namespace {

const Id mainLoc = StockService::mainLocationId();
const Id packLoc = StockService::packingLocationId();

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

// The text of a PDF, through poppler's pdftotext.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-layout"_qs, path, u"-"_qs});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Saves a picture of the widget when KONTOR_SCREENSHOTS names a folder (for looking at the UI).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

// A small shop: tea and socks on the shelf, shoes with marking codes, mugs at packing.
struct Fixture
{
    TempDatabase tmp;
    ProductService products{tmp.db()};
    StockService stock{tmp.db()};
    Actor owner = Actor::owner();
    Id tea;
    Id socks;
    Id shoe;
    Id mug;
    Id cap;

    Fixture()
    {
        tmp.clock().setMs(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        tea = create(u"TEA-001"_qs, u"Green tea Sencha, 100 g"_qs, u"4006381333931"_qs, 45000);
        socks = create(u"SKU-00081"_qs, u"Носки шерстяные, серые"_qs, {}, 12000);
        shoe = create(u"SHOE-42"_qs, u"Running shoe, size 42"_qs, u"4600439931256"_qs, 350000);
        mug = create(u"MUG-014"_qs, u"Enamel mug, white"_qs, u"036000291452"_qs, 30000);
        cap = create(u"CAP-7"_qs, u"Baseball cap"_qs, {}, 25000);
        receive(tea, 12, mainLoc, 30000);
        receive(socks, 40, mainLoc, 8000);
        receive(shoe, 6, mainLoc, 200000);
        receive(mug, 8, packLoc, 15000);
        receive(cap, 3, mainLoc, 10000);
    }
    Id create(const QString& sku, const QString& name, const QString& barcode, qint64 price)
    {
        Product p = makeProduct(sku, name, price);
        if (!barcode.isEmpty())
            p.barcodes = {Barcodes::validate(barcode, false).value()};
        return products.create(owner, p).value().id;
    }
    void receive(const Id& p, qint64 n, const Id& location, qint64 cost)
    {
        if (!stock.receive(owner, p, location, units(n), cost))
            qFatal("receive failed");
    }
};

} // namespace

// The counts page and its dialogs: the list of sessions, a new count, the review with its
// differences and posting, the count sheet PDF; and the item models under the model tester.
class TestCountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void sessionModelUnderTester()
    {
        Fixture f;
        CountService counts(f.tmp.db(), f.stock, f.products);
        CountSessionTableModel model(counts, f.stock, f.products, f.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        CountSessionDraft full;
        full.name = u"Spring"_qs;
        const CountSession s = counts.createSession(f.owner, full).value();
        QCOMPARE(model.rowCount(), 1); // follows sessionsChanged
        QCOMPARE(model.index(0, CountSessionTableModel::Number).data().toString(), u"INV-0001"_qs);
        QCOMPARE(model.index(0, CountSessionTableModel::Where).data().toString(), u"Main warehouse"_qs);
        QCOMPARE(model.index(0, CountSessionTableModel::Progress).data().toString(), u"0 of 5"_qs);
        QVERIFY(counts.addLine(f.owner, s.id, f.tea, mainLoc, units(3)));
        QCOMPARE(model.index(0, CountSessionTableModel::Progress).data().toString(), u"1 of 5"_qs);
        QVERIFY(counts.cancel(f.owner, s.id));
        QCOMPARE(model.index(0, CountSessionTableModel::Status).data().toString(), u"Cancelled"_qs);
        model.setShowFinished(false);
        QCOMPARE(model.rowCount(), 0);
    }

    void lineAndReviewModelsUnderTester()
    {
        Fixture f;
        CountService counts(f.tmp.db(), f.stock, f.products);
        const CountSession s = counts.createSession(f.owner, {}).value();
        QVERIFY(counts.addLine(f.owner, s.id, f.tea, mainLoc, units(10)));
        QVERIFY(counts.addLine(f.owner, s.id, f.socks, mainLoc, units(41)));

        CountLineTableModel lines;
        QAbstractItemModelTester lineTester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lines.setLines(counts.lines(f.owner, s.id).value());
        QCOMPARE(lines.rowCount(), 2);
        QCOMPARE(lines.index(0, CountLineTableModel::Sku).data().toString(), u"SKU-00081"_qs);
        QCOMPARE(lines.index(0, CountLineTableModel::Quantity).data().toString(), u"41"_qs);
        QCOMPARE(CountLineTableModel::displayCode(u"01046004399312562112345\x1D"_qs + u"91FFD0"_qs),
                 u"01046004399312562112345\u241D91FFD0"_qs);

        CountReviewModel review;
        QAbstractItemModelTester reviewTester(&review,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setCurrency(u"RUB"_qs);
        review.setRows(counts.reviewRows(f.owner, s.id).value());
        QCOMPARE(review.rowCount(), 5);
        review.setOnlyDifferences(true);
        // Tea -2, socks +1, and the uncounted shoe, cap and mug that hold stock.
        QCOMPARE(review.rowCount(), 5);
        QVERIFY(counts.addLine(f.owner, s.id, f.shoe, mainLoc, units(6)));
        review.setRows(counts.reviewRows(f.owner, s.id).value());
        QCOMPARE(review.rowCount(), 4);
        const CountReviewRow* tea = nullptr;
        for (int row = 0; row < review.rowCount(); ++row) {
            if (review.rowAt(row)->productId == f.tea)
                tea = review.rowAt(row);
        }
        QVERIFY(tea);
        QCOMPARE(tea->difference, units(-2));
        QCOMPARE(tea->differenceValue, -60000);
        review.setOnlyDifferences(false);
        QCOMPARE(review.rowCount(), 5);
    }

    void newCountDialogBuildsTheDraft()
    {
        Fixture f;
        CountService counts(f.tmp.db(), f.stock, f.products);
        NewCountDialog dialog(counts, f.stock, f.products, f.owner);
        QCOMPARE(dialog.previewNow(), 5);
        QVERIFY(dialog.previewText().contains(u"5 items at 2 locations"_qs));
        QVERIFY(dialog.findChild<QPushButton*>(u"startCountButton"_qs)->isEnabled());

        dialog.setScope(CountScope::Location);
        dialog.setLocation(packLoc);
        QCOMPARE(dialog.previewNow(), 1);
        QCOMPARE(dialog.draft().locationId, packLoc);

        dialog.setScope(CountScope::List);
        QCOMPARE(dialog.previewNow(), -1); // no products chosen yet: the service says so
        QVERIFY(!dialog.findChild<QPushButton*>(u"startCountButton"_qs)->isEnabled());
        dialog.addProduct(f.mug, u"MUG-014"_qs);
        dialog.addProduct(f.mug, u"MUG-014"_qs); // once
        dialog.setLocation({});
        QCOMPARE(dialog.previewNow(), 1);
        dialog.setBlind(true);
        dialog.setCounters(u"Anna, Boris ,"_qs);
        const CountSessionDraft draft = dialog.draft();
        QCOMPARE(draft.productIds, QList<Id>{f.mug});
        QVERIFY(draft.blind);
        QCOMPARE(draft.counters, (QStringList{u"Anna"_qs, u"Boris"_qs}));

        dialog.setScope(CountScope::Cycle);
        QCOMPARE(dialog.previewNow(), 5); // nothing was ever counted: everything is due
        dialog.resize(dialog.sizeHint());
        dialog.show();
        screenshot(&dialog, u"new-count-dialog"_qs);
    }

    void pageListsSessionsAndPrintsTheSheet()
    {
        Fixture f;
        CountsPage page(f.products, f.stock, f.owner);
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.findChild<QLabel*>(u"emptyLabel"_qs)->isVisible());
        QVERIFY(!page.findChild<QToolButton*>(u"countButton"_qs)->isEnabled());
        screenshot(&page, u"counts-page-empty"_qs);

        CountSessionDraft blind;
        blind.name = u"Year-end stocktake"_qs;
        blind.blind = true;
        blind.counters = {u"Anna"_qs, u"Boris"_qs};
        const CountSession first = page.counts().createSession(f.owner, blind).value();
        CountSessionDraft shelf;
        shelf.scope = CountScope::Location;
        shelf.locationId = packLoc;
        const CountSession second = page.counts().createSession(f.owner, shelf).value();
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.view()->isVisible());
        page.selectSession(first.id);
        QCOMPARE(page.currentSession()->id, first.id);
        QVERIFY(page.findChild<QToolButton*>(u"countButton"_qs)->isEnabled());
        QVERIFY(page.counts().addLine(f.owner, first.id, f.tea, mainLoc, units(11), 0, u"Anna"_qs));
        QCOMPARE(page.currentSession()->id, first.id); // kept across the reload

        // The count sheet: header, items by location then SKU, no expected figures in a blind count.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_qs);
        QVERIFY(page.printCountSheet(path));
        QVERIFY(page.statusText().contains(u"1 page"_qs));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Count sheet INV-0001"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Year-end stocktake"_qs));
        QVERIFY(text.contains(u"Counters: Anna, Boris"_qs));
        QVERIFY(text.contains(u"Носки шерстяные"_qs));
        QVERIFY(text.contains(u"4006381333931"_qs));
        QVERIFY(text.contains(u"Page 1 of 1"_qs));
        QVERIFY(!text.contains(u"Expected"_qs));
        if (!qEnvironmentVariableIsEmpty("KONTOR_SCREENSHOTS"))
            QFile::copy(
                path, QDir(qEnvironmentVariable("KONTOR_SCREENSHOTS")).filePath(u"count-sheet-blind.pdf"_qs));
        const qsizetype capAt = text.indexOf(u"CAP-7"_qs);
        const qsizetype shoeAt = text.indexOf(u"SHOE-42"_qs);
        const qsizetype packingAt = text.indexOf(u"Location: Packing"_qs);
        const qsizetype mugAt = text.indexOf(u"MUG-014"_qs);
        QVERIFY(capAt >= 0 && capAt < shoeAt && shoeAt < packingAt && packingAt < mugAt);

        // Not blind: the expected figures are printed.
        page.selectSession(second.id);
        QVERIFY(page.printCountSheet(path));
        const QString shelfText = pdfText(path);
        QVERIFY(shelfText.contains(u"Expected"_qs));
        QVERIFY(shelfText.contains(u"MUG-014"_qs));
        QVERIFY(!shelfText.contains(u"TEA-001"_qs));

        // Cancel, after confirming.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.cancelCount();
        QCOMPARE(page.counts().session(f.owner, second.id)->status, CountStatus::Cancelled);
        QVERIFY(!page.findChild<QToolButton*>(u"countButton"_qs)->isEnabled());
        page.selectSession(first.id);
        screenshot(&page, u"counts-page"_qs);
    }

    void longSheetsGetPageNumbers()
    {
        Fixture f;
        for (int i = 0; i < 90; ++i)
            f.create(u"BULK-%1"_qs.arg(i, 3, 10, QChar(u'0')), u"Bulk item %1"_qs.arg(i), {}, 1000);
        CountService counts(f.tmp.db(), f.stock, f.products);
        const CountSession s = counts.createSession(f.owner, {}).value();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.pdf"_qs);
        auto pages = CountSheet::write(counts, f.stock, f.products, f.owner, s.id, path);
        QVERIFY(pages);
        QVERIFY(*pages >= 3);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Page %1 of %1"_qs.arg(*pages)));
        QVERIFY(text.contains(u"Count sheet INV-0001 (continued)"_qs));
        QVERIFY(text.contains(u"Location: Main stock (continued)"_qs));
        QCOMPARE(text.count(u"BULK-042"_qs), 1);
        QVERIFY(text.contains(u"BULK-089"_qs));
        if (!qEnvironmentVariableIsEmpty("KONTOR_SCREENSHOTS"))
            QFile::copy(
                path, QDir(qEnvironmentVariable("KONTOR_SCREENSHOTS")).filePath(u"count-sheet-long.pdf"_qs));
    }

    void reviewShowsDifferencesRecountsAndPosts()
    {
        Fixture f;
        CountService counts(f.tmp.db(), f.stock, f.products);
        CountSessionDraft draft;
        draft.blind = true;
        const CountSession s = counts.createSession(f.owner, draft).value();
        QVERIFY(counts.addLine(f.owner, s.id, f.tea, mainLoc, units(10)));
        QVERIFY(counts.addLine(f.owner, s.id, f.socks, mainLoc, units(41)));
        QVERIFY(counts.addLine(f.owner, s.id, f.shoe, mainLoc, units(6)));
        QVERIFY(counts.addLine(f.owner, s.id, f.mug, packLoc, units(8)));

        {
            ReviewDialog review(counts, f.products, f.owner, s.id);
            // Opening the review ends counting; the blind count shows its expected figures.
            QCOMPARE(counts.session(f.owner, s.id)->status, CountStatus::Review);
            review.show();
            QCOMPARE(review.model()->rowCount(), 5);
            const QString summary = review.summaryText();
            QVERIFY2(summary.contains(u"4 of 5 items counted"_qs), qPrintable(summary));
            QVERIFY(summary.contains(u"1 item short"_qs));
            QVERIFY(summary.contains(u"1 item over"_qs));
            QVERIFY(summary.contains(u"1 not counted"_qs));
            review.setOnlyDifferences(true);
            QCOMPARE(review.model()->rowCount(), 3); // tea, socks, the uncounted cap
            screenshot(&review, u"review-dialog"_qs);

            // Recount the tea: back to counting, its lines set aside.
            int teaRow = -1;
            for (int row = 0; row < review.model()->rowCount(); ++row) {
                if (review.model()->rowAt(row)->productId == f.tea)
                    teaRow = row;
            }
            review.view()->selectRow(teaRow);
            QVERIFY(review.findChild<QPushButton*>(u"recountButton"_qs)->isEnabled());
            review.recountSelected();
            QCOMPARE(review.outcome(), ReviewDialog::Outcome::CountAgain);
            QCOMPARE(counts.session(f.owner, s.id)->status, CountStatus::Open);
            QCOMPARE(counts.countedQuantity(f.owner, s.id, f.tea, mainLoc).value(), units(0));
        }
        QVERIFY(counts.addLine(f.owner, s.id, f.tea, mainLoc, units(12)));

        ReviewDialog review(counts, f.products, f.owner, s.id);
        review.setUncountedRule(UncountedRule::SetToZero);
        QVERIFY(review.summaryText().contains(u"1 item short"_qs)); // the cap, set to zero
        // Declined: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!review.postCount());
        QCOMPARE(counts.session(f.owner, s.id)->status, CountStatus::Review);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(review.postCount());
        QVERIFY(MessageBox::lastText().contains(u"Items nobody counted are set to zero."_qs));
        QCOMPARE(review.outcome(), ReviewDialog::Outcome::Posted);
        QCOMPARE(f.stock.balance(f.owner, f.tea, mainLoc)->onHand, units(12));
        QCOMPARE(f.stock.balance(f.owner, f.socks, mainLoc)->onHand, units(41));
        QCOMPARE(f.stock.balance(f.owner, f.cap, mainLoc)->onHand, units(0));

        // A posted count can be looked at, not changed.
        ReviewDialog posted(counts, f.products, f.owner, s.id);
        QVERIFY(!posted.findChild<QPushButton*>(u"postButton"_qs)->isEnabled());
        QVERIFY(!posted.findChild<QPushButton*>(u"countAgainButton"_qs)->isEnabled());
    }

    void countingScreenPicture()
    {
        if (qEnvironmentVariableIsEmpty("KONTOR_SCREENSHOTS"))
            QSKIP("pictures only when KONTOR_SCREENSHOTS is set");
        Fixture f;
        CountService counts(f.tmp.db(), f.stock, f.products);
        CountSessionDraft draft;
        draft.counters = {u"Anna"_qs, u"Boris"_qs};
        const CountSession s = counts.createSession(f.owner, draft).value();
        CountingScreen screen(counts, f.products, f.stock, f.owner, s.id);
        screen.resize(1200, 860);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screenshot(&screen, u"counting-screen-start"_qs);
        for (const QString& code :
             {u"4006381333931"_qs, u"4006381333931"_qs, u"SKU-00081"_qs, u"6*SKU-00081"_qs,
              u"0104600439931256215Zx9Kq.T'ka9,q91FFD092abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"_qs,
              u"4006381333931"_qs}) {
            QTest::keyClicks(screen.input(), code);
            QTest::keyClick(screen.input(), Qt::Key_Enter);
        }
        QTest::qWait(1000); // let the flash settle to its calm colour
        screenshot(&screen, u"counting-screen-found"_qs);
        QTest::keyClicks(screen.input(), u"4601234567893"_qs);
        QTest::keyClick(screen.input(), Qt::Key_Enter);
        QTest::qWait(120); // the flash at its brightest
        screenshot(&screen, u"counting-screen-unknown"_qs);
        QVERIFY(screen.unknownPromptVisible());
    }
};

QTEST_MAIN(TestCountsPage)
#include "TestCountsPage.moc"
