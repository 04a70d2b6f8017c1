#pragma once

// ShopDetails: the seller as printed on order documents (waybill, invoice, packing slip): names,
// Russian company codes (ИНН, КПП, ОГРН), address, contacts and bank details. Plain data;
// ShopDetailsService reads, checks and saves it as keys of the shop_settings table.

#include <QList>
#include <QString>

namespace kontor {

struct ShopDetails
{
    QString shopName;      // the trading name customers know
    QString legalName;     // ООО «Ромашка», ИП Иванов И. И.
    QString taxId;         // ИНН: 10 digits (company) or 12 (sole trader, person)
    QString taxReasonCode; // КПП: 9 characters, companies only
    QString ogrn;          // ОГРН (13 digits) or ОГРНИП (15), optional
    QString legalAddress;
    QString phone;
    QString email;
    QString bankName;
    QString bankBic;              // БИК: 9 digits
    QString bankAccount;          // расчётный счёт: 20 digits
    QString correspondentAccount; // корреспондентский счёт: 20 digits
    QString vatNote;              // printed when the goods carry no VAT: "Без НДС (УСН)"

    // The name to print as the seller: the legal name, else the shop name.
    QString sellerName() const { return legalName.isEmpty() ? shopName : legalName; }
    bool hasBankDetails() const { return !bankAccount.isEmpty() || !bankBic.isEmpty(); }
    bool operator==(const ShopDetails&) const = default;
};

// One stored field of ShopDetails: its shop_settings key and where it lives in the struct.
struct ShopDetailsField
{
    QString key; // "shop.legal_name", ...
    QString ShopDetails::*member;
};

namespace ShopDetailsFields {
// Every field, in the order the settings dialog shows them.
const QList<ShopDetailsField>& all();
} // namespace ShopDetailsFields

} // namespace kontor
