#pragma once

// ProductSupplierDialog: a product's preferred supplier (replenishment groups draft purchase
// orders by it) and whether that supplier dropships the product, i.e. ships it straight to the
// customer so an order line for it moves no stock. Opened from the product editor; saved through
// SupplierService at once.

#include "Services.h"
#include "purchasing/SupplierService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace kontor {

class ProductSupplierDialog : public QDialog
{
    Q_OBJECT

public:
    ProductSupplierDialog(Services services, Actor actor, const Id& productId, const QString& productText,
                          QWidget* parent = nullptr);

    QComboBox* supplierCombo() const { return m_supplier; }
    QCheckBox* dropshipCheck() const { return m_dropship; }
    QString errorText() const;

    // Saves the choice; closes only when the service accepted it.
    void accept() override;

    // "Textile Wholesale · dropshipped", or "none" (for the editor's line).
    static QString describe(Services services, const Actor& actor, const Id& productId);

private:
    void updateDropship();

    Services m_services;
    Actor m_actor;
    Id m_productId;
    QComboBox* m_supplier;
    QCheckBox* m_dropship;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace kontor
