#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "counts/CountLineTableModel.h"
#include "counts/CountingScreen.h"
#include "counts/ScanLineEdit.h"
#include "products/ProductEditor.h"
#include "products/ProductSearchField.h"
#include "stock/CountService.h"
#include "stock/StockService.h"
#include "support/DialogCloser.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace kontor;
using namespace kontor::test;

namespace {

const Id mainLoc = StockService::mainLocationId();
const QString serial1 = u"JgXJ5.T'ka9,q"_qs;
const QString serial2 = u"AbCdE12345678"_qs;
const QString tail = u"3dozyT3g2VsxCzLJRyqaAak90xtz5kyZTDN/CsQ6phs="_qs;

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

// Types text key by key, as a scanner does; QTest::keyClicks only knows Latin-1.
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The GS1 group separator as a scanner in keyboard mode sends it: the control character GS.
void typeGroupSeparator(QWidget* widget)
{
    QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(QChar(0x1D)), Qt::NoModifier);
}

struct Fixture
{
    TempDatabase tmp;
    ProductService products{tmp.db()};
    StockService stock{tmp.db()};
    CountService counts{tmp.db(), stock, products};
    Actor owner = Actor::owner();
    Id tea;
    Id sku;
    Id shoe;
    Id mug;
    CountSession session;
    std::unique_ptr<CountingScreen> screen;

    explicit Fixture(bool blind = false)
    {
        tea = create(u"TEA-1"_qs, u"Green tea"_qs, {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13}});
        sku = create(u"SKU-00081"_qs, u"Socks, wool"_qs, {});
        shoe =
            create(u"SHOE-42"_qs, u"Running shoe 42"_qs, {Barcode{u"4600439931256"_qs, BarcodeKind::Ean13}});
        mug = create(u"MUG-1"_qs, u"Enamel mug"_qs, {});
        if (!stock.receive(owner, tea, mainLoc, units(5)))
            qFatal("receive failed");
        CountSessionDraft draft;
        draft.blind = blind;
        draft.counters = {u"Anna"_qs, u"Boris"_qs};
        session = counts.createSession(owner, draft).value();
        screen = std::make_unique<CountingScreen>(counts, products, stock, owner, session.id);
        screen->resize(1100, 820);
        screen->show();
        screen->activateWindow();
        if (!QTest::qWaitForWindowExposed(screen.get()))
            qWarning("the counting screen was not exposed");
    }
    Id create(const QString& s, const QString& name, QList<Barcode> barcodes)
    {
        Product p = makeProduct(s, name);
        p.barcodes = barcodes;
        return products.create(owner, p).value().id;
    }
    ScanLineEdit* input() { return screen->input(); }
    // Types a scan and Enter into the input line.
    void scan(const QString& text)
    {
        type(input(), text);
        QTest::keyClick(input(), Qt::Key_Enter);
    }
    Quantity counted(const Id& product, const Id& location = mainLoc)
    {
        return counts.countedQuantity(owner, session.id, product, location).value();
    }
    QString label(const QString& name) { return screen->findChild<QLabel*>(name)->text(); }
};

} // namespace

