#pragma once

// ShippingDetailsDialog: corrects an order's shipping details after the fact — carrier, service,
// tracking number, promised delivery, delay reason, address, note (OrderService::updateShipping);
// e.g. a mistyped tracking number after shipping.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kontor {

class ShippingDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ShippingDetailsDialog(Services services, Actor actor, Order order, QWidget* parent = nullptr);

    QComboBox* carrierCombo() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QLineEdit* delayReasonEdit() const { return m_delayReason; }
    // Saves through the service; false (the reason shown in the dialog) when refused.
    bool save();

private:
    Services m_services;
    Actor m_actor;
    Order m_order;
    QComboBox* m_carrier;
    QLineEdit* m_service;
    QLineEdit* m_tracking;
    QCheckBox* m_promisedCheck;
    QDateEdit* m_promised;
    QLineEdit* m_delayReason;
    QPlainTextEdit* m_shipTo;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};

} // namespace kontor
