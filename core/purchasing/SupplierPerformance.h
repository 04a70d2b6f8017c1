#pragma once

// SupplierPerformance: supplier scorecards per period (and per contract), their trend by month,
// the drill-down behind every figure, the warnings of the purchasing area, and the data of the
// supplier report shared with the supplier.
//
// What falls in a period:
// - on-time, in-full, OTIF: PO lines of sent (not cancelled) POs whose due date falls in the
//   period and has passed by the evaluation date (a line not yet due is not judged; a line due
//   and still missing is late);
// - defects, mis-sorts, lead times and spend: receipts dated in the period;
// - penalties accrued: the penalties of the lines judged in the period; claimed and collected:
//   claims created in the period.
// Rates are basis points of summed, per-line capped units (DOMAIN.md), so they never exceed 100 %.

#include "PurchaseOrderService.h"
#include "SupplierService.h"

#include <QObject>

namespace kontor {

class PriceService;

// One PO line judged in a scorecard: what its figures came from.
struct ScorecardLine
{
    Id poId;
    QString poNumber;
    Id contractId;
    QString contractNumber;
    ContractTerms terms;
    Id productId;
    QString sku;
    QString name;
    QDate startOn;
    QDate dueOn;
    SlaLine sla;
    QString currency;
};

struct Scorecard
{
    Id supplierId;
    QString supplierName;
    Id contractId; // null: every contract
    QDate from;
    QDate to;
    QString currency; // the shop currency: money figures are converted to it

    int linesJudged = 0;
    Quantity unitsOrdered;
    Quantity unitsOnTime;
    Quantity unitsInFull;
    int linesOtif = 0;
    std::optional<int> onTimeBp;
    std::optional<int> inFullBp;
    std::optional<int> otifBp;

    int receipts = 0;
    Quantity unitsReceived; // accepted + defective + mis-sorted
    Quantity unitsDefective;
    Quantity unitsMissorted;
    std::optional<int> defectBp;
    std::optional<int> missortBp;

    LeadTimeStats leadTime;              // calendar days from confirmation to receipt
    std::optional<int> promisedLeadTime; // of the contract valid at the period's end

    qint64 penaltiesAccrued = 0;
    qint64 penaltiesClaimed = 0;
    qint64 penaltiesCollected = 0;
    qint64 spend = 0; // accepted goods at PO price, shop currency

    // Targets of the contract valid at the period's end (or the one asked for).
    std::optional<int> targetOnTimeBp;
    std::optional<int> targetInFullBp;
    std::optional<int> maxDefectBp;
    std::optional<int> maxMissortBp;

    bool onTimeBreached() const { return targetOnTimeBp && onTimeBp && *onTimeBp < *targetOnTimeBp; }
    bool inFullBreached() const { return targetInFullBp && inFullBp && *inFullBp < *targetInFullBp; }
    bool defectBreached() const { return maxDefectBp && defectBp && *defectBp > *maxDefectBp; }
    bool missortBreached() const { return maxMissortBp && missortBp && *missortBp > *maxMissortBp; }
    bool breached() const
    {
        return onTimeBreached() || inFullBreached() || defectBreached() || missortBreached();
    }
};

struct ScorecardMonth
{
    QDate month; // its first day
    std::optional<int> onTimeBp;
    std::optional<int> inFullBp;
    std::optional<int> otifBp;
    std::optional<int> defectBp;
    std::optional<double> leadTimeMean;
};

struct PurchasingWarnings
{
    QList<PoListRow> overduePos;
    QList<ContractReminder> expiringContracts;
    QList<Scorecard> breachingSuppliers; // this month so far
    int count() const
    {
        return int(overduePos.size() + expiringContracts.size() + breachingSuppliers.size());
    }
};

struct ForecastLine
{
    Id productId;
    QString sku;
    QString name;
    QString supplierSku;
    double dailyDemand = 0; // average units per day over the window
    Quantity forecast;      // daily demand x horizon, rounded up for pieces
    Quantity onOrder;
};

struct SupplierReport
{
    Supplier supplier;
    Scorecard scorecard;
    QList<Claim> openClaims;
    QList<ForecastLine> forecast;
    int horizonDays = 30;
    int demandDays = 28;
};

class SupplierPerformance : public QObject
{
    Q_OBJECT

public:
    SupplierPerformance(Database& db, PurchaseOrderService& orders, SupplierService& suppliers,
                        PriceService& prices, QObject* parent = nullptr);

    // ViewCosts or ManageSuppliers. `asOf` null: today.
    Result<Scorecard> scorecard(const Actor& actor, const Id& supplierId, QDate from, QDate to,
                                const Id& contractId = {}, QDate asOf = {});
    // Every supplier with activity in the period.
    Result<QList<Scorecard>> scorecards(const Actor& actor, QDate from, QDate to, QDate asOf = {});
    // The lines behind the on-time, in-full, OTIF and penalty figures of scorecard().
    Result<QList<ScorecardLine>> judgedLines(const Actor& actor, const Id& supplierId, QDate from, QDate to,
                                             const Id& contractId = {}, QDate asOf = {});
    // The last `months` calendar months up to the one holding `asOf`.
    Result<QList<ScorecardMonth>> trend(const Actor& actor, const Id& supplierId, int months,
                                        QDate asOf = {});
    Result<PurchasingWarnings> warnings(const Actor& actor, QDate today = {});
    Result<SupplierReport> report(const Actor& actor, const Id& supplierId, QDate from, QDate to,
                                  int horizonDays = 30, int demandDays = 28);

private:
    // Money of a PO in the shop currency at the rate of `day`; unchanged when it is in the shop currency.
    Result<qint64> toShop(const Actor& actor, qint64 amount, const QString& currency, const QString& shop,
                          QDate day);

    Database& m_db;
    PurchaseOrderService& m_orders;
    SupplierService& m_suppliers;
    PriceService& m_prices;
};

} // namespace kontor