// The scanner counting screen: barcodes typed key by key with Enter, as a handheld scanner in
// keyboard mode sends them, and what the session holds afterwards.
class TestCountingScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void splitQuantity_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("milli"); // -1: no quantity prefix
        QTest::addColumn<QString>("rest");

        QTest::newRow("scan") << u"4006381333931"_qs << qint64(-1) << u"4006381333931"_qs;
        QTest::newRow("quantity then code") << u"5*4006381333931"_qs << qint64(5000) << u"4006381333931"_qs;
        QTest::newRow("quantity alone") << u"12*"_qs << qint64(12000) << QString();
        QTest::newRow("spaces") << u" 3 *SKU-1"_qs << qint64(3000) << u"SKU-1"_qs;
        QTest::newRow("decimal comma") << u"2,5*"_qs << qint64(2500) << QString();
        QTest::newRow("decimal point") << u"0.75*SKU"_qs << qint64(750) << u"SKU"_qs;
        // A marking code whose serial starts with '*' is not a quantity: too many digits.
        QTest::newRow("marking code")
            << u"010460043993125621*abc"_qs << qint64(-1) << u"010460043993125621*abc"_qs;
        QTest::newRow("star only") << u"*SKU"_qs << qint64(-1) << u"*SKU"_qs;
        QTest::newRow("sku with star") << u"AB*5"_qs << qint64(-1) << u"AB*5"_qs;
    }

    void splitQuantity()
    {
        QFETCH(QString, input);
        QFETCH(qint64, milli);
        QFETCH(QString, rest);
        const auto [quantity, remainder] = CountingScreen::splitQuantity(input);
        QCOMPARE(quantity.has_value(), milli >= 0);
        if (quantity)
            QCOMPARE(quantity->milli(), milli);
        QCOMPARE(remainder, rest);
    }

    void scansCountOneEach()
    {
        Fixture f;
        QVERIFY(f.input()->hasFocus());
        f.scan(u"4006381333931"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counted(f.tea), units(1));
        QCOMPARE(f.input()->text(), QString()); // ready for the next scan
        f.scan(u"4006381333931"_qs);
        f.scan(u"SKU-00081"_qs);
        QCOMPARE(f.counted(f.tea), units(2));
        QCOMPARE(f.counted(f.sku), units(1));
        QCOMPARE(f.screen->lastProductId(), f.sku);
        QCOMPARE(f.label(u"productName"_qs), u"Socks, wool"_qs);
        QCOMPARE(f.label(u"countedHere"_qs), u"1"_qs);
        QVERIFY(f.screen->messageText().contains(u"SKU-00081"_qs));

        // Typed while the Russian layout was active: mapped back, not refused.
        f.scan(u"ЫЛГ-00081"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counted(f.sku), units(2));

        // The lines went to the chosen counter, and the recent list shows them newest first.
        auto lines = f.counts.lines(f.owner, f.session.id).value();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first().counter, u"Anna"_qs);
        QCOMPARE(f.screen->linesModel()->rowCount(), 4);
        QCOMPARE(f.screen->linesModel()->lineAt(0)->sku, u"SKU-00081"_qs);
        QVERIFY(f.label(u"countProgress"_qs).contains(u"4 lines"_qs));
        // Enter never closes the screen.
        QVERIFY(f.screen->isVisible());
        QTest::keyClick(f.input(), Qt::Key_Return);
        QVERIFY(f.screen->isVisible());

        f.screen->setCurrentCounter(u"Boris"_qs);
        f.scan(u"4006381333931"_qs);
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->first().counter, u"Boris"_qs);
        QCOMPARE(f.counted(f.tea), units(3));
        QVERIFY(f.label(u"expectedHere"_qs).contains(u"5"_qs));
    }

    void markingCodesWithAndWithoutGroupSeparators()
    {
        Fixture f;
        // With separators: the scanner sends GS between the elements.
        type(f.input(), u"0104600439931256"_qs + u"21"_qs + serial1);
        typeGroupSeparator(f.input());
        type(f.input(), u"91FFD0"_qs);
        typeGroupSeparator(f.input());
        type(f.input(), u"92"_qs + tail);
        QVERIFY(f.input()->text().contains(QChar(ScanLineEdit::VisibleGroupSeparator)));
        QTest::keyClick(f.input(), Qt::Key_Enter);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->first().serial, serial1);

        // Without separators, as many scanners in keyboard mode send it.
        f.scan(u"0104600439931256"_qs + u"21"_qs + serial2 + u"91FFD0"_qs + u"92"_qs + tail);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->first().serial, serial2);
        QCOMPARE(f.counted(f.shoe), units(2));

        // The same unit again: red, with the reason, and not counted.
        f.scan(u"0104600439931256"_qs + u"21"_qs + serial1 + u"91FFD0"_qs + u"92"_qs + tail);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Problem);
        QVERIFY(f.screen->messageText().contains(serial1));
        QCOMPARE(f.counted(f.shoe), units(2));
    }

    void unknownBarcodePickProduct()
    {
        Fixture f;
        f.scan(u"4601234567893"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Unknown);
        QVERIFY(f.screen->unknownPromptVisible());
        QVERIFY(f.screen->messageText().contains(u"4601234567893"_qs));
        QVERIFY(f.counts.lines(f.owner, f.session.id)->isEmpty());

        // F2 goes to the product picker; choosing the mug counts it and teaches it the barcode.
        QTest::keyClick(f.input(), Qt::Key_F2);
        QVERIFY(f.screen->pickField()->hasFocus());
        type(f.screen->pickField(), u"Enamel"_qs);
        f.screen->pickField()->searchNow();
        QTest::keyClick(f.screen->pickField(), Qt::Key_Enter);
        QVERIFY(!f.screen->unknownPromptVisible());
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counted(f.mug), units(1));
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->first().scan, u"4601234567893"_qs);
        QVERIFY(f.input()->hasFocus());
        const Product mug = f.products.product(f.owner, f.mug).value();
        QCOMPARE(mug.barcodes.size(), 1);
        QCOMPARE(mug.barcodes.first().code, u"4601234567893"_qs);

        // Next time the code is known.
        f.scan(u"4601234567893"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counted(f.mug), units(2));
    }

    void unknownBarcodeCreateProduct()
    {
        Fixture f;
        f.scan(u"4601234567893"_qs);
        QVERIFY(f.screen->unknownPromptVisible());
        // F3 opens the product editor with the barcode filled in; saving it counts the new product.
        bool filled = false;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* editor = dialog->findChild<ProductEditor*>();
            QVERIFY(editor);
            QCOMPARE(editor->original().barcodes.size(), 1);
            QCOMPARE(editor->original().barcodes.first().code, u"4601234567893"_qs);
            dialog->findChild<QLineEdit*>(u"skuEdit"_qs)->setText(u"JAR-1"_qs);
            dialog->findChild<QLineEdit*>(u"nameEdit"_qs)->setText(u"Glass jar"_qs);
            if (const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOTS"); !dir.isEmpty())
                dialog->grab().save(dir + u"/new-product-from-scan.png"_qs);
            filled = editor->save();
        });
        QTest::keyClick(f.input(), Qt::Key_F3);
        QVERIFY(filled);
        QVERIFY(!f.screen->unknownPromptVisible());
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        auto jar = f.products.productByBarcode(f.owner, u"4601234567893"_qs).value();
        QVERIFY(jar);
        QCOMPARE(jar->sku, u"JAR-1"_qs);
        QCOMPARE(jar->barcodes.size(), 1);
        QCOMPARE(f.counted(jar->id), units(1));

        // Closing the editor without saving counts nothing.
        f.scan(u"4006381333948"_qs);
        QVERIFY(f.screen->unknownPromptVisible());
        DialogCloser closer;
        QTest::keyClick(f.input(), Qt::Key_F3);
        QCOMPARE(closer.closedTitles(), QStringList{u"New product"_qs});
        QVERIFY(f.screen->unknownPromptVisible());
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->size(), 1);
    }

    void unknownCodeCanBeSkipped()
    {
        Fixture f;
        f.scan(u"NOT-IN-CATALOG"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Unknown);
        QVERIFY(f.screen->unknownPromptVisible());
        // Esc closes the prompt, not the screen.
        QTest::keyClick(f.input(), Qt::Key_Escape);
        QVERIFY(!f.screen->unknownPromptVisible());
        QVERIFY(f.screen->isVisible());
        // A new scan also moves on from the prompt.
        f.scan(u"NOT-IN-CATALOG"_qs);
        QVERIFY(f.screen->unknownPromptVisible());
        f.scan(u"4006381333931"_qs);
        QVERIFY(!f.screen->unknownPromptVisible());
        QCOMPARE(f.counted(f.tea), units(1));
        // Assigning with no pending code does nothing.
        f.screen->assignUnknownTo(f.mug);
        QCOMPARE(f.counted(f.mug), units(0));
        // And Esc without a prompt closes the screen.
        QTest::keyClick(f.input(), Qt::Key_Escape);
        QVERIFY(!f.screen->isVisible());
    }

    void undoLastScan()
    {
        Fixture f;
        f.scan(u"4006381333931"_qs);
        f.scan(u"4006381333931"_qs);
        f.scan(u"SKU-00081"_qs);
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Undone);
        QCOMPARE(f.counted(f.sku), units(0));
        QCOMPARE(f.counted(f.tea), units(2));
        QCOMPARE(f.screen->lastProductId(), f.sku);
        QCOMPARE(f.label(u"countedHere"_qs), u"0"_qs);
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.counted(f.tea), units(0));
        // Nothing left: a clear message, nothing breaks.
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Problem);
        QVERIFY(f.screen->messageText().contains(u"Nothing to undo"_qs));
    }

    void typedQuantities()
    {
        Fixture f;
        f.scan(u"4006381333931"_qs);
        f.scan(u"4006381333931"_qs);
        // "5*" then the scan: the counter's quantity of the tea becomes 5.
        f.scan(u"5*4006381333931"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Counted);
        QCOMPARE(f.counted(f.tea), units(5));
        QCOMPARE(f.label(u"countedHere"_qs), u"5"_qs);
        // "7*" and Enter: the last product becomes 7.
        f.scan(u"7*"_qs);
        QCOMPARE(f.counted(f.tea), units(7));
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->size(), 1);
        // Undo of a typed quantity brings back what it replaced.
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.counted(f.tea), units(5));
        QTest::keyClick(f.input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.counted(f.tea), units(2));
        QCOMPARE(f.counts.lines(f.owner, f.session.id)->size(), 2);

        // A quantity of pieces must be whole; a marking code is one unit.
        f.scan(u"2,5*"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Problem);
        QCOMPARE(f.counted(f.tea), units(2));
        f.scan(u"3*0104600439931256"_qs + u"21"_qs + serial2);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Problem);
        QCOMPARE(f.counted(f.shoe), units(0));
    }

    void quantityNeedsAProductFirst()
    {
        Fixture f;
        f.scan(u"4*"_qs);
        QCOMPARE(f.screen->lastFeedback(), CountingScreen::Feedback::Problem);
        QVERIFY(f.counts.lines(f.owner, f.session.id)->isEmpty());
    }

    void blindCountHidesExpected()
    {
        Fixture f(true);
        f.scan(u"4006381333931"_qs);
        QCOMPARE(f.counted(f.tea), units(1));
        QVERIFY(!f.label(u"expectedHere"_qs).contains(u"5"_qs));
        QVERIFY(f.label(u"expectedHere"_qs).contains(u"Blind"_qs));
    }

    void closedCountTakesNoScans()
    {
        Fixture f;
        f.scan(u"4006381333931"_qs);
        QVERIFY(f.counts.beginReview(f.owner, f.session.id));
        CountingScreen review(f.counts, f.products, f.stock, f.owner, f.session.id);
        QVERIFY(!review.input()->isEnabled());
        QCOMPARE(review.lastFeedback(), CountingScreen::Feedback::Problem);
    }
};

QTEST_MAIN(TestCountingScreen)
#include "TestCountingScreen.moc"
