#pragma once

// ShopDetailsService: reads and saves the seller's details (ShopDetails) as keys of the synced
// shop_settings table. Anyone may read them (every printed document needs them); saving needs
// ManageSettings, checks the Russian codes (ИНН and account check digits, КПП, ОГРН, БИК) so a
// typo does not end up on an invoice, and writes only the keys that changed, each with its
// change-log row, plus one audit entry.

#include "ShopDetails.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

class ShopDetailsService : public QObject
{
    Q_OBJECT

public:
    explicit ShopDetailsService(Database& db, QObject* parent = nullptr);

    Result<ShopDetails> details(const Actor& actor);
    // Saves the details (trimmed; spaces inside codes and accounts dropped); returns what was saved.
    Result<ShopDetails> save(const Actor& actor, const ShopDetails& details);

    // The checks save() makes, with the field at fault: "tax_id", "bank_account", ...
    [[nodiscard]] static Result<void> check(const ShopDetails& details);
    // What save() stores: trimmed text, codes and accounts without spaces.
    static ShopDetails normalized(const ShopDetails& details);
    // The id of a key's change-log rows: the same on every device (a name-based UUID of the key),
    // since shop_settings rows are keyed by name, not by a UUID.
    static Id rowId(QStringView key);

Q_SIGNALS:
    void detailsChanged();

private:
    Database& m_db;
};

} // namespace kontor
