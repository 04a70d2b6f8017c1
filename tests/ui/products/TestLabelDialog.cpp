#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "products/LabelDialog.h"
#include "products/ProductPage.h"
#include "products/ProductTableModel.h"
#include "support/DialogCloser.h"
#include "support/PdfTools.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace kontor;
using test::makeProduct;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

// Two stored products: socks with an EAN-13 (and a Cyrillic name), a hat without a barcode.
struct Fixture
{
    Fixture()
        : service(t.db())
    {
        Product socks = makeProduct(u"SOCK-1"_qs, u"Носки шерстяные"_qs, 45000);
        socks.barcodes = {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13}};
        for (const Product& draft : {socks, makeProduct(u"HAT-2"_qs, u"Winter hat"_qs, 125000)}) {
            auto created = service.create(Actor::owner(), draft);
            if (!created)
                qFatal("%s", qPrintable(created.error().toString()));
            auto loaded = service.product(Actor::owner(), created->id);
            if (!loaded)
                qFatal("%s", qPrintable(loaded.error().toString()));
            products.append(*loaded);
        }
    }

    test::TempDatabase t;
    ProductService service;
    QList<Product> products;
};

void chooseLayout(LabelDialog& dialog, const QString& id)
{
    auto* combo = child<QComboBox>(&dialog, u"layoutCombo"_qs);
    const int index = combo->findData(id);
    if (index < 0)
        qFatal("no layout %s", qPrintable(id));
    combo->setCurrentIndex(index);
}

void chooseCode(LabelDialog& dialog, LabelCode code)
{
    auto* combo = child<QComboBox>(&dialog, u"codeCombo"_qs);
    combo->setCurrentIndex(combo->findData(int(code)));
}

int darkPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    return count;
}

} // namespace

class TestLabelDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void savesThePdfOfTheChosenLabels()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        dialog.show();
        chooseLayout(dialog, u"a4-3x8"_qs);
        child<QSpinBox>(&dialog, u"copiesSpin"_qs)->setValue(3);
        QCOMPARE(child<QLabel>(&dialog, u"summaryLabel"_qs)->text(), u"6 labels for 2 products on 1 page"_qs);
        QCOMPARE(dialog.document().labelCount(), qint64(6));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"labels.pdf"_qs);
        QSignalSpy saved(&dialog, &LabelDialog::pdfSaved);
        QVERIFY(dialog.savePdf(path));
        QCOMPARE(saved.size(), 1);
        QVERIFY(child<QLabel>(&dialog, u"statusLabel"_qs)->text().contains(u"labels.pdf"_qs));

        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 1);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Носки шерстяные"_qs), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"SOCK-1"_qs));
        QVERIFY(text.contains(u"Winter hat"_qs));
        QVERIFY(text.contains(u"HAT-2"_qs));
        QVERIFY(text.contains(u"006381"_qs)); // the socks' EAN-13 digits
        QCOMPARE(text.count(u"Winter hat"_qs), 3);
    }

    void savingToAnUnwritablePathSaysSo()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        const int boxes = MessageBox::count();
        QVERIFY(!dialog.savePdf(u"/nonexistent-folder/labels.pdf"_qs));
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(u"nonexistent-folder"_qs));
    }

    void startPositionAndRollLayouts()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        chooseLayout(dialog, u"a4-3x8"_qs);
        child<QSpinBox>(&dialog, u"copiesSpin"_qs)->setValue(3);
        auto* first = child<QSpinBox>(&dialog, u"firstPositionSpin"_qs);
        QVERIFY(first->isEnabled());
        QCOMPARE(first->maximum(), 24);
        dialog.setFirstPosition(21); // 4 labels left on the sheet, 6 to print
        QCOMPARE(dialog.document().pageCount(), 2);
        QCOMPARE(child<QLabel>(&dialog, u"pageLabel"_qs)->text(), u"Page 1 of 2"_qs);
        QCOMPARE(child<QLabel>(&dialog, u"summaryLabel"_qs)->text(),
                 u"6 labels for 2 products on 2 pages"_qs);

        chooseLayout(dialog, u"roll-58x40"_qs);
        QVERIFY(!first->isEnabled());
        QCOMPARE(dialog.document().pageCount(), 6); // one label a page, start ignored
        auto* next = child<QToolButton>(&dialog, u"nextPageButton"_qs);
        auto* previous = child<QToolButton>(&dialog, u"previousPageButton"_qs);
        QVERIFY(!previous->isEnabled());
        for (int i = 0; i < 5; ++i)
            next->click();
        QCOMPARE(dialog.previewPage(), 5);
        QCOMPARE(child<QLabel>(&dialog, u"pageLabel"_qs)->text(), u"Page 6 of 6"_qs);
        QVERIFY(!next->isEnabled());
        child<QSpinBox>(&dialog, u"copiesSpin"_qs)->setValue(1);
        QCOMPARE(dialog.previewPage(), 1); // the last page that is left
    }

    void codeChoicesAndNotes()
    {
        Fixture f;
        Product cyrillic = makeProduct(u"ШАПКА-7"_qs, u"Шапка"_qs);
        QList<Product> products = f.products;
        products.append(cyrillic);
        LabelDialog dialog(products);
        dialog.show();
        auto* notes = child<QLabel>(&dialog, u"notesLabel"_qs);

        // Automatic: the socks' EAN, SKUs for the others; a Cyrillic SKU cannot be Code 128.
        QCOMPARE(dialog.document().items().at(0).symbology, Symbology::Ean13);
        QCOMPARE(dialog.document().items().at(1).symbology, Symbology::Code128);
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(u"1 product cannot get a barcode"_qs), qPrintable(notes->text()));
        QVERIFY(notes->text().contains(u"ШАПКА-7"_qs));

        chooseCode(dialog, LabelCode::Ean);
        QVERIFY(notes->text().contains(
            u"2 products without an EAN or UPC barcode will get the SKU as Code 128"_qs));

        chooseCode(dialog, LabelCode::SkuQr); // QR takes any text
        QVERIFY(!notes->isVisible());
        QCOMPARE(dialog.document().items().at(0).symbology, Symbology::QrCode);
        QCOMPARE(dialog.document().items().at(0).barcode, u"SOCK-1"_qs);
    }

    void settingsRoundTrip()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        QCOMPARE(dialog.settings(), LabelSettings());
        LabelSettings chosen;
        chosen.layoutId = u"roll-43x25"_qs;
        chosen.code = LabelCode::SkuCode128;
        chosen.copies = 5;
        chosen.showPrice = false;
        dialog.setSettings(chosen);
        QCOMPARE(dialog.settings(), chosen);
        QCOMPARE(dialog.document().labelCount(), qint64(10));
        QVERIFY(!dialog.document().options().showPrice);

        chosen.layoutId = u"no-such-layout"_qs;
        dialog.setSettings(chosen);
        QCOMPARE(dialog.settings().layoutId, LabelSettings().layoutId);
    }

    void previewShowsTheLabels()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        dialog.show();
        const QImage preview = dialog.previewPixmap().toImage();
        QVERIFY(!preview.isNull());
        QVERIFY(preview.height() > 300); // an A4 page fills the height
        QVERIFY(darkPixels(preview) > 500);

        // Screenshots for a human to look at: KONTOR_SCREENSHOTS=/some/folder ctest -R LabelDialog
        const QString shots = qEnvironmentVariable("KONTOR_SCREENSHOTS");
        if (!shots.isEmpty()) {
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(QDir(shots).filePath(u"labels-dialog.png"_qs));
            chooseLayout(dialog, u"roll-58x40"_qs);
            dialog.grab().save(QDir(shots).filePath(u"labels-dialog-roll.png"_qs));
        }
    }

    void printsThroughAPrinter()
    {
        Fixture f;
        LabelDialog dialog(f.products);
        chooseLayout(dialog, u"roll-58x30"_qs);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printed.pdf"_qs));
        QVERIFY(dialog.print(printer));
        const test::PdfInfo info = test::pdfInfo(printer.outputFileName());
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 2);
        QVERIFY2(std::abs(info.pageSize.width() - 58) < 0.5 && std::abs(info.pageSize.height() - 30) < 0.5,
                 qPrintable(u"%1 x %2"_qs.arg(info.pageSize.width()).arg(info.pageSize.height())));
        QVERIFY(test::pdfText(printer.outputFileName()).contains(u"Winter hat"_qs));
    }

    void productPageOpensItForTheSelection()
    {
        Fixture f;
        ProductPage page(f.service, Actor::owner());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        QAction* action = page.labelsAction();
        QVERIFY(!action->isEnabled());
        QVERIFY(page.findChild<QToolButton*>(u"printLabelsButton"_qs));
        QVERIFY(page.view()->actions().contains(action)); // in the table's context menu

        page.view()->selectAll();
        QVERIFY(action->isEnabled());
        if (const QString shots = qEnvironmentVariable("KONTOR_SCREENSHOTS"); !shots.isEmpty())
            page.grab().save(QDir(shots).filePath(u"labels-products-page.png"_qs));
        auto selected = page.selectedProducts();
        QVERIFY(selected);
        QCOMPARE(selected->size(), 2);
        QCOMPARE(selected->front().barcodes.size() + selected->back().barcodes.size(), 1);

        test::DialogCloser closer;
        action->trigger();
        QCOMPARE(closer.closedTitles(), QStringList{u"Print labels"_qs});

        page.view()->selectionModel()->clear();
        QVERIFY(!action->isEnabled());
    }

    void productPageRemembersTheLabelChoices()
    {
        Fixture f;
        QByteArray state;
        {
            ProductPage page(f.service, Actor::owner());
            QTRY_VERIFY(!page.model()->isLoading());
            page.view()->selectAll();
            test::DialogCloser closer;
            // Change the choices while the dialog is open, as a user would.
            QTimer::singleShot(0, &page, [] {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (auto* dialog = qobject_cast<LabelDialog*>(w)) {
                        LabelSettings s;
                        s.layoutId = u"roll-58x40"_qs;
                        s.copies = 4;
                        dialog->setSettings(s);
                    }
                }
            });
            page.printLabels();
            state = page.saveState();
        }
        ProductPage page(f.service, Actor::owner());
        page.restoreState(state);
        QTRY_VERIFY(!page.model()->isLoading());
        page.view()->selectAll();
        test::DialogCloser closer;
        LabelSettings seen;
        QTimer::singleShot(0, &page, [&seen] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<LabelDialog*>(w))
                    seen = dialog->settings();
            }
        });
        page.printLabels();
        QCOMPARE(seen.layoutId, u"roll-58x40"_qs);
        QCOMPARE(seen.copies, 4);

        // A state saved before labels existed (version 1) still restores, with the default choices.
        QByteArray old;
        QDataStream out(&old, QIODevice::WriteOnly);
        out << qint32(1) << page.splitter()->saveState() << page.view()->horizontalHeader()->saveState();
        ProductPage fresh(f.service, Actor::owner());
        fresh.restoreState(old);
        QDataStream in(fresh.saveState());
        qint32 version = 0;
        QByteArray splitter;
        QByteArray header;
        QString layoutId;
        in >> version >> splitter >> header >> layoutId;
        QCOMPARE(version, 2);
        QCOMPARE(layoutId, LabelSettings().layoutId);
    }
};

QTEST_MAIN(TestLabelDialog)
#include "TestLabelDialog.moc"
