#include "ShopDetails.h"

namespace kontor::ShopDetailsFields {

const QList<ShopDetailsField>& all()
{
    // The keys are stored and synced: never rename one.
    static const QList<ShopDetailsField> fields{
        {u"shop.name"_qs, &ShopDetails::shopName},
        {u"shop.legal_name"_qs, &ShopDetails::legalName},
        {u"shop.tax_id"_qs, &ShopDetails::taxId},
        {u"shop.tax_reason_code"_qs, &ShopDetails::taxReasonCode},
        {u"shop.ogrn"_qs, &ShopDetails::ogrn},
        {u"shop.legal_address"_qs, &ShopDetails::legalAddress},
        {u"shop.phone"_qs, &ShopDetails::phone},
        {u"shop.email"_qs, &ShopDetails::email},
        {u"shop.bank_name"_qs, &ShopDetails::bankName},
        {u"shop.bank_bic"_qs, &ShopDetails::bankBic},
        {u"shop.bank_account"_qs, &ShopDetails::bankAccount},
        {u"shop.correspondent_account"_qs, &ShopDetails::correspondentAccount},
        {u"shop.vat_note"_qs, &ShopDetails::vatNote},
    };
    return fields;
}

} // namespace kontor::ShopDetailsFields
