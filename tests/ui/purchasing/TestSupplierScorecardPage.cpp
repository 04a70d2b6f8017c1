#include "AppSettings.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "purchasing/PurchasingWarningsDialog.h"
#include "purchasing/ScorecardLineModel.h"
#include "purchasing/ScorecardTableModel.h"
#include "purchasing/ScorecardText.h"
#include "purchasing/ScorecardTrendChart.h"
#include "purchasing/SupplierReportDialog.h"
#include "purchasing/SupplierScorecardPage.h"
#include "support/ModalAnswer.h"
#include "support/Must.h"
#include "support/PdfTools.h"
#include "support/ScorecardData.h"
#include "support/ScreenshotTools.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::must;
using test::ScorecardData;
using test::StockShop;

namespace {

QString rub(qint64 minor)
{
    return Money(minor, u"RUB"_qs).toDisplayString();
}

QString pct(int bp)
{
    return ScorecardText::percent(bp);
}

void waitLoaded(SupplierScorecardPage& page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
}

QString cell(SupplierScorecardPage& page, const Id& supplierId, int column)
{
    const ScorecardTableModel* model = page.model();
    return model->index(model->rowOf(supplierId), column).data().toString();
}

} // namespace

// The supplier performance page on the known data set of ScorecardData.h (figures by hand there):
// the scorecards of a period with the missed targets marked, the trend charts and the drill-down
// of the selected supplier, the warnings, the supplier report, and recomputing after a change.
class TestSupplierScorecardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init()
    {
        if (test::screenshotsWanted())
            test::useSessionLanguage();
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void periods()
    {
        using P = SupplierScorecardPage::Period;
        const QDate today(2026, 3, 31);
        QCOMPARE(SupplierScorecardPage::periodRange(P::ThisMonth, today),
                 std::make_pair(QDate(2026, 3, 1), today));
        QCOMPARE(SupplierScorecardPage::periodRange(P::LastMonth, today),
                 std::make_pair(QDate(2026, 2, 1), QDate(2026, 2, 28)));
        QCOMPARE(SupplierScorecardPage::periodRange(P::ThisQuarter, QDate(2026, 5, 15)),
                 std::make_pair(QDate(2026, 4, 1), QDate(2026, 5, 15)));
        QCOMPARE(SupplierScorecardPage::periodRange(P::Last12Months, today),
                 std::make_pair(QDate(2025, 4, 1), today));
        QCOMPARE(SupplierScorecardPage::periodRange(P::LastMonth, QDate(2026, 1, 10)),
                 std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    }

    // This month: both suppliers, the breaches of "Носки оптом" in red, its trend and its lines.
    void scorecardsTrendAndDrillDown()
    {
        StockShop shop;
        const ScorecardData d(shop);
        SupplierScorecardPage page(shop.services(), shop.owner);
        page.resize(1180, 760);
        page.show();
        waitLoaded(page);
        QCOMPARE(page.periodFrom(), QDate(2026, 3, 1));
        QCOMPARE(page.periodTo(), QDate(2026, 3, 31));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.footerText(), u"2 suppliers, 1 missing its targets"_qs);

        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LinesJudged), u"5"_qs);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::OnTime), pct(6364));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::InFull), pct(7818));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Otif), pct(2000));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Defects), pct(435));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Missorts), pct(217));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LeadTimeMean), u"11"_qs);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LeadTimeP90), u"16"_qs);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LeadTimePromised), u"10"_qs);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::PenaltiesAccrued), rub(39000));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::PenaltiesClaimed), rub(26000));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::PenaltiesCollected), rub(20000));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Spend), rub(590000));
        QCOMPARE(cell(page, d.other, ScorecardTableModel::OnTime), pct(10000));
        QCOMPARE(cell(page, d.other, ScorecardTableModel::Spend), rub(280000));

        // The breach as the view shows it: red, with the target in the tooltip.
        QTableView* view = page.view();
        const int row = page.model()->rowOf(d.supplier);
        QModelIndex onTime;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, ScorecardTableModel::OnTime);
            if (i.data(ScorecardTableModel::IdRole).value<Id>() == d.supplier)
                onTime = i;
        }
        QVERIFY(onTime.isValid());
        QCOMPARE(onTime.data(Qt::ForegroundRole).value<QColor>(), QColor(0xC6, 0x28, 0x28));
        QVERIFY(onTime.data(Qt::ToolTipRole).toString().startsWith(u"Target 95\u00A0%"_qs));
        QVERIFY(page.model()
                    ->index(row, ScorecardTableModel::InFull)
                    .data(ScorecardTableModel::BreachRole)
                    .toBool());

        // Select the supplier: its trend, its targets and the lines behind its figures.
        page.selectSupplier(d.supplier);
        waitLoaded(page);
        QCOMPARE(page.currentRow()->card.supplierId, d.supplier);
        QVERIFY(page.reportAction()->isEnabled());
        QVERIFY2(page.detailTitle().contains(u"targets of contract K-7: on time 95\u00A0%"_qs),
                 qPrintable(page.detailTitle()));

        ScorecardTrendChart* chart = page.trendChart();
        QCOMPARE(chart->months().size(), 12);
        QCOMPARE(chart->months().first().month, QDate(2025, 4, 1));
        QLineSeries* onTimeSeries = chart->series(u"On time"_qs);
        QVERIFY(onTimeSeries);
        QCOMPARE(onTimeSeries->count(), 12); // a delivery judged every month
        QCOMPARE(onTimeSeries->at(0).y(), 100.0);
        QCOMPARE(onTimeSeries->at(11), QPointF(11, 63.64));
        QCOMPARE(chart->series(u"In full"_qs)->count(), 12);
        QCOMPARE(chart->series(u"OTIF"_qs)->at(11).y(), 20.0);
        QLineSeries* defects = chart->series(u"Defects"_qs);
        QCOMPARE(defects->count(), 12);
        QCOMPARE(defects->at(10).y(), 0.0);
        QCOMPARE(defects->at(11).y(), 4.35);
        // Both delivery targets are 95 %: one dashed line for the two.
        QLineSeries* target = chart->series(u"On-time and in-full target 95\u00A0%"_qs);
        QVERIFY(target);
        QCOMPARE(target->pen().style(), Qt::DashLine);
        QCOMPARE(target->at(0).y(), 95.0);
        QVERIFY(chart->series(u"Defects at most 2\u00A0%"_qs));
        QCOMPARE(chart->deliveryChart()->series().size(), 4); // three figures, the target
        QCOMPARE(chart->deliveryChart()->title(),
                 u"Delivery by month, "_qs + QLocale().toString(QDate(2025, 4, 1), u"MMM yyyy"_qs) +
                     u" – "_qs + QLocale().toString(QDate(2026, 3, 1), u"MMM yyyy"_qs));

        // "Why this figure?": the five lines judged, adding up to the figures above.
        QCOMPARE(page.lineModel()->rowCount(), 5);
        const QString summary = page.summaryText();
        QVERIFY2(summary.contains(u"5 lines judged: 35 of 55 units on time = "_qs + pct(6364)),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"43 of 55 in full = "_qs + pct(7818)));
        QVERIFY(summary.contains(u"1 of 5 OTIF = "_qs + pct(2000)));
        QVERIFY(summary.contains(u"penalties "_qs + rub(39000)));
        QVERIFY(
            summary.contains(u"4 receipts in the period: 46 units received, 2 defective = "_qs + pct(435)));
        QVERIFY(summary.contains(u"spend "_qs + rub(590000)));
        page.detailTabs()->setCurrentIndex(1);
        page.lineView()->selectRow(1); // PO2's socks, 6 days late
        // As the text box gives it (no-break spaces as spaces).
        QVERIFY2(page.explanationText().contains(u"capped at 5 % of the line's"_qs),
                 qPrintable(page.explanationText()));
        QVERIFY(page.explanationText().contains(d.po2.number));
        test::screenshot(&page, u"supplier-performance-why"_qs);
        page.detailTabs()->setCurrentIndex(0);
        test::screenshot(&page, u"supplier-performance"_qs);

        // The other supplier: no targets, no dashed lines; one month judged, one point.
        page.selectSupplier(d.other);
        waitLoaded(page);
        QCOMPARE(chart->series(u"On time"_qs)->count(), 1);
        QCOMPARE(chart->deliveryChart()->series().size(), 3);
        QCOMPARE(page.lineModel()->rowCount(), 1);
        QVERIFY(page.detailTitle().contains(u"contract M-2 sets no targets"_qs));
    }

    void otherPeriods()
    {
        StockShop shop;
        const ScorecardData d(shop);
        SupplierScorecardPage page(shop.services(), shop.owner);
        page.show();
        waitLoaded(page);

        // February: one punctual delivery of the year before March.
        page.setPeriod(SupplierScorecardPage::Period::LastMonth);
        waitLoaded(page);
        QCOMPARE(page.periodFrom(), QDate(2026, 2, 1));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::OnTime), pct(10000));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LeadTimeMean), u"4"_qs);
        QCOMPARE(page.footerText(), u"1 supplier"_qs);

        // The last 12 months: 11 punctual lines of 10 socks and March's 5 lines.
        // On time (110 + 35) / (110 + 55) = 87.88 %; in full (110 + 43) / 165 = 92.73 %; OTIF 12 of 16.
        page.setPeriod(SupplierScorecardPage::Period::Last12Months);
        waitLoaded(page);
        QCOMPARE(page.periodFrom(), QDate(2025, 4, 1));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::LinesJudged), u"16"_qs);
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::OnTime), pct(8788));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::InFull), pct(9273));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Otif), pct(7500));
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::Spend), rub(1100000 + 590000));

        // Two dates with nothing in between: the page says so instead of an empty table.
        page.setPeriod(SupplierScorecardPage::Period::Custom, QDate(2024, 1, 1), QDate(2024, 1, 31));
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(u"emptyLabel"_qs)->isVisible());
        QVERIFY(!page.view()->isVisible());
        QVERIFY(!page.reportAction()->isEnabled());
        QCOMPARE(page.footerText(), QString());
        QVERIFY(!page.detailTabs()->isVisible());
        page.resize(1180, 500);
        test::screenshot(&page, u"supplier-performance-empty"_qs);
    }

    void warnings()
    {
        StockShop shop;
        const ScorecardData d(shop);
        SupplierScorecardPage page(shop.services(), shop.owner);
        page.resize(1180, 760);
        page.show();
        waitLoaded(page);
        // PO4 overdue, K-7 ending, "Носки оптом" missing its targets.
        QCOMPARE(page.warnings().count(), 3);
        QCOMPARE(page.warningsButton()->text(), u"Warnings (3)"_qs);
        QVERIFY(page.warningsAction()->isEnabled());

        QStringList overdue;
        QStringList contract;
        QList<QStringList> breach;
        Id activated;
        test::answerNextModal<PurchasingWarningsDialog>([&](PurchasingWarningsDialog* dialog) {
            QTableWidget* t = dialog->overdueTable();
            QCOMPARE(t->rowCount(), 1);
            for (int c = 0; c < t->columnCount(); ++c)
                overdue.append(t->item(0, c)->text());
            t = dialog->contractsTable();
            QCOMPARE(t->rowCount(), 1);
            for (int c = 0; c < t->columnCount(); ++c)
                contract.append(t->item(0, c)->text());
            t = dialog->breachTable();
            QCOMPARE(t->rowCount(), 4); // every target missed, one row each
            for (int r = 0; r < t->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < t->columnCount(); ++c)
                    cells.append(t->item(r, c)->text());
                breach.append(cells);
            }
            dialog->resize(760, dialog->sizeHint().height());
            test::screenshot(dialog, u"purchasing-warnings"_qs);
            connect(dialog, &PurchasingWarningsDialog::supplierActivated, dialog,
                    [&activated](const Id& id) { activated = id; });
            Q_EMIT dialog->breachTable()->cellDoubleClicked(0, 0);
        });
        page.showWarnings();
        QCOMPARE(overdue, (QStringList{d.po4.number, u"Носки оптом"_qs,
                                       ScorecardText::date(QDate(2026, 3, 27)), u"4"_qs}));
        QCOMPARE(contract, (QStringList{u"Носки оптом"_qs, u"K-7"_qs, ScorecardText::date(QDate(2026, 4, 20)),
                                        u"20"_qs}));
        QCOMPARE(breach.first(), (QStringList{u"Носки оптом"_qs, u"On time"_qs, pct(6364), pct(9500)}));
        QCOMPARE(breach.at(1), (QStringList{QString(), u"In full"_qs, pct(7818), pct(9500)}));
        QCOMPARE(breach.at(2), (QStringList{QString(), u"Defects"_qs, pct(435), u"at most "_qs + pct(200)}));
        QCOMPARE(breach.last(),
                 (QStringList{QString(), u"Mis-sorts"_qs, pct(217), u"at most "_qs + pct(100)}));
        // Double-clicking the supplier shows its scorecard of this month.
        QCOMPARE(activated, d.supplier);
        waitLoaded(page);
        QCOMPARE(page.currentRow()->card.supplierId, d.supplier);
    }

    // The PDF for the supplier: asked for the horizon and the file, written off the GUI thread.
    void supplierReport()
    {
        StockShop shop;
        const ScorecardData d(shop);
        SupplierScorecardPage page(shop.services(), shop.owner);
        page.show();
        waitLoaded(page);
        page.selectSupplier(d.supplier);
        waitLoaded(page);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report"_qs);
        int defaultHorizon = 0;
        QString suggested;
        test::answerNextModal<SupplierReportDialog>([&](SupplierReportDialog* dialog) {
            defaultHorizon = dialog->horizonSpin()->value();
            suggested = dialog->pathEdit()->text();
            dialog->pathEdit()->setText(path);
            dialog->okButton()->click();
        });
        const QString written = page.saveReport();
        QCOMPARE(defaultHorizon, 30);
        QVERIFY2(suggested.endsWith(u"Supplier report Носки оптом 2026-03-01–2026-03-31.pdf"_qs),
                 qPrintable(suggested));
        QCOMPARE(written, path + u".pdf"_qs);
        QVERIFY(QFileInfo::exists(written));
        QVERIFY(page.statusText().startsWith(u"Report for Носки оптом saved to"_qs));
        const QString text = test::pdfText(written);
        QVERIFY2(text.contains(u"Носки оптом"_qs), qPrintable(text));
        const QStringList lines = test::pdfLines(written);
        // SKU, supplier SKU, name, sold per day, forecast for 30 days, on order.
        QVERIFY2(lines.contains(u"MUG NS-300 Кружка керамическая 0.50 15 5"_qs),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"SOCK NS-100 Носки шерстяные 1.00 30 0"_qs));

        // Cancelled: nothing is written.
        test::answerNextModal<SupplierReportDialog>([](SupplierReportDialog* dialog) { dialog->reject(); });
        QCOMPARE(page.saveReport(), QString());
    }

    // A receipt elsewhere recomputes the page: PO4's mugs arrive, the overdue warning goes.
    void recomputesAfterAChange()
    {
        StockShop shop;
        const ScorecardData d(shop);
        SupplierScorecardPage page(shop.services(), shop.owner);
        page.show();
        waitLoaded(page);
        QCOMPARE(page.warnings().overduePos.size(), 1);
        QSignalSpy loaded(&page, &SupplierScorecardPage::scorecardsLoaded);
        ReceiptDraft r;
        r.poId = d.po4.id;
        r.receivedOn = ScorecardData::today();
        r.lines = {ReceiptLineDraft{d.po4.lines[0].id, Quantity::fromUnits(5), {}, {}}};
        must(shop.purchases.receive(shop.owner, r));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > 0, 10000);
        waitLoaded(page);
        QCOMPARE(page.warnings().overduePos.size(), 0);
        QCOMPARE(page.warningsButton()->text(), u"Warnings (2)"_qs);
        // In full (43 + 5) / 55 = 87.27 %; PO4 still 4 days late.
        QCOMPARE(cell(page, d.supplier, ScorecardTableModel::InFull), pct(8727));
    }

    void navigationEntry()
    {
        StockShop shop;
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_qs));
        auto titles = [&](const Actor& actor) {
            MainWindow window(shop.services(), actor, settings);
            QStringList list;
            auto* navigation = window.findChild<QListWidget*>(u"navigation"_qs);
            for (int row = 0; row < navigation->count(); ++row)
                list.append(navigation->item(row)->text());
            return list;
        };
        QVERIFY(titles(shop.owner).contains(u"Supplier performance"_qs));
        QVERIFY(titles(Actor::withRole(Role::Manager)).contains(u"Supplier performance"_qs));
        QVERIFY(!titles(Actor::withRole(Role::Support)).contains(u"Supplier performance"_qs));
        QVERIFY(!titles(Actor::withRole(Role::Warehouse)).contains(u"Supplier performance"_qs));
        Actor costs = Actor::withRole(Role::Warehouse);
        costs.permissions |= Permission::ViewCosts;
        QVERIFY(titles(costs).contains(u"Supplier performance"_qs));

        // The page in the main window, for a look at the whole.
        if (test::screenshotsWanted()) {
            const ScorecardData d(shop);
            MainWindow window(shop.services(), shop.owner, settings);
            window.resize(1280, 800);
            window.show();
            window.showPage(u"supplierPerformance"_qs);
            auto* page = window.findChild<SupplierScorecardPage*>();
            waitLoaded(*page);
            page->selectSupplier(d.supplier);
            waitLoaded(*page);
            test::screenshot(&window, u"supplier-performance-window"_qs);
        }
    }
};

QTEST_MAIN(TestSupplierScorecardPage)
#include "TestSupplierScorecardPage.moc"
