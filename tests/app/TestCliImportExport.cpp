#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// kontor-cli import/export, run as a real process: exit codes, messages on stderr, and what the
// database holds afterwards.
class TestCliImportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = test::CliRun;

    Run cli(const QStringList& arguments)
    {
        return test::runCli(QStringLiteral(KONTOR_CLI_PATH), arguments, m_dir.path());
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    qint64 count(const QString& db)
    {
        SystemClock clock;
        auto opened = Database::open(db, clock);
        if (!opened)
            return -1;
        ProductService products(**opened);
        return products.count(Actor::owner(), true).value_or(-1);
    }

private Q_SLOTS:
    void importReportsBadRowsAndChangesNothing()
    {
        const QString db = m_dir.filePath(u"a.kontor"_qs);
        const QString bad = file(u"bad.csv"_qs, "sku,name,price\nA,Alpha,1\nB,Beta,abc\n");
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"bad.csv, line 3, price:"_qs), qPrintable(run.err));
        QCOMPARE(count(db), 0);

        run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, bad, u"--skip-bad-rows"_qs});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(u"1 created"_qs));
        QCOMPARE(count(db), 1);
    }

    void importWithMappingAndProfileThenExport()
    {
        const QString db = m_dir.filePath(u"b.kontor"_qs);
        // Headers nothing could guess: map them explicitly and save the mapping as a profile.
        const QString odd = file(u"odd.csv"_qs, "Code;Bezeichnung;Betrag\nX-1;Ding;1 234,50\n");
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, odd, u"--map"_qs,
                       u"sku=Code,name=Bezeichnung,price=3"_qs, u"--save-profile"_qs, u"german"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(db), 1);

        const QString next = file(u"odd2.csv"_qs, "Code;Bezeichnung;Betrag\nX-2;Noch ein Ding;10\n");
        run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, next, u"--profile"_qs, u"german"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(db), 2);

        run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, next, u"--profile"_qs, u"missing"_qs});
        QCOMPARE(run.exitCode, 2);

        const QString out = m_dir.filePath(u"out.csv"_qs);
        run = cli({u"--database"_qs, db, u"export"_qs, u"products"_qs, out, u"--format"_qs, u"excel"_qs});
        QCOMPARE(run.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("X-1;Ding;;;pcs;1234,50"));
    }

    void usageAndMissingFile()
    {
        const QString db = m_dir.filePath(u"c.kontor"_qs);
        QCOMPARE(cli({u"--database"_qs, db, u"import"_qs, u"customers"_qs, u"x.csv"_qs}).exitCode, 2);
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, m_dir.filePath(u"nope.csv"_qs)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"nope.csv"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "TestCliImportExport.moc"
