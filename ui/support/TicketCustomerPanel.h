#pragma once

// TicketCustomerPanel: who a ticket is from, beside its thread. For a customer: their name and
// how to reach them, their latest orders and their returns (the ones the ticket is linked to in
// bold); a double click opens one on its own page. "Link to ticket" links the selected order to the
// ticket, "Create return…" opens a return for the ticket's order (or the selected one), "Customer
// card…" opens the card. For someone who is not a customer: the name and address they wrote from.
// The ticket view carries out what the buttons ask for.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor {

class TicketCustomerPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int OrdersShown = 50;

    enum OrderColumn
    {
        OrdersNumber,
        OrdersDate,
        OrdersState,
        OrdersTotal,
        OrdersColumnCount
    };
    enum ReturnColumn
    {
        ReturnsNumber,
        ReturnsOrder,
        ReturnsState,
        ReturnsColumnCount
    };

    TicketCustomerPanel(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the ticket's customer (or contact), their orders and returns.
    void showTicket(const Ticket& ticket);
    void clear();

    QLabel* customerLabel() const { return m_customer; }
    QTableWidget* ordersTable() const { return m_orders; }
    QTableWidget* returnsTable() const { return m_returns; }
    QPushButton* linkOrderButton() const { return m_linkOrder; }
    QPushButton* createReturnButton() const { return m_createReturn; }
    QPushButton* customerCardButton() const { return m_card; }
    // The order selected in the list (null when none).
    Id selectedOrderId() const;
    // The order a new return would be for: the ticket's, else the selected one.
    Id returnOrderId() const;
    QStringList orderNumbers() const;
    QStringList returnNumbers() const;

Q_SIGNALS:
    void orderActivated(const kontor::Id& orderId);
    void returnActivated(const kontor::Id& returnId);
    void linkOrderRequested(const kontor::Id& orderId);
    void createReturnRequested(const kontor::Id& orderId);

private:
    void updateButtons();
    void openCard();

    Services m_services;
    Actor m_actor;
    Ticket m_ticket;
    QList<OrderListRow> m_orderRows;
    QLabel* m_customer;
    QTableWidget* m_orders;
    QTableWidget* m_returns;
    QLabel* m_ordersNote;
    QPushButton* m_linkOrder;
    QPushButton* m_createReturn;
    QPushButton* m_card;
};

} // namespace kontor
