#include "catalog/Barcode.h"
#include "common/SearchText.h"

#include <QTest>

using namespace kontor;

class TestBarcode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("internal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::newRow("ean13") << u"4006381333931"_qs << false << true << int(BarcodeKind::Ean13);
        QTest::newRow("ean13 russian") << u"4601234567893"_qs << false << true << int(BarcodeKind::Ean13);
        QTest::newRow("ean13 wrong check digit") << u"4006381333932"_qs << false << false << 0;
        QTest::newRow("upc-a") << u"036000291452"_qs << false << true << int(BarcodeKind::UpcA);
        QTest::newRow("upc-a wrong") << u"036000291453"_qs << false << false << 0;
        QTest::newRow("ean8") << u"96385074"_qs << false << true << int(BarcodeKind::Ean8);
        QTest::newRow("ean8 wrong") << u"96385075"_qs << false << false << 0;
        QTest::newRow("trimmed") << u"  96385074 "_qs << false << true << int(BarcodeKind::Ean8);
        QTest::newRow("wrong length numeric") << u"1234567"_qs << false << false << 0;
        QTest::newRow("letters not internal") << u"ABC-123"_qs << false << false << 0;
        QTest::newRow("letters internal") << u"ABC-123"_qs << true << true << int(BarcodeKind::Internal);
        // A numeric code with a bad check digit is still allowed when the shop marks it internal.
        QTest::newRow("numeric internal")
            << u"4006381333932"_qs << true << true << int(BarcodeKind::Internal);
        QTest::newRow("empty") << u""_qs << true << false << 0;
        QTest::newRow("space inside") << u"ABC 123"_qs << true << false << 0;
        QTest::newRow("arabic-indic digits are not digits") << u"٤٠٠٦٣٨١٣٣٣٩٣١"_qs << false << false << 0;
    }

    void validate()
    {
        QFETCH(QString, code);
        QFETCH(bool, internal);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        const auto result = Barcodes::validate(code, internal);
        QCOMPARE(result.has_value(), ok);
        if (ok) {
            QCOMPARE(int(result->kind), kind);
            QCOMPARE(result->code, code.trimmed());
        } else {
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(result.error().code, ErrorCode::Invalid);
        }
    }

    void wrongCheckDigitSaysWhichDigit()
    {
        const auto result = Barcodes::validate(u"4006381333932"_qs, false);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"1"_qs)); // expected check digit
        QVERIFY(result.error().message.contains(u"4006381333932"_qs));
    }

    void checkDigit()
    {
        QCOMPARE(Barcodes::gs1CheckDigit(u"400638133393"), 1);
        QCOMPARE(Barcodes::gs1CheckDigit(u"03600029145"), 2);
        QCOMPARE(Barcodes::gs1CheckDigit(u"9638507"), 4);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cyrillic case") << u"НОСКИ Чёрные"_qs << u"носки черные"_qs;
        QTest::newRow("yo") << u"Ёлка"_qs << u"елка"_qs;
        QTest::newRow("decomposed yo") << u"е\u0308лка"_qs << u"елка"_qs;
        QTest::newRow("short i kept") << u"Чайник"_qs << u"чайник"_qs;
        QTest::newRow("latin") << u"Black SOCKS"_qs << u"black socks"_qs;
        QTest::newRow("spaces") << u"  a \t  b  "_qs << u"a b"_qs;
        QTest::newRow("latin accents kept") << u"Café"_qs << u"café"_qs;
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::normalize(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestBarcode)
#include "TestBarcode.moc"
