#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kontor;

namespace {

QString describe(const Error& error)
{
    return u"line %1: %2"_qs.arg(error.line).arg(error.message);
}

// A random field built from the characters that make CSV hard.
QString randomField(QRandomGenerator& random)
{
    static const QStringList pieces = {
        u"a"_qs,  u"Z"_qs,    u"7"_qs,  u" "_qs,  u"\t"_qs,   u","_qs,      u";"_qs, u"|"_qs,
        u"\""_qs, u"\"\""_qs, u"\r"_qs, u"\n"_qs, u"\r\n"_qs, u"Ж"_qs,      u"ё"_qs, u"№"_qs,
        u"📦"_qs,  u"'"_qs,    u"="_qs,  u"-"_qs,  u"Чай"_qs,  u"\u00A0"_qs,
    };
    const int length = random.bounded(0, 9);
    QString field;
    for (int i = 0; i < length; ++i)
        field += pieces.at(random.bounded(int(pieces.size())));
    return field;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("escapeFormulas");
        QTest::addColumn<QString>("expected"); // with CRLF line ends

        const QChar comma(u','), semicolon(u';'), tab(u'\t');
        QTest::newRow("plain") << QStringList{u"a"_qs, u"Чай"_qs, u"1"_qs} << comma << false
                               << u"a,Чай,1\r\n"_qs;
        QTest::newRow("delimiter is quoted")
            << QStringList{u"Чай, чёрный"_qs, u"5"_qs} << comma << false << u"\"Чай, чёрный\",5\r\n"_qs;
        QTest::newRow("quote is doubled") << QStringList{u"Экран 15\""_qs, u"\"Ромашка\""_qs} << comma
                                          << false << u"\"Экран 15\"\"\",\"\"\"Ромашка\"\"\"\r\n"_qs;
        QTest::newRow("lf is quoted") << QStringList{u"a\nb"_qs} << comma << false << u"\"a\nb\"\r\n"_qs;
        QTest::newRow("cr is quoted")
            << QStringList{u"a\rb"_qs, u"c"_qs} << comma << false << u"\"a\rb\",c\r\n"_qs;
        QTest::newRow("leading space is quoted")
            << QStringList{u" a"_qs} << comma << false << u"\" a\"\r\n"_qs;
        QTest::newRow("trailing space is quoted")
            << QStringList{u"a "_qs, u"b"_qs} << comma << false << u"\"a \",b\r\n"_qs;
        QTest::newRow("leading tab is quoted")
            << QStringList{u"\ta"_qs} << comma << false << u"\"\ta\"\r\n"_qs;
        QTest::newRow("inner space is not quoted")
            << QStringList{u"1 234,50"_qs} << semicolon << false << u"1 234,50\r\n"_qs;
        QTest::newRow("comma is plain in a semicolon file")
            << QStringList{u"Молоко 3,2%"_qs, u"89,90"_qs} << semicolon << false
            << u"Молоко 3,2%;89,90\r\n"_qs;
        QTest::newRow("semicolon is quoted in a semicolon file")
            << QStringList{u"a;b"_qs, u"c,d"_qs} << semicolon << false << u"\"a;b\";c,d\r\n"_qs;
        QTest::newRow("tab file") << QStringList{u"a\tb"_qs, u"c"_qs} << tab << false
                                  << u"\"a\tb\"\tc\r\n"_qs;
        QTest::newRow("empty fields")
            << QStringList{QString(), QString(), u"x"_qs} << comma << false << u",,x\r\n"_qs;
        QTest::newRow("one empty field is written as quotes")
            << QStringList{QString()} << comma << false << u"\"\"\r\n"_qs;
        QTest::newRow("no fields is a blank line") << QStringList{} << comma << false << u"\r\n"_qs;
        QTest::newRow("apostrophe alone stays") << QStringList{u"'a"_qs} << comma << true << u"'a\r\n"_qs;

        // Formula injection protection.
        QTest::newRow("formula escaped")
            << QStringList{u"=SUM(A1:A9)"_qs} << semicolon << true << u"'=SUM(A1:A9)\r\n"_qs;
        QTest::newRow("hyperlink formula with comma is escaped and quoted")
            << QStringList{u"=HYPERLINK(\"http://x\",\"a\")"_qs} << comma << true
            << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"\r\n"_qs;
        QTest::newRow("formula kept when not escaping")
            << QStringList{u"=1+1"_qs} << comma << false << u"=1+1\r\n"_qs;
        QTest::newRow("plus formula") << QStringList{u"+A1"_qs} << comma << true << u"'+A1\r\n"_qs;
        QTest::newRow("minus formula") << QStringList{u"-2+3*cmd"_qs} << comma << true << u"'-2+3*cmd\r\n"_qs;
        QTest::newRow("at formula") << QStringList{u"@SUM(1)"_qs} << comma << true << u"'@SUM(1)\r\n"_qs;
        QTest::newRow("leading tab is escaped")
            << QStringList{u"\t=1"_qs} << comma << true << u"'\t=1\r\n"_qs;
        QTest::newRow("leading cr is escaped and quoted")
            << QStringList{u"\r=1"_qs} << comma << true << u"\"'\r=1\"\r\n"_qs;
        QTest::newRow("negative number is not a formula")
            << QStringList{u"-5"_qs, u"-1 234,50"_qs} << semicolon << true << u"-5;-1 234,50\r\n"_qs;
        QTest::newRow("phone number is not a formula")
            << QStringList{u"+7 999 123 45 67"_qs} << comma << true << u"+7 999 123 45 67\r\n"_qs;
        QTest::newRow("phone with dashes is escaped")
            << QStringList{u"+7 999 123-45-67"_qs} << comma << true << u"'+7 999 123-45-67\r\n"_qs;
        QTest::newRow("lone minus is escaped") << QStringList{u"-"_qs} << comma << true << u"'-\r\n"_qs;
        QTest::newRow("equals inside is fine") << QStringList{u"a=b"_qs} << comma << true << u"a=b\r\n"_qs;
    }

