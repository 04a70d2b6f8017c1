#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "io/TextDecoder.h"
#include "stock/StockExportDialog.h"
#include "stock/StockImportDialog.h"
#include "support/DialogCloser.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"
#include "support/TestFiles.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// The import dialog in stock mode (opening stock) and the stock export dialog.
class TestStockImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    struct Shop
    {
        test::TempDatabase t;
        ProductService products{t.db()};
        StockService stock{t.db()};
        Actor owner = Actor::owner();
        QList<Id> ids;

        Shop()
        {
            for (int i = 0; i < 3; ++i) {
                auto p = products.create(owner, test::makeProduct(u"S-%1"_qs.arg(i), u"Товар %1"_qs.arg(i)));
                ids.append(p.value().id);
            }
        }
        Quantity onHand(int product, const Id& location = StockService::mainLocationId())
        {
            return stock.balance(owner, ids.value(product), location).value().onHand;
        }
    };

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        return test::writeFile(dir.path(), name, bytes);
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void mapsTheStockFieldsAndImports()
    {
        Shop shop;
        QVERIFY(ImportProfiles(shop.t.db()).save({u"Товары"_qs, u"products"_qs, {{u"sku"_qs, u"A"_qs}}}));
        QVERIFY(ImportProfiles(shop.t.db()).save({u"Склад 1С"_qs, u"stock"_qs, {{u"sku"_qs, u"A"_qs}}}));
        StockImportDialog dialog(shop.stock, shop.products, shop.owner);
        QCOMPARE(dialog.windowTitle(), u"Import opening stock"_qs);
        // Only the stock profiles are offered, after "guess".
        auto* profile = dialog.findChild<QComboBox*>(u"profile"_qs);
        QCOMPARE(profile->count(), 2);
        QCOMPARE(profile->itemText(1), u"Склад 1С"_qs);

        const QString text = u"Артикул;Склад;Остаток;Себестоимость\r\n"
                             u"S-0;MAIN;10;100,00\r\nS-1;PACK;5;\r\nS-2;;7;12,5\r\n"_qs;
        dialog.setFile(writeFile(u"остатки.csv"_qs, encodeText(text, u"Windows-1251"_qs)));
        QTableWidget* table = dialog.mappingTable();
        QStringList fields;
        for (int row = 0; row < table->rowCount(); ++row)
            fields.append(table->item(row, 0)->text());
        QCOMPARE(fields, (QStringList{u"SKU"_qs, u"Barcode"_qs, u"Location"_qs, u"Quantity *"_qs,
                                      u"Unit cost"_qs, u"Date"_qs}));
        const ColumnMapping mapping = dialog.mapping().value();
        QCOMPARE(mapping.column(u"sku"_qs), 0);
        QCOMPARE(mapping.column(u"location"_qs), 1);
        QCOMPARE(mapping.column(u"quantity"_qs), 2);
        QCOMPARE(mapping.column(u"cost"_qs), 3);
        QVERIFY(!mapping.has(u"date"_qs));
        QCOMPARE(table->item(3, 2)->text(), u"10"_qs); // the first value of the quantity column
        QVERIFY(dialog.findChild<QLabel*>(u"stockImportHint"_qs));
        QVERIFY(!dialog.skipBadRows());

        // The user maps the date to nothing and the location away: everything goes to main stock.
        auto* locationCombo = qobject_cast<QComboBox*>(table->cellWidget(2, 1));
        locationCombo->setCurrentIndex(0);
        QVERIFY(!dialog.mapping()->has(u"location"_qs));

        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &StockImportDialog::importFinished);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(dialog.lastResult().has_value());
        QCOMPARE(dialog.lastResult()->posted, 3);
        QCOMPARE(shop.onHand(0), Quantity::fromUnits(10));
        QCOMPARE(shop.onHand(1), Quantity::fromUnits(5));
        QCOMPARE(shop.onHand(2), Quantity::fromUnits(7));
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.ids[2]).value(), std::optional<qint64>(1250));
        QVERIFY(MessageBox::lastText().contains(u"Lines posted: 3"_qs));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void badFileListsProblemsAndPostsNothing()
    {
        Shop shop;
        StockImportDialog dialog(shop.stock, shop.products, shop.owner);
        dialog.setFile(writeFile(u"bad.csv"_qs, "sku,qty\nS-0,1\nS-1,0.5\nS-9,1\n"));
        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &StockImportDialog::importFinished);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!dialog.lastResult()->committed);
        QCOMPARE(dialog.lastResult()->issues.size(), 2);
        QCOMPARE(dialog.lastResult()->issues.value(0).line, 3);
        QCOMPARE(dialog.lastResult()->issues.value(1).line, 4);
        QCOMPARE(shop.onHand(0), Quantity());
        QVERIFY(closer.closedTitles().contains(u"Nothing was imported: 2 row(s) have problems"_qs));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed: the user fixes the file and retries
    }

    void exportWritesTheBalances()
    {
        Shop shop;
        QVERIFY(shop.stock.receive(shop.owner, shop.ids[1], StockService::mainLocationId(),
                                   Quantity::fromUnits(4), 2550));
        StockExportDialog dialog(shop.stock, shop.products, shop.owner);
        const QString out = dir.filePath(u"stock.csv"_qs);
        dialog.setFile(out);
        test::DialogCloser closer;
        QSignalSpy finished(&dialog, &StockExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(
            QString::fromUtf8(test::readFile(out)),
            u"sku,name,location,on_hand,reserved,available,unit_cost\r\nS-1,Товар 1,MAIN,4,0,4,25.50\r\n"_qs);
    }
};

QTEST_MAIN(TestStockImportDialog)
#include "TestStockImportDialog.moc"
