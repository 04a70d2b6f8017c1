#pragma once

// PaymentDialog: records money received for an order (or, with a minus, corrects an earlier entry):
// what the order costs, what was paid so far, and the amount, prefilled with what is still due.
// OrderService::recordPayment decides; its refusal is shown in the dialog.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor {

class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Services services, Actor actor, const Order& order, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QPushButton* recordButton() const { return m_record; }
    QString errorText() const;
    // The order after the payment was recorded.
    const Order& order() const { return m_order; }

    void accept() override;

private:
    void revalidate();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    Order m_order;
    QLineEdit* m_amount;
    QLabel* m_error;
    QPushButton* m_record;
};

} // namespace kontor
