#pragma once

// SupportPage: the agents' side of customer support. A filter bar (the queue: my tickets,
// unassigned or all; open tickets or one status or all; priority; channel; text), the queue of
// tickets most urgent first with their SLA countdowns (TicketListModel), and the selected ticket
// under it (TicketView) to answer from the keyboard. "New ticket…" (Ctrl+N) takes down a call or a
// letter. Links from a ticket to its order, return or product are passed on for the window to
// show them on their pages.

#include "Services.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class TicketListModel;
class TicketView;

class SupportPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 200;

    SupportPage(Services services, Actor actor, QWidget* parent = nullptr);

    TicketListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TicketView* ticketView() const { return m_ticketView; }
    QAction* newAction() const { return m_new; }

    // ---- filter bar ----
    QComboBox* queueFilter() const { return m_queue; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* priorityFilter() const { return m_priority; }
    QComboBox* channelFilter() const { return m_channel; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    // The filter the bar describes now.
    TicketFilter currentFilter() const;
    void setQueue(TicketQueue queue);

    // The ticket in the view (it stays there when a change takes it out of the queue).
    Id currentTicketId() const { return m_currentId; }
    // Shows the ticket and selects its row if the queue lists it.
    void showTicket(const Id& ticketId);
    // "New ticket…": QDialog's result; the new ticket is shown.
    int newTicket();

Q_SIGNALS:
    void orderRequested(const kontor::Id& orderId);
    void returnRequested(const kontor::Id& returnId);
    void productRequested(const kontor::Id& productId);

private:
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex& current);
    void selectQuietly(int row);
    void updateCount();

    Services m_services;
    Actor m_actor;
    TicketListModel* m_model;
    QTableView* m_view;
    TicketView* m_ticketView;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QComboBox* m_queue;
    QComboBox* m_status;
    QComboBox* m_priority;
    QComboBox* m_channel;
    QLabel* m_count;
    QAction* m_new;
    Id m_currentId;
    bool m_selecting = false;
};

} // namespace kontor
