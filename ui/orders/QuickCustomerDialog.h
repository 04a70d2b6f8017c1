#pragma once

// QuickCustomerDialog: a new customer from the order editor with only what a phone order gives: a
// name, a phone and an email. When the phone or email already belongs to someone, it offers that
// customer instead of a duplicate (or a second record, if the user insists).

#include "orders/CustomerService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor {

class QuickCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    QuickCustomerDialog(CustomerService& customers, Actor actor, QWidget* parent = nullptr);

    void setName(const QString& name);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QPushButton* createButton() const { return m_create; }
    QString errorText() const;
    // The customer created, or the existing one the user chose instead.
    Id customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }

    void accept() override;

private:
    void showError(const QString& text);

    CustomerService& m_customers;
    Actor m_actor;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_error;
    QPushButton* m_create;
    Id m_customerId;
    QString m_customerName;
};

} // namespace kontor
