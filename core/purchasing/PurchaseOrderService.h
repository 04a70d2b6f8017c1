#pragma once

// PurchaseOrderService: purchase orders and what happens to them.
//
// - Lifecycle as an explicit state machine: draft -> sent -> confirmed -> partially received ->
//   received -> closed; cancel before anything arrived; close short from partially received (the
//   rest will not come: the contract's shortage clause applies). Every transition is one
//   transaction with an event (time, user, note); illegal moves are refused with the reason.
// - Lines come from the price list of the contract valid on the PO's date (supplier SKU, price,
//   minimum quantity, pack size); a price typed by hand is kept and flagged. The contract's
//   volume discount applies to the whole PO.
// - Due date = the contract's start event (confirmation, or prepayment where the contract says so)
//   + its lead time, in calendar or business days (SupplierSla::dueDate).
// - Receipts: per line accepted, defective and mis-sorted units, dated by the user (the SLA is
//   measured on that date). Accepted goods enter stock at the PO price (net of the discount, in
//   the shop currency at the receipt date's rate) plus the receipt's landed costs spread by value
//   or weight; defective and mis-sorted units go to quarantine at the same cost, and a supplier
//   claim is opened for them with the contract's penalties. All in one transaction.
// - Dropship: a PO of kind dropship is made for the dropshipped lines of a sales order; it moves
//   no stock and is tracked until the supplier reports the parcel shipped.
//
// Permissions: ManagePurchases for POs, MoveStock to receive, ManageSuppliers for claims; prices
// need ViewCosts to be read (without it they read as 0 and PoListRow::total as 0).

#include "Purchasing.h"
#include "SupplierSla.h"
#include "catalog/PriceService.h"
#include "security/Actor.h"
#include "settings/CalendarService.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace kontor {

class StockService;
class SupplierService;

// A replenishment suggestion to turn into a draft PO.
struct PurchaseSuggestion
{
    Id productId;
    Quantity quantity;
};

// The SLA evaluation of one PO with what it was computed from (the drill-down).
struct PoEvaluation
{
    Id poId;
    QString poNumber;
    Id contractId;
    QString contractNumber;
    QString currency; // of the PO: values and penalties are in it
    ContractTerms terms;
    QDate startOn; // the start event's date
    SlaOrder sla;  // lines in the PO's order
    QList<PoLine> lines;
};

class PurchaseOrderService : public QObject
{
    Q_OBJECT

public:
    PurchaseOrderService(Database& db, StockService& stock, SupplierService& suppliers,
                         QObject* parent = nullptr);

    static QString reservationKind() { return u"purchase_order"_qs; }
    static QList<PoStatus> allowedTransitions(PoStatus status);
    static bool canTransition(PoStatus from, PoStatus to);

    // ---- drafts ----
    // A draft for the supplier dated today, in the currency of its contract valid today (else the
    // supplier's), received at the main storage location.
    Result<PurchaseOrder> newDraft(const Actor& actor, const Id& supplierId);
    // A line priced from the contract valid on the PO's date; manualPrice when it has no price.
    // Refused below the contract's minimum quantity or off its pack size, with the reason.
    Result<PoLine> lineFor(const Actor& actor, const PurchaseOrder& po, const Id& productId,
                           Quantity quantity);
    Result<PurchaseOrder> create(const Actor& actor, const PurchaseOrder& draft);
    Result<PurchaseOrder> updateDraft(const Actor& actor, const PurchaseOrder& draft);
    // Draft POs from replenishment suggestions, one per preferred supplier (products without one
    // are returned in `unassigned`).
    struct DraftsFromSuggestions
    {
        QList<PurchaseOrder> orders;
        QList<Id> unassigned;
    };
    Result<DraftsFromSuggestions> draftsFromSuggestions(const Actor& actor,
                                                        const QList<PurchaseSuggestion>& suggestions);

    // ---- lifecycle ----
    // Refused below the contract's minimum order value. `sentOn`: when it went (null: now).
    Result<PurchaseOrder> send(const Actor& actor, const Id& poId, QDate sentOn = {});
    // Sets the due date when the contract runs the lead time from confirmation.
    Result<PurchaseOrder> confirm(const Actor& actor, const Id& poId, QDate confirmedOn = {});
    // Sets the due date when the contract runs the lead time from prepayment.
    Result<PurchaseOrder> recordPrepayment(const Actor& actor, const Id& poId, qint64 amount,
                                           QDate paidOn = {});
    Result<PurchaseOrder> cancel(const Actor& actor, const Id& poId, const QString& reason = {});
    // Received -> closed, or partially received -> closed short.
    Result<PurchaseOrder> close(const Actor& actor, const Id& poId, const QString& note = {}, QDate on = {});
    Result<PurchaseOrder> backToDraft(const Actor& actor, const Id& poId);

