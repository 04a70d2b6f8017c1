#pragma once

// ShopDetailsForm: the "Shop details" tab of the settings dialog: the seller's names, company
// codes, address, contacts and bank details printed on waybills and invoices. Read-only for a
// user without ManageSettings (who still sees what the documents print).

#include "orders/ShopDetails.h"
#include "security/Actor.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kontor {

class ShopDetailsService;

class ShopDetailsForm : public QWidget
{
    Q_OBJECT

public:
    ShopDetailsForm(ShopDetailsService& service, const Actor& actor, QWidget* parent = nullptr);

    bool canEdit() const { return m_canEdit; }
    ShopDetails details() const;
    void setDetails(const ShopDetails& details);
    bool isModified() const { return details() != m_loaded; }
    // Saves when changed; on an error shows it, focuses the field at fault and returns false.
    bool save();

    // The editor of a stored key ("shop.tax_id"), for tests.
    QWidget* editor(const QString& key) const;

private:
    ShopDetailsService& m_service;
    Actor m_actor;
    bool m_canEdit;
    ShopDetails m_loaded;
    QHash<QString, QLineEdit*> m_lines; // by key
    QPlainTextEdit* m_address;
    QLabel* m_error;
};

} // namespace kontor
