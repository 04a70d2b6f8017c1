#include "products/ProductExportDialog.h"
#include "products/ProductImportDialog.h"
#include "support/DialogCloser.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestProductImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void importsOffTheGuiThread()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductImportDialog dialog(service, Actor::owner());
        QByteArray bytes = "Артикул;Наименование;Цена\r\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "T-" + QByteArray::number(i) + ";Товар " + QByteArray::number(i) + ";1 234,50\r\n";
        dialog.setFile(writeFile(u"ru.csv"_qs, bytes));
        const ProductImportOptions options = dialog.options();
        // The defaults a shop owner expects: update existing products, import nothing if a row is bad.
        QVERIFY(options.updateExisting);
        QVERIFY(!options.skipBadRows);
        QVERIFY(options.mapping.has_value());
        QCOMPARE(options.mapping->column(u"sku"_qs), 0);
        QCOMPARE(options.mapping->column(u"price"_qs), 2);
        QVERIFY(dialog.findChild<QLabel*>() != nullptr);

        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &ProductImportDialog::importFinished);
        int guiTicks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++guiTicks; });
        ticker.start(1);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(guiTicks > 0); // the event loop kept running during the import
        QVERIFY(dialog.lastResult().has_value());
        QCOMPARE(dialog.lastResult()->created, 3000);
        QCOMPARE(service.count(Actor::owner()).value(), 3000);
        QCOMPARE(service.productBySku(Actor::owner(), u"T-7"_qs)->value().listPrice.minorUnits(), 123450);
        QVERIFY(closer.closedTitles().contains(ProductImportDialog::tr("Import finished")));
    }

    void badFileListsProblemsAndImportsNothing()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductImportDialog dialog(service, Actor::owner());
        dialog.setFile(writeFile(u"bad.csv"_qs, "sku,name,price\nA,Alpha,1\nB,Beta,oops\n"));
        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &ProductImportDialog::importFinished);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!dialog.lastResult()->committed);
        QCOMPARE(dialog.lastResult()->issues.value(0).line, 3);
        QCOMPARE(service.count(Actor::owner()).value(), 0);
        QVERIFY(!closer.closedTitles().isEmpty());
    }

    void exportWritesTheFile()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        Product p;
        p.sku = u"E-1"_qs;
        p.name = u"Экспорт"_qs;
        p.listPrice = Money(150050, u"RUB"_qs);
        QVERIFY(service.create(Actor::owner(), p));
        ProductExportDialog dialog(service, Actor::owner());
        const QString out = dir.filePath(u"out.csv"_qs);
        dialog.setFile(out);
        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &ProductExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"E-1,Экспорт"_qs));
        QVERIFY(text.contains(u"1500.50"_qs));
    }
};

QTEST_MAIN(TestProductImportDialog)
#include "TestProductImportDialog.moc"
