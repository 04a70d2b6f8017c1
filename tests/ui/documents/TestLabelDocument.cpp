#include "documents/BarcodeRenderer.h"
#include "documents/LabelDocument.h"
#include "documents/LabelLayout.h"
#include "support/PdfTools.h"
#include "support/TestData.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

bool isDark(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

// The bars along row y as a string of modules ('1' dark, '0' light) from the first dark pixel to
// the last; empty unless every run is a whole number of modules (bars snapped to pixels).
QString modulesAlong(const QImage& image, int y, int* moduleWidth = nullptr, int* edges = nullptr)
{
    QList<std::pair<bool, int>> runs;
    for (int x = 0; x < image.width(); ++x) {
        const bool dark = isDark(image, x, y);
        if (runs.isEmpty() || runs.back().first != dark)
            runs.append({dark, 0});
        ++runs.back().second;
    }
    if (edges)
        *edges = int(runs.size()) - 1;
    // Only the symbol: drop the light margins.
    while (!runs.isEmpty() && !runs.front().first)
        runs.removeFirst();
    while (!runs.isEmpty() && !runs.back().first)
        runs.removeLast();
    if (runs.isEmpty())
        return {};
    int module = image.width();
    for (const auto& run : runs)
        module = std::min(module, run.second);
    if (moduleWidth)
        *moduleWidth = module;
    QString modules;
    for (const auto& [dark, width] : runs) {
        if (width % module != 0)
            return {};
        modules += QString(width / module, dark ? u'1' : u'0');
    }
    return modules;
}

// Decodes the 95 modules of an EAN-13 symbol into its 13 digits; empty if they are not one.
QString decodeEan13(const QString& modules)
{
    static const QStringList left = {u"0001101"_qs, u"0011001"_qs, u"0010011"_qs, u"0111101"_qs,
                                     u"0100011"_qs, u"0110001"_qs, u"0101111"_qs, u"0111011"_qs,
                                     u"0110111"_qs, u"0001011"_qs};
    static const QStringList parities = {u"LLLLLL"_qs, u"LLGLGG"_qs, u"LLGGLG"_qs, u"LLGGGL"_qs,
                                         u"LGLLGG"_qs, u"LGGLLG"_qs, u"LGGGLL"_qs, u"LGLGLG"_qs,
                                         u"LGLGGL"_qs, u"LGGLGL"_qs};
    const auto invert = [](QString bits) {
        for (QChar& c : bits)
            c = c == u'1' ? u'0' : u'1';
        return bits;
    };
    if (modules.size() != 95 || !modules.startsWith(u"101"_qs) || modules.mid(45, 5) != u"01010"_qs ||
        !modules.endsWith(u"101"_qs))
        return {};
    QString digits;
    QString parity;
    for (int i = 0; i < 6; ++i) {
        const QString code = modules.mid(3 + 7 * i, 7);
        QString reversed = code;
        std::reverse(reversed.begin(), reversed.end());
        if (const int d = int(left.indexOf(code)); d >= 0) {
            digits += QChar(u'0' + d);
            parity += u'L';
        } else if (const int g = int(left.indexOf(invert(reversed))); g >= 0) {
            digits += QChar(u'0' + g); // G codes are the right-hand codes reversed
            parity += u'G';
        } else {
            return {};
        }
    }
    for (int i = 0; i < 6; ++i) {
        const int d = int(left.indexOf(invert(modules.mid(50 + 7 * i, 7))));
        if (d < 0)
            return {};
        digits += QChar(u'0' + d);
    }
    const int first = int(parities.indexOf(parity));
    return first < 0 ? QString() : QChar(u'0' + first) + digits;
}

QImage render(const BarcodeRenderer& code, QSize size, QRectF* painted = nullptr)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    auto result = code.paint(painter, QRectF(QPointF(0, 0), size).adjusted(10, 10, -10, -10));
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    if (painted)
        *painted = *result;
    return image;
}

LabelItem item(const QString& name, const QString& sku, int copies = 1)
{
    LabelItem i;
    i.name = name;
    i.sku = sku;
    i.price = u"1 250,00 ₽"_qs;
    i.barcode = sku;
    i.symbology = Symbology::Code128;
    i.copies = copies;
    return i;
}

