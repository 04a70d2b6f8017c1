#include "stock/ScanCode.h"

#include <QTest>

using namespace kontor;

namespace {

// Realistic Честный ЗНАК parts: a GTIN with a valid check digit, a 13-character serial (clothing and
// shoes) using punctuation that moves between keyboard layouts, a key id and a 44-character tail.
const QString gtin = u"04600439931256"_qs;
const QString serial = u"JgXJ5.T'ka9,q"_qs;
const QString keyId = u"FFD0"_qs;
const QString signature = u"3dozyT3g2VsxCzLJRyqaAak90xtz5kyZTDN/CsQ6phs="_qs;
const QString gs = QString(QChar(ScanCodes::groupSeparator));

QString markingCode(const QString& separator)
{
    return u"01"_qs + gtin + u"21"_qs + serial + separator + u"91"_qs + keyId + separator + u"92"_qs +
           signature;
}

// The US and Russian layouts key by key, written out independently of the parser's table: the
// unshifted rows, then the shifted rows (digits and space type the same in both).
const QString usKeys = u"`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
                       u"~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?"_qs;
const QString ruKeys = u"ё1234567890-=йцукенгшщзхъ\\фывапролджэячсмитьбю."
                       u"Ё!\"№;%:?*()_+ЙЦУКЕНГШЩЗХЪ/ФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"_qs;

// What a scanner produces when the Russian layout is active: the same keys, Russian characters.
QString typedInRussianLayout(const QString& latin)
{
    QString typed;
    for (QChar c : latin) {
        const qsizetype at = usKeys.indexOf(c);
        typed.append(at < 0 ? c : ruKeys.at(at));
    }
    return typed;
}

} // namespace

class TestScanCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutTablesLineUp() { QCOMPARE(usKeys.size(), ruKeys.size()); }

    void retailBarcodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QStringList>("alternatives");

        QTest::newRow("ean-13") << u"4006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs
                                << QStringList();
        QTest::newRow("ean-13 russian")
            << u"4601234567893"_qs << u"4601234567893"_qs << u"04601234567893"_qs << QStringList();
        QTest::newRow("ean-8") << u"96385074"_qs << u"96385074"_qs << u"00000096385074"_qs
                               << QStringList{u"0000096385074"_qs, u"000096385074"_qs};
        QTest::newRow("upc-a") << u"036000291452"_qs << u"036000291452"_qs << u"00036000291452"_qs
                               << QStringList{u"0036000291452"_qs};
        QTest::newRow("upc-a read as ean-13") << u"0036000291452"_qs << u"0036000291452"_qs
                                              << u"00036000291452"_qs << QStringList{u"036000291452"_qs};
        QTest::newRow("gtin-14 of an ean-13")
            << u"04006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs << QStringList();
        QTest::newRow("gtin-14 of a upc-a") << u"00012345600012"_qs << u"0012345600012"_qs
                                            << u"00012345600012"_qs << QStringList{u"012345600012"_qs};
        QTest::newRow("gtin-14 of an ean-8")
            << u"00000096385074"_qs << u"0000096385074"_qs << u"00000096385074"_qs
            << QStringList{u"000096385074"_qs, u"96385074"_qs};
        // An indicator digit other than 0 means a case or pack: a trade item of its own.
        QTest::newRow("gtin-14 of a case")
            << u"14600439931253"_qs << u"14600439931253"_qs << u"14600439931253"_qs << QStringList();
        QTest::newRow("aim ean-13") << u"]E04006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs
                                    << QStringList();
        QTest::newRow("aim ean-8") << u"]E496385074"_qs << u"96385074"_qs << u"00000096385074"_qs
                                   << QStringList{u"0000096385074"_qs, u"000096385074"_qs};
        QTest::newRow("enter and spaces")
            << u"  4006381333931\r\n"_qs << u"4006381333931"_qs << u"04006381333931"_qs << QStringList();
        QTest::newRow("tab") << u"\t96385074\n"_qs << u"96385074"_qs << u"00000096385074"_qs
                             << QStringList{u"0000096385074"_qs, u"000096385074"_qs};
        // Digits sit on the same keys in both layouts; the AIM "]E0" arrives as "ъУ0".
        QTest::newRow("aim in russian layout")
            << u"ъУ04006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs << QStringList();
        // GS1 codes holding only a GTIN: a GS1-128 carton label, a GS1 DataMatrix without serial.
        QTest::newRow("gs1 gtin only")
            << u"0104006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs << QStringList();
        QTest::newRow("gs1-128 gtin only")
            << u"]C10104006381333931"_qs << u"4006381333931"_qs << u"04006381333931"_qs << QStringList();
    }

    void retailBarcodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, lookup);
        QFETCH(QString, gtin);
        QFETCH(QStringList, alternatives);
        const auto scan = ScanCodes::parse(input);
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(scan->kind, ScanKind::Gtin);
        QCOMPARE(scan->lookup, lookup);
        QCOMPARE(scan->gtin, gtin);
        QCOMPARE(scan->alternatives, alternatives);
        QVERIFY(scan->serial.isEmpty());
    }

    void skus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<QStringList>("alternatives");

        QTest::newRow("sku with dash") << u"SKU-00081"_qs << u"SKU-00081"_qs << QStringList();
        QTest::newRow("trimmed") << u" SKU-00081\r\n"_qs << u"SKU-00081"_qs << QStringList();
        QTest::newRow("lowercase and slash") << u"tee/blue.xl"_qs << u"tee/blue.xl"_qs << QStringList();
        QTest::newRow("code 128 aim") << u"]C0SKU-00081"_qs << u"SKU-00081"_qs << QStringList();
        // Numeric codes of other lengths are the shop's own, not retail barcodes.
        QTest::newRow("7 digits") << u"1234567"_qs << u"1234567"_qs << QStringList();
        QTest::newRow("11 digits") << u"12345678901"_qs << u"12345678901"_qs << QStringList();
        QTest::newRow("15 digits") << u"123456789012345"_qs << u"123456789012345"_qs << QStringList();
        // "01" + 14 digits followed by something that is no GS1 element.
        QTest::newRow("01 and a gtin then letters")
            << u"0104006381333931XY"_qs << u"0104006381333931XY"_qs << QStringList();
        // The Cyrillic text as typed stays an alternative: a shop may really use Cyrillic SKUs.
        QTest::newRow("russian layout upper")
            << u"ЫЛГ-00081"_qs << u"SKU-00081"_qs << QStringList{u"ЫЛГ-00081"_qs};
        QTest::newRow("russian layout lower")
            << u"ылг-00081"_qs << u"sku-00081"_qs << QStringList{u"ылг-00081"_qs};
        QTest::newRow("russian layout mixed case")
            << u"ЕууЫршке-Ь"_qs << u"TeeShirt-M"_qs << QStringList{u"ЕууЫршке-Ь"_qs};
        QTest::newRow("russian layout punctuation")
            << u"ЫЛГю00081б1"_qs << u"SKU.00081,1"_qs << QStringList{u"ЫЛГю00081б1"_qs};
        QTest::newRow("russian layout with aim")
            << u"ъС0ЫЛГ-00081"_qs << u"SKU-00081"_qs << QStringList{u"ЫЛГ-00081"_qs};
    }

    void skus()
    {
        QFETCH(QString, input);
        QFETCH(QString, lookup);
        QFETCH(QStringList, alternatives);
        const auto scan = ScanCodes::parse(input);
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(scan->kind, ScanKind::Sku);
        QCOMPARE(scan->lookup, lookup);
        QCOMPARE(scan->alternatives, alternatives);
        QVERIFY(scan->gtin.isEmpty());
        QVERIFY(scan->elements.isEmpty());
    }

    void markingCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("checkCode");

        QTest::newRow("with GS") << markingCode(gs) << gtin << serial << keyId << signature << QString();
        QTest::newRow("GS dropped") << markingCode({}) << gtin << serial << keyId << signature << QString();
        QTest::newRow("<GS>") << markingCode(u"<GS>"_qs) << gtin << serial << keyId << signature << QString();
        QTest::newRow("<gs> lower case")
            << markingCode(u"<gs>"_qs) << gtin << serial << keyId << signature << QString();
        QTest::newRow("^]") << markingCode(u"^]"_qs) << gtin << serial << keyId << signature << QString();
        QTest::newRow("symbol for GS")
            << markingCode(QString(QChar(0x241D))) << gtin << serial << keyId << signature << QString();
        QTest::newRow("leading FNC1")
            << gs + markingCode(gs) << gtin << serial << keyId << signature << QString();
        QTest::newRow("aim ]d2") << u"]d2"_qs + markingCode(gs) << gtin << serial << keyId << signature
                                 << QString();
        QTest::newRow("aim ]d2, leading FNC1, GS dropped")
            << u"]d2"_qs + gs + markingCode({}) << gtin << serial << keyId << signature << QString();
        QTest::newRow("aim ]Q3 and Enter")
            << u"]Q3"_qs + markingCode(gs) + u"\r\n"_qs << gtin << serial << keyId << signature << QString();
        // Only the separator after the serial was dropped, or only the one after the key id.
        QTest::newRow("GS only after serial")
            << u"01"_qs + gtin + u"21"_qs + serial + gs + u"91"_qs + keyId + u"92"_qs + signature << gtin
            << serial << keyId << signature << QString();
        QTest::newRow("GS only after key id")
            << u"01"_qs + gtin + u"21"_qs + serial + u"91"_qs + keyId + gs + u"92"_qs + signature << gtin
            << serial << keyId << signature << QString();
        // A serial holding "91" and "93" must not be cut there: the tail is found from the end.
        QTest::newRow("serial containing 91 and 93, GS dropped")
            << u"01"_qs + gtin + u"21"_qs + u"91AB93CD91xyz"_qs + u"91"_qs + keyId + u"92"_qs + signature
            << gtin << u"91AB93CD91xyz"_qs << keyId << signature << QString();
        // Dairy and water: a 6-character serial and the short (93) tail.
        QTest::newRow("93 tail with GS")
            << u"010460123456789321"_qs + u"5+>kHV"_qs + gs + u"93dGVz"_qs << u"04601234567893"_qs
            << u"5+>kHV"_qs << QString() << QString() << u"dGVz"_qs;
        QTest::newRow("93 tail GS dropped")
            << u"010460123456789321"_qs + u"5+>kHV"_qs + u"93dGVz"_qs << u"04601234567893"_qs << u"5+>kHV"_qs
            << QString() << QString() << u"dGVz"_qs;
        // Tobacco: a 7-character serial.
        QTest::newRow("7-char serial, 91/92 tail, GS dropped")
            << u"0104600439931256"_qs + u"21"_qs + u"q9-Ab=C"_qs + u"91"_qs + keyId + u"92"_qs + signature
            << gtin << u"q9-Ab=C"_qs << keyId << signature << QString();
        // No known tail and no separator: the rest of the scan is the serial.
        QTest::newRow("serial only") << u"0104600439931256"_qs + u"21"_qs + serial << gtin << serial
                                     << QString() << QString() << QString();
        QTest::newRow("serial with unknown tail, GS dropped")
            << u"0104600439931256"_qs + u"21"_qs + serial + u"99ABCDEFGH"_qs << gtin
            << serial + u"99ABCDEFGH"_qs << QString() << QString() << QString();
        QTest::newRow("gtin-14 of a case")
            << u"0114600439931253"_qs + u"21"_qs + serial + gs + u"93dGVz"_qs << u"14600439931253"_qs
            << serial << QString() << QString() << u"dGVz"_qs;
        // Under the Russian layout letters and punctuation arrive as Cyrillic; digits and GS do not.
        QTest::newRow("russian layout, literal")
            << u"0104600439931256"_qs + u"21"_qs + u"ОпЧО5юЕэлф9бй"_qs + gs + u"93вПМя"_qs << gtin << serial
            << QString() << QString() << u"dGVz"_qs;
        QTest::newRow("russian layout with GS")
            << typedInRussianLayout(markingCode(gs)) << gtin << serial << keyId << signature << QString();
        QTest::newRow("russian layout GS dropped")
            << typedInRussianLayout(markingCode({})) << gtin << serial << keyId << signature << QString();
        QTest::newRow("russian layout <GS> and aim")
            << typedInRussianLayout(u"]d2"_qs + markingCode(u"<GS>"_qs)) << gtin << serial << keyId
            << signature << QString();
    }

    void markingCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, gtin);
        QFETCH(QString, serial);
        QFETCH(QString, keyId);
        QFETCH(QString, signature);
        QFETCH(QString, checkCode);
        const auto scan = ScanCodes::parse(input);
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(scan->kind, ScanKind::MarkingCode);
        QCOMPARE(scan->gtin, gtin);
        QCOMPARE(scan->lookup, gtin.startsWith(u'0') ? gtin.sliced(1) : gtin);
        QCOMPARE(scan->serial, serial);
        QCOMPARE(scan->keyId, keyId);
        QCOMPARE(scan->signature, signature);
        QCOMPARE(scan->checkCode, checkCode);
        QCOMPARE(scan->elements.front(), (Gs1Element{u"01"_qs, gtin}));
        QCOMPARE(scan->elements.at(1), (Gs1Element{u"21"_qs, serial}));
    }

    void markingCodeElementsAndRaw()
    {
        const QString input = u"]d2"_qs + markingCode(gs);
        const auto scan = ScanCodes::parse(QString(u"  "_qs + input + u"\n"_qs));
        QVERIFY(scan);
        // raw keeps what was typed (AIM identifier and separators), only trimmed.
        QCOMPARE(scan->raw, input);
        const QList<Gs1Element> expected{
            {u"01"_qs, gtin}, {u"21"_qs, serial}, {u"91"_qs, keyId}, {u"92"_qs, signature}};
        QCOMPARE(scan->elements, expected);
        QCOMPARE(scan->lookup, u"4600439931256"_qs);
        QVERIFY(scan->alternatives.isEmpty());

        // Typed in the Russian layout, raw is the text mapped back.
        const auto russian = ScanCodes::parse(typedInRussianLayout(input));
        QVERIFY(russian);
        QCOMPARE(russian->raw, input);
        QCOMPARE(*russian, *scan);
    }

    void gs1WithDatesAndBatch()
    {
        // GS1-128 on a carton: GTIN, expiry date (17), batch (10), net weight in kg (3103), count (30).
        const auto scan = ScanCodes::parse(
            QString(u"]C101046004399312561726123110LOT-7"_qs + gs + u"3103001250"_qs + u"3012"_qs));
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(scan->kind, ScanKind::Gtin);
        QCOMPARE(scan->lookup, u"4600439931256"_qs);
        const QList<Gs1Element> expected{{u"01"_qs, gtin},
                                         {u"17"_qs, u"261231"_qs},
                                         {u"10"_qs, u"LOT-7"_qs},
                                         {u"3103"_qs, u"001250"_qs},
                                         {u"30"_qs, u"12"_qs}};
        QCOMPARE(scan->elements, expected);
        QVERIFY(scan->serial.isEmpty());
    }

    void gs1WithoutAimStartingWithKnownAi()
    {
        // No identifier and no separator: "01" + GTIN + a date is still read as GS1.
        const auto scan = ScanCodes::parse(u"0104600439931256"
                                           u"17261231"
                                           u"10LOT7"_qs);
        QVERIFY(scan);
        QCOMPARE(scan->kind, ScanKind::Gtin);
        QCOMPARE(scan->elements.size(), 3);
        QCOMPARE(scan->elements.at(2), (Gs1Element{u"10"_qs, u"LOT7"_qs}));
    }

    void unknownAiKeepsTheRest()
    {
        const auto scan = ScanCodes::parse(
            QString(u"]d2010460043993125621ABC"_qs + gs + u"8008ZZZ"_qs + gs + u"93dGVz"_qs));
        QVERIFY(scan);
        QCOMPARE(scan->kind, ScanKind::MarkingCode);
        QCOMPARE(scan->serial, u"ABC"_qs);
        QCOMPARE(scan->elements.size(), 3);
        QCOMPARE(scan->elements.back(), (Gs1Element{QString(), u"8008ZZZ"_qs + gs + u"93dGVz"_qs}));
        QVERIFY(scan->checkCode.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions"); // the message must name the code

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u" \r\n"_qs << QString();
        QTest::newRow("aim only") << u"]E0"_qs << QString();
        QTest::newRow("separators only") << gs + gs << QString();
        QTest::newRow("ean-13 check digit") << u"4006381333932"_qs << u"4006381333932"_qs;
        QTest::newRow("ean-8 check digit") << u"96385075"_qs << u"96385075"_qs;
        QTest::newRow("upc-a check digit") << u"036000291453"_qs << u"036000291453"_qs;
        QTest::newRow("gtin-14 check digit") << u"00012345600013"_qs << u"00012345600013"_qs;
        QTest::newRow("check digit behind aim") << u"]E04006381333932"_qs << u"4006381333932"_qs;
        QTest::newRow("gs1 gtin check digit") << u"0104600439931257"_qs << u"04600439931257"_qs;
        QTest::newRow("marking code gtin check digit")
            << u"010460043993125721"_qs + serial + gs + u"93dGVz"_qs << u"04600439931257"_qs;
        QTest::newRow("marking code gtin check digit, GS dropped")
            << u"010460043993125721"_qs + serial + u"93dGVz"_qs << u"04600439931257"_qs;
        // A "%" in the serial must not be taken for a placeholder of the message.
        QTest::newRow("percent in serial")
            << u"010460043993125721ab%1%2%3"_qs + gs + u"93dGVz"_qs << u"ab%1%2%3<GS>93dGVz"_qs;
        QTest::newRow("gs1 without gtin") << u"]d221"_qs + serial + gs + u"93dGVz"_qs << serial;
        QTest::newRow("separator without gtin") << u"SKU"_qs + gs + u"1"_qs << u"SKU<GS>1"_qs;
        QTest::newRow("gtin cut short") << u"]d20104600439"_qs << u"0104600439"_qs;
        QTest::newRow("gtin with a letter") << u"]C1010460043993125X"_qs << u"0460043993125X"_qs;
        QTest::newRow("gtin broken by separator") << u"]d201046004"_qs + gs + u"39931256"_qs << u"<GS>"_qs;
        QTest::newRow("empty serial") << u"010460043993125621"_qs + gs + u"93dGVz"_qs << u"(21)"_qs;
        QTest::newRow("serial at the end, empty") << u"]d2010460043993125621"_qs << u"(21)"_qs;
        QTest::newRow("date cut short") << u"]C1010460043993125617261"_qs << u"(17)"_qs;
    }

    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto scan = ScanCodes::parse(input);
        QVERIFY(!scan);
        QCOMPARE(scan.error().code, ErrorCode::Invalid);
        QVERIFY(!scan.error().message.isEmpty());
        QVERIFY2(scan.error().message.contains(mentions), qPrintable(scan.error().message));
    }

    void wrongCheckDigitSaysTheExpectedOne()
    {
        const auto scan = ScanCodes::parse(u"4006381333932"_qs);
        QVERIFY(!scan);
        QVERIFY(scan.error().message.contains(u"(expected 1)"_qs));
    }

    void fromRussianLayout_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("latin");

        QTest::newRow("sku upper") << u"ЫЛГ-00081"_qs << u"SKU-00081"_qs;
        QTest::newRow("sku lower") << u"ылг-00081"_qs << u"sku-00081"_qs;
        QTest::newRow("alphabet lower")
            << u"фисвуапршолдьтщзйкыегмцчня"_qs << u"abcdefghijklmnopqrstuvwxyz"_qs;
        QTest::newRow("alphabet upper")
            << u"ФИСВУАПРШОЛДЬТЩЗЙКЫЕГМЦЧНЯ"_qs << u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_qs;
        QTest::newRow("letter keys with punctuation") << u"юбжэхъё"_qs << u".,;'[]`"_qs;
        QTest::newRow("shifted letter keys") << u"ЮБЖЭХЪЁ"_qs << u"><:\"{}~"_qs;
        QTest::newRow("slash key") << u".,"_qs << u"/?"_qs;
        QTest::newRow("shifted digits") << u"!\"№;%:?*()"_qs << u"!@#$%^&*()"_qs;
        QTest::newRow("backslash key") << u"\\/"_qs << u"\\|"_qs;
        QTest::newRow("same on both") << u"0123456789 -=_+"_qs << u"0123456789 -=_+"_qs;
        QTest::newRow("latin and control characters kept") << u"abc\x1DXYZ"_qs << u"abc\x1DXYZ"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("whole layout") << ruKeys << usKeys;
    }

    void fromRussianLayout()
    {
        QFETCH(QString, typed);
        QFETCH(QString, latin);
        QCOMPARE(ScanCodes::fromRussianLayout(typed), latin);
    }
};

QTEST_APPLESS_MAIN(TestScanCode)
#include "TestScanCode.moc"
