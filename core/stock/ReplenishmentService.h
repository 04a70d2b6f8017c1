#pragma once

// ReplenishmentService: what to reorder and what sits idle, by the stock figures of DOMAIN.md.
// Demand, days of cover, safety stock, reorder point and target (max) per product, the suggested
// order quantity, and the low-stock, overstock and dead-stock flags; plus the per product and
// location rules (replenishment_rules) that override the computed figures.
//
// Definitions (all over the sellable locations, storage and packing, of the scope: every warehouse
// or one):
// - Days. The last N days are N whole 24-hour days ending at the start of today in the shop's time
//   zone (today, still running, is left out). "On hand at the start of a day" follows the ledger's
//   count rule at that instant: the latest count before it plus the movements after that count and
//   before it.
// - Units sold on a day = -(sum of shipment movements) that day; a shipment's reversal has the
//   same kind and date with the opposite sign, so the two cancel. Never below zero.
// - A day is out of stock when the product had no sellable stock (on hand <= 0) at the start of
//   the day and sold nothing that day. Those days are left out of the average and of sigma: a
//   product that could not sell did not show its demand. Average daily demand = units sold over
//   the other days / their number (0 when every day was out of stock).
// - sigma = the sample standard deviation (n - 1) of the daily units over the in-stock days; 0 with
//   fewer than two such days.
// - Lead time: the rule's, else the learned one (the learnedLeadTime hook, purchasing; none yet),
//   else the default parameter.
// - Safety stock: the rule's, else z x sigma x sqrt(lead time), z from the service level.
//   Reorder point: the rule's, else demand x lead time + safety stock. Target (max): the rule's,
//   else reorder point + demand x review period. Each computed part (safety stock, demand x lead
//   time, demand x review period) is rounded up to a whole unit for pieces, half up to the
//   thousandth for other units.
// - Available = on hand - reserved. Days of cover = max(0, available) / demand; no demand, no
//   figure (never a division by zero).
// - Low stock (below the reorder point): available <= reorder point, for an active product with
//   demand or a rule that sets a reorder point, safety stock or target (without either, the
//   reorder point would be 0 and every product out of stock would be listed).
// - Suggested order quantity (min/max): for a product below its reorder point, target -
//   (available + on order), rounded up to a whole unit for pieces; 0 otherwise. On order comes
//   from the onOrder hook (purchasing; 0 until it exists).
// - Overstock: available above the target where the target means something (demand, or a target
//   set by a rule), or more days of cover than the overstock parameter.
// - Dead stock: on hand > 0, no sale at or after now - N days (default 90) and first received
//   before it. First received = the earliest moment stock arrived at any location of the scope:
//   a receipt, or opening stock entered as an adjustment or a count if that came first (any
//   movement that adds stock and was not reversed, or a count above zero). So stock that sat
//   since an opening adjustment is dead even if a receipt came later.
// - Archived products are never low stock or suggested; they can be overstock or dead stock.
// - Kits have no stock of their own: they get no line; their sales are their components' shipments.
// - Rules are kept per product and location. Over a scope with several sellable locations, the
//   quantities set by their rules add up and the longest lead time counts; with one location
//   (the usual case) this is simply that location's rule.
//
// analyse() reads with a handful of set-based queries in one snapshot and computes in C++, so it
// may run on a worker thread (each thread gets its own connection).

#include "Stock.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QList>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace kontor {

