#pragma once

// ContractDialog: one contract with a supplier, in tabs. General: number, status, signing date,
// validity and renewal notice, currency, delivery schedule, minimum order, prepayment, payment
// deferral, exclusivity and region. Terms: lead time (calendar or business days) and the event it
// runs from, service-level targets, penalties for lateness (with a cap of the line or of the
// order), defects, mis-sorts and shortages, the claim deadline and the return procedure. Prices:
// the products it covers, picked from the catalog, with the supplier's SKU, price, minimum
// quantity and pack size. Volume discounts. Files: scans of the signed contract, kept in the
// database.
//
// Percentages are typed in percent with up to two decimals and stored as basis points; money in
// the contract's currency. A draft changes freely; Activate (after a confirmation) fixes its
// terms, prices and discounts, which then show read-only with a line saying why; Terminate asks for
// the last day. Read-only for those who may not manage suppliers.

#include "Services.h"
#include "purchasing/SupplierService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace kontor {

class ProductSearchField;

class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        GeneralTab,
        TermsTab,
        PricesTab,
        DiscountsTab,
        FilesTab
    };
    enum PriceColumn
    {
        PriceSku,
        PriceName,
        PriceSupplierSku,
        PricePrice,
        PriceMinQuantity,
        PricePackSize,
        PriceColumnCount
    };
    enum DiscountColumn
    {
        DiscountMinValue,
        DiscountPercent,
        DiscountColumnCount
    };
    enum FileColumn
    {
        FileName,
        FileSize,
        FileAdded,
        FileColumnCount
    };

    // A null contractId opens a new draft for the supplier.
    ContractDialog(Services services, Actor actor, const Id& supplierId, const Id& contractId = {},
                   QWidget* parent = nullptr);

    // The contract shown (as last loaded or saved); its id is null until a new one is saved.
    const Contract& contract() const { return m_original; }
    bool isNew() const { return m_original.id.isNull(); }
    bool isReadOnly() const { return !m_canEdit; }
    // Active or terminated: terms, prices and discounts no longer change.
    bool termsLocked() const { return m_original.status != ContractStatus::Draft; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* lockedNote() const { return m_lockedNote; }
    QPushButton* saveButton() const;
    QPushButton* activateButton() const { return m_activate; }
    QPushButton* terminateButton() const { return m_terminate; }
    ProductSearchField* productSearch() const { return m_productSearch; }
    QTableWidget* priceTable() const { return m_prices; }
    QTableWidget* discountTable() const { return m_discounts; }
    QTableWidget* fileTable() const { return m_files; }
    // The service's refusal or a field that cannot be read, shown above the buttons.
    QString errorText() const;

    // The contract as the form holds it; nullopt when a field cannot be read (the reason is shown
    // and the field gets the focus).
    std::optional<Contract> contractFromFields();

    // ---- commands (the buttons call these; tests too) ----
    // Saves without closing; a new contract becomes a stored draft.
    bool save();
    // Asks, saves the changes, then activates.
    bool activate();
    // Asks for the last day, then terminates.
    bool terminate();
    bool terminateOn(QDate lastDay);
    // Adds a product's row to the prices (or selects its row when it is there already).
    void addPrice(const Id& productId, const QString& sku, const QString& name);
    void addDiscountRow(const VolumeDiscount& discount = {});
    // Attaches a file from disk (saving a new contract first).
    bool addFile(const QString& path);
    bool saveFileCopy(int row, const QString& path);
    bool removeFile(int row);

    // Saves and closes.
    void accept() override;

private:
    void buildGeneralTab();
    void buildTermsTab();
    void buildPricesTab();
    void buildDiscountsTab();
    void buildFilesTab();
    void fill(const Contract& c);
    void fillFiles();
    void updateState();
    void updateCurrency();
    void updatePenaltyFields();
    void showError(const QString& text, QWidget* field = nullptr);
    void showServiceError(const Error& error);
    QString currency() const;
    int addPriceRow(const ContractPrice& price);

    Services m_services;
    Actor m_actor;
    Contract m_original;
    QString m_supplierName;
    QString m_supplierCurrency;
    bool m_canEdit;

    QLabel* m_title;
    QLabel* m_lockedNote;
    QTabWidget* m_tabs;
    // general
    QLineEdit* m_number;
    QLabel* m_status;
    QDateEdit* m_signedOn;
    QDateEdit* m_validFrom;
    QDateEdit* m_validTo;
    QSpinBox* m_renewalNotice;
    QLineEdit* m_currency;
    QLineEdit* m_deliverySchedule;
    QLineEdit* m_minOrderValue;
    QLineEdit* m_prepayment;
    QSpinBox* m_deferral;
    QCheckBox* m_exclusive;
    QLineEdit* m_region;
    QPlainTextEdit* m_notes;
    QList<QLabel*> m_currencyLabels;
    // terms
    QSpinBox* m_leadTime;
    QComboBox* m_dayKind;
    QComboBox* m_startEvent;
    QLineEdit* m_targetOnTime;
    QLineEdit* m_targetInFull;
    QLineEdit* m_maxDefect;
    QLineEdit* m_maxMissort;
    QLineEdit* m_latePerDay;
    QLineEdit* m_lateCap;
    QComboBox* m_capBasis;
    QComboBox* m_defectKind;
    QLineEdit* m_defectValue;
    QLabel* m_defectUnit;
    QComboBox* m_missortKind;
    QLineEdit* m_missortValue;
    QLabel* m_missortUnit;
    QLineEdit* m_shortage;
    QSpinBox* m_claimDays;
    QPlainTextEdit* m_returnProcedure;
    // prices, discounts, files
    ProductSearchField* m_productSearch;
    QTableWidget* m_prices;
    QPushButton* m_removePrice;
    QLabel* m_pricesHint;
    QTableWidget* m_discounts;
    QPushButton* m_addDiscount;
    QPushButton* m_removeDiscount;
    QTableWidget* m_files;
    QPushButton* m_addFile;
    QPushButton* m_saveFile;
    QPushButton* m_removeFile;
    QLabel* m_filesHint;

    QLabel* m_error;
    QPushButton* m_activate;
    QPushButton* m_terminate;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
