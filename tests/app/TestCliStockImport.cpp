#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "support/CliRunner.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// kontor-cli import/export --kind stock, run as a real process: exit codes, messages on stderr,
// what the ledger holds afterwards, and the export read back into a fresh shop.
class TestCliStockImport : public QObject
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
        return test::writeFile(m_dir.path(), name, bytes);
    }

    // A new shop file with the catalog the stock files below refer to.
    QString shop(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const QString catalog = file(u"catalog.csv"_qs, "sku,name,unit\nA-1,Socks,pcs\nA-2,Sugar,kg\n");
        const Run run = cli({u"--database"_qs, db, u"import"_qs, u"products"_qs, catalog});
        if (run.exitCode != 0)
            qFatal("%s", qPrintable(run.err));
        return db;
    }

    qint64 movements(const QString& db)
    {
        SystemClock clock;
        auto opened = Database::open(db, clock);
        if (!opened)
            return -1;
        StockService stock(**opened);
        MovementFilter all;
        return stock.movements(Actor::owner(), all).value().size();
    }

private Q_SLOTS:
    void importsOpeningStockAndExportsItBack()
    {
        const QString db = shop(u"a.kontor"_qs);
        const QString stock =
            file(u"остатки.csv"_qs,
                 "Артикул;Место;Количество;Себестоимость\nA-1;MAIN;12;150,50\nA-2;PACK;2,5;80\n");
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"--kind"_qs, u"stock"_qs, stock});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"2 line(s) of opening stock posted"_qs), qPrintable(run.out));
        QCOMPARE(movements(db), 2);

        const QString out = m_dir.filePath(u"stock-out.csv"_qs);
        run = cli({u"--database"_qs, db, u"export"_qs, u"--kind"_qs, u"stock"_qs, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"2 stock line(s)"_qs));
        const QByteArray exported = test::readFile(out);
        QCOMPARE(exported, QByteArray("sku,name,location,on_hand,reserved,available,unit_cost\r\n"
                                      "A-1,Socks,MAIN,12,0,12,150.50\r\n"
                                      "A-2,Sugar,PACK,2.5,0,2.5,80.00\r\n"));

        // Round trip: the export imports into a fresh shop and exports the same again.
        const QString fresh = shop(u"b.kontor"_qs);
        run = cli({u"--database"_qs, fresh, u"import"_qs, u"stock"_qs, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString again = m_dir.filePath(u"stock-again.csv"_qs);
        QCOMPARE(cli({u"--database"_qs, fresh, u"export"_qs, u"stock"_qs, again}).exitCode, 0);
        QCOMPARE(test::readFile(again), exported);
    }

    void badRowsExitCodesAndMessages()
    {
        const QString db = shop(u"c.kontor"_qs);
        const QString bad = file(u"bad.csv"_qs, "sku,location,qty\nA-1,MAIN,3\nA-1,MAIN,1.5\nNOPE,MAIN,1\n");
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"stock"_qs, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"bad.csv, line 3, qty: A-1 is counted in pieces"_qs), qPrintable(run.err));
        QVERIFY(run.err.contains(u"bad.csv, line 4, sku: there is no product with the SKU NOPE"_qs));
        QVERIFY(run.err.contains(u"Nothing was imported: 2 row(s) have problems."_qs));
        QCOMPARE(movements(db), 0);

        run = cli({u"--database"_qs, db, u"import"_qs, u"stock"_qs, bad, u"--skip-bad-rows"_qs});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(u"1 line(s) of opening stock posted, 0 with zero quantity, 2 skipped"_qs));
        QCOMPARE(movements(db), 1);
    }

    void mappingAndProfiles()
    {
        const QString db = shop(u"d.kontor"_qs);
        // Headers nothing could guess: map them explicitly and save the mapping as a profile.
        const QString odd = file(u"odd.csv"_qs, "Code,Lager,Menge\nA-1,PACK,4\n");
        Run run = cli({u"--database"_qs, db, u"import"_qs, u"stock"_qs, odd, u"--mapping"_qs,
                       u"sku=Code,location=Lager,quantity=3"_qs, u"--save-profile"_qs, u"lager"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({u"--database"_qs, db, u"import"_qs, u"stock"_qs, odd, u"--profile"_qs, u"lager"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(u"added to stock that was already there"_qs));
        QCOMPARE(movements(db), 2);

        // Without a mapping no column holds a quantity: the file fails as a whole.
        run = cli({u"--database"_qs, db, u"import"_qs, u"stock"_qs, odd});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"odd.csv, line 1"_qs));
    }

    void usage()
    {
        const QString db = m_dir.filePath(u"e.kontor"_qs);
        const QString any = file(u"any.csv"_qs, "sku,quantity\nA-1,1\n");
        for (const QStringList& args :
             {QStringList{u"import"_qs, u"stock"_qs, any, u"--format"_qs, u"kontor"_qs},
              QStringList{u"import"_qs, u"--kind"_qs, u"stock"_qs, u"stock"_qs, any},
              QStringList{u"import"_qs, u"--kind"_qs, u"orders"_qs, any},
              QStringList{u"export"_qs, u"stock"_qs, any, u"--format"_qs, u"woocommerce"_qs},
              QStringList{u"export"_qs, u"stock"_qs, any, u"--active-only"_qs}}) {
            const Run run = cli(QStringList{u"--database"_qs, db} + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY(run.err.contains(u"--help"_qs));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliStockImport)
#include "TestCliStockImport.moc"
