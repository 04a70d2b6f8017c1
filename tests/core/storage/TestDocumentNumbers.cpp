#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"
#include "support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kontor;

// Document numbers one by one and in blocks, and the change log's payload text.
class TestDocumentNumbers : public QObject
{
    Q_OBJECT

private:
    static void addNumber(Connection& c, const QString& number)
    {
        auto q = c.query("INSERT INTO docs(number) VALUES(?)");
        q.bind(number);
        QVERIFY(q.run());
    }

private Q_SLOTS:
    void blocksContinueTheSeriesAndSkipUsedNumbers()
    {
        test::TempDatabase t;
        Connection& c = t.db().connection();
        QVERIFY(c.execScript("CREATE TABLE docs(number TEXT NOT NULL UNIQUE)"));
        QCOMPARE(DocumentNumbers::next(c, u"SO", 5, "docs").value(), u"SO-00001"_qs);
        addNumber(c, u"SO-00001"_qs);
        addNumber(c, u"SO-00003"_qs); // imported from elsewhere
        const QStringList block = DocumentNumbers::nextMany(c, u"SO", 5, 4, "docs").value();
        QCOMPARE(block, (QStringList{u"SO-00002"_qs, u"SO-00004"_qs, u"SO-00005"_qs, u"SO-00006"_qs}));
        // The series goes on after the block, one by one or in blocks alike.
        QCOMPARE(DocumentNumbers::next(c, u"SO", 5, "docs").value(), u"SO-00007"_qs);
        QCOMPARE(DocumentNumbers::nextMany(c, u"SO", 5, 2, "docs").value(),
                 (QStringList{u"SO-00008"_qs, u"SO-00009"_qs}));
        QVERIFY(DocumentNumbers::nextMany(c, u"SO", 5, 0, "docs").value().isEmpty());
        QCOMPARE(DocumentNumbers::next(c, u"SO", 5, "docs").value(), u"SO-00010"_qs);
        // Another series has its own counter; a device prefix goes after the series.
        QVERIFY(t.db().setMeta(u"number_prefix"_qs, u"B"_qs));
        QCOMPARE(DocumentNumbers::nextMany(c, u"RMA", 4, 2, "docs").value(),
                 (QStringList{u"RMA-B-0001"_qs, u"RMA-B-0002"_qs}));
    }

    void changeLogPayloadIsTheCompactJsonText()
    {
        test::TempDatabase t;
        Connection& c = t.db().connection();
        const QJsonObject payload{{u"name"_qs, u"Ёлка «Морозко» \"2\"\n"_qs}, {u"total"_qs, 123456}};
        const Id row = Id::create();
        QVERIFY(ChangeLog::record(t.db(), c, {}, u"things", row, ChangeOp::Insert, payload));
        const QByteArray json = R"({"a":1,"b":"Ж"})";
        QVERIFY(ChangeLog::recordJson(t.db(), c, {}, u"things", row, ChangeOp::Update, json));
        auto q = c.query(
            "SELECT payload, typeof(payload) FROM change_log WHERE table_name = 'things' ORDER BY seq");
        QVERIFY(*q.next());
        QCOMPARE(q.text(1), u"text"_qs);
        QCOMPARE(q.text(0), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        QCOMPARE(QJsonDocument::fromJson(q.text(0).toUtf8()).object(), payload);
        QVERIFY(*q.next());
        QCOMPARE(q.text(0), QString::fromUtf8(json));
        QCOMPARE(q.text(1), u"text"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumbers)
#include "TestDocumentNumbers.moc"
