#pragma once

// PackingDialog: packs one order with scan-to-verify. The scan field keeps the focus (a handheld
// scanner types the code and Enter); every scan is checked by PackingVerifier against what the
// order needs, the lines turn amber and green as they fill, and a refused scan (wrong item, too
// many, the same marking code twice, an unknown code) is shown big and red with three beeps.
// "Close parcel" is enabled only when everything is scanned, and marks the order packed
// (OrderService::markPacked: the order must be in picking).

#include "orders/PackingVerifier.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace kontor {

class OrderService;
class PackingLineModel;
class ProductService;
class ScanLineEdit;

class PackingDialog : public QDialog
{
    Q_OBJECT

public:
    PackingDialog(OrderService& orders, ProductService& products, const Actor& actor, const Id& orderId,
                  QWidget* parent = nullptr);
    ~PackingDialog() override;

    // Handles one scan as if the scanner typed it and pressed Enter; returns the verdict, or
    // nullopt when scanning is not possible (the order cannot be packed now) or the lookup failed.
    std::optional<PackingScan> scan(const QString& text);
    // Takes back the last accepted scan.
    void undoLastScan();
    // Marks the order packed (when every line is scanned); closes the dialog on success.
    bool closeParcel();

    const PackingVerifier* verifier() const { return m_verifier ? &*m_verifier : nullptr; }
    ScanLineEdit* scanField() const { return m_input; }
    QPushButton* closeParcelButton() const { return m_closeButton; }
    QLabel* messageLabel() const { return m_message; }
    QTableView* linesView() const { return m_view; }
    PackingLineModel* linesModel() const { return m_model; }

Q_SIGNALS:
    void packed(const kontor::Id& orderId);

private:
    enum class Feedback
    {
        None,
        Good,
        Done,
        Problem
    };
    void load();
    void submit();
    void flash(Feedback feedback, const QString& message);
    void refresh();

    OrderService& m_orders;
    ProductService& m_products;
    Actor m_actor;
    Id m_orderId;
    QString m_orderNumber;
    std::optional<PackingVerifier> m_verifier;
    bool m_canPack = false;

    QLabel* m_title;
    QLabel* m_details;
    ScanLineEdit* m_input;
    QFrame* m_flash;
    QLabel* m_message;
    PackingLineModel* m_model;
    QTableView* m_view;
    QLabel* m_progress;
    QPushButton* m_undoButton;
    QPushButton* m_closeButton;
};

} // namespace kontor
