#pragma once

// CustomerPicker: the order editor's customer field. Typing searches CustomerService::list (name,
// email, phone, tax id) and shows the matches in a popup; Enter or a click chooses one. "New
// customer…" creates one quickly (name, phone, email) for those who may manage customers, and
// chooses it.

#include "orders/CustomerService.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QToolButton;

namespace kontor {

class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 20;

    CustomerPicker(CustomerService& customers, Actor actor, QWidget* parent = nullptr);

    Id customerId() const { return m_customerId; }
    // Shows the customer as chosen (no signal).
    void setCustomer(const Id& id, const QString& name);
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* newButton() const { return m_new; }
    // Runs the search now instead of after the typing pause (for tests).
    void searchNow();
    const QList<CustomerListRow>& matches() const { return m_matches; }
    // Chooses a match as if the user had clicked it.
    void choose(int row);
    // Opens the quick "New customer" dialog; true when a customer was chosen from it.
    bool createCustomer();

Q_SIGNALS:
    // The user chose a customer (null id: the field was cleared).
    void customerChosen(const kontor::Id& id, const QString& name);

private:
    CustomerService& m_customers;
    Actor m_actor;
    QLineEdit* m_edit;
    QToolButton* m_new;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer* m_debounce;
    QList<CustomerListRow> m_matches;
    Id m_customerId;
    QString m_chosenText;
};

} // namespace kontor
