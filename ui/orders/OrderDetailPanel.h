#pragma once

// OrderDetailPanel: what the orders page shows about the selected order: its number and status,
// customer, channel, dates (ship-by in red when overdue), payment, carrier with a link to the
// tracking page, the ship-to address, its lines with what is reserved and shipped (dropshipped
// lines marked: the supplier ships them), and its history. For a user who manages purchases, an
// order with dropshipped lines also lists its dropship purchase orders (number, supplier, status,
// when the supplier shipped and its tracking number) above the history. Follows changes of that
// order and of purchase orders. The page puts its actions on the order beside its title, and
// those on a dropship PO under their list.

#include "Services.h"
#include "orders/Order.h"
#include "purchasing/Purchasing.h"
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
    enum DropshipColumn
    {
        DropshipNumber,
        DropshipSupplier,
        DropshipStatus,
        DropshipShipped, // when the supplier shipped, and its tracking number
        DropshipColumnCount
    };

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

    // ---- dropship (shown only to users who manage purchases) ----
    // The order's dropship purchase orders as last read, oldest first (cancelled ones included).
    const QList<PurchaseOrder>& dropshipOrders() const { return m_dropshipOrders; }
    // Dropshipped lines of the order not yet on a dropship PO that is not cancelled.
    int dropshipLinesToOrder() const;
    bool hasDropshipLines() const;
    QTableWidget* dropshipTable() const { return m_dropship; }
    QWidget* dropshipBox() const { return m_dropshipBox; }
    // The dropship PO selected in its list (the only one when there is just one); null when none.
    Id currentDropshipPoId() const;
    void selectDropshipPo(const Id& poId);
    // Adds a button (the page's actions on the selected dropship PO) under their list.
    void addDropshipWidget(QWidget* widget);

Q_SIGNALS:
    // The dropship POs were read again, or another one was selected.
    void dropshipChanged();

private:
    void clear();
    QLabel* field(const QString& name);
    void refreshDropship();

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
    QWidget* m_dropshipBox;
    QTableWidget* m_dropship;
    QHBoxLayout* m_dropshipActions;
    QList<PurchaseOrder> m_dropshipOrders;
};

} // namespace kontor
