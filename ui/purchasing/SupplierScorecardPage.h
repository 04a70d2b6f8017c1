#pragma once

// SupplierScorecardPage: the "Supplier performance" area. A period bar (this month, last month,
// this quarter, the last 12 months, or two dates), the scorecard of every supplier with activity
// in the period (rates against the contract's targets, lead time, penalties, spend), and for the
// selected supplier its trend over the last 12 months (charts) and the "Why this figure?"
// drill-down: the PO lines judged, with the arithmetic behind each penalty. A "Warnings (n)"
// button opens what needs attention (overdue POs, contracts ending, suppliers missing their
// targets this month), and "Supplier report (PDF)…" writes the report shared with the supplier.
//
// The figures are sequences of queries per supplier and per month, so they are computed on worker
// threads while the page shows that it is busy; the page recomputes when purchase orders, claims
// or contracts change, or when it is shown again after such a change.

#include "Services.h"
#include "purchasing/ScorecardTableModel.h"
#include "security/Actor.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace kontor {

class ScorecardLineModel;
class ScorecardTrendChart;

class SupplierScorecardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        Last12Months, // this month and the eleven before it, as the trend charts show them
        Custom
    };

    SupplierScorecardPage(Services services, Actor actor, QWidget* parent = nullptr);
    ~SupplierScorecardPage() override;

    // The first and last day of a period as of `today` (up to today for periods still running).
    static std::pair<QDate, QDate> periodRange(Period period, QDate today);
    // Chooses the period (for Custom, the dates) and recomputes.
    void setPeriod(Period period, QDate from = {}, QDate to = {});
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }

    ScorecardTableModel* model() const { return m_model; }
    ScorecardLineModel* lineModel() const { return m_lines; }
    ScorecardTrendChart* trendChart() const { return m_chart; }
    QTableView* view() const { return m_view; }
    QTableView* lineView() const { return m_lineView; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QComboBox* periodCombo() const { return m_period; }
    QToolButton* warningsButton() const { return m_warningsButton; }
    QAction* warningsAction() const { return m_warningsAction; }
    QAction* reportAction() const { return m_reportAction; }
    const PurchasingWarnings& warnings() const { return m_warnings; }

    // True while the scorecards, the selected supplier's detail or the warnings are computed.
    bool isLoading() const;
    // Recomputes everything for the current period.
    void reload();

    const ScorecardTableModel::Row* currentRow() const;
    // Selects the supplier once it is in the list.
    void selectSupplier(const Id& supplierId);

    QString footerText() const;
    QString statusText() const;
    QString detailTitle() const;
    // The sums of the drill-down and the receipts' figures, under the "Why this figure?" tab.
    QString summaryText() const;
    // How the selected drill-down line's figures came about.
    QString explanationText() const;

    // Opens the warnings (modal).
    void showWarnings();
    // Asks for the forecast horizon and the file, then writes the selected supplier's report.
    // Returns the path written, or an empty string when cancelled or failed (the failure was shown).
    QString saveReport();
    // The same without asking.
    bool saveReport(const QString& path, int horizonDays);

Q_SIGNALS:
    // Emitted on the GUI thread after each computed part has been shown.
    void scorecardsLoaded();
    void detailLoaded();
    void warningsLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Loaders;
    struct Detail;

    void periodChanged();
    void scheduleReload();
    void onScorecards(const Result<QList<ScorecardTableModel::Row>>& rows);
    void loadDetail();
    void onDetail(const Result<Detail>& detail);
    void onWarnings(const Result<PurchasingWarnings>& warnings);
    void updateBusy();
    void updateDetailTitle();
    void updateSummary();
    void updateExplanation();
    void showStatus(const QString& text);

    Services m_services;
    Actor m_actor;
    QDate m_today; // of the last reload, in the shop's time zone
    QDate m_from;
    QDate m_to;
    ScorecardTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ScorecardLineModel* m_lines;
    ScorecardTrendChart* m_chart;
    QTableView* m_view;
    QTableView* m_lineView;
    QSplitter* m_splitter;
    QWidget* m_detailBox = nullptr;
    QTabWidget* m_tabs;
    QComboBox* m_period;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLabel* m_dash;
    QLabel* m_rangeLabel;
    QLabel* m_emptyLabel;
    QLabel* m_footer;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_detailTitle;
    QLabel* m_summary;
    QPlainTextEdit* m_explanation;
    QToolButton* m_warningsButton;
    QAction* m_warningsAction;
    QAction* m_reportAction;
    QTimer* m_refresh;
    PurchasingWarnings m_warnings;
    Id m_selected;            // the supplier to keep selected across reloads
    Id m_detailOf;            // the supplier whose detail is shown
    bool m_stale = true;      // something changed while the page was hidden
    bool m_restoring = false; // the selection is being put back after a reload
    std::unique_ptr<Loaders> m_loaders;
};

} // namespace kontor
