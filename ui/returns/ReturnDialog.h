#pragma once

// ReturnDialog: opens a return (RMA) against a shipped or delivered order. The order is given
// (from the orders page) or found by its number; its lines are listed with what can still be
// returned (ReturnService::returnable), and per line the user enters the quantity coming back, the
// reason, the condition, the decision (back to stock, quarantine, write-off, back to the supplier)
// and the refund, prefilled with the line's share of the order. The resolution is a refund or an
// exchange. Mistakes are shown as they are typed; the service's refusals keep the dialog open.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace kontor {

class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Shipped,
        Returnable,
        ToReturn, // editable: the quantity coming back
        Reason,
        Condition,
        Decision,
        Refund,
        ColumnCount
    };

    // With an order id the dialog opens on that order (and it cannot be changed); without one the
    // user finds the order by its number.
    ReturnDialog(Services services, Actor actor, const Id& orderId = {}, QWidget* parent = nullptr);

    // "New return" for an order, for other pages (the orders page): runs the dialog and returns
    // the return it opened, or nullopt when the user cancelled.
    static std::optional<Return> newReturnForOrder(Services services, const Actor& actor, const Id& orderId,
                                                   QWidget* parent = nullptr);

    // Finds the order by number (or shop reference), as if typed and Find pressed; false with the
    // reason shown when it cannot be returned.
    bool findOrder(const QString& number);
    Id orderId() const { return m_order ? m_order->id : Id(); }

    // ---- the lines, as the user edits them ----
    QTableWidget* table() const { return m_table; }
    int lineCount() const { return int(m_rows.size()); }
    Quantity returnableAt(int row) const;
    void setQuantityText(int row, const QString& text);
    void setReason(int row, ReturnReason reason);
    void setCondition(int row, const QString& text);
    void setDecision(int row, ReturnDecision decision);
    void setRefundText(int row, const QString& text);
    QString refundText(int row) const;
    void setResolution(ReturnResolution resolution);
    void setNote(const QString& note);
    // The refund of the lines being returned, in the order's currency.
    qint64 totalRefund() const;

    // The return as the form holds it; nullopt while something is not valid.
    std::optional<Return> draft() const;
    // The return the service opened (after Accepted).
    const Return& created() const { return m_created; }

    QPushButton* okButton() const;
    QString orderErrorText() const;
    QString linesErrorText() const;
    QString errorText() const;

    // Opens the return; closes only when the service accepted it.
    void accept() override;

private:
    struct Row
    {
        OrderLine line;
        Quantity returnable;
        QString unitCode;
        QLineEdit* quantity = nullptr;
        QComboBox* reason = nullptr;
        QLineEdit* condition = nullptr;
        QComboBox* decision = nullptr;
        QLineEdit* refund = nullptr;
        bool refundTouched = false;
        bool decisionTouched = false;
    };

    void showOrder(const Order& order);
    void clearOrder();
    void addRow(const OrderLine& line, Quantity returnable);
    void onQuantityEdited(int row);
    void onReasonChanged(int row);
    // The quantity of a row (0 when empty); nullopt with the problem when not valid.
    std::optional<Quantity> quantityAt(int row, QString* problem = nullptr) const;
    // The refund of a row; nullopt with the problem when not valid.
    std::optional<qint64> refundAt(int row, Quantity quantity, QString* problem = nullptr) const;
    qint64 shareOf(const OrderLine& line, Quantity quantity) const;
    void revalidate();
    QString currency() const;

    Services m_services;
    Actor m_actor;
    std::optional<Order> m_order;
    QList<Row> m_rows;
    Return m_created;

    QLineEdit* m_number;
    QPushButton* m_find;
    QLabel* m_orderError;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_linesError;
    QRadioButton* m_refund;
    QRadioButton* m_exchange;
    QLineEdit* m_note;
    QLabel* m_total;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
