#pragma once

// TicketListModel: support tickets as the support page's queue and the customer card list them
// (SupportService::list, most urgent first): number, subject, requester, status, priority,
// assignee and the SLA countdown of the nearest deadline in the policy's clock ("2 h 15 min left",
// "overdue 30 min", "paused"), on an amber or red background once due soon or breached, with a
// mark on tickets that breached a target earlier. The countdowns follow the clock every 30 s
// (only the SLA column changes; nothing is read again); the rows are read again on a worker
// thread when tickets change, and a reload with the same tickets in the same order refreshes in
// place, so views keep their selection.

#include "Services.h"
#include "common/BusinessCalendar.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QIcon>

class QTableView;
class QTimer;

namespace kontor {

class Clock;

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TickMs = 30 * 1000;

    enum Column
    {
        Number,
        Subject,
        Requester,
        Status,
        Priority,
        Assignee,
        Sla,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the ticket's Id
        SlaStateRole,              // SlaState as int, at the time of asking
        SlaLeftRole,               // ms left to the nearest deadline (negative: over), null without one
        BreachedBeforeRole,        // bool: a target was breached earlier
    };

    TicketListModel(Services services, Actor actor, TicketFilter filter = {}, QObject* parent = nullptr);
    ~TicketListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Sets the filter and reloads in the background.
    void setFilter(const TicketFilter& filter);
    const TicketFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading || m_reloadQueued; }

    const TicketListRow* rowAt(int row) const;
    int rowOf(const Id& id) const;
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }
    const BusinessCalendar& calendar() const { return m_calendar; }

    // What the 30-second timer does: the SLA column shows the clock's time again.
    void tick();
    QTimer* tickTimer() const { return m_tick; }

    // Sizes the columns of a view of this model by sample texts in the user's language.
    static void sizeColumns(QTableView* view);

Q_SIGNALS:
    // The rows match the filter again (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    using Outcome = Result<QList<TicketListRow>>;
    void queueLoad();
    void startLoad();
    void applyLoad();
    void readCalendar();

    Services m_services;
    Actor m_actor;
    const Clock& m_clock;
    TicketFilter m_filter;
    BusinessCalendar m_calendar;
    QList<TicketListRow> m_rows;
    QString m_error;
    QFutureWatcher<Outcome> m_watcher;
    QTimer* m_tick;
    QIcon m_breachedMark;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_reloadQueued = false;
};

} // namespace kontor
