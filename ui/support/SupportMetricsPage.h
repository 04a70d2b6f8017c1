#pragma once

// SupportMetricsPage: the "Support quality" area. A period bar (this month, the last 30 days, this
// quarter, this year, or two dates), tiles with the period's key figures (tickets, first response
// and resolution time in business hours, SLA compliance, first contact resolution, CSAT, the open
// backlog), charts (tickets created and resolved per week, SLA compliance per week, the backlog by
// age), the figures by agent, channel, week or month (switchable), and the products customers
// wrote about most. What each figure means is in SupportMetrics.h; the tooltips say it in short.
//
// The figures are computed on a worker thread (they read every ticket of the period), once for
// all the breakdowns, so switching the table is instant; the page recomputes when tickets change
// while it is shown, or when it is shown again after they changed.

#include "Services.h"
#include "security/Actor.h"
#include "support/SupportMetrics.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace kontor {

class ProblemProductsModel;
class SupportMetricsCharts;
class SupportMetricsTableModel;

class SupportMetricsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisMonth,
        Last30Days,
        ThisQuarter,
        ThisYear,
        Custom
    };
    enum class Tile
    {
        Tickets,
        FirstResponse,
        Resolution,
        Sla,
        Fcr,
        Csat,
        Backlog
    };

    SupportMetricsPage(Services services, Actor actor, QWidget* parent = nullptr);
    ~SupportMetricsPage() override;

    // The first and last day of a period as of `today` (periods still running end today).
    static std::pair<QDate, QDate> periodRange(Period period, QDate today);
    // Chooses the period (for Custom, the dates) and recomputes.
    void setPeriod(Period period, QDate from = {}, QDate to = {});
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    // What the table shows: by agent, channel, week or month.
    void setGrouping(SupportGrouping grouping);
    SupportGrouping grouping() const;

    QString tileValue(Tile tile) const;
    QString tileDetail(Tile tile) const;
    QString clockNote() const;
    SupportMetricsTableModel* model() const { return m_model; }
    ProblemProductsModel* productsModel() const { return m_products; }
    SupportMetricsCharts* charts() const { return m_charts; }
    QTableView* view() const { return m_view; }
    QTableView* productsView() const { return m_productsView; }
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* groupingCombo() const { return m_grouping; }
    // The figures shown (empty until the first computation is done).
    const SupportReport& report() const { return m_report; }

    bool isLoading() const;
    // Recomputes the figures of the current period.
    void reload();

Q_SIGNALS:
    // Emitted on the GUI thread once new figures are shown.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Loader;
    struct TileLabels
    {
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };

    QWidget* makeTile(Tile tile, const QString& title, const QString& tip);
    void periodChanged();
    void scheduleReload();
    void onReport(const Result<SupportReport>& report);
    void showTable();
    void showTiles();
    void updateBusy();
    // Seven tiles in a row, or in two rows when the page is too narrow for them.
    void arrangeTiles();

    Services m_services;
    Actor m_actor;
    QDate m_from;
    QDate m_to;
    SupportReport m_report;
    SupportMetricsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ProblemProductsModel* m_products;
    SupportMetricsCharts* m_charts;
    QTableView* m_view;
    QTableView* m_productsView;
    QComboBox* m_period;
    QComboBox* m_grouping;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLabel* m_dash;
    QLabel* m_rangeLabel;
    QLabel* m_clockNote;
    QLabel* m_productsNote;
    QLabel* m_status;
    QProgressBar* m_busy;
    QTimer* m_refresh;
    QMap<Tile, TileLabels> m_tiles;
    QList<QWidget*> m_tileFrames;
    QGridLayout* m_tileGrid;
    int m_tileColumns = 0;
    bool m_stale = true; // something changed while the page was hidden
    std::unique_ptr<Loader> m_loader;
};

} // namespace kontor
