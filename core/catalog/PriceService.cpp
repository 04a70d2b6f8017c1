#include "PriceService.h"

#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QCollator>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kontor {

PriceService::PriceService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Result<PriceQuote> PriceService::quote(const Actor& actor, const Id& productId, const QString& channel,
                                       const Id& priceListId, Quantity quantity)
{
    Q_UNUSED(actor);
    auto q =
        m_db.connection().query("SELECT list_price, sale_price, "
                                "(SELECT price FROM channel_prices WHERE product_id = ?1 AND channel = ?2), "
                                "(SELECT t.price FROM price_list_tiers t JOIN price_lists l ON l.id = "
                                "t.price_list_id AND l.archived = 0 "
                                "  WHERE t.price_list_id = ?3 AND t.product_id = ?1 AND t.min_quantity <= ?4 "
                                "  ORDER BY t.min_quantity DESC LIMIT 1) "
                                "FROM products WHERE id = ?1");
    q.bindAll(productId, channel, priceListId, quantity.milli());
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The product does not exist."), u"product"_qs);
    PriceQuote quote{q.int64(0), PriceSource::ListPrice};
    if (!q.isNull(3))
        quote = {q.int64(3), PriceSource::PriceList};
    else if (!q.isNull(2))
        quote = {q.int64(2), PriceSource::ChannelPrice};
    else if (!q.isNull(1))
        quote = {q.int64(1), PriceSource::SalePrice};
    return quote;
}

Result<QList<std::pair<QString, qint64>>> PriceService::channelPrices(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT channel, price FROM channel_prices WHERE product_id = ? ORDER BY channel");
    q.bind(productId);
    QList<std::pair<QString, qint64>> prices;
    if (auto ok = q.forEachRow([&] { prices.append({q.text(0), q.int64(1)}); }); !ok)
        return fail(ok.error());
    return prices;
}

