#pragma once

// PurchaseOrderEditor: a new purchase order or a draft in a dialog. The supplier (from
// SupplierService::list), the date ordered on (it decides which contract applies), the storage
// location the goods are received at, a note, and the lines: a product found by SKU, name or
// barcode, the quantity, and the unit price from the contract's price list
// (PurchaseOrderService::lineFor). A refusal of the contract (below its minimum quantity, off its
// pack size) is shown on the line and keeps the draft from being saved; a price typed by hand is
// allowed and shown with a warning. Subtotal, the contract's volume discount (with the next tier)
// and the total are computed live as core computes them. Save creates or updates the draft. A PO
// in any other state, or for a user who may not manage purchases, is shown read-only.

#include "Services.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class LocationCombo;
class ProductSearchField;

class PurchaseOrderEditor : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        SupplierSku,
        Quantity,  // editable
        UnitPrice, // editable: a price other than the contract's is flagged
        Value,
        ColumnCount
    };

    // A null id: a new PO.
    PurchaseOrderEditor(Services services, Actor actor, const Id& poId = {}, QWidget* parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    bool isNew() const { return m_order.id.isNull(); }
    // The PO as last loaded or saved (null id while new and unsaved).
    const PurchaseOrder& order() const { return m_order; }
    Id poId() const { return m_order.id; }

    QComboBox* supplierCombo() const { return m_supplier; }
    QDateEdit* orderedOnEdit() const { return m_orderedOn; }
    LocationCombo* locationCombo() const { return m_location; }
    QLineEdit* noteEdit() const { return m_note; }
    QTableWidget* linesTable() const { return m_lines; }
    ProductSearchField* productPicker() const { return m_picker; }
    QPushButton* saveButton() const { return m_save; }
    QString contractText() const;
    QString subtotalText() const;
    QString discountText() const;
    QString totalText() const;
    // The first problem of the form (a line the contract refuses, a price not valid) or the
    // service's refusal, if any.
    QString errorText() const;
    // Whether the line's price was typed by hand (not the contract's).
    bool isManualPrice(int row) const;

    // Chooses the supplier as the combo would; false when it is not offered.
    bool setSupplier(const Id& supplierId);
    // Adds a line as if the product was picked (the contract's minimum or pack when no quantity is
    // given); the same product again adds to its line. False with the reason shown when it cannot.
    bool addProduct(const Id& productId, std::optional<kontor::Quantity> quantity = std::nullopt);
    void removeLine(int row);
    // Types into a line's cells as the user would.
    void setQuantityText(int row, const QString& text);
    void setPriceText(int row, const QString& text);
    // The PO the form describes; nullopt while a field is not valid.
    std::optional<PurchaseOrder> formOrder() const;

    // Creates or updates the draft; the dialog stays open. False with the reason shown.
    bool save();
    void accept() override;
    // Asks before unsaved changes are dropped.
    void reject() override;

private:
    struct Row
    {
        PoLine line;
        std::optional<qint64> contractPrice; // the price list's, when the contract has the product
        QString problem;                     // the contract's refusal of the quantity
    };

    void load(const PurchaseOrder& po);
    void appendRow(const Row& row);
    void onSupplierChosen();
    void onDateChanged();
    void loadContract();
    // Asks the contract again for every line (after the supplier, date or a quantity changed).
    void repriceRow(int row);
    void repriceAll();
    void onItemChanged(int row, int column);
    void recompute();
    void setReadOnlyMode();
    void showError(const QString& text);
    void markDirty();
    std::optional<kontor::Quantity> quantityAt(int row, QString* problem) const;
    std::optional<qint64> priceAt(int row, QString* problem) const;
    PurchaseOrder context() const; // the PO as the form stands, for lineFor

    Services m_services;
    Actor m_actor;
    PurchaseOrder m_order; // as loaded or saved; the form's values are read from the widgets
    std::optional<Contract> m_contract;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_dirty = false;
    QList<Row> m_rows; // parallel to the table's rows

    QLabel* m_title;
    QComboBox* m_supplier;
    QDateEdit* m_orderedOn;
    LocationCombo* m_location;
    QLineEdit* m_note;
    QLabel* m_contractInfo;
    QTableWidget* m_lines;
    ProductSearchField* m_picker;
    QPushButton* m_removeLine;
    QLabel* m_subtotal;
    QLabel* m_discountLabel;
    QLabel* m_discount;
    QLabel* m_total;
    QLabel* m_nextTier;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace kontor
