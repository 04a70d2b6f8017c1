#pragma once

// CustomerDialog: the customer card. Details (person or company, name, email, phone, tags, notes,
// marketing consent with the date it was given), the company's B2B details (legal name, INN, KPP,
// legal address, bank details, payment terms, credit limit), delivery addresses, contact people,
// and for an existing customer the history: CustomerService::stats, their orders and returns.
// Email and phone are checked as they are typed. Creating a customer whose email or phone another
// customer already has is refused by the service: the card then lists those customers and lets
// the user open one of them instead, or create the new record anyway. Read-only for those who may
// not manage customers.

#include "Services.h"
#include "orders/CustomerService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace kontor {

class ReturnListModel;
class TicketListModel;

class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        CompanyTab,
        AddressesTab,
        ContactsTab,
        HistoryTab,
        TicketsTab
    };
    enum AddressColumn
    {
        AddressLabel,
        AddressText,
        AddressDefault,
        AddressColumnCount
    };
    enum ContactColumn
    {
        ContactName,
        ContactRole,
        ContactEmail,
        ContactPhone,
        ContactColumnCount
    };
    enum OrderColumn
    {
        OrdersNumber,
        OrdersDate,
        OrdersStatus,
        OrdersTotal,
        OrdersPayment,
        OrdersColumnCount
    };

    // A null id opens an empty card for a new customer.
    CustomerDialog(Services services, Actor actor, const Id& customerId = {}, QWidget* parent = nullptr);

    // The customer shown: null until a new one is saved.
    Id customerId() const { return m_id; }
    bool isNew() const { return m_id.isNull(); }
    bool isReadOnly() const { return !m_canEdit; }
    QTabWidget* tabs() const { return m_tabs; }
    // "No price list" and the active price lists (plus the customer's own, even when archived).
    QComboBox* priceListCombo() const { return m_priceList; }
    QPushButton* saveButton() const;
    QPushButton* cancelButton() const;

    // The customer as the form holds it; nullopt while a field is not valid (the reason is shown
    // beside it).
    std::optional<Customer> customerFromFields();
    // The service's refusal shown under the tabs, if any.
    QString errorText() const;

    // ---- duplicates ----
    // The customers with the same email or phone the last save ran into (shown in the card).
    const QList<Customer>& duplicates() const { return m_duplicates; }
    bool duplicatesShown() const;
    // Shows the chosen duplicate's card in place of the new one (what was typed is dropped).
    void openDuplicate(int index);
    // Saves the new customer although others have the same email or phone.
    void createAnyway();

    // ---- history ----
    // The figure shown for a history row, by object name ("ordersValue", "returnRateValue", ...).
    QString historyValue(const QString& objectName) const;
    QTableWidget* ordersTable() const { return m_ordersTable; }
    ReturnListModel* returnsModel() const { return m_returnsModel; }
    // The customer's support tickets, open and closed (for those who handle tickets; null before
    // the customer exists).
    TicketListModel* ticketsModel() const { return m_ticketsModel; }
    QTableView* ticketsView() const { return m_ticketsView; }

    // Saves; closes only when the service accepted the customer.
    void accept() override;

private:
    void buildDetailsTab();
    void buildCompanyTab();
    void buildAddressesTab();
    void buildContactsTab();
    void buildHistoryTab();
    void buildTicketsTab();
    void loadTickets();
    void fillPriceLists(const Id& current);
    void load(const Id& id);
    void fill(const Customer& c);
    void loadHistory();
    void setReadOnly();
    void updateKind();
    void updateConsent();
    void updateTitle();
    bool validate();
    void onContactFieldEdited();
    void showDuplicates(const QString& message);
    void hideDuplicates();
    void showError(const QString& text);
    void addAddressRow(const CustomerAddress& a);
    void addContactRow(const CustomerContact& p);

    Services m_services;
    Actor m_actor;
    Id m_id;
    Customer m_original;
    QString m_currency; // the shop's: credit limit and history figures
    bool m_canEdit;
    bool m_allowDuplicate = false;
    bool m_loading = false;
    QList<Customer> m_duplicates;

    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    // details
    QRadioButton* m_person;
    QRadioButton* m_company;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_email;
    QLabel* m_emailError;
    QLineEdit* m_phone;
    QLabel* m_phoneError;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    QCheckBox* m_consent;
    QLabel* m_consentDate;
    // company
    QWidget* m_companyPage;
    QLineEdit* m_legalName;
    QLineEdit* m_taxId;
    QLineEdit* m_taxReasonCode;
    QPlainTextEdit* m_legalAddress;
    QPlainTextEdit* m_bankDetails;
    QSpinBox* m_paymentTerms;
    QLineEdit* m_creditLimit;
    QLabel* m_creditLimitError;
    QComboBox* m_priceList;
    // addresses and contacts
    QTableWidget* m_addresses;
    QPushButton* m_addAddress;
    QPushButton* m_removeAddress;
    QTableWidget* m_contacts;
    QPushButton* m_addContact;
    QPushButton* m_removeContact;
    // history
    QWidget* m_historyPage;
    QGridLayout* m_figures;
    QTableWidget* m_ordersTable;
    QLabel* m_ordersNote;
    ReturnListModel* m_returnsModel = nullptr;
    QTableView* m_returnsView;
    // tickets
    QWidget* m_ticketsPage;
    QTableView* m_ticketsView;
    TicketListModel* m_ticketsModel = nullptr;
    // duplicates and errors
    QFrame* m_duplicatesPanel;
    QLabel* m_duplicatesText;
    QListWidget* m_duplicatesList;
    QPushButton* m_openDuplicate;
    QPushButton* m_createAnyway;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
