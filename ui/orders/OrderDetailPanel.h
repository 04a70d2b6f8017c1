#pragma once

// OrderDetailPanel: what the orders page shows about the selected order: its number and status,
// customer, channel, dates (ship-by in red when overdue), payment, carrier with a link to the
// tracking page, the ship-to address, its lines with what is reserved and shipped, and its history.
// Follows changes of that order. The page puts its actions on the order beside its title.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace kontor {

class OrderDetailPanel : public QWidget
{
    Q_OBJECT

public:
    OrderDetailPanel(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the order (null: clears the panel).
    void showOrder(const Id& orderId);
    Id orderId() const { return m_order ? m_order->id : Id(); }
    // The order as last read; nullopt when none is shown.
    const std::optional<Order>& order() const { return m_order; }
    void refresh();

    QLabel* titleLabel() const { return m_title; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* historyTable() const { return m_history; }
    // The text of a summary field ("customer", "shipBy", "payment", "shipping", "shipTo").
    QString fieldText(const QString& name) const;
    // Adds a button (the page's actions on this order) beside the order's title; shown with it.
    void addHeadingWidget(QWidget* widget);

private:
    void clear();
    QLabel* field(const QString& name);

    Services m_services;
    Actor m_actor;
    std::optional<Order> m_order;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_content;
    QTableWidget* m_lines;
    QTableWidget* m_history;
    QHBoxLayout* m_heading;
    QList<QLabel*> m_fields;
};

} // namespace kontor
