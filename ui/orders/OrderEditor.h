#pragma once

// OrderEditor: one sales order in a dialog. A new order or a draft is edited: the header (channel,
// marketplace, customer with a quick "New customer…", ship-to address, payment method, ship-by and
// promised dates, where it ships from), the charges (shipping, order discount) and the shop's own
// costs of the order (shipping, marketplace commission, payment fee), and the lines (a product
// found by SKU, name or barcode, quantity, unit price from the catalog, editable only with
// OverridePrices, line discount, line total, and the stock available for it, in a warning colour
// when the line wants more). Totals are computed live with OrderMath exactly as core computes
// them; the margin is shown to those who may see costs. Save creates or updates the draft; "Save
// and confirm" also confirms it. An order in any other state, or any order for a user who may not
// manage orders, is shown read-only. Existing orders show their history.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class CustomerPicker;
class LocationCombo;
class ProductSearchField;

class OrderEditor : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Quantity,  // editable
        UnitPrice, // editable with OverridePrices
        Discount,  // editable: the line's discount, an amount
        LineTotal, // quantity x price - discount
        Available, // drafts: what stock could take the line
        Reserved,  // other states
        Shipped,   // other states
        Margin,    // with ViewCosts: the line's net - cost
        ColumnCount
    };

    // A null id: a new order.
    OrderEditor(Services services, Actor actor, const Id& orderId = {}, QWidget* parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    bool isNew() const { return m_order.id.isNull(); }
    // The order as last loaded or saved (null id while new and unsaved).
    const Order& order() const { return m_order; }
    Id orderId() const { return m_order.id; }

    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* marketplaceCombo() const { return m_marketplace; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QPlainTextEdit* shipToEdit() const { return m_shipTo; }
    QComboBox* paymentMethodCombo() const { return m_paymentMethod; }
    QCheckBox* shipByCheck() const { return m_shipByCheck; }
    QDateEdit* shipByEdit() const { return m_shipBy; }
    QLineEdit* shippingChargeEdit() const { return m_shippingCharge; }
    QLineEdit* orderDiscountEdit() const { return m_orderDiscount; }
    QLineEdit* shippingCostEdit() const { return m_shippingCost; }
    QLineEdit* commissionEdit() const { return m_commission; }
    QLineEdit* paymentFeeEdit() const { return m_paymentFee; }
    QTableWidget* linesTable() const { return m_lines; }
    ProductSearchField* productPicker() const { return m_picker; }
    QTableWidget* historyTable() const { return m_history; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* saveAndConfirmButton() const { return m_saveAndConfirm; }
    // The totals as shown: subtotal, VAT, shipping, total; and the margin line (empty when hidden).
    QString subtotalText() const;
    QString vatText() const;
    QString shippingText() const;
    QString totalText() const;
    QString marginText() const;
    // The first problem of the form or the service's refusal, if any.
    QString errorText() const;

    // Chooses the customer as the picker would (fills an empty ship-to with their address).
    void setCustomer(const Id& customerId);
    // Adds a line as if the product was picked; false with the reason shown when it cannot be.
    bool addProduct(const Id& productId, kontor::Quantity quantity = kontor::Quantity::fromUnits(1));
    void removeLine(int row);
    // Types into a line's cells as the user would.
    void setQuantityText(int row, const QString& text);
    void setPriceText(int row, const QString& text);
    void setDiscountText(int row, const QString& text);
    // The order the form describes, totals computed; nullopt while a field is not valid.
    std::optional<Order> formOrder() const;

    // Creates or updates the draft; the dialog stays open. False with the reason shown.
    bool save();
    // Saves, then confirms; closes when confirmed.
    bool saveAndConfirm();
    // Save and close.
    void accept() override;
    // Asks before unsaved changes are dropped.
    void reject() override;

private:
    struct Row
    {
        OrderLine line;
        std::optional<kontor::Quantity> available;
    };

    void buildHeader(QFormLayout* left, QFormLayout* right);
    QLineEdit* moneyEdit(const QString& objectName);
    QWidget* withCurrency(QLineEdit* edit);
    void load(const Order& order);
    void fillLines();
    void appendRow(const Row& row);
    void loadHistory();
    void updateChannel();
    void refreshAvailability();
    void recompute();
    void onItemChanged(int row, int column);
    void onCustomerChosen(const Id& id);
    void setReadOnlyMode();
    void showError(const QString& text);
    void markDirty();
    // Reads a money field; `problem` gets the reason when it is not valid.
    std::optional<qint64> moneyOf(const QLineEdit* edit, QString* problem) const;
    std::optional<kontor::Quantity> quantityAt(int row, QString* problem) const;
    std::optional<qint64> priceAt(int row, QString* problem) const;
    std::optional<qint64> discountAt(int row, QString* problem) const;
    QString currency() const;

    Services m_services;
    Actor m_actor;
    Order m_order; // as loaded or saved; the form's values are read from the widgets
    QString m_shopCurrency;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_dirty = false;
    QList<Row> m_rows; // parallel to the table's rows

    QLabel* m_title;
    QLabel* m_shippingInfo;
    QComboBox* m_channel;
    QLabel* m_marketplaceLabel;
    QComboBox* m_marketplace;
    QLineEdit* m_externalRef;
    CustomerPicker* m_customer;
    QPlainTextEdit* m_shipTo;
    QComboBox* m_paymentMethod;
    QCheckBox* m_shipByCheck;
    QDateEdit* m_shipBy;
    QCheckBox* m_promisedCheck;
    QDateEdit* m_promised;
    LocationCombo* m_location;
    QLineEdit* m_note;
    QTableWidget* m_lines;
    ProductSearchField* m_picker;
    QPushButton* m_removeLine;
    QLineEdit* m_shippingCharge;
    QLineEdit* m_orderDiscount;
    QLineEdit* m_shippingCost;
    QLineEdit* m_commission;
    QLineEdit* m_paymentFee;
    QGroupBox* m_costsBox;
    QLabel* m_subtotal;
    QLabel* m_vatLabel;
    QLabel* m_vat;
    QLabel* m_shipping;
    QLabel* m_total;
    QLabel* m_margin;
    QGroupBox* m_historyBox;
    QTableWidget* m_history;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_saveAndConfirm;
    QPushButton* m_close;
};

} // namespace kontor
