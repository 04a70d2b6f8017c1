#include "io/CsvReader.h"
#include "io/TextDecoder.h"

#include <QElapsedTimer>
#include <QTest>

#include <type_traits>

using namespace kontor;

using Records = QList<QStringList>;
using Lines = QList<int>;

namespace {

QString describe(const Error& error)
{
    return u"line %1: %2"_qs.arg(error.line).arg(error.message);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("lines");

        const QChar comma(u','), semicolon(u';'), tab(u'\t'), pipe(u'|');

        QTest::newRow("simple") << u"a,b,c\n1,2,3\n"_qs << comma
                                << Records{{u"a"_qs, u"b"_qs, u"c"_qs}, {u"1"_qs, u"2"_qs, u"3"_qs}}
                                << Lines{1, 2};
        QTest::newRow("russian excel semicolon")
            << u"Наименование;Цена\nМолоко 3,2%;89,90\n"_qs << semicolon
            << Records{{u"Наименование"_qs, u"Цена"_qs}, {u"Молоко 3,2%"_qs, u"89,90"_qs}} << Lines{1, 2};
        QTest::newRow("tab separated")
            << u"sku\tname\nA-1\tЧай, чёрный\n"_qs << tab
            << Records{{u"sku"_qs, u"name"_qs}, {u"A-1"_qs, u"Чай, чёрный"_qs}} << Lines{1, 2};
        QTest::newRow("pipe separated")
            << u"a|b\n1|2"_qs << pipe << Records{{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}} << Lines{1, 2};
        QTest::newRow("crlf") << u"a,b\r\n1,2\r\n"_qs << comma
                              << Records{{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}} << Lines{1, 2};
        QTest::newRow("lone cr (old mac)")
            << u"a,b\r1,2\r3,4"_qs << comma
            << Records{{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}} << Lines{1, 2, 3};
        QTest::newRow("mixed line ends")
            << u"a\r\nb\nc\rd\n\re"_qs << comma
            << Records{{u"a"_qs}, {u"b"_qs}, {u"c"_qs}, {u"d"_qs}, {u"e"_qs}} << Lines{1, 2, 3, 4, 6};
        QTest::newRow("last line without newline")
            << u"a,b\n1,2"_qs << comma << Records{{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}} << Lines{1, 2};
        QTest::newRow("trailing empty lines")
            << u"a,b\n1,2\n\n\r\n\n"_qs << comma << Records{{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}}
            << Lines{1, 2};
        QTest::newRow("blank lines inside keep line numbers")
            << u"\n\na\n\nb\r\n\r\nc"_qs << comma << Records{{u"a"_qs}, {u"b"_qs}, {u"c"_qs}}
            << Lines{3, 5, 7};
        QTest::newRow("whitespace-only lines are blank")
            << u"a\n   \n \t \nb\n  "_qs << comma << Records{{u"a"_qs}, {u"b"_qs}} << Lines{1, 4};
        QTest::newRow("tab-only line is a record in a tab file")
            << u"a\tb\n\t\nc\td"_qs << tab
            << Records{{u"a"_qs, u"b"_qs}, {QString(), QString()}, {u"c"_qs, u"d"_qs}} << Lines{1, 2, 3};
        QTest::newRow("quoted delimiter")
            << u"\"Чай, чёрный\",5\n"_qs << comma << Records{{u"Чай, чёрный"_qs, u"5"_qs}} << Lines{1};
        QTest::newRow("quoted newline keeps line numbers")
            << u"sku,note\nA,\"line one\nline two\"\nB,x\n"_qs << comma
            << Records{{u"sku"_qs, u"note"_qs}, {u"A"_qs, u"line one\nline two"_qs}, {u"B"_qs, u"x"_qs}}
            << Lines{1, 2, 4};
        QTest::newRow("quoted crlf is kept and counted once")
            << u"\"a\r\nb\",1\r\nc,2\r\n"_qs << comma << Records{{u"a\r\nb"_qs, u"1"_qs}, {u"c"_qs, u"2"_qs}}
            << Lines{1, 3};
        QTest::newRow("quoted lone cr") << u"\"a\rb\",1\rc,2"_qs << comma
                                        << Records{{u"a\rb"_qs, u"1"_qs}, {u"c"_qs, u"2"_qs}} << Lines{1, 3};
        QTest::newRow("many embedded newlines and blank lines")
            << u"\"1\n\n\n4\",\"x\ny\"\n\nnext"_qs << comma
            << Records{{u"1\n\n\n4"_qs, u"x\ny"_qs}, {u"next"_qs}} << Lines{1, 7};
        QTest::newRow("doubled quotes") << u"\"Экран 15\"\" матовый\",\"\"\"Ромашка\"\"\"\n"_qs << comma
                                        << Records{{u"Экран 15\" матовый"_qs, u"\"Ромашка\""_qs}} << Lines{1};
        QTest::newRow("field that is one quote")
            << u"\"\"\"\",x"_qs << comma << Records{{u"\""_qs, u"x"_qs}} << Lines{1};
        QTest::newRow("doubled quote next to a newline")
            << u"\"a\"\"\n\"\"b\"\nz"_qs << comma << Records{{u"a\"\n\"b"_qs}, {u"z"_qs}} << Lines{1, 3};
        QTest::newRow("empty quoted field")
            << u"\"\",a,\"\""_qs << comma << Records{{QString(), u"a"_qs, QString()}} << Lines{1};
        QTest::newRow("line of one empty quoted field is a record")
            << u"a\n\"\"\nb"_qs << comma << Records{{u"a"_qs}, {QString()}, {u"b"_qs}} << Lines{1, 2, 3};
        QTest::newRow("empty fields")
            << u",,\n"_qs << comma << Records{{QString(), QString(), QString()}} << Lines{1};
        QTest::newRow("trailing delimiter gives empty last field")
            << u"a;b;\r\nc;d;"_qs << semicolon
            << Records{{u"a"_qs, u"b"_qs, QString()}, {u"c"_qs, u"d"_qs, QString()}} << Lines{1, 2};
        QTest::newRow("spaces around quoted field")
            << u"a, \"b\" ,c\n  \"d\"  \n"_qs << comma << Records{{u"a"_qs, u"b"_qs, u"c"_qs}, {u"d"_qs}}
            << Lines{1, 2};
        QTest::newRow("tabs around quoted field")
            << u"a,\t\"b\"\t,c"_qs << comma << Records{{u"a"_qs, u"b"_qs, u"c"_qs}} << Lines{1};
        QTest::newRow("spaces in unquoted fields are kept")
            << u" a , b "_qs << comma << Records{{u" a "_qs, u" b "_qs}} << Lines{1};
        QTest::newRow("quote inside unquoted field is literal")
            << u"Монитор 27\" IPS,5\" экран\"\n"_qs << comma
            << Records{{u"Монитор 27\" IPS"_qs, u"5\" экран\""_qs}} << Lines{1};
        QTest::newRow("tab delimiter, quoted fields")
            << u"\"a\tb\"\t\"c\""_qs << tab << Records{{u"a\tb"_qs, u"c"_qs}} << Lines{1};
        QTest::newRow("comma is data in a semicolon file")
            << u"\"a;b\";1,5;\"c,d\""_qs << semicolon << Records{{u"a;b"_qs, u"1,5"_qs, u"c,d"_qs}}
            << Lines{1};
        QTest::newRow("bom at start is skipped")
            << u"\uFEFFsku,name\nA,B"_qs << comma << Records{{u"sku"_qs, u"name"_qs}, {u"A"_qs, u"B"_qs}}
            << Lines{1, 2};
        QTest::newRow("cyrillic and emoji")
            << u"Ёжик 🦔,ё"_qs << comma << Records{{u"Ёжик 🦔"_qs, u"ё"_qs}} << Lines{1};
        QTest::newRow("empty file") << QString() << comma << Records{} << Lines{};
        QTest::newRow("only blank lines") << u"\n\r\n\r  \n"_qs << comma << Records{} << Lines{};
        QTest::newRow("only header") << u"sku;name;price\r\n"_qs << semicolon
                                     << Records{{u"sku"_qs, u"name"_qs, u"price"_qs}} << Lines{1};
        QTest::newRow("woocommerce style export")
            << u"ID,Type,SKU,Name,\"Regular price\",Categories\n"
               u"42,simple,TEA-1,\"Чай \"\"Эрл Грей\"\", 100 г\",350,\"Чай > Чёрный\"\n"_qs
            << comma
            << Records{{u"ID"_qs, u"Type"_qs, u"SKU"_qs, u"Name"_qs, u"Regular price"_qs, u"Categories"_qs},
                       {u"42"_qs, u"simple"_qs, u"TEA-1"_qs, u"Чай \"Эрл Грей\", 100 г"_qs, u"350"_qs,
                        u"Чай > Чёрный"_qs}}
            << Lines{1, 2};
    }

