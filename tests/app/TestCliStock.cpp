#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// `kontor-cli stock verify [--repair]` on a real database file.
class TestCliStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyAndRepair()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.kontor"_qs);
        {
            SystemClock clock;
            auto db = Database::open(path, clock);
            QVERIFY(db);
            ProductService products(**db);
            StockService stock(**db);
            const Actor owner = Actor::owner();
            auto p = products.create(owner, test::makeProduct(u"CLI-1"_qs, u"Чашка"_qs));
            QVERIFY(p);
            QVERIFY(stock.receive(owner, p->id, StockService::mainLocationId(), Quantity::fromUnits(5)));
        }
        auto run = [&](const QStringList& args) {
            return test::runCli(QStringLiteral(KONTOR_CLI_PATH), args + QStringList{u"--database"_qs, path},
                                dir.path());
        };
        test::CliRun ok = run({u"stock"_qs, u"verify"_qs});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(u"agree"_qs));

        {
            SystemClock clock;
            auto db = Database::open(path, clock);
            QVERIFY(db);
            auto tamper = (*db)->connection().query("UPDATE stock_balances SET on_hand = 2000");
            QVERIFY(tamper.run());
        }
        test::CliRun wrong = run({u"stock"_qs, u"verify"_qs});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"CLI-1"_qs) && wrong.err.contains(u"5"_qs), qPrintable(wrong.err));
        test::CliRun repaired = run({u"stock"_qs, u"verify"_qs, u"--repair"_qs});
        QCOMPARE(repaired.exitCode, 0);
        QCOMPARE(run({u"stock"_qs, u"verify"_qs}).exitCode, 0);

        test::CliRun usage = run({u"stock"_qs, u"frobnicate"_qs});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStock)
#include "TestCliStock.moc"
