#include "support/TempDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace kontor;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigrated()
    {
        test::TempDatabase t;
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        auto& c = t.db().connection();
        QCOMPARE(c.query("PRAGMA application_id").scalarInt()->value(), Database::ApplicationId);
        QCOMPARE(c.query("PRAGMA foreign_keys").scalarInt()->value(), 1);
        auto mode = c.query("PRAGMA journal_mode");
        QVERIFY(*mode.next());
        QCOMPARE(mode.text(0), u"wal"_qs);
        QVERIFY(c.query("PRAGMA busy_timeout").scalarInt()->value() > 0);
        QCOMPARE(c.query("PRAGMA synchronous").scalarInt()->value(), 2); // FULL
        QVERIFY(!t.db().deviceId().isNull());
    }

    void deviceIdSurvivesReopen()
    {
        test::TempDatabase t;
        const Id device = t.db().deviceId();
        t.reopen();
        QCOMPARE(t.db().deviceId(), device);
        QVERIFY(!t.db().wasUncleanlyClosed());
    }

    void eachThreadHasItsOwnConnection()
    {
        test::TempDatabase t;
        Connection* mine = &t.db().connection();
        QCOMPARE(&t.db().connection(), mine);
        Connection* theirs = nullptr;
        qint64 count = -1;
        QThread* thread = QThread::create([&] {
            theirs = &t.db().connection();
            count = t.db().connection().query("SELECT count(*) FROM products").scalarInt()->value_or(-1);
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QVERIFY(theirs != nullptr);
        QVERIFY(theirs != mine);
        QCOMPARE(count, 0);
    }

    void writeTransactionRollsBackUnlessCommitted()
    {
        test::TempDatabase t;
        auto& c = t.db().connection();
        {
            WriteTransaction tx(c);
            QVERIFY(!tx.beginError());
            QVERIFY(c.execScript("INSERT INTO local_meta(key, value) VALUES('a', '1')"));
            // no commit
        }
        QCOMPARE(c.query("SELECT count(*) FROM local_meta WHERE key='a'").scalarInt()->value(), 0);
        {
            WriteTransaction outer(c);
            QVERIFY(c.execScript("INSERT INTO local_meta(key, value) VALUES('b', '1')"));
            {
                WriteTransaction inner(c); // a savepoint
                QVERIFY(c.execScript("INSERT INTO local_meta(key, value) VALUES('c', '1')"));
            } // inner rolled back
            QVERIFY(outer.commit());
        }
        QCOMPARE(c.query("SELECT count(*) FROM local_meta WHERE key='b'").scalarInt()->value(), 1);
        QCOMPARE(c.query("SELECT count(*) FROM local_meta WHERE key='c'").scalarInt()->value(), 0);
    }

    void auditLogIsAppendOnly()
    {
        test::TempDatabase t;
        auto& c = t.db().connection();
        QVERIFY(
            c.execScript("INSERT INTO audit_log(at, user_name, action, entity) VALUES(1, 'x', 'a', 'e')"));
        QVERIFY(!c.execScript("UPDATE audit_log SET action = 'b'"));
        QVERIFY(!c.execScript("DELETE FROM audit_log"));
        QCOMPARE(c.query("SELECT count(*) FROM audit_log").scalarInt()->value(), 1);
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.kontor"_qs);
        const QByteArray content("name;price\nSocks;100\n");
        writeFile(path, content);
        ManualClock clock;
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotKontorDatabase);
        QVERIFY(db.error().message.contains(path));
        QCOMPARE(fileBytes(path), content);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_qs);
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileBytes(path);

        ManualClock clock;
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotKontorDatabase);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_qs));
    }

    void refusesNewerSchema()
    {
        test::TempDatabase t;
        QVERIFY(t.db().connection().execScript("INSERT INTO schema_version VALUES(9999, 0)"));
        const QString path = t.path();
        t.close();
        const QByteArray before = fileBytes(path);
        ManualClock clock;
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerSchema);
        QVERIFY(db.error().message.contains(u"9999"_qs));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesCorruptFile_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("truncate");
        QTest::newRow("garbled schema page") << 100 << 3000 << false;
        QTest::newRow("garbled header") << 0 << 16 << false;
        QTest::newRow("truncated") << 0 << 0 << true;
    }

    void refusesCorruptFile()
    {
        QFETCH(int, offset);
        QFETCH(int, length);
        QFETCH(bool, truncate);
        test::TempDatabase t;
        const QString path = t.path();
        t.close();
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        if (truncate)
            bytes.truncate(bytes.size() / 3 + 7);
        else
            bytes.replace(offset, length, QByteArray(length, '\x5A'));
        writeFile(path, bytes);

        ManualClock clock;
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QVERIFY(db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotKontorDatabase);
        QCOMPARE(fileBytes(path), bytes);
    }

    void detectsUncleanShutdown()
    {
        test::TempDatabase t;
        // Simulate a crash: the session flag stays set as if the destructor never ran.
        QVERIFY(
            t.db().connection().execScript("UPDATE local_meta SET value = '1' WHERE key = 'session_open'"));
        const QString path = t.path();
        QVERIFY(t.db().connection().execScript("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile::copy(path, path + u".crashed"_qs);
        t.close();
        ManualClock clock;
        auto db = Database::open(path + u".crashed"_qs, clock);
        QVERIFY(db);
        QVERIFY((*db)->wasUncleanlyClosed());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
