#pragma once

// NewTicketDialog: a ticket an agent opens by hand (a call, a chat, a letter that did not come in
// by itself): subject, channel, who it is from — an existing customer found by name, phone or email,
// or someone not in the customers (a name and an address to answer to) — the customer's order it is
// about, category, priority, assignee, what the customer wrote and files. The service's refusals
// are shown in the dialog, which stays open with everything typed.

#include "Services.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace kontor {

class AttachmentsEdit;
class CustomerPicker;

class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    NewTicketDialog(Services services, Actor actor, QWidget* parent = nullptr);

    QLineEdit* subjectEdit() const { return m_subject; }
    QComboBox* channelCombo() const { return m_channel; }
    QRadioButton* customerRadio() const { return m_fromCustomer; }
    QRadioButton* contactRadio() const { return m_fromContact; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QLineEdit* contactNameEdit() const { return m_contactName; }
    QLineEdit* contactAddressEdit() const { return m_contactAddress; }
    // "No order" and the chosen customer's latest orders (data: the order's Id).
    QComboBox* orderCombo() const { return m_order; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* priorityCombo() const { return m_priority; }
    // "Unassigned" and the active users (data: the user's Id).
    QComboBox* assigneeCombo() const { return m_assignee; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    AttachmentsEdit* attachments() const { return m_attachments; }
    QPushButton* createButton() const;
    QString errorText() const;

    // Chooses the customer as the picker would, and lists their orders.
    void setCustomer(const Id& customerId, const QString& name);
    // The ticket as the form holds it.
    NewTicket draft() const;
    // The ticket the service opened (after Accepted).
    const Ticket& created() const { return m_created; }

    // Opens the ticket; closes only when the service accepted it.
    void accept() override;

private:
    void updateFrom();
    void fillOrders();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    Ticket m_created;
    QLineEdit* m_subject;
    QComboBox* m_channel;
    QRadioButton* m_fromCustomer;
    QRadioButton* m_fromContact;
    CustomerPicker* m_customer;
    QLineEdit* m_contactName;
    QLineEdit* m_contactAddress;
    QComboBox* m_order;
    QComboBox* m_category;
    QComboBox* m_priority;
    QComboBox* m_assignee;
    QPlainTextEdit* m_body;
    AttachmentsEdit* m_attachments;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
