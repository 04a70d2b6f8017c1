#pragma once

// SupplierDialog: a supplier's card to create or edit: name, legal details (legal name, INN, KPP,
// address, bank details), contact details, the currency it sells in, how the shop works with it
// (own stock, dropshipping, marketplace FBS or FBO: several at once), notes, and its contact
// people. Saving goes through SupplierService; its refusal is shown under the tabs and the field it
// names gets the focus. Read-only for those who may not manage suppliers.

#include "Services.h"
#include "purchasing/SupplierService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kontor {

class SupplierDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        ContactsTab
    };
    enum ContactColumn
    {
        ContactName,
        ContactRole,
        ContactEmail,
        ContactPhone,
        ContactColumnCount
    };

    // A null id opens an empty card for a new supplier.
    SupplierDialog(Services services, Actor actor, const Id& supplierId = {}, QWidget* parent = nullptr);

    // The supplier shown: null until a new one is saved.
    Id supplierId() const { return m_id; }
    bool isNew() const { return m_id.isNull(); }
    bool isReadOnly() const { return !m_canEdit; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* contactsTable() const { return m_contacts; }
    QPushButton* saveButton() const;
    // The model of work's checkbox.
    QCheckBox* modelCheck(SupplierModel model) const;
    // The supplier as the form holds it.
    Supplier supplierFromFields() const;
    // The service's refusal shown under the tabs, if any.
    QString errorText() const;

    // Saves; closes only when the service accepted the supplier.
    void accept() override;

private:
    void buildDetailsTab();
    void buildContactsTab();
    void fill(const Supplier& s);
    void addContactRow(const SupplierContact& c);
    void setReadOnly();
    void updateSave();
    void focusField(const QString& field);

    Services m_services;
    Actor m_actor;
    Id m_id;
    Supplier m_original;
    bool m_canEdit;

    QLabel* m_title;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QLineEdit* m_legalName;
    QLineEdit* m_taxId;
    QLineEdit* m_taxReasonCode;
    QPlainTextEdit* m_legalAddress;
    QPlainTextEdit* m_bankDetails;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_website;
    QLineEdit* m_currency;
    QList<std::pair<SupplierModel, QCheckBox*>> m_models;
    QPlainTextEdit* m_notes;
    QTableWidget* m_contacts;
    QPushButton* m_addContact;
    QPushButton* m_removeContact;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
