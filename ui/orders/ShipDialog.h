#pragma once

// ShipDialog: ships one order. The carrier (from the shop's carriers), the tracking number and the
// service, and per line how many ship now (all that is reserved by default; less splits the rest
// into a new order that keeps its reservations). When the order is past its ship-by date it asks
// why. Ship hands everything to OrderService::ship; a refusal is shown in the dialog, which stays
// open.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class ShipDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Ordered,
        CanShip, // reserved (or, for FBO, not shipped yet)
        ShipNow, // editable
        ColumnCount
    };

    ShipDialog(Services services, Actor actor, const Order& order, QWidget* parent = nullptr);

    QComboBox* carrierCombo() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QLineEdit* serviceEdit() const { return m_service; }
    QLineEdit* delayReasonEdit() const { return m_delayReason; }
    QTableWidget* linesTable() const { return m_lines; }
    QPushButton* shipButton() const { return m_ship; }
    // The delay reason is asked for (the order is past its ship-by date).
    bool asksDelayReason() const { return m_asksDelay; }
    // Chooses the carrier by id; false when it is not offered.
    bool setCarrier(const Id& carrierId);
    // Types the quantity to ship now on a line.
    void setShipNowText(int row, const QString& text);
    // What would be sent to OrderService::ship; nullopt while a quantity is not valid.
    std::optional<ShipRequest> request() const;
    // The refusal or problem shown in the dialog, if any.
    QString errorText() const;
    // After a successful ship: the shipment and the backorder split off, if any.
    const ShipResult& result() const { return m_result; }

    // Ships; closes only when the service accepted.
    void accept() override;

private:
    void revalidate();
    void updateLink();
    void showError(const QString& text);
    std::optional<Quantity> shipNowAt(int row, QString* problem = nullptr) const;

    Services m_services;
    Actor m_actor;
    Order m_order;
    QList<Carrier> m_carriers;
    QList<Quantity> m_canShip; // per line
    bool m_asksDelay = false;
    QComboBox* m_carrier;
    QLineEdit* m_tracking;
    QLineEdit* m_service;
    QLabel* m_link;
    QLineEdit* m_delayReason;
    QTableWidget* m_lines;
    QLabel* m_partialHint;
    QLabel* m_error;
    QPushButton* m_ship;
    ShipResult m_result;
    bool m_filling = false;
};

} // namespace kontor