    void write()
    {
        QFETCH(QStringList, fields);
        QFETCH(QChar, delimiter);
        QFETCH(bool, escapeFormulas);
        QFETCH(QString, expected);

        CsvWriter crlf(CsvDialect{delimiter}, true);
        crlf.setEscapeFormulas(escapeFormulas);
        QCOMPARE(crlf.escapeFormulas(), escapeFormulas);
        crlf.writeRecord(fields);
        QCOMPARE(crlf.text(), expected);

        CsvWriter lf(CsvDialect{delimiter}, false);
        lf.setEscapeFormulas(escapeFormulas);
        lf.writeRecord(fields);
        QCOMPARE(lf.text(), expected.chopped(2) + u"\n"_qs);
    }

    void severalRecords()
    {
        CsvWriter writer(CsvDialect{u';'}, false);
        writer.writeRecord({u"Артикул"_qs, u"Наименование"_qs});
        writer.writeRecord({u"Ч-1"_qs, u"Чай \"Эрл Грей\""_qs});
        QCOMPARE(writer.text(), u"Артикул;Наименование\nЧ-1;\"Чай \"\"Эрл Грей\"\"\"\n"_qs);
        QCOMPARE(kontor::detectDialect(writer.text()).delimiter, QChar(u';'));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<quint32>("seed");
        const QList<QChar> delimiters = {u',', u';', u'\t', u'|'};
        quint32 seed = 20240601;
        for (const QChar delimiter : delimiters) {
            for (const bool crlf : {true, false}) {
                const QString name = u"delimiter U+%1, %2"_qs.arg(delimiter.unicode(), 4, 16, QChar(u'0'))
                                         .arg(crlf ? u"crlf"_qs : u"lf"_qs);
                QTest::newRow(qPrintable(name)) << delimiter << crlf << seed++;
            }
        }
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, crlf);
        QFETCH(quint32, seed);

        QRandomGenerator random(seed);
        QList<QStringList> written;
        CsvWriter writer(CsvDialect{delimiter}, crlf);
        for (int r = 0; r < 500; ++r) {
            QStringList fields;
            const int count = random.bounded(1, 8);
            for (int f = 0; f < count; ++f)
                fields.append(randomField(random));
            writer.writeRecord(fields);
            written.append(fields);
        }
        // Through bytes and back, as a file would go.
        const auto decoded = decodeText(encodeText(writer.text(), u"UTF-8 BOM"_qs));
        QVERIFY(decoded);
        QCOMPARE(decoded->text, writer.text());

        const auto read = CsvReader::readAll(decoded->text, CsvDialect{delimiter});
        QVERIFY2(read, qPrintable(read ? QString() : describe(read.error())));
        QCOMPARE(read->size(), written.size());
        int expectedLine = 1;
        for (qsizetype i = 0; i < written.size(); ++i) {
            QCOMPARE(read->at(i).fields, written.at(i));
            QCOMPARE(read->at(i).line, expectedLine);
            // The record's physical lines: one plus each line break inside its fields.
            for (const QString& field : written.at(i)) {
                for (qsizetype c = 0; c < field.size(); ++c) {
                    if (field[c] == u'\n' ||
                        (field[c] == u'\r' && (c + 1 == field.size() || field[c + 1] != u'\n')))
                        ++expectedLine;
                }
            }
            ++expectedLine;
        }
    }

    void escapedFormulasReadBackWithApostrophe()
    {
        CsvWriter writer(CsvDialect{u','}, true);
        writer.setEscapeFormulas(true);
        writer.writeRecord({u"=cmd|' /C calc'!A0"_qs, u"-5"_qs, u"ok"_qs});
        const auto read = CsvReader::readAll(writer.text(), {});
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->front().fields, (QStringList{u"'=cmd|' /C calc'!A0"_qs, u"-5"_qs, u"ok"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
