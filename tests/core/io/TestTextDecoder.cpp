#include "io/TextDecoder.h"

#include <QStringDecoder>
#include <QTest>

using namespace kontor;

namespace {

QByteArray bytesOf(std::initializer_list<unsigned char> values)
{
    QByteArray bytes;
    for (const unsigned char b : values)
        bytes.append(char(b));
    return bytes;
}

QByteArray concat(std::initializer_list<QByteArray> parts)
{
    QByteArray bytes;
    for (const QByteArray& part : parts)
        bytes.append(part);
    return bytes;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QByteArray utf16(const QString& text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    const auto put = [&](char16_t unit) {
        const char low = char(unit & 0xFF);
        const char high = char(unit >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    };
    if (bom)
        put(0xFEFF);
    for (const QChar c : text)
        put(c.unicode());
    return bytes;
}

// "Наименование;Цена" typed byte by byte from the Windows-1251 code chart.
QByteArray headerCp1251()
{
    return bytesOf({0xCD, 0xE0, 0xE8, 0xEC, 0xE5, 0xED, 0xEE, 0xE2, 0xE0, 0xED, 0xE8, 0xE5, ';', 0xD6, 0xE5,
                    0xED, 0xE0});
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<int>("errorLine");

        const QString russian = u"Наименование;Цена\nМолоко 3,2%;89,90\n"_qs;
        const QByteArray bom = bytesOf({0xEF, 0xBB, 0xBF});

        QTest::newRow("empty file") << QByteArray() << QString() << true << QString() << u"UTF-8"_qs << 0;
        QTest::newRow("ascii is utf-8") << QByteArray("sku,name\nA1,Tea\n") << QString() << true
                                        << u"sku,name\nA1,Tea\n"_qs << u"UTF-8"_qs << 0;
        QTest::newRow("utf-8 russian without bom")
            << utf8(russian) << QString() << true << russian << u"UTF-8"_qs << 0;
        QTest::newRow("utf-8 bom is stripped")
            << concat({bom, utf8(russian)}) << QString() << true << russian << u"UTF-8 BOM"_qs << 0;
        QTest::newRow("explicit utf-8 also strips bom")
            << concat({bom, utf8(russian)}) << u"UTF-8"_qs << true << russian << u"UTF-8 BOM"_qs << 0;
        QTest::newRow("explicit utf-8 lower case")
            << utf8(russian) << u"utf8"_qs << true << russian << u"UTF-8"_qs << 0;
        QTest::newRow("only a bom") << bom << QString() << true << QString() << u"UTF-8 BOM"_qs << 0;
        QTest::newRow("utf-8 four-byte character")
            << utf8(u"box 📦;1"_qs) << QString() << true << u"box 📦;1"_qs << u"UTF-8"_qs << 0;
        QTest::newRow("windows-1251 detected")
            << headerCp1251() << QString() << true << u"Наименование;Цена"_qs << u"Windows-1251"_qs << 0;
        QTest::newRow("windows-1251 explicit") << headerCp1251() << u"Windows-1251"_qs << true
                                               << u"Наименование;Цена"_qs << u"Windows-1251"_qs << 0;
        QTest::newRow("cp1251 alias")
            << headerCp1251() << u"CP1251"_qs << true << u"Наименование;Цена"_qs << u"Windows-1251"_qs << 0;
        QTest::newRow("windows-1251 yo, numero, euro, nbsp, dash")
            << bytesOf({0xA8, 0xB8, ' ', 0xB9, '5', ' ', 0x88, 0xA0, 0x96, 0xAB, 0xBB}) << QString() << true
            << u"Ёё №5 €\u00A0–«»"_qs << u"Windows-1251"_qs << 0;
        QTest::newRow("windows-1251 ukrainian and belarusian letters")
            << bytesOf({0xA5, 0xB4, 0xAA, 0xBA, 0xAF, 0xBF, 0xB2, 0xB3, 0xA1, 0xA2}) << u"windows-1251"_qs
            << true << u"ҐґЄєЇїІіЎў"_qs << u"Windows-1251"_qs << 0;
        QTest::newRow("windows-1251 undefined 0x98 is replacement")
            << bytesOf({'a', 0x98, 'b'}) << u"Windows-1251"_qs << true << u"a\uFFFDb"_qs << u"Windows-1251"_qs
            << 0;
        QTest::newRow("utf-16le bom") << utf16(u"Цена;1\r\n"_qs, true, true) << QString() << true
                                      << u"Цена;1\r\n"_qs << u"UTF-16LE"_qs << 0;
        QTest::newRow("utf-16be bom") << utf16(u"Цена;1\n"_qs, false, true) << QString() << true
                                      << u"Цена;1\n"_qs << u"UTF-16BE"_qs << 0;
        QTest::newRow("utf-16le surrogate pair")
            << utf16(u"📦"_qs, true, true) << QString() << true << u"📦"_qs << u"UTF-16LE"_qs << 0;
        QTest::newRow("utf-16le explicit without bom")
            << utf16(u"a;б"_qs, true, false) << u"UTF-16LE"_qs << true << u"a;б"_qs << u"UTF-16LE"_qs << 0;
        QTest::newRow("utf-16le lone surrogate replaced")
            << concat({utf16(u"a"_qs, true, true), bytesOf({0x00, 0xD8, 'b', 0x00})}) << QString() << true
            << u"a\uFFFDb"_qs << u"UTF-16LE"_qs << 0;

        // Errors.
        QTest::newRow("invalid utf-8 explicit, line 3")
            << concat({"a,b\nc,d\ne,", bytesOf({0xC3, 0x28}), "\nf"}) << u"UTF-8"_qs << false << QString()
            << QString() << 3;
        QTest::newRow("invalid utf-8 after crlf lines")
            << concat({"a\r\nb\r\n\r\nc", bytesOf({0xFF})}) << u"UTF-8"_qs << false << QString() << QString()
            << 4;
        QTest::newRow("invalid utf-8 after lone cr lines")
            << concat({"a\rb\r", bytesOf({0xFE})}) << u"UTF-8"_qs << false << QString() << QString() << 3;
        QTest::newRow("truncated utf-8 sequence at end")
            << concat({"x\n", bytesOf({0xE2, 0x82})}) << u"UTF-8"_qs << false << QString() << QString() << 2;
        QTest::newRow("overlong utf-8 is invalid")
            << bytesOf({'/', 0xC0, 0xAF}) << u"UTF-8"_qs << false << QString() << QString() << 1;
        QTest::newRow("utf-8 encoded surrogate is invalid")
            << bytesOf({0xED, 0xA0, 0x80}) << u"UTF-8"_qs << false << QString() << QString() << 1;
        QTest::newRow("cp1251 bytes with explicit utf-8")
            << concat({"sku\n", headerCp1251()}) << u"UTF-8"_qs << false << QString() << QString() << 2;
        QTest::newRow("bom promises utf-8 but bytes are not")
            << concat({bom, "ok\n", headerCp1251()}) << QString() << false << QString() << QString() << 2;
        QTest::newRow("nul byte is binary") << concat({"a,b\nc", QByteArray(1, '\0'), "d"}) << QString()
                                            << false << QString() << QString() << 2;
        QTest::newRow("nul byte in windows-1251")
            << concat({headerCp1251(), "\n\n", QByteArray(1, '\0')}) << u"Windows-1251"_qs << false
            << QString() << QString() << 3;
        QTest::newRow("utf-16 without bom looks binary")
            << utf16(u"sku"_qs, true, false) << QString() << false << QString() << QString() << 1;
        QTest::newRow("png header") << bytesOf({0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D})
                                    << QString() << false << QString() << QString() << 3;
        QTest::newRow("truncated utf-16") << concat({utf16(u"a\nb"_qs, true, true), "c"}) << QString()
                                          << false << QString() << QString() << 2;
        QTest::newRow("unknown encoding")
            << QByteArray("abc") << u"KOI8-R"_qs << false << QString() << QString() << 0;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, ok);
        QFETCH(QString, text);
        QFETCH(QString, detected);
        QFETCH(int, errorLine);

        const auto decoded = decodeText(bytes, encoding);
        QCOMPARE(decoded.has_value(), ok);
        if (ok) {
            QCOMPARE(decoded->text, text);
            QCOMPARE(decoded->encoding, detected);
        } else {
            QCOMPARE(decoded.error().line, errorLine);
            QCOMPARE(decoded.error().code, ErrorCode::Invalid);
            QVERIFY(!decoded.error().message.isEmpty());
        }
    }

    void autoDetectionEqualsEmptyName()
    {
        const auto a = decodeText(headerCp1251(), u"auto"_qs);
        const auto b = decodeText(headerCp1251());
        QVERIFY(a && b);
        QCOMPARE(a->text, b->text);
        QCOMPARE(a->encoding, u"Windows-1251"_qs);
    }

    void windows1251WholeTable()
    {
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all.append(char(b));
        const auto decoded = decodeText(all, u"Windows-1251"_qs);
        QVERIFY(decoded);
        QCOMPARE(decoded->text.size(), 255);
        for (int b = 1; b < 128; ++b)
            QCOMPARE(decoded->text.at(b - 1).unicode(), char16_t(b));
        for (int b = 0xC0; b <= 0xFF; ++b)
            QCOMPARE(decoded->text.at(b - 1).unicode(), char16_t(0x0410 + b - 0xC0));
        QCOMPARE(decoded->text.at(0xA8 - 1), QChar(u'Ё'));
        QCOMPARE(decoded->text.at(0xB8 - 1), QChar(u'ё'));
        QCOMPARE(decoded->text.at(0xB9 - 1), QChar(u'№'));
        QCOMPARE(decoded->text.at(0x98 - 1), QChar(0xFFFD));

        // Every defined byte survives decode -> encode; the undefined one becomes '?'.
        QByteArray expected = all;
        expected[0x98 - 1] = '?';
        QCOMPARE(encodeText(decoded->text, u"Windows-1251"_qs), expected);

        // Cross-check with ICU where Qt has it (independent table; not used by the code).
        QStringDecoder icu("windows-1251");
        if (!icu.isValid())
            qInfo("Qt has no Windows-1251 converter here: ICU cross-check skipped");
        if (icu.isValid()) {
            const QString reference = icu(all);
            for (int b = 1; b < 256; ++b) {
                if (b != 0x98)
                    QCOMPARE(decoded->text.at(b - 1), reference.at(b - 1));
            }
        }
    }

    void encode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("bytes");

        QTest::newRow("utf-8") << u"Цена"_qs << u"UTF-8"_qs << QByteArray("\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0");
        QTest::newRow("utf-8 bom") << u"a"_qs << u"UTF-8 BOM"_qs << bytesOf({0xEF, 0xBB, 0xBF, 'a'});
        QTest::newRow("windows-1251 header")
            << u"Наименование;Цена"_qs << u"Windows-1251"_qs << headerCp1251();
        QTest::newRow("windows-1251 specials")
            << u"Ёё№€\u00A0—"_qs << u"Windows-1251"_qs << bytesOf({0xA8, 0xB8, 0xB9, 0x88, 0xA0, 0x97});
        QTest::newRow("windows-1251 unrepresentable")
            << u"茶 ü"_qs << u"Windows-1251"_qs << QByteArray("? ?");
        QTest::newRow("windows-1251 emoji is one question mark")
            << u"a📦b"_qs << u"cp1251"_qs << QByteArray("a?b");
        QTest::newRow("windows-1251 replacement char")
            << u"\uFFFD"_qs << u"Windows-1251"_qs << QByteArray("?");
        QTest::newRow("utf-16le with bom") << u"Ж"_qs << u"UTF-16LE"_qs << bytesOf({0xFF, 0xFE, 0x16, 0x04});
        QTest::newRow("utf-16be with bom") << u"Ж"_qs << u"UTF-16BE"_qs << bytesOf({0xFE, 0xFF, 0x04, 0x16});
        QTest::newRow("unknown falls back to utf-8") << u"ё"_qs << u"latin-9"_qs << QByteArray("\xD1\x91");
    }

    void encode()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeText(text, encoding), bytes);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("encoding");
        for (const QString& name : supportedEncodings())
            QTest::newRow(qPrintable(name)) << name;
    }

    void roundTrip()
    {
        QFETCH(QString, encoding);
        const QString text = u"Артикул;Наименование;Цена\r\nЧ-1;\"Чай «Ёлка», 100 г\";1 234,50\r\n"_qs;
        const auto decoded = decodeText(encodeText(text, encoding));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