LabelLayout layout(const char* id)
{
    auto found = LabelLayout::byId(QString::fromLatin1(id));
    if (!found)
        qFatal("no label layout %s", id);
    return *found;
}

} // namespace

class TestLabelDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ean13DecodesFromTheImage()
    {
        QRectF painted;
        const QImage image =
            render(BarcodeRenderer(Symbology::Ean13, u"4006381333931"_qs), {800, 300}, &painted);
        const int y = int(painted.top() + painted.height() * 0.3);
        int module = 0;
        int edges = 0;
        const QString modules = modulesAlong(image, y, &module, &edges);
        QCOMPARE(edges, 60); // 30 bars, each with two edges, between light margins
        QVERIFY2(module >= 2, "a module should be several whole pixels at this size");
        QCOMPARE(modules.left(3), u"101"_qs); // left guard: bar, space, bar of one module each
        QCOMPARE(decodeEan13(modules), u"4006381333931"_qs);
        // The quiet zones are part of the symbol: at least 11 modules of white before the guard.
        int firstDark = 0;
        while (!isDark(image, firstDark, y))
            ++firstDark;
        QVERIFY(firstDark - painted.left() >= 11 * module - 1);
    }

    void upcAAndEan8Draw()
    {
        QRectF painted;
        const QImage upc = render(BarcodeRenderer(Symbology::UpcA, u"036000291452"_qs), {800, 300}, &painted);
        // UPC-A is EAN-13 with a leading 0.
        QCOMPARE(decodeEan13(modulesAlong(upc, int(painted.top() + painted.height() * 0.3))),
                 u"0036000291452"_qs);
        const QImage ean8 = render(BarcodeRenderer(Symbology::Ean8, u"40063812"_qs), {600, 200}, &painted);
        int edges = 0;
        const QString modules =
            modulesAlong(ean8, int(painted.top() + painted.height() * 0.3), nullptr, &edges);
        QCOMPARE(modules.size(), 67); // 3 + 4 × 7 + 5 + 4 × 7 + 3
        QCOMPARE(edges, 44);          // 22 bars
    }

    void code128HasStartAndStopPatterns()
    {
        QRectF painted;
        BarcodeRenderer code(Symbology::Code128, u"SKU-0042"_qs);
        const QImage image = render(code, {900, 300}, &painted);
        int module = 0;
        const QString modules = modulesAlong(image, int(painted.top() + painted.height() * 0.3), &module);
        QVERIFY(!modules.isEmpty());
        QCOMPARE(modules.left(11), u"11010010000"_qs);    // Start B
        QCOMPARE(modules.right(13), u"1100011101011"_qs); // Stop
        QCOMPARE((modules.size() - 13) % 11, 0);          // whole symbols of 11 modules
        QCOMPARE(code.humanReadableText(), u"SKU-0042"_qs);
    }

    void qrCodeIsSquare()
    {
        QRectF painted;
        const QImage image = render(BarcodeRenderer(Symbology::QrCode, u"SKU-0042"_qs), {400, 300}, &painted);
        QVERIFY(std::abs(painted.width() - painted.height()) < 0.01);
        QVERIFY(painted.height() <= 280.01);
        // The finder pattern in the top-left corner: a row of 7 dark modules after the quiet zone.
        QRect dark;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (isDark(image, x, y))
                    dark |= QRect(x, y, 1, 1);
        QCOMPARE(dark.width(), dark.height());
        int module = 0;
        const QString row = modulesAlong(image, dark.top(), &module);
        QVERIFY(row.startsWith(u"11111110"_qs));
        QVERIFY(row.endsWith(u"01111111"_qs));
    }

    void invalidCodesAreErrors_data()
    {
        QTest::addColumn<int>("symbology");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad check digit") << int(Symbology::Ean13) << u"4006381333932"_qs << u"check digit"_qs;
        QTest::newRow("too short for EAN-13")
            << int(Symbology::Ean13) << u"400638133393"_qs << u"13 digits"_qs;
        QTest::newRow("letters in EAN-8") << int(Symbology::Ean8) << u"4006381A"_qs << u"8 digits"_qs;
        QTest::newRow("Cyrillic in Code 128")
            << int(Symbology::Code128) << u"НОСКИ-1"_qs << u"cannot encode"_qs;
        QTest::newRow("empty") << int(Symbology::Code128) << QString() << u"no code"_qs;
    }

    void invalidCodesAreErrors()
    {
        QFETCH(int, symbology);
        QFETCH(QString, data);
        QFETCH(QString, says);
        const BarcodeRenderer code(Symbology(symbology), data);
        const auto checked = code.validate();
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(says), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(BarcodeRenderer::displayName(Symbology(symbology))));
        QVERIFY(checked.error().message.contains(data));
        QImage image(200, 100, QImage::Format_RGB32);
        QPainter painter(&image);
        QVERIFY(!code.paint(painter, QRectF(0, 0, 200, 100)));
    }

    void tinyPreviewsDoNotSnap()
    {
        // Less than a pixel per module: drawn antialiased, still inside the rectangle.
        QImage image(60, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        auto painted =
            BarcodeRenderer(Symbology::Ean13, u"4006381333931"_qs).paint(painter, QRectF(0, 0, 60, 30));
        QVERIFY(painted);
        QVERIFY(QRectF(0, 0, 60, 30).adjusted(-0.01, -0.01, 0.01, 0.01).contains(*painted));
    }

    void symbologyFollowsTheBarcodeKind()
    {
        QCOMPARE(BarcodeRenderer::symbologyFor(BarcodeKind::Ean13), Symbology::Ean13);
        QCOMPARE(BarcodeRenderer::symbologyFor(BarcodeKind::UpcA), Symbology::UpcA);
        QCOMPARE(BarcodeRenderer::symbologyFor(BarcodeKind::Ean8), Symbology::Ean8);
        QCOMPARE(BarcodeRenderer::symbologyFor(BarcodeKind::Internal), Symbology::Code128);
    }

    void layoutsFitTheirPages()
    {
        QSet<QString> ids;
        for (const LabelLayout& l : LabelLayout::all()) {
            QVERIFY2(!ids.contains(l.id), qPrintable(l.id));
            ids.insert(l.id);
            QVERIFY(!l.displayName().isEmpty());
            QCOMPARE(LabelLayout::byId(l.id)->id, l.id);
            const double width = l.margins.left() + l.columns * l.labelSize.width() +
                                 (l.columns - 1) * l.gap.width() + l.margins.right();
            const double height = l.margins.top() + l.rows * l.labelSize.height() +
                                  (l.rows - 1) * l.gap.height() + l.margins.bottom();
            QVERIFY2(std::abs(width - l.pageSize.width()) < 0.01, qPrintable(l.id));
            QVERIFY2(std::abs(height - l.pageSize.height()) < 0.01, qPrintable(l.id));
            QVERIFY(l.margins.left() >= 0 && l.margins.top() >= 0);
            const QRectF last = l.labelRect(l.labelsPerPage() - 1);
            QVERIFY(QRectF(QPointF(), l.pageSize).adjusted(-0.01, -0.01, 0.01, 0.01).contains(last));
        }
        const LabelLayout sheet = layout("a4-4x10");
        QCOMPARE(sheet.labelsPerPage(), 40);
        QCOMPARE(sheet.labelRect(5).topLeft(), QPointF(8.0 + 48.5, 21.5 + 25.4)); // second row, second column
        QVERIFY(layout("roll-58x40").isSingleLabel());
        QCOMPARE(layout("a4-3x7").displayName(), u"A4 sheet, 21 labels 70 × 42.3 mm"_qs);
        QCOMPARE(layout("roll-43x25").displayName(), u"Label printer, 43 × 25 mm"_qs);
    }

    void itemsChooseTheirCode()
    {
        Product p = test::makeProduct(u"SOCK-1"_qs, u"Носки шерстяные"_qs, 45000);
        LabelItem i = LabelDocument::itemFor(p, LabelCode::Auto, 2);
        QCOMPARE(i.barcode, u"SOCK-1"_qs); // no barcode: the SKU as Code 128
        QCOMPARE(i.symbology, Symbology::Code128);
        QCOMPARE(i.copies, 2);
        QCOMPARE(i.price, Money(45000, u"RUB"_qs).toDisplayString());

        p.barcodes = {Barcode{u"INT-77"_qs, BarcodeKind::Internal},
                      Barcode{u"4006381333931"_qs, BarcodeKind::Ean13}};
        i = LabelDocument::itemFor(p, LabelCode::Auto);
        QCOMPARE(i.barcode, u"INT-77"_qs); // the first one, as Code 128
        QCOMPARE(i.symbology, Symbology::Code128);
        i = LabelDocument::itemFor(p, LabelCode::Ean);
        QCOMPARE(i.barcode, u"4006381333931"_qs);
        QCOMPARE(i.symbology, Symbology::Ean13);
        QVERIFY(!i.fellBack);
        i = LabelDocument::itemFor(p, LabelCode::SkuQr);
        QCOMPARE(i.barcode, u"SOCK-1"_qs);
        QCOMPARE(i.symbology, Symbology::QrCode);

        p.barcodes = {Barcode{u"INT-77"_qs, BarcodeKind::Internal}};
        i = LabelDocument::itemFor(p, LabelCode::Ean);
        QCOMPARE(i.barcode, u"SOCK-1"_qs);
        QVERIFY(i.fellBack);

        p.salePrice = Money(39900, u"RUB"_qs); // the price the customer pays
        QCOMPARE(LabelDocument::itemFor(p, LabelCode::Auto).price, Money(39900, u"RUB"_qs).toDisplayString());
        p.salePrice.reset();
        p.listPrice = Money(0, u"RUB"_qs); // no price entered yet
        QVERIFY(LabelDocument::itemFor(p, LabelCode::Auto).price.isEmpty());
    }

    void pageCounts_data()
    {
        QTest::addColumn<QString>("layoutId");
        QTest::addColumn<int>("labels");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("pages");
        QTest::newRow("one sheet") << u"a4-3x8"_qs << 24 << 0 << 1;
        QTest::newRow("one over") << u"a4-3x8"_qs << 25 << 0 << 2;
        QTest::newRow("start at 21 of 24") << u"a4-3x8"_qs << 5 << 20 << 2;
        QTest::newRow("start at 20 of 24") << u"a4-3x8"_qs << 5 << 19 << 1;
        QTest::newRow("start past the sheet wraps") << u"a4-3x8"_qs << 5 << 99 << 2;
        QTest::newRow("roll ignores the start") << u"roll-58x40"_qs << 5 << 3 << 5;
        QTest::newRow("nothing") << u"a4-3x8"_qs << 0 << 0 << 0;
    }

    void pageCounts()
    {
        QFETCH(QString, layoutId);
        QFETCH(int, labels);
        QFETCH(int, first);
        QFETCH(int, pages);
        LabelOptions options;
        options.firstPosition = first;
        const LabelDocument doc({item(u"A"_qs, u"A-1"_qs, labels)}, *LabelLayout::byId(layoutId), options);
        QCOMPARE(doc.labelCount(), qint64(labels));
        QCOMPARE(doc.pageCount(), pages);
    }

    void pdfOnASheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"labels.pdf"_qs);
        QList<LabelItem> items = {item(u"Носки шерстяные"_qs, u"SOCK-1"_qs, 30),
                                  item(u"Winter hat"_qs, u"HAT-2"_qs, 20)};
        items[0].barcode = u"4006381333931"_qs;
        items[0].symbology = Symbology::Ean13;
        const LabelDocument doc(items, layout("a4-3x8"));
        QVERIFY(doc.problems().isEmpty());
        auto written = doc.writePdf(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, 3); // 50 labels, 24 a sheet

        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 3);
        QVERIFY(std::abs(info.pageSize.width() - 210) < 0.5 && std::abs(info.pageSize.height() - 297) < 0.5);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Носки шерстяные"_qs), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"SOCK-1"_qs));
        QVERIFY(text.contains(u"Winter hat"_qs));
        QVERIFY(text.contains(u"HAT-2"_qs)); // under the Code 128 bars
        QVERIFY(text.contains(u"1 250,00 ₽"_qs));
        QVERIFY(text.contains(u"006381"_qs)); // the EAN-13 digits
    }

    void pdfWithoutPriceAndFromAPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"labels.pdf"_qs);
        LabelOptions options;
        options.showPrice = false;
        options.firstPosition = 22; // two labels left on a used sheet
        const LabelDocument doc({item(u"Winter hat"_qs, u"HAT-2"_qs, 3)}, layout("a4-3x8"), options);
        QVERIFY(doc.writePdf(path));
        QCOMPARE(test::pdfInfo(path).pages, 2);
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Winter hat"_qs));
        QVERIFY(!text.contains(u"₽"_qs));
    }

    void pdfOnALabelRoll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"roll.pdf"_qs);
        QList<LabelItem> items = {item(u"Носки шерстяные"_qs, u"SOCK-1"_qs, 2),
                                  item(u"Winter hat"_qs, u"HAT-2"_qs, 3)};
        items[1].symbology = Symbology::QrCode;
        const LabelDocument doc(items, layout("roll-58x40"));
        QVERIFY(doc.writePdf(path));
        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 5); // one label a page
        QVERIFY2(std::abs(info.pageSize.width() - 58) < 0.5 && std::abs(info.pageSize.height() - 40) < 0.5,
                 qPrintable(u"%1 x %2"_qs.arg(info.pageSize.width()).arg(info.pageSize.height())));
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Носки шерстяные"_qs));
        QVERIFY(text.contains(u"HAT-2"_qs));
    }

    void longNamesStayOnTheirLabel()
    {
        // A long name on the first label of a sheet: nothing may reach the labels beside and below.
        QList<LabelItem> items = {item(u"Носки шерстяные детские с начёсом, зимние, размер 31–34, цвет "
                                       u"тёмно-синий меланж, упаковка из трёх пар"_qs,
                                       u"SOCK-KIDS-WINTER-31-34-NAVY-3PACK"_qs)};
        const LabelLayout sheet = layout("a4-5x13");
        const LabelDocument doc(items, sheet);
        constexpr double DotsPerMm = 12; // about 300 dpi
        const QImage page = doc.renderPage(0, DotsPerMm);
        const auto darkIn = [&](const QRectF& mm) {
            const QRect r = QRectF(mm.x() * DotsPerMm, mm.y() * DotsPerMm, mm.width() * DotsPerMm,
                                   mm.height() * DotsPerMm)
                                .toAlignedRect()
                                .intersected(page.rect());
            int count = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    count += isDark(page, x, y) ? 1 : 0;
            return count;
        };
        QVERIFY(darkIn(sheet.labelRect(0)) > 1000);
        QCOMPARE(darkIn(sheet.labelRect(1)), 0);
        QCOMPARE(darkIn(sheet.labelRect(sheet.columns)), 0);
        QCOMPARE(darkIn(QRectF(0, 0, sheet.margins.left(), sheet.pageSize.height())), 0);
    }

    void unencodableBarcodesAreListedAndLeaveANote()
    {
        QList<LabelItem> items = {item(u"Шапка"_qs, u"ШАПКА-1"_qs), item(u"Hat"_qs, u"HAT-2"_qs)};
        const LabelDocument doc(items, layout("a4-3x8"));
        const auto problems = doc.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front().item, 0);
        QVERIFY(problems.front().error.message.contains(u"ШАПКА-1"_qs));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"labels.pdf"_qs);
        QVERIFY(doc.writePdf(path)); // the other labels still print
        QVERIFY(test::pdfText(path).contains(u"Barcode ШАПКА-1 cannot be drawn"_qs));
    }

    void unwritablePathIsAnError()
    {
        const LabelDocument doc({item(u"Hat"_qs, u"HAT-2"_qs)}, layout("a4-3x8"));
        const auto written = doc.writePdf(u"/nonexistent-folder/labels.pdf"_qs);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        const LabelDocument empty({}, layout("a4-3x8"));
        QVERIFY(!empty.writePdf(QDir::temp().filePath(u"kontor-no-labels.pdf"_qs)));
    }

    void cancelStopsAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"labels.pdf"_qs);
        const LabelDocument doc({item(u"Hat"_qs, u"HAT-2"_qs, 100)}, layout("a4-3x8"));
        qint64 calls = 0;
        qint64 seenTotal = 0;
        const auto written = doc.writePdf(path, [&](qint64 done, qint64 total) {
            ++calls;
            seenTotal = total;
            return done < 2;
        });
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, qint64(2));
        QCOMPARE(seenTotal, qint64(5)); // pages
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestLabelDocument)
#include "TestLabelDocument.moc"