    // ---- receipts ----
    // Refused for a PO that is not sent, confirmed or partially received, for an empty receipt, and
    // for more than the line still expects (over-delivery is accepted up to the ordered quantity;
    // the rest stays with the supplier). Returns the receipt and, when defects or mis-sorts came, the
    // claim opened for them.
    struct ReceiveResult
    {
        Receipt receipt;
        std::optional<Claim> claim;
    };
    Result<ReceiveResult> receive(const Actor& actor, const ReceiptDraft& draft);
    Result<QList<Receipt>> receipts(const Actor& actor, const Id& poId);

    // ---- dropship ----
    // A dropship PO per supplier for the sales order's lines whose product is dropshipped, sent at
    // once (the order to the supplier). Lines already on a dropship PO are skipped.
    Result<QList<PurchaseOrder>> createDropship(const Actor& actor, const Id& salesOrderId);
    Result<PurchaseOrder> markSupplierShipped(const Actor& actor, const Id& poId, const QString& tracking,
                                              QDate shippedOn = {});
    Result<QList<PurchaseOrder>> dropshipOrdersFor(const Actor& actor, const Id& salesOrderId);

    // ---- claims ----
    Result<QList<Claim>> claims(const Actor& actor, const ClaimFilter& filter = {});
    Result<Claim> claim(const Actor& actor, const Id& claimId);
    // A claim for lateness and shortages of a PO as evaluated today (nothing to claim: refused).
    Result<Claim> claimLateness(const Actor& actor, const Id& poId);
    // open -> sent -> accepted -> paid; open or sent -> rejected; paid needs the amount collected.
    Result<Claim> setClaimStatus(const Actor& actor, const Id& claimId, ClaimStatus status,
                                 qint64 collected = 0, const QString& note = {});

    // ---- reads ----
    Result<PurchaseOrder> purchaseOrder(const Actor& actor, const Id& poId);
    Result<QList<PoListRow>> list(const Actor& actor, const PoFilter& filter = {});
    Result<QList<PoEvent>> events(const Actor& actor, const Id& poId);
    // The SLA figures of one PO as of `asOf` (null: today), with the clauses they came from.
    Result<PoEvaluation> evaluate(const Actor& actor, const Id& poId, QDate asOf = {});
    // The same for many POs at once (scorecards): the calendar and each contract are read once.
    Result<QList<PoEvaluation>> evaluateMany(const Actor& actor, const QList<Id>& poIds, QDate asOf = {});
    // Units of the product on open POs not yet received, by product (feeds replenishment).
    Result<QHash<Id, Quantity>> onOrder(const Actor& actor);
    // Lead time learned from the product's receipts (SupplierSla::learnedLeadTime).
    Result<std::optional<double>> learnedLeadTime(const Actor& actor, const Id& productId);
    // Today by the database clock, in this computer's time zone (where the shop is).
    QDate today() const;

Q_SIGNALS:
    void purchaseOrdersChanged(const kontor::Id& poId);
    void claimsChanged();

private:
    // One transaction: load, check the move (none: the status stays, e.g. a prepayment), work, save, event.
    Result<PurchaseOrder> transition(const Actor& actor, const Id& poId, std::optional<PoStatus> to,
                                     const QString& note,
                                     const std::function<Result<void>(Connection&, PurchaseOrder&)>& work);

    Result<void> writePo(Connection& c, const Actor& actor, PurchaseOrder& po, bool insert);
    Result<void> writeLines(Connection& c, const Actor& actor, PurchaseOrder& po);
    Result<void> recordEvent(Connection& c, const Actor& actor, const PurchaseOrder& po, PoStatus from,
                             PoStatus to, const QString& note);
    Result<ContractTerms> termsOf(const Actor& actor, const PurchaseOrder& po);
    // Sets the due date once the contract's start event has happened.
    Result<void> settleDueDate(const Actor& actor, PurchaseOrder& po);
    // Claims by the filter, or the one claim when `claimId` is set.
    Result<QList<Claim>> readClaims(const Actor& actor, const ClaimFilter& filter, const Id& claimId);
    Result<Claim> insertClaim(Connection& c, const Actor& actor, const PurchaseOrder& po, const Id& receiptId,
                              QDate deadline, QList<ClaimLine> lines);

    Database& m_db;
    StockService& m_stock;
    SupplierService& m_suppliers;
    PriceService m_prices;
    CalendarService m_calendar;
};

} // namespace kontor