    void read()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(Records, records);
        QFETCH(Lines, lines);

        const auto all = CsvReader::readAll(text, CsvDialect{delimiter});
        QVERIFY2(all, qPrintable(all ? QString() : describe(all.error())));
        QCOMPARE(all->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(all->at(i).fields, records.at(i));
            QCOMPARE(all->at(i).line, lines.at(i));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("goodRecords"); // records read before the error
        QTest::addColumn<int>("errorLine");

        const QChar comma(u','), semicolon(u';');
        QTest::newRow("unterminated quote reports where it opened")
            << u"a,b\nc,\"open\nd,e\nf,g\n"_qs << comma << 1 << 2;
        QTest::newRow("unterminated quote after a multi-line field")
            << u"\"x\ny\",1\n\n\"z,2\n"_qs << comma << 1 << 4;
        QTest::newRow("unterminated quote at the very end") << u"a\n\""_qs << comma << 1 << 2;
        QTest::newRow("unterminated with doubled quotes") << u"\"a\"\"b\"\"\n"_qs << comma << 0 << 1;
        QTest::newRow("text after closing quote") << u"a,b\n\"c\"d,e\n"_qs << comma << 1 << 2;
        QTest::newRow("text after closing quote and space") << u"\"c\" d;e"_qs << semicolon << 0 << 1;
        QTest::newRow("text after closing quote of a multi-line field")
            << u"h\n\"one\ntwo\"x\n"_qs << comma << 1 << 3;
        QTest::newRow("unescaped quotes in a quoted field")
            << u"sku,name\n1,\"Чай \"Ромашка\"\"\n"_qs << comma << 1 << 2;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(int, goodRecords);
        QFETCH(int, errorLine);

        CsvReader reader(text, CsvDialect{delimiter});
        CsvRecord record;
        for (int i = 0; i < goodRecords; ++i) {
            const auto more = reader.next(record);
            QVERIFY2(more, qPrintable(more ? QString() : describe(more.error())));
            QVERIFY(*more);
        }
        const auto failed = reader.next(record);
        QVERIFY(!failed);
        QCOMPARE(failed.error().line, errorLine);
        QCOMPARE(failed.error().code, ErrorCode::Invalid);
        QVERIFY(!failed.error().message.isEmpty());

        // The error is sticky, and readAll reports the same one.
        const auto again = reader.next(record);
        QVERIFY(!again);
        QCOMPARE(again.error().line, errorLine);
        QCOMPARE(again.error().message, failed.error().message);
        const auto all = CsvReader::readAll(text, CsvDialect{delimiter});
        QVERIFY(!all);
        QCOMPARE(all.error().line, errorLine);
    }