Result<void> PriceService::setChannelPrice(const Actor& actor, const Id& productId, const QString& channel,
                                           std::optional<qint64> price)
{
    if (auto ok = require(actor, Permission::EditPrices); !ok)
        return ok;
    if (price && *price < 0)
        return fail(ErrorCode::Invalid, tr("A price cannot be negative."), u"price"_qs);
    if (channel.isEmpty())
        return fail(ErrorCode::Invalid, tr("A channel price needs its channel."), u"channel"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    // The row's key is (product, channel): its change-log id is made from both, so prices of two
    // channels of one product stay two rows when they sync.
    const Id rowId = Id::fromKey(QString(u"channel_prices/" + productId.toString() + u'/' + channel));
    auto hlc = ChangeLog::record(
        m_db, c, actor.userId, u"channel_prices", rowId, price ? ChangeOp::Update : ChangeOp::Delete,
        {{u"channel"_qs, channel}, {u"price"_qs, price ? QJsonValue(double(*price)) : QJsonValue()}});
    if (!hlc)
        return fail(hlc.error());
    auto q =
        price ? c.query("INSERT INTO channel_prices(product_id, channel, price, hlc) VALUES(?1, ?2, ?3, ?4) "
                        "ON CONFLICT(product_id, channel) DO UPDATE SET price = ?3, hlc = ?4")
              : c.query("DELETE FROM channel_prices WHERE product_id = ?1 AND channel = ?2");
    q.bindAll(productId, channel);
    if (price)
        q.bindAll(*price, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(
            c, actor, m_db.clock().nowMs(), u"price.channel", u"product", productId, channel, {},
            {{u"channel"_qs, channel}, {u"price"_qs, price ? QJsonValue(double(*price)) : QJsonValue()}});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT pricesChanged();
    return {};
}

Result<QList<PriceList>> PriceService::priceLists(const Actor& actor, bool includeArchived)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query("SELECT id, name, archived FROM price_lists WHERE ? OR archived = 0");
    q.bind(includeArchived);
    QList<PriceList> lists;
    if (auto ok = q.forEachRow([&] {
            lists.append(PriceList{q.id(0), q.text(1), q.int64(2) != 0, {}});
        });
        !ok)
        return fail(ok.error());
    for (PriceList& list : lists) {
        auto t = c.query("SELECT t.product_id, p.sku, t.min_quantity, t.price FROM price_list_tiers t "
                         "JOIN products p ON p.id = t.product_id WHERE t.price_list_id = ? "
                         "ORDER BY p.sku, t.min_quantity");
        t.bind(list.id);
        if (auto ok = t.forEachRow([&] {
                list.tiers.append(PriceTier{t.id(0), t.text(1), Quantity::fromMilli(t.int64(2)), t.int64(3)});
            });
            !ok)
            return fail(ok.error());
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(lists.begin(), lists.end(),
              [&](const PriceList& a, const PriceList& b) { return collator.compare(a.name, b.name) < 0; });
    return lists;
}

Result<PriceList> PriceService::savePriceList(const Actor& actor, const PriceList& draft)
{
    if (auto ok = require(actor, Permission::EditPrices); !ok)
        return fail(ok.error());
    PriceList list = draft;
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return fail(ErrorCode::Invalid, tr("A price list needs a name."), u"name"_qs);
    QSet<std::pair<Id, qint64>> seen;
    for (qsizetype i = 0; i < list.tiers.size(); ++i) {
        const PriceTier& t = list.tiers[i];
        if (t.minQuantity.milli() <= 0 || t.price < 0)
            return fail(
                ErrorCode::Invalid,
                tr("Tier %1: the minimum quantity must be positive and the price not negative.").arg(i + 1),
                u"tier"_qs);
        if (seen.contains({t.productId, t.minQuantity.milli()}))
            return fail(ErrorCode::Invalid,
                        tr("Tier %1 repeats a product with the same minimum quantity.").arg(i + 1),
                        u"tier"_qs);
        seen.insert({t.productId, t.minQuantity.milli()});
    }
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const bool isNew = list.id.isNull();
    if (isNew)
        list.id = Id::create();
    QJsonArray tiers;
    for (const PriceTier& t : list.tiers)
        tiers.append(QJsonObject{{u"product_id"_qs, t.productId.toString()},
                                 {u"min_quantity"_qs, double(t.minQuantity.milli())},
                                 {u"price"_qs, double(t.price)}});
    auto hlc = ChangeLog::record(
        m_db, c, actor.userId, u"price_lists", list.id, isNew ? ChangeOp::Insert : ChangeOp::Update,
        {{u"name"_qs, list.name}, {u"archived"_qs, list.archived}, {u"tiers"_qs, tiers}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO price_lists(id, name, archived, hlc) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(id) DO UPDATE SET name = ?2, archived = ?3, hlc = ?4");
    q.bindAll(list.id, list.name, list.archived, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    auto del = c.query("DELETE FROM price_list_tiers WHERE price_list_id = ?");
    del.bind(list.id);
    if (auto ok = del.run(); !ok)
        return fail(ok.error());
    for (const PriceTier& t : list.tiers) {
        auto ins =
            c.query("INSERT INTO price_list_tiers(price_list_id, product_id, min_quantity, price, hlc) "
                    "VALUES(?, ?, ?, ?, ?)");
        ins.bindAll(list.id, t.productId, t.minQuantity.milli(), t.price, *hlc);
        if (auto ok = ins.run(); !ok)
            return fail(ok.error());
    }
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"price.list", u"price_list", list.id,
                                   list.name, {}, {{u"tiers"_qs, tiers}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT pricesChanged();
    return list;
}

Result<QList<ExchangeRate>> PriceService::exchangeRates(const Actor& actor, const QString& currency)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT currency, valid_from, rate_e6 FROM exchange_rates "
                                     "WHERE ?1 = '' OR currency = ?1 ORDER BY currency, valid_from DESC");
    q.bind(currency);
    QList<ExchangeRate> rates;
    if (auto ok = q.forEachRow([&] { rates.append(ExchangeRate{q.text(0), q.int64(1), q.int64(2)}); }); !ok)
        return fail(ok.error());
    return rates;
}

Result<void> PriceService::setExchangeRate(const Actor& actor, const ExchangeRate& rate)
{
    if (auto ok = require(actor, Permission::EditPrices); !ok)
        return ok;
    const QString currency = rate.currency.trimmed().toUpper();
    if (currency.size() != 3 ||
        !std::all_of(currency.cbegin(), currency.cend(), [](QChar ch) { return ch.isLetter(); }))
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a currency code such as USD.").arg(rate.currency),
                    u"currency"_qs);
    if (rate.rateE6 <= 0)
        return fail(ErrorCode::Invalid, tr("An exchange rate must be positive."), u"rate"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc = ChangeLog::record(
        m_db, c, actor.userId, u"exchange_rates",
        Id::fromKey(QString(u"exchange_rates/" + currency + u'/' + QString::number(rate.validFrom))),
        ChangeOp::Update,
        {{u"currency"_qs, currency},
         {u"valid_from"_qs, double(rate.validFrom)},
         {u"rate_e6"_qs, double(rate.rateE6)}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO exchange_rates(currency, valid_from, rate_e6, hlc) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(currency, valid_from) DO UPDATE SET rate_e6 = ?3, hlc = ?4");
    q.bindAll(currency, rate.validFrom, rate.rateE6, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT pricesChanged();
    return {};
}

Result<qint64> PriceService::rateAt(const Actor& actor, const QString& currency, qint64 at)
{
    Q_UNUSED(actor);
    auto q =
        m_db.connection().query("SELECT rate_e6 FROM exchange_rates WHERE currency = ? AND valid_from <= ? "
                                "ORDER BY valid_from DESC LIMIT 1");
    q.bindAll(currency, at);
    auto rate = q.scalarInt();
    if (!rate)
        return fail(rate.error());
    if (!*rate)
        return fail(ErrorCode::NotFound,
                    tr("There is no exchange rate for %1 on %2. Add it under Exchange rates.")
                        .arg(currency, QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).date(),
                                                          QLocale::ShortFormat)),
                    u"rate"_qs);
    return **rate;
}

Result<QList<VatRateChange>> PriceService::vatRateChanges(const Actor& actor)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT old_bp, new_bp, effective_from FROM vat_rate_changes ORDER BY effective_from DESC");
    QList<VatRateChange> changes;
    if (auto ok = q.forEachRow([&] {
            changes.append(VatRateChange{int(q.int64(0)), int(q.int64(1)), q.int64(2)});
        });
        !ok)
        return fail(ok.error());
    return changes;
}

Result<void> PriceService::addVatRateChange(const Actor& actor, const VatRateChange& change)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    if (change.oldBp < 0 || change.newBp < 0 || change.oldBp == change.newBp || change.oldBp > 10000 ||
        change.newBp > 10000)
        return fail(ErrorCode::Invalid, tr("A VAT change needs two different rates between 0 and 100 %."),
                    u"rate"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"vat_rate_changes",
                                 Id::fromKey(QString(u"vat_rate_changes/" + QString::number(change.newBp) +
                                                     u'/' + QString::number(change.effectiveFrom))),
                                 ChangeOp::Insert,
                                 {{u"old_bp"_qs, change.oldBp},
                                  {u"new_bp"_qs, change.newBp},
                                  {u"effective_from"_qs, double(change.effectiveFrom)}});
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("INSERT INTO vat_rate_changes(old_bp, new_bp, effective_from, hlc) VALUES(?1, ?2, ?3, ?4) "
                "ON CONFLICT(new_bp, effective_from) DO UPDATE SET old_bp = ?1, hlc = ?4");
    q.bindAll(change.oldBp, change.newBp, change.effectiveFrom, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"settings.vat_change", u"settings", Id(),
                                   tr("VAT %1 → %2").arg(change.oldBp).arg(change.newBp), {},
                                   {{u"old_bp"_qs, change.oldBp},
                                    {u"new_bp"_qs, change.newBp},
                                    {u"effective_from"_qs, double(change.effectiveFrom)}});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT pricesChanged();
    return {};
}

Result<std::optional<int>> PriceService::vatRateAt(const Actor& actor, std::optional<int> currentBp,
                                                   qint64 at)
{
    Q_UNUSED(actor);
    if (!currentBp)
        return currentBp;
    // Undo, newest first, every change that took effect after `at`.
    auto q = m_db.connection().query(
        "SELECT old_bp, new_bp FROM vat_rate_changes WHERE effective_from > ? ORDER BY effective_from DESC");
    q.bind(at);
    int rate = *currentBp;
    if (auto ok = q.forEachRow([&] {
            if (q.int64(1) == rate)
                rate = int(q.int64(0));
        });
        !ok)
        return fail(ok.error());
    return std::optional<int>(rate);
}

} // namespace kontor
