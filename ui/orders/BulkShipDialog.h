#pragma once

// BulkShipDialog: "Mark shipped" for several orders at once: one carrier for all, and a tracking
// number per order typed (or scanned) into a small table. Each order ships everything reserved, in
// its own transaction; the orders that shipped leave the table, the refused ones stay with the
// service's reason, so the user can fix them and try again.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor {

class BulkShipDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Customer,
        Status,
        TrackingNumber, // editable
        Problem,
        ColumnCount
    };

    // `orders`: the selected orders; those that cannot ship now are listed apart and left out.
    BulkShipDialog(Services services, Actor actor, const QList<Order>& orders, QWidget* parent = nullptr);

    QComboBox* carrierCombo() const { return m_carrier; }
    QTableWidget* table() const { return m_table; }
    QPushButton* shipButton() const { return m_ship; }
    QLabel* skippedLabel() const { return m_skipped; }
    bool setCarrier(const Id& carrierId);
    // Types the tracking number of an order's row.
    bool setTrackingNumber(const Id& orderId, const QString& number);
    // The orders still in the table, in order.
    QList<Id> pendingOrders() const;
    // The orders shipped so far.
    const QList<Id>& shippedOrders() const { return m_shipped; }

    // Ships every order in the table; closes when all shipped, else keeps the refused ones.
    void accept() override;

private:
    void updateSummary();

    Services m_services;
    Actor m_actor;
    QList<Order> m_orders; // parallel to the table's rows
    QList<Id> m_shipped;
    QComboBox* m_carrier;
    QTableWidget* m_table;
    QLabel* m_skipped;
    QLabel* m_summary;
    QPushButton* m_ship;
};

} // namespace kontor