    void nextStopsAtEnd()
    {
        // A reader over a temporary string would dangle; it must not compile.
        static_assert(!std::is_constructible_v<CsvReader, QString&&>);
        static_assert(std::is_constructible_v<CsvReader, QString&>);
        static_assert(std::is_constructible_v<CsvReader, QStringView>);

        const QString text = u"a\nb\n"_qs;
        CsvReader reader(text);
        CsvRecord record;
        const auto read = [&] {
            const auto more = reader.next(record);
            return more.has_value() && *more;
        };
        QVERIFY(read());
        QCOMPARE(record.fields, QStringList{u"a"_qs});
        QCOMPARE(record.line, 1);
        QVERIFY(read());
        QCOMPARE(record.fields, QStringList{u"b"_qs});
        QCOMPARE(record.line, 2);
        const auto end = reader.next(record);
        QVERIFY(end.has_value() && !*end);
        QVERIFY(record.fields.isEmpty());
        const auto stillEnd = reader.next(record);
        QVERIFY(stillEnd.has_value() && !*stillEnd);
    }

    void quotingDisabled()
    {
        const auto all = CsvReader::readAll(u"\"a;b\";\"c\n"_qs, CsvDialect{u';', QChar()});
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->front().fields, (QStringList{u"\"a"_qs, u"b\""_qs, u"\"c"_qs}));
    }

    void fieldLengthLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("errorLine"); // 0: must be read

        const qsizetype max = CsvReader::MaxFieldLength;
        const QString atLimit(max, u'x');
        const QString overLimit(max + 1, u'x');
        const QString quotesAtLimit = u"a\"\""_qs.repeated(max / 2); // a"" is two characters
        QTest::newRow("unquoted at limit") << u"a\n"_qs + atLimit + u",b\n"_qs << 0;
        QTest::newRow("unquoted over limit") << u"a\n"_qs + overLimit + u",b\n"_qs << 2;
        QTest::newRow("unquoted over limit at end of text") << u"a\n\nb,"_qs + overLimit << 3;
        QTest::newRow("quoted at limit") << u"a\n\""_qs + atLimit + u"\",b\n"_qs << 0;
        QTest::newRow("quoted over limit") << u"a\n\"\n"_qs + overLimit + u"\",b\n"_qs << 2;
        QTest::newRow("quoted over limit, never closed") << u"a\n\n\""_qs + overLimit << 3;
        QTest::newRow("doubled quotes at limit") << u"\""_qs + quotesAtLimit + u"\""_qs << 0;
        QTest::newRow("doubled quotes over limit") << u"z\n\""_qs + quotesAtLimit + u"\"\"\""_qs << 2;
        QTest::newRow("only doubled quotes over limit")
            << u"\""_qs + QString(2 * max + 2, u'"') + u"\""_qs << 1;
    }

    void fieldLengthLimit()
    {
        QFETCH(QString, text);
        QFETCH(int, errorLine);
        const auto all = CsvReader::readAll(text, {});
        if (errorLine == 0) {
            QVERIFY2(all, qPrintable(all ? QString() : describe(all.error())));
            qsizetype longest = 0;
            for (const CsvRecord& record : *all) {
                for (const QString& field : record.fields)
                    longest = std::max(longest, field.size());
            }
            QCOMPARE(longest, CsvReader::MaxFieldLength);
        } else {
            QVERIFY(!all);
            QCOMPARE(all.error().line, errorLine);
            QVERIFY(!all.error().message.isEmpty());
        }
    }

    void fieldCountLimit_data()
    {
        QTest::addColumn<int>("fields");
        QTest::addColumn<bool>("ok");
        QTest::newRow("at limit") << int(CsvReader::MaxFields) << true;
        QTest::newRow("one over") << int(CsvReader::MaxFields) + 1 << false;
        QTest::newRow("hostile line of commas") << 1'000'000 << false;
    }

    void fieldCountLimit()
    {
        QFETCH(int, fields);
        QFETCH(bool, ok);
        const QString text = u"header\n\"multi\nline\"\n"_qs + QString(fields - 1, u',') + u"\nlast\n"_qs;
        const auto all = CsvReader::readAll(text, {});
        QCOMPARE(all.has_value(), ok);
        if (ok) {
            QCOMPARE(all->size(), 4);
            QCOMPARE(all->at(2).fields.size(), qsizetype(fields));
            QCOMPARE(all->at(2).line, 4);
            QCOMPARE(all->at(3).line, 5);
        } else {
            QCOMPARE(all.error().line, 4);
        }
    }

    void detectDialect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");

        QTest::newRow("comma") << u"sku,name,price\nA,Tea,5\nB,Milk,6\n"_qs << QChar(u',');
        QTest::newRow("russian excel")
            << u"Артикул;Наименование;Цена\nЧ-1;Чай;1 234,50\nМ-2;Молоко 3,2%;89,90\n"_qs << QChar(u';');
        QTest::newRow("tab") << u"sku\tname\tprice\nA\tЧай, чёрный\t5,5\n"_qs << QChar(u'\t');
        QTest::newRow("pipe") << u"a|b|c\n1|2|3"_qs << QChar(u'|');
        QTest::newRow("semicolon and decimal commas tie")
            << u"Цена, руб.;Остаток\n89,90;5\n"_qs << QChar(u';');
        QTest::newRow("commas inside quotes do not count")
            << u"\"Чай, чёрный, 100 г\";\"1,5\"\n\"Кофе, 250 г\";\"2,5\"\n"_qs << QChar(u';');
        QTest::newRow("quoted newlines do not split lines")
            << u"name,note\n\"a;b\",\"x;\ny;z\"\nc,d\n"_qs << QChar(u',');
        QTest::newRow("quote inside unquoted field")
            << u"name;size\nМонитор 27\";1\nМонитор 24\";2\n"_qs << QChar(u';');
        QTest::newRow("header only") << u"sku;name;price"_qs << QChar(u';');
        QTest::newRow("leading blank lines and bom") << u"\uFEFF\n\r\na\tb\n"_qs << QChar(u'\t');
        QTest::newRow("consistent beats frequent") << u"a;b,c,d\n1;2\n3;4\n5;6,7"_qs << QChar(u';');
        QTest::newRow("single column defaults to comma") << u"sku\nA\nB\n"_qs << QChar(u',');
        QTest::newRow("empty defaults to comma") << QString() << QChar(u',');
    }

    void detectDialect()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        const CsvDialect dialect = kontor::detectDialect(text);
        QCOMPARE(dialect.delimiter, delimiter);
        QCOMPARE(dialect.quote, QChar(u'"'));
    }

    void hostileUnterminatedQuoteIsFast()
    {
        // A 20-million-character "field" that never closes must fail with the opening line,
        // without building it.
        const QString text = u"a,b\n1,\""_qs + QString(20'000'000, u'y');
        QElapsedTimer timer;
        timer.start();
        const auto all = CsvReader::readAll(text, {});
        QVERIFY(!all);
        QCOMPARE(all.error().line, 2);
        qInfo("hostile field rejected in %lld ms", timer.elapsed());
    }

    void fiftyThousandRows()
    {
        constexpr int Rows = 50'000;
        QString text;
        text.reserve(Rows * 110);
        text += u"Артикул;Наименование;Категория;Цена;Остаток;Вес;Штрихкод;Поставщик;Страна;Описание\r\n"_qs;
        for (int i = 1; i <= Rows; ++i) {
            const QString n = QString::number(i);
            text += u"SKU-"_qs + n + u";"_qs;
            if (i % 10 == 0)
                text += u"\"Чай \"\"Ромашка\"\"; пачка "_qs + n + u"\";"_qs;
            else
                text += u"Чай чёрный листовой "_qs + n + u";"_qs;
            text += u"Напитки;1 234,50;"_qs + n + u";0,250;4600000"_qs + n + u";ООО Чайный дом;Россия;"_qs;
            if (i % 100 == 0)
                text += u"\"Строка 1\r\nстрока 2\""_qs;
            else
                text += u"Крупнолистовой чай с бергамотом"_qs;
            text += u"\r\n"_qs;
        }
        const QByteArray bytes = text.toUtf8();

        QElapsedTimer timer;
        timer.start();
        const auto decoded = decodeText(bytes);
        const qint64 decodeMs = timer.restart();
        QVERIFY(decoded);
        const CsvDialect dialect = kontor::detectDialect(decoded->text);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        const auto all = CsvReader::readAll(decoded->text, dialect);
        const qint64 parseMs = timer.elapsed();
        qInfo("50,000 rows, %lld characters (%lld bytes UTF-8): decode %lld ms, parse %lld ms",
              qint64(text.size()), qint64(bytes.size()), decodeMs, parseMs);

        QVERIFY2(all, qPrintable(all ? QString() : describe(all.error())));
        QCOMPARE(all->size(), Rows + 1);
        for (const CsvRecord& record : *all)
            QCOMPARE(record.fields.size(), 10);
        const CsvRecord& tenth = all->at(10);
        QCOMPARE(tenth.fields.at(1), u"Чай \"Ромашка\"; пачка 10"_qs);
        QCOMPARE(all->at(100).fields.at(9), u"Строка 1\r\nстрока 2"_qs);
        // Each hundredth row spans two physical lines: row i starts on line i + 1 + (i - 1) / 100.
        QCOMPARE(all->at(100).line, 101);
        QCOMPARE(all->at(101).line, 103);
        QCOMPARE(all->back().fields.at(0), u"SKU-50000"_qs);
        QCOMPARE(all->back().line, Rows + 1 + (Rows - 1) / 100);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
