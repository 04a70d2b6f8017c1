#include "common/Decimal.h"
#include "common/HybridClock.h"
#include "common/Id.h"
#include "common/Money.h"
#include "common/Quantity.h"

#include <QTest>

using namespace kontor;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimalPoint");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");

        const QChar comma(u','), point(u'.');
        QTest::newRow("plain") << u"1234.50"_qs << point << true << qint64(123450);
        QTest::newRow("russian excel") << u"1 234,50"_qs << comma << true << qint64(123450);
        QTest::newRow("no-break space group") << u"1\u00A0234,5"_qs << comma << true << qint64(123450);
        QTest::newRow("narrow no-break space")
            << u"12\u202F345\u202F678,00"_qs << comma << true << qint64(1234567800);
        QTest::newRow("english grouping") << u"1,234.50"_qs << point << true << qint64(123450);
        QTest::newRow("german grouping") << u"1.234,50"_qs << comma << true << qint64(123450);
        QTest::newRow("lone comma decimal in point locale") << u"12,5"_qs << point << true << qint64(1250);
        QTest::newRow("lone comma thousands in point locale")
            << u"1,234"_qs << point << true << qint64(123400);
        QTest::newRow("lone comma is decimal in comma locale") << u"1,234"_qs << comma << false << qint64(0);
        QTest::newRow("repeated grouping") << u"1,234,567"_qs << comma << true << qint64(123456700);
        QTest::newRow("negative") << u"-0,01"_qs << comma << true << qint64(-1);
        QTest::newRow("unicode minus") << u"\u22125"_qs << point << true << qint64(-500);
        QTest::newRow("integer") << u"42"_qs << point << true << qint64(4200);
        QTest::newRow("trailing zeros allowed") << u"1.2300"_qs << point << true << qint64(123);
        QTest::newRow("too many decimals") << u"1.234"_qs << point << false << qint64(0);
        QTest::newRow("rouble sign") << u"1 500 ₽"_qs << comma << true << qint64(150000);
        QTest::newRow("rub suffix") << u"99,90 руб."_qs << comma << true << qint64(9990);
        QTest::newRow("empty") << u""_qs << point << false << qint64(0);
        QTest::newRow("letters") << u"12a"_qs << point << false << qint64(0);
        QTest::newRow("only sign") << u"-"_qs << point << false << qint64(0);
        QTest::newRow("exponent is not accepted") << u"1e5"_qs << point << false << qint64(0);
        QTest::newRow("overflow") << u"999999999999999999999"_qs << point << false << qint64(0);
        // A value that double cannot hold exactly: must stay exact.
        QTest::newRow("no double rounding")
            << u"90071992547409.93"_qs << point << true << qint64(9007199254740993);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimalPoint);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, u"RUB"_qs, NumberFormat{decimalPoint});
        QCOMPARE(money.has_value(), ok);
        if (ok) {
            QCOMPARE(money->minorUnits(), minor);
            QCOMPARE(money->currency(), u"RUB"_qs);
        } else {
            QVERIFY(!money.error().message.isEmpty());
        }
    }

    void minorDigits()
    {
        QCOMPARE(Money::minorDigits(u"RUB"), 2);
        QCOMPARE(Money::minorDigits(u"JPY"), 0);
        QCOMPARE(Money::minorDigits(u"KWD"), 3);
        QCOMPARE(Money::parse(u"1500", u"JPY"_qs)->minorUnits(), 1500);
        QVERIFY(!Money::parse(u"1500.5", u"JPY"_qs));
    }

    void format()
    {
        QCOMPARE(Money(123450, u"RUB"_qs).toPlainString(), u"1234.50"_qs);
        QCOMPARE(Money(-5, u"RUB"_qs).toPlainString(), u"-0.05"_qs);
        QCOMPARE(Money(123456789, u"RUB"_qs).toDisplayString(QLocale(QLocale::Russian)),
                 u"1\u00A0234\u00A0567,89\u00A0₽"_qs);
        QCOMPARE(
            Money(123456789, u"USD"_qs).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
            u"1,234,567.89\u00A0$"_qs);
        QCOMPARE(Decimal::format(std::numeric_limits<qint64>::min(), 2), u"-92233720368547758.08"_qs);
    }

    void roundTripThroughLocale()
    {
        for (const QLocale& locale :
             {QLocale(QLocale::Russian), QLocale(QLocale::English), QLocale(QLocale::German)}) {
            for (qint64 v : {qint64(0), qint64(1), qint64(-99), qint64(100000), qint64(123456789012)}) {
                const Money m(v, u"RUB"_qs);
                const auto back =
                    Money::parse(m.toLocaleNumber(locale), u"RUB"_qs, NumberFormat::fromLocale(locale));
                QVERIFY2(back.has_value(), qPrintable(m.toLocaleNumber(locale)));
                QCOMPARE(back->minorUnits(), v);
            }
        }
    }

    void mulDivRound_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("vat 20% of 99.99") << qint64(9999) << qint64(2000) << qint64(10000) << qint64(2000);
        QTest::newRow("half up") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
        QTest::newRow("half away from zero negative") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
        QTest::newRow("big") << qint64(900000000000000) << qint64(2200) << qint64(10000)
                             << qint64(198000000000000);
    }

    void mulDivRound()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(Decimal::mulDivRound(value, num, den), expected);
    }

    void quantity()
    {
        QCOMPARE(Quantity::parse(u"1,5", NumberFormat{u','})->milli(), 1500);
        QCOMPARE(Quantity::parse(u"0.125")->milli(), 125);
        QVERIFY(!Quantity::parse(u"0.1255"));
        QCOMPARE(Quantity::fromMilli(2500).toString(), u"2.5"_qs);
        QCOMPARE(Quantity::fromUnits(3).toString(), u"3"_qs);
        QVERIFY(Quantity::fromUnits(3).isWhole());
        QVERIFY(!Quantity::fromMilli(3001).isWhole());
    }

    void ids()
    {
        const Id a = Id::create();
        const Id b = Id::create();
        QVERIFY(!a.isNull());
        QCOMPARE((quint8(a.toBytes().at(6)) >> 4), 7); // UUIDv7 (QUuid 6.4 predates v7)
        QCOMPARE((quint8(a.toBytes().at(8)) >> 6), 2); // RFC variant
        QVERIFY(a < b);                                // time-ordered, even within one millisecond
        QCOMPARE(Id::fromBytes(a.toBytes()), a);
        QCOMPARE(Id::fromString(a.toString()), a);
        QVERIFY(Id::fromBytes(QByteArray("short")).isNull());
    }

    void hybridClockNeverGoesBack()
    {
        ManualClock clock(1000);
        HybridClock hlc(clock);
        const qint64 a = hlc.tick();
        const qint64 b = hlc.tick();
        QVERIFY(b > a);
        QCOMPARE(HybridClock::physicalMs(a), 1000);
        clock.setMs(500); // wall clock steps back
        QVERIFY(hlc.tick() > b);
        hlc.observe(HybridClock::make(5000, 7)); // a device ahead of us
        const qint64 c = hlc.tick();
        QVERIFY(c > HybridClock::make(5000, 7));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
