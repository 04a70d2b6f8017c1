#pragma once

// ChannelPricesDialog: one product's own price per sales channel (a marketplace may sell it dearer
// than the shop's site). An empty field means the channel sells at the usual price (the sale price
// when there is one, else the list price). Save sets or removes each changed channel's price
// through PriceService and shows its refusal. Read-only for those who may not edit prices.

#include "Services.h"
#include "catalog/PriceService.h"
#include "catalog/Product.h"
#include "orders/Order.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kontor {

class ChannelPricesDialog : public QDialog
{
    Q_OBJECT

public:
    ChannelPricesDialog(Services services, Actor actor, const Product& product, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    // The price field of a channel.
    QLineEdit* priceEdit(SalesChannel channel) const;
    QString errorText() const;

    // Saves the changed channels; false with the reason shown.
    bool save();
    // Saves; closes only when every channel was accepted.
    void accept() override;

private:
    Services m_services;
    Actor m_actor;
    Product m_product;
    QString m_currency;
    bool m_canEdit;
    QList<std::pair<SalesChannel, QLineEdit*>> m_edits;
    QHash<QString, qint64> m_stored; // channel code -> price as loaded or last saved
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor
