#pragma once

// PurchaseReceiveDialog: goods arrive against a purchase order (PurchaseOrderService::receive).
// Per line what is still outstanding and what came: accepted, defective and mis-sorted units. A
// scan field takes a handheld scanner (it types the code and Enter): a barcode, a SKU or a marking
// code adds one accepted unit to its line; a code no product has, or a product not on the PO, or
// one more than the line still expects, is refused with a message and a beep, and nothing changes.
// Also the day received (today by default; the SLA is measured on it), the location, and the
// landed costs (freight, customs, fees in the shop currency, spread by value or weight). When the
// receipt opened a claim for defective or mis-sorted units, the dialog says so (number, amount).

#include "Services.h"
#include "purchasing/PurchaseOrderService.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class LocationCombo;
class ScanLineEdit;

class PurchaseReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        SupplierSku,
        Ordered,
        Outstanding,
        Accepted,  // a spin box
        Defective, // a spin box
        Missorted, // a spin box
        ColumnCount
    };

    PurchaseReceiveDialog(Services services, Actor actor, const Id& poId, QWidget* parent = nullptr);

    const PurchaseOrder& order() const { return m_order; }
    ScanLineEdit* scanField() const { return m_scan; }
    QTableWidget* linesTable() const { return m_lines; }
    QDoubleSpinBox* spinAt(int row, Column column) const;
    QDateEdit* receivedOnEdit() const { return m_receivedOn; }
    LocationCombo* locationCombo() const { return m_location; }
    QLineEdit* freightEdit() const { return m_freight; }
    QLineEdit* customsEdit() const { return m_customs; }
    QLineEdit* feesEdit() const { return m_fees; }
    QComboBox* spreadCombo() const { return m_spread; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* receiveButton() const { return m_receive; }
    // What the last scan or check said.
    QString messageText() const;
    QString errorText() const;
    int refusedScans() const { return m_refused; }

    // One scan as the scanner typed it; true when it counted a unit.
    bool scan(const QString& text);
    // Sets every line's accepted units to what it still expects.
    void acceptAllOutstanding();
    // The receipt the form describes; nullopt while a field is not valid (with the reason shown).
    std::optional<ReceiptDraft> formDraft();
    // Posts the receipt; closes on success. False with the reason shown.
    bool receive();
    const std::optional<PurchaseOrderService::ReceiveResult>& receiveResult() const { return m_result; }

private:
    enum class Feedback
    {
        None,
        Good,
        Problem
    };
    void submitScan();
    void refuse(const QString& message);
    void flash(Feedback feedback, const QString& message);
    void update();
    QDoubleSpinBox* makeSpin(int row, double maximum);
    Quantity valueAt(int row, Column column) const;
    std::optional<qint64> moneyOf(QLineEdit* edit, QString* problem) const;

    Services m_services;
    Actor m_actor;
    PurchaseOrder m_order;
    QString m_shopCurrency;
    std::optional<PurchaseOrderService::ReceiveResult> m_result;
    int m_refused = 0;

    QLabel* m_title;
    ScanLineEdit* m_scan;
    QLabel* m_message;
    QTableWidget* m_lines;
    QLabel* m_progress;
    QDateEdit* m_receivedOn;
    LocationCombo* m_location;
    QLineEdit* m_freight;
    QLineEdit* m_customs;
    QLineEdit* m_fees;
    QComboBox* m_spread;
    QLineEdit* m_note;
    QLabel* m_error;
    QPushButton* m_acceptAll;
    QPushButton* m_receive;
};

} // namespace kontor