struct ReplenishmentParams
{
    int demandDays = 28;
    double serviceLevel = 0.95; // 0.5 .. 0.9999
    int defaultLeadTimeDays = 14;
    int reviewDays = 14;
    int deadDays = 90;
    int overstockDays = 180;
    qint64 now = 0; // 0: the database clock
    // Where days begin; an invalid zone (no tzdata) counts as UTC.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

enum class LeadTimeSource
{
    Rule,
    Learned,
    Default
};

struct ReplenishmentLine
{
    Id productId;
    QString sku;
    QString name;
    QString unit; // "pcs", "kg", ...
    bool archived = false;
    Quantity onHand;
    Quantity reserved;
    Quantity available;
    Quantity onOrder;
    double dailyDemand = 0; // units per day
    double demandSigma = 0; // units per day
    int inStockDays = 0;    // days of the demand window that counted
    std::optional<double> daysOfCover;
    double leadTimeDays = 0;
    LeadTimeSource leadTimeSource = LeadTimeSource::Default;
    Quantity safetyStock;
    Quantity reorderPoint;
    Quantity target;
    Quantity suggested;
    Quantity excess; // available - target when overstocked
    bool safetyStockFromRule = false;
    bool reorderPointFromRule = false;
    bool targetFromRule = false;
    bool hasRule = false;
    bool belowReorderPoint = false;
    bool overstock = false;
    bool dead = false;
    std::optional<qint64> lastSaleAt;
    // Found only where it decides dead stock: products in stock without a sale since the cut-off.
    std::optional<qint64> firstReceivedAt;
};

// A rule for one product at one sellable location; an unset field is computed.
struct ReplenishmentRule
{
    Id productId;
    Id locationId;
    std::optional<Quantity> reorderPoint;
    std::optional<Quantity> target;
    std::optional<Quantity> safetyStock;
    std::optional<int> leadTimeDays;

    bool isEmpty() const { return !reorderPoint && !target && !safetyStock && !leadTimeDays; }
    bool operator==(const ReplenishmentRule&) const = default;
};

class ReplenishmentService : public QObject
{
    Q_OBJECT

public:
    using LearnedLeadTime = std::function<std::optional<double>(const Id& product)>;
    using OnOrder = std::function<Quantity(const Id& product)>;
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int MaxLeadTimeDays = 365;
    static constexpr int MaxWindowDays = 3650;

    explicit ReplenishmentService(Database& db, QObject* parent = nullptr);

    // Hooks for purchasing (not built yet): the lead time learned from receipts, and the quantity
    // already on order. Without them there is no learned lead time and nothing is on order. They
    // are called from the thread that runs analyse().
    void setLearnedLeadTime(LearnedLeadTime hook) { m_learnedLeadTime = std::move(hook); }
    void setOnOrder(OnOrder hook) { m_onOrder = std::move(hook); }

    // z of the normal distribution for a service level (0.95 -> 1.6449).
    static double zForServiceLevel(double serviceLevel);
    static QString leadTimeSourceName(LeadTimeSource source);

    // One line per product that is not deleted and not a kit, in the order products were created.
    // `progress` (optional) is called between steps; returning false cancels (ErrorCode::Cancelled).
    Result<QList<ReplenishmentLine>> analyse(const Actor& actor, const ReplenishmentParams& params,
                                             const Id& warehouseId = {}, const Progress& progress = {});
    Result<QList<Id>> belowReorderPoint(const Actor& actor, const ReplenishmentParams& params,
                                        const Id& warehouseId = {});
    Result<QList<Id>> deadStock(const Actor& actor, const ReplenishmentParams& params,
                                const Id& warehouseId = {});

    // ---- rules (EditCatalog) ----
    // Saves the rule (an empty rule removes it). Quantities must not be negative, pieces whole,
    // the target at least the reorder point, the lead time 0..MaxLeadTimeDays days.
    Result<void> setRule(const Actor& actor, const ReplenishmentRule& rule);
    Result<std::optional<ReplenishmentRule>> rule(const Actor& actor, const Id& productId,
                                                  const Id& locationId);
    // Every rule of a product, at any location.
    Result<QList<ReplenishmentRule>> rules(const Actor& actor, const Id& productId);
    Result<void> removeRule(const Actor& actor, const Id& productId, const Id& locationId);

    // ---- export (ExportData) ----
    // The lines as CSV (comma, UTF-8, a header row, numbers with a decimal point) into `filePath`.
    Result<void> exportCsv(const Actor& actor, const QList<ReplenishmentLine>& lines,
                           const QString& filePath);
    QString csvText(const QList<ReplenishmentLine>& lines) const;

Q_SIGNALS:
    void rulesChanged(const kontor::Id& productId);

private:
    Result<void> validateRule(Connection& c, const ReplenishmentRule& rule, QString& sku);

    Database& m_db;
    LearnedLeadTime m_learnedLeadTime;
    OnOrder m_onOrder;
};

} // namespace kontor
