#include "AppSettings.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "io/CsvReader.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"
#include "security/AuditService.h"
#include "security/UserService.h"
#include "settings/CalendarService.h"
#include "stock/ReplenishmentPage.h"
#include "stock/ReplenishmentRuleDialog.h"
#include "stock/ReplenishmentTableModel.h"
#include "stock/StockService.h"
#include "support/SupportMetrics.h"
#include "support/SupportService.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kontor;
using test::makeProduct;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;
// Noon (UTC) keeps every dated sale on the same calendar day in any nearby time zone.
constexpr qint64 Now = 1767225600000 + 12 * 3600 * 1000; // 2026-01-01 12:00 UTC

// A shop with one product of each list: FAST sells 2 a day and has 4 left (a suggestion), SLOW has
// 500 for 1 a day (overstock), DEAD arrived 200 days ago and never sold, IDLE has nothing.
struct Fixture
{
    explicit Fixture(Actor actor = Actor::owner())
        : products(t.db())
        , stock(t.db())
        , settings(dir.filePath(u"settings.ini"_qs))
    {
        t.clock().setMs(Now);
        fast = product(u"FAST"_qs, u"Fast seller"_qs);
        slow = product(u"SLOW"_qs, u"Slow seller"_qs);
        dead = product(u"DEAD"_qs, u"Dead stock"_qs);
        idle = product(u"IDLE"_qs, u"Nothing yet"_qs);
        const Id main = StockService::mainLocationId();
        const Actor owner = Actor::owner();
        check(stock.receive(owner, fast, main, Quantity::fromUnits(60), {}, Now - 40 * Day));
        check(stock.receive(owner, slow, main, Quantity::fromUnits(528), {}, Now - 40 * Day));
        check(stock.receive(owner, dead, main, Quantity::fromUnits(7), {}, Now - 200 * Day));
        for (int d = 28; d >= 1; --d) {
            check(stock.ship(owner, fast, main, Quantity::fromUnits(2), Now - d * Day));
            check(stock.ship(owner, slow, main, Quantity::fromUnits(1), Now - d * Day));
        }
        page = std::make_unique<ReplenishmentPage>(
            Services{products, stock, customers, orders, returns, prices, shopDetails, suppliers, purchases,
                     performance, calendar, support, users, supportMetrics, audit},
            std::move(actor), settings);
        page->resize(1200, 700);
        page->show();
        waitCalculated();
    }
    Id product(const QString& sku, const QString& name)
    {
        auto p = products.create(Actor::owner(), makeProduct(sku, name));
        if (!p)
            qFatal("%s", qPrintable(p.error().toString()));
        return p->id;
    }
    template <typename T>
    static void check(const Result<T>& r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
    }
    void waitCalculated() { QTRY_VERIFY_WITH_TIMEOUT(page->hasResult() && !page->isCalculating(), 10000); }
    QStringList skus() const
    {
        QStringList result;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            result.append(page->model()->index(row, ReplenishmentTableModel::Sku).data().toString());
        return result;
    }
    QString cell(int row, int column) const { return page->model()->index(row, column).data().toString(); }
    template <typename T>
    T* w(const QString& name)
    {
        T* widget = page->findChild<T*>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    const ReplenishmentLine& lineOf(const Id& id) const
    {
        for (const ReplenishmentLine& l : page->allLines()) {
            if (l.productId == id)
                return l;
        }
        qFatal("no line");
    }

    test::TempDatabase t;
    QTemporaryDir dir;
    ProductService products;
    StockService stock;
    CustomerService customers{t.db()};
    OrderService orders{t.db(), stock};
    ReturnService returns{t.db(), stock, orders};
    PriceService prices{t.db()};
    ShopDetailsService shopDetails{t.db()};
    SupplierService suppliers{t.db()};
    PurchaseOrderService purchases{t.db(), stock, suppliers};
    SupplierPerformance performance{t.db(), purchases, suppliers, prices};
    SupportService support{t.db()};
    UserService users{t.db()};
    CalendarService calendar{t.db()};
    SupportMetrics supportMetrics{t.db()};
    AuditService audit{t.db()};
    AppSettings settings;
    Id fast, slow, dead, idle;
    std::unique_ptr<ReplenishmentPage> page;
};

} // namespace

class TestReplenishmentPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsShowTheirProducts()
    {
        Fixture f;
        auto* tabs = f.w<QTabBar>(u"viewTabs"_qs);
        QCOMPARE(tabs->tabText(0), u"Suggestions (1)"_qs);
        QCOMPARE(tabs->tabText(1), u"Low stock (1)"_qs);
        QCOMPARE(tabs->tabText(2), u"Overstock (1)"_qs);
        QCOMPARE(tabs->tabText(3), u"Dead stock (1)"_qs);

        // FAST: 2 a day, 4 left; lead time 14 days: reorder point 28, target 56, order 52.
        QCOMPARE(f.page->currentView(), ReplenishmentPage::View::Suggestions);
        QCOMPARE(f.skus(), QStringList{u"FAST"_qs});
        QCOMPARE(f.cell(0, ReplenishmentTableModel::Suggested), u"52"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::Available), u"4"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::DaysOfCover), u"2.0"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::LeadTime), u"14 days"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::LeadTimeSource), u"default"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::ReorderPoint), u"28"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::Target), u"56"_qs);
        // Only the suggestion list's columns are shown.
        auto* header = f.page->view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ReplenishmentTableModel::Suggested));
        QVERIFY(header->isSectionHidden(ReplenishmentTableModel::FirstReceived));

        f.page->setView(ReplenishmentPage::View::Overstock);
        QCOMPARE(f.skus(), QStringList{u"SLOW"_qs});
        QCOMPARE(f.cell(0, ReplenishmentTableModel::Excess), u"472"_qs); // 500 - (14 + 14)
        QVERIFY(!header->isSectionHidden(ReplenishmentTableModel::Excess));
        QVERIFY(header->isSectionHidden(ReplenishmentTableModel::Suggested));
        f.page->setView(ReplenishmentPage::View::DeadStock);
        QCOMPARE(f.skus(), QStringList{u"DEAD"_qs});
        QVERIFY(!header->isSectionHidden(ReplenishmentTableModel::FirstReceived));
        QCOMPARE(f.cell(0, ReplenishmentTableModel::LastSale), u"never"_qs);
        QCOMPARE(f.settings.replenishmentView(), int(ReplenishmentPage::View::DeadStock));

        // The filter narrows the list; an empty result says why.
        f.page->setView(ReplenishmentPage::View::LowStock);
        QCOMPARE(f.skus(), QStringList{u"FAST"_qs});
        auto* filter = f.w<QLineEdit>(u"filterEdit"_qs);
        filter->setText(u"nothing like it"_qs);
        QCOMPARE(f.page->model()->rowCount(), 0);
        QVERIFY(f.w<QLabel>(u"emptyLabel"_qs)->isVisible());
        QVERIFY(f.w<QLabel>(u"emptyLabel"_qs)->text().contains(u"nothing like it"_qs));
        filter->setText(u"fast sel"_qs);
        QCOMPARE(f.skus(), QStringList{u"FAST"_qs});
        QVERIFY(f.page->view()->isVisible());
    }

    void remembersTheListAndParameters()
    {
        {
            Fixture f;
            f.page->setView(ReplenishmentPage::View::Overstock);
            f.w<QSpinBox>(u"demandDaysSpin"_qs)->setValue(14);
            f.w<QSpinBox>(u"leadTimeSpin"_qs)->setValue(7);
            auto* level = f.w<QComboBox>(u"serviceLevelCombo"_qs);
            level->setCurrentIndex(level->findData(0.99));
            QCOMPARE(f.settings.replenishmentDemandDays(), 14);
            QCOMPARE(f.settings.replenishmentLeadTimeDays(), 7);
            QCOMPARE(f.settings.replenishmentServiceLevel(), 0.99);
            QCOMPARE(f.page->params().defaultLeadTimeDays, 7);
            // The new lead time gives FAST a reorder point of 14.
            QTRY_COMPARE_WITH_TIMEOUT(f.lineOf(f.fast).reorderPoint, Quantity::fromUnits(14), 10000);
            f.settings.sync();
            f.page.reset();
            AppSettings again(f.dir.filePath(u"settings.ini"_qs));
            QCOMPARE(again.replenishmentView(), int(ReplenishmentPage::View::Overstock));
            QCOMPARE(again.replenishmentDemandDays(), 14);
        }
    }

    void followsStockChanges()
    {
        Fixture f;
        QCOMPARE(f.lineOf(f.slow).available, Quantity::fromUnits(500));
        QVERIFY(f.stock.ship(Actor::owner(), f.slow, StockService::mainLocationId(), Quantity::fromUnits(490),
                             Now));
        QTRY_COMPARE_WITH_TIMEOUT(f.lineOf(f.slow).available, Quantity::fromUnits(10), 10000);
        f.waitCalculated();
        // Sold today: not part of the demand yet, but SLOW is now low on stock.
        QCOMPARE(f.w<QTabBar>(u"viewTabs"_qs)->tabText(0), u"Suggestions (2)"_qs);
        QCOMPARE(f.skus(), (QStringList{u"FAST"_qs, u"SLOW"_qs}));
    }

    void ruleDialogSaves()
    {
        Fixture f;
        f.page->view()->setCurrentIndex(f.page->model()->index(0, ReplenishmentTableModel::Sku));
        auto* editButton = f.w<QPushButton>(u"editRuleButton"_qs);
        QVERIFY(editButton->isEnabled());
        bool answered = false;
        QString refusal;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ReplenishmentRuleDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->locationId(), StockService::mainLocationId());
            QVERIFY(
                dialog->findChild<QLabel*>(u"currentFigures"_qs)->text().contains(u"reorder point 28"_qs));
            auto* reorderPoint = dialog->findChild<QLineEdit*>(u"reorderPointEdit"_qs);
            auto* target = dialog->findChild<QLineEdit*>(u"targetEdit"_qs);
            QVERIFY(reorderPoint->text().isEmpty());
            QCOMPARE(reorderPoint->placeholderText(), u"computed"_qs);
            // A refusal stays in the dialog and says why.
            reorderPoint->setText(u"10"_qs);
            target->setText(u"5"_qs);
            QVERIFY(!dialog->save());
            refusal = dialog->errorText();
            QVERIFY(dialog->isVisible());
            target->setText(u"30"_qs);
            dialog->findChild<QLineEdit*>(u"leadTimeEdit"_qs)->setText(u"5"_qs);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_qs), Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(editButton, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(refusal, u"The target must be at least the reorder point."_qs);

        auto rule = f.page->service().rule(Actor::owner(), f.fast, StockService::mainLocationId());
        QVERIFY(rule && *rule);
        QCOMPARE((*rule)->reorderPoint, std::optional(Quantity::fromUnits(10)));
        QCOMPARE((*rule)->target, std::optional(Quantity::fromUnits(30)));
        QCOMPARE((*rule)->leadTimeDays, std::optional(5));
        QVERIFY(!(*rule)->safetyStock);
        // The lists follow: order up to 30 from 4.
        QTRY_COMPARE_WITH_TIMEOUT(f.lineOf(f.fast).suggested, Quantity::fromUnits(26), 10000);
        f.waitCalculated();
        QCOMPARE(f.cell(0, ReplenishmentTableModel::Suggested), u"26"_qs);
        QCOMPARE(f.cell(0, ReplenishmentTableModel::LeadTimeSource), u"rule"_qs);

        // Opening it again shows the rule; Remove takes it away.
        ReplenishmentRuleDialog dialog(f.page->service(), f.stock, Actor::owner(), f.lineOf(f.fast), {});
        QCOMPARE(dialog.findChild<QLineEdit*>(u"reorderPointEdit"_qs)->text(), u"10"_qs);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"leadTimeEdit"_qs)->text(), u"5"_qs);
        QVERIFY(dialog.findChild<QPushButton*>(u"removeRuleButton"_qs)->isEnabled());
        QVERIFY(dialog.removeRule());
        QVERIFY(!f.page->service().rule(Actor::owner(), f.fast, StockService::mainLocationId()).value());
        QTRY_COMPARE_WITH_TIMEOUT(f.lineOf(f.fast).suggested, Quantity::fromUnits(52), 10000);
    }

    void ruleDialogReadsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        Fixture f;
        Product flour = makeProduct(u"FLOUR"_qs, u"Мука"_qs);
        flour.unit = Unit::Kilogram;
        const Id id = f.products.create(Actor::owner(), flour)->id;
        ReplenishmentLine line;
        line.productId = id;
        line.sku = u"FLOUR"_qs;
        line.unit = u"kg"_qs;
        ReplenishmentRuleDialog dialog(f.page->service(), f.stock, Actor::owner(), line, {});
        dialog.findChild<QLineEdit*>(u"safetyStockEdit"_qs)->setText(u"2,5"_qs);
        QVERIFY(dialog.save());
        QCOMPARE(
            f.page->service().rule(Actor::owner(), id, StockService::mainLocationId()).value()->safetyStock,
            std::optional(Quantity::fromMilli(2500)));
        ReplenishmentRuleDialog bad(f.page->service(), f.stock, Actor::owner(), line, {});
        bad.findChild<QLineEdit*>(u"leadTimeEdit"_qs)->setText(u"две недели"_qs);
        QVERIFY(!bad.save());
        QVERIFY(!bad.errorText().isEmpty());
    }

    void exportsTheListShown()
    {
        Fixture f;
        f.page->setView(ReplenishmentPage::View::Overstock);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"overstock.csv"_qs);
        QVERIFY(f.page->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto records = CsvReader::readAll(text);
        QVERIFY(records);
        QCOMPARE(records->size(), 2); // the header and SLOW
        const QStringList header = records->at(0).fields;
        const QStringList row = records->at(1).fields;
        QCOMPARE(row.value(header.indexOf(u"SKU"_qs)), u"SLOW"_qs);
        QCOMPARE(row.value(header.indexOf(u"Available"_qs)), u"500"_qs);
        QCOMPARE(row.value(header.indexOf(u"Target"_qs)), u"28"_qs);
        QCOMPARE(row.value(header.indexOf(u"Overstock"_qs)), u"yes"_qs);
        QVERIFY(f.w<QLabel>(u"statusLabel"_qs)->text().contains(u"1 product"_qs));

        // A path that cannot be written: a message, no crash.
        const int boxes = MessageBox::count();
        QVERIFY(!f.page->exportTo(dir.filePath(u"missing/folder/x.csv"_qs)));
        QCOMPARE(MessageBox::count(), boxes + 1);
    }

    void rolesSeeOnlyWhatTheyMayDo()
    {
        Fixture f(Actor::withRole(Role::Warehouse));
        QVERIFY(f.w<QPushButton>(u"editRuleButton"_qs)->isHidden());
        QVERIFY(f.w<QPushButton>(u"exportButton"_qs)->isHidden());
        QCOMPARE(f.skus(), QStringList{u"FAST"_qs}); // the figures themselves are for everyone
        Fixture owner;
        QVERIFY(!owner.w<QPushButton>(u"editRuleButton"_qs)->isHidden());
        QVERIFY(!owner.w<QPushButton>(u"exportButton"_qs)->isHidden());
    }

    void warehouseChoiceOnlyWithSeveral()
    {
        Fixture f;
        auto* combo = f.w<QComboBox>(u"warehouseCombo"_qs);
        QVERIFY(combo->isHidden());
        QVERIFY(f.stock.createWarehouse(Actor::owner(), u"WH2"_qs, u"Second"_qs, WarehouseKind::Own));
        QVERIFY(!combo->isHidden());
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(2); // the new warehouse: nothing sells there
        QTRY_VERIFY_WITH_TIMEOUT(
            f.page->hasResult() && !f.page->isCalculating() && f.lineOf(f.fast).dailyDemand == 0.0, 10000);
        QCOMPARE(f.page->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestReplenishmentPage)
#include "TestReplenishmentPage.moc"
