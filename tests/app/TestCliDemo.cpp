#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& arguments, const QString& dataHome)
{
    return test::runCli(QStringLiteral(KONTOR_CLI_PATH), arguments, dataHome);
}

// The product count seen by opening the file after the process has exited; -1 if it cannot open.
qint64 productCount(const QString& path, bool* cleanlyClosed = nullptr)
{
    SystemClock clock;
    auto db = Database::open(path, clock);
    if (!db)
        return -1;
    if (cleanlyClosed)
        *cleanlyClosed = !(*db)->wasUncleanlyClosed();
    ProductService products(**db);
    return products.count(Actor::owner(), true).value_or(-1);
}

// The stock history's movements in the file (packing the demo's open orders moves goods today, and
// receipts against the demo's purchase orders are purchasing's, returned goods the returns': not
// the stock history), and whether
// StockService::verify finds every balance right; -1 if the file cannot be opened.
std::pair<qint64, bool> stockState(const QString& path)
{
    SystemClock clock;
    auto db = Database::open(path, clock);
    if (!db)
        return {-1, false};
    auto count = (*db)
                     ->connection()
                     .query("SELECT count(*) FROM stock_movements WHERE reason NOT IN ('pick', 'purchase') "
                            "AND kind <> 'customer_return' AND note NOT IN (SELECT number FROM returns)")
                     .scalarInt();
    StockService stock(**db);
    auto wrong = stock.verify(Actor::owner());
    return {count ? count->value_or(0) : -1, wrong && wrong->isEmpty()};
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpAndVersion()
    {
        Run help = cli({u"--help"_qs}, m_dir.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--database"_qs));
        QVERIFY(help.out.contains(u"--language"_qs));
        QVERIFY(help.out.contains(u"demo "_qs)); // the command list

        Run demoHelp = cli({u"demo"_qs, u"--help"_qs}, m_dir.path());
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.out.contains(u"--scale"_qs));
        QVERIFY(demoHelp.out.contains(u"--force"_qs));

        Run version = cli({u"--version"_qs}, m_dir.path());
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(KONTOR_VERSION)));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"No command"_qs;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"frobnicate"_qs;
        QTest::newRow("unknown option") << QStringList{u"demo"_qs, u"--bogus"_qs} << u"bogus"_qs;
        QTest::newRow("bad scale") << QStringList{u"demo"_qs, u"--scale"_qs, u"huge"_qs} << u"huge"_qs;
        QTest::newRow("extra argument") << QStringList{u"demo"_qs, u"extra"_qs} << u"extra"_qs;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString db = path(u"usage.kontor"_qs);
        Run run = cli(arguments + QStringList{u"--database"_qs, db}, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(u"--help"_qs));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(db)); // nothing was done
    }

    void demoSmallCreatesOneThousandProducts()
    {
        const QString db = path(u"small.kontor"_qs);
        Run run = cli({u"demo"_qs, u"--scale"_qs, u"small"_qs, u"--database"_qs, db}, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Created 1000 products and their stock history in "_qs),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Stock history: "_qs) &&
                     run.out.contains(u" movements over the last 120 days"_qs),
                 qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no log noise on stderr
        bool clean = false;
        QCOMPARE(productCount(db, &clean), 1000);
        QVERIFY(clean); // the CLI closed the database properly
        // The demo shop has stock, and every balance agrees with the ledger.
        const auto [movements, verified] = stockState(db);
        QVERIFY2(movements > 8000, qPrintable(QString::number(movements)));
        QVERIFY(run.out.contains(QString::number(movements)));
        QVERIFY(verified);
        // Customers and a year of orders, the newest holding reserved stock.
        QVERIFY2(run.out.contains(u"Customers: 500."_qs), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Orders: 2000 over the last 365 days."_qs), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Open orders holding reserved stock: "_qs), qPrintable(run.out));
        {
            SystemClock clock;
            auto opened = Database::open(db, clock);
            QVERIFY(opened);
            // Some of them came back.
            const qint64 returns =
                (*opened)->connection().query("SELECT count(*) FROM returns").scalarInt()->value_or(0);
            QVERIFY(returns > 0);
            QVERIFY2(run.out.contains(u"Returns: %1."_qs.arg(returns)), qPrintable(run.out));
            QCOMPARE(
                (*opened)->connection().query("SELECT count(*) FROM sales_orders").scalarInt()->value_or(0),
                2000);
            QVERIFY((*opened)
                        ->connection()
                        .query("SELECT count(*) FROM stock_reservations")
                        .scalarInt()
                        ->value_or(0) > 0);
        }
        Run verify = cli({u"stock"_qs, u"verify"_qs, u"--database"_qs, db}, m_dir.path());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

        // A second run refuses: the database is not empty.
        Run again = cli({u"demo"_qs, u"--database"_qs, db}, m_dir.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"--force"_qs), qPrintable(again.err));
        QVERIFY(again.out.isEmpty());
        QCOMPARE(productCount(db), 1000);

        // --force cannot add the same SKUs twice either: refused, nothing changed.
        Run forced = cli({u"demo"_qs, u"--force"_qs, u"--database"_qs, db}, m_dir.path());
        QCOMPARE(forced.exitCode, 1);
        QVERIFY2(forced.err.contains(u"already in the catalog"_qs), qPrintable(forced.err));
        QCOMPARE(productCount(db), 1000);
        QCOMPARE(stockState(db).first, movements);
    }

    void forceAddsBesideTheShopsOwnProducts()
    {
        const QString db = path(u"own.kontor"_qs);
        {
            SystemClock clock;
            auto opened = Database::open(db, clock);
            QVERIFY(opened);
            ProductService products(**opened);
            Product own;
            own.sku = u"MY-1"_qs;
            own.name = u"Свой товар"_qs;
            QVERIFY(products.create(Actor::owner(), own));
        }
        Run refused = cli({u"demo"_qs, u"--database"_qs, db}, m_dir.path());
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(productCount(db), 1);

        Run forced = cli({u"demo"_qs, u"--force"_qs, u"--database"_qs, db}, m_dir.path());
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(productCount(db), 1001);
        QVERIFY(stockState(db).second);
    }

    void refusesAFileThatIsNotAKontorDatabase()
    {
        const QString file = path(u"notes.txt"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some text that is longer than a header would be.\n"
                "............................................................................\n");
        f.close();
        const QByteArray before = [&] {
            QFile r(file);
            return r.open(QIODevice::ReadOnly) ? r.readAll() : QByteArray();
        }();
        Run run = cli({u"demo"_qs, u"--database"_qs, file}, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a Kontor database"_qs), qPrintable(run.err));
        QFile r(file);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll(), before);
    }

    void defaultDatabaseIsInTheDataFolder()
    {
        QTemporaryDir home;
        Run run = cli({u"demo"_qs}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString expected = QDir(home.path()).filePath(u"Kontor/Kontor/shop.kontor"_qs);
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
        QCOMPARE(productCount(expected), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "TestCliDemo.moc"
