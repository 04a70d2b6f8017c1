#pragma once

// ReplenishmentPage: the replenishment area of the main window. Four lists over one analysis
// (ReplenishmentService::analyse): suggestions (what to reorder and how much), low stock,
// overstock and dead stock; a bar with the parameters the figures depend on (remembered in
// AppSettings), a warehouse choice when there are several, a filter, the rule dialog per product
// and location, CSV export of the list shown, and draft purchase orders from the suggestions (one
// per preferred supplier). Stock on open purchase orders and the lead time learned from receipts
// feed the analysis (PurchaseOrderService). The analysis runs on a worker thread with a
// busy indicator, and again (debounced) when stock, products or rules change while the page is
// shown; a hidden page recalculates when it is next shown.

#include "Services.h"
#include "purchasing/PurchaseOrderService.h"
#include "stock/ReplenishmentService.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace kontor {

class AppSettings;
class ReplenishmentTableModel;

class ReplenishmentPage : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Suggestions,
        LowStock,
        Overstock,
        DeadStock,
    };
    static constexpr int ViewCount = 4;
    static constexpr int RecalculateDelayMs = 300;

    ReplenishmentPage(Services services, Actor actor, AppSettings& settings, QWidget* parent = nullptr);
    ~ReplenishmentPage() override;

    ReplenishmentService& service() { return *m_service; }
    ReplenishmentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    View currentView() const;
    void setView(View view);
    // The parameters the bar and the settings stand for.
    ReplenishmentParams params() const;
    bool isCalculating() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    // Every line of the last analysis (all lists draw from it).
    const QList<ReplenishmentLine>& allLines() const { return m_lines; }
    // How many products each list holds (before the text filter).
    int count(View view) const;

    // Calculates again now, in the background.
    void recalculate();
    // Writes the list shown (in its order, after the filter) to a CSV file; shows what went wrong.
    bool exportTo(const QString& path);
    // Opens the rule dialog for the current row.
    void editRule();
    // The suggestions a purchase order would be drafted for: the selected rows with a suggested
    // quantity, else every suggestion of the last analysis.
    QList<PurchaseSuggestion> purchaseSuggestions() const;
    // Drafts purchase orders from purchaseSuggestions() (PurchaseOrderService::draftsFromSuggestions)
    // after asking, and says which were made and which products have no preferred supplier.
    bool createPurchaseOrders();
    QPushButton* createPurchaseOrdersButton() const { return m_createPos; }

Q_SIGNALS:
    // A calculation finished and the lists show its result.
    void calculated();
    // The user changed the demand period, service level or default lead time.
    void paramsChanged();
    // Draft purchase orders were made from the suggestions.
    void purchaseOrdersCreated(const QList<kontor::Id>& poIds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    using Outcome = Result<QList<ReplenishmentLine>>;
    // Units on open purchase orders, read on the GUI thread before each analysis and read by the
    // analysis's worker thread through the service's hook.
    struct OnOrderSnapshot;

    void scheduleRecalculate();
    void startCalculation();
    void applyResult();
    void applyView();
    void applyColumns();
    void updateTabs();
    void updateActions();
    void reloadWarehouses();
    void saveParams();
    void chooseExportFile();
    static bool inView(const ReplenishmentLine& line, View view);

    Services m_services;
    Actor m_actor;
    AppSettings& m_settings;
    ReplenishmentService* m_service;
    ReplenishmentTableModel* m_model;
    QTabBar* m_tabs;
    QLabel* m_hint;
    QLineEdit* m_filter;
    QComboBox* m_warehouse;
    QSpinBox* m_demandDays;
    QComboBox* m_serviceLevel;
    QSpinBox* m_leadTime;
    QPushButton* m_editRule;
    QPushButton* m_export;
    QPushButton* m_refresh;
    QPushButton* m_createPos;
    QProgressBar* m_busy;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QTimer* m_debounce;

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<OnOrderSnapshot> m_onOrder;
    QList<ReplenishmentLine> m_lines;
    Id m_resultWarehouse; // the scope of m_lines
    bool m_running = false;
    bool m_pending = false; // another calculation is wanted once the running one ends
    bool m_stale = true;    // the lines no longer match the data
    bool m_hasResult = false;
};

} // namespace kontor
