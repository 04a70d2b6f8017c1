#pragma once

// PriceService: what a product sells for, beyond the catalog's list and sale price: per-channel
// prices (a marketplace price may differ from the own site's), B2B price lists with volume tiers
// assigned to customers, exchange rates for orders in another currency, and VAT rate changes by
// date. OrderService asks it for the automatic price of every order line.

#include "common/Id.h"
#include "common/Quantity.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

#include <optional>

namespace kontor {

struct PriceTier
{
    Id productId;
    QString sku; // read only
    Quantity minQuantity;
    qint64 price = 0; // minor units of the shop currency
};

struct PriceList
{
    Id id;
    QString name;
    bool archived = false;
    QList<PriceTier> tiers;
};

struct ExchangeRate
{
    QString currency;
    qint64 validFrom = 0;
    qint64 rateE6 = 0; // shop currency per unit of `currency`, x 10^6
};

struct VatRateChange
{
    int oldBp = 0;
    int newBp = 0;
    qint64 effectiveFrom = 0;
};

// Where an automatic price came from, for the order editor to say so.
enum class PriceSource
{
    ListPrice,
    SalePrice,
    ChannelPrice,
    PriceList
};

struct PriceQuote
{
    qint64 price = 0; // minor units of the shop currency
    PriceSource source = PriceSource::ListPrice;
};

class PriceService : public QObject
{
    Q_OBJECT

public:
    explicit PriceService(Database& db, QObject* parent = nullptr);

    // The automatic price of `quantity` of a product sold through `channel` (a channel code, may be
    // empty) to a customer with `priceListId` (may be null), in the shop currency.
    Result<PriceQuote> quote(const Actor& actor, const Id& productId, const QString& channel,
                             const Id& priceListId, Quantity quantity);

    // ---- channel prices (EditPrices) ----
    Result<QList<std::pair<QString, qint64>>> channelPrices(const Actor& actor, const Id& productId);
    // nullopt removes the channel's own price.
    Result<void> setChannelPrice(const Actor& actor, const Id& productId, const QString& channel,
                                 std::optional<qint64> price);

    // ---- price lists (EditPrices) ----
    Result<QList<PriceList>> priceLists(const Actor& actor, bool includeArchived = false);
    // Creates or replaces a list with its tiers; a tier per product and minimum quantity.
    Result<PriceList> savePriceList(const Actor& actor, const PriceList& list);

    // ---- exchange rates (EditPrices) ----
    Result<QList<ExchangeRate>> exchangeRates(const Actor& actor, const QString& currency = {});
    Result<void> setExchangeRate(const Actor& actor, const ExchangeRate& rate);
    // The rate in force at `at` (the latest from on or before it); NotFound when none is.
    Result<qint64> rateAt(const Actor& actor, const QString& currency, qint64 at);

    // ---- VAT rate changes (ManageSettings) ----
    Result<QList<VatRateChange>> vatRateChanges(const Actor& actor);
    Result<void> addVatRateChange(const Actor& actor, const VatRateChange& change);
    // The rate a product with today's rate `currentBp` had at `at`.
    Result<std::optional<int>> vatRateAt(const Actor& actor, std::optional<int> currentBp, qint64 at);

Q_SIGNALS:
    void pricesChanged();

private:
    Database& m_db;
};

} // namespace kontor
