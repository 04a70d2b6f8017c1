#pragma once

// PurchaseOrderDetailPanel: what the purchase-order page shows about the selected PO. Beside the
// facts (supplier, contract, the dates ordered, sent, confirmed, prepaid and due, where it is
// received; for a dropship PO the customer's address and when the supplier shipped, with the
// tracking number), tabs with its lines (ordered, accepted, defective, mis-sorted, outstanding, price
// with a warning where it was typed by hand, value) and totals with the volume discount; the SLA
// drill-down (PurchaseOrderService::evaluate: per line the due date, each delivery with its date
// and days late, on-time and in-full units, the penalties, and the contract clauses they came
// from); its history; and its receipts. Follows changes of that PO. The page puts its actions on
// the PO beside its title.

#include "Services.h"
#include "purchasing/PurchaseOrderService.h"
#include "security/Actor.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace kontor {

class PurchaseOrderDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum LineColumn
    {
        Sku,
        Name,
        SupplierSku,
        Ordered,
        Accepted,
        Defective,
        Missorted,
        Outstanding,
        UnitPrice,
        Value,
        LineColumnCount
    };
    enum SlaColumn
    {
        SlaItem, // the line, or one delivery of it
        SlaDue,
        SlaUnits,
        SlaDaysLate,
        SlaOnTime,
        SlaInFull,
        SlaLate,
        SlaDefects,
        SlaMissorts,
        SlaShortage,
        SlaColumnCount
    };
    enum Tab
    {
        LinesTab,
        SlaTab,
        HistoryTab,
        ReceiptsTab
    };

    PurchaseOrderDetailPanel(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the PO (null: clears the panel).
    void showOrder(const Id& poId);
    Id poId() const { return m_order ? m_order->id : Id(); }
    // The PO as last read; nullopt when none is shown.
    const std::optional<PurchaseOrder>& order() const { return m_order; }
    // Its SLA evaluation as of today; nullopt before it was sent, or when it cannot be evaluated.
    const std::optional<PoEvaluation>& evaluation() const { return m_evaluation; }
    // The late and shortage penalties of the evaluation not claimed yet (in claims not rejected),
    // line by line as PurchaseOrderService::claimLateness counts them.
    qint64 unclaimedPenalty() const { return m_unclaimed; }
    void refresh();

    QLabel* titleLabel() const { return m_title; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* linesTable() const { return m_lines; }
    QTreeWidget* slaTree() const { return m_sla; }
    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* receiptsTable() const { return m_receipts; }
    // The text of a fact ("supplier", "contract", "ordered", "sent", "confirmed", "prepaid", "due",
    // "location", "shipTo", "supplierShipped", "note").
    QString fieldText(const QString& name) const;
    QString totalsText() const;
    QString clausesText() const;
    QString slaSummaryText() const;
    // Adds a button (the page's actions on this PO) beside the PO's title; shown with it.
    void addHeadingWidget(QWidget* widget);

Q_SIGNALS:
    // The PO shown was read again (after a change, or another PO was chosen).
    void refreshed();

private:
    void clear();
    QLabel* field(const QString& name);
    void setField(const QString& name, const QString& text);
    void fillLines(const PurchaseOrder& po);
    void fillSla(const PurchaseOrder& po);
    void countUnclaimed();
    void fillHistory(const PurchaseOrder& po);
    void fillReceipts(const PurchaseOrder& po);
    QString locationName(const Id& locationId) const;

    Services m_services;
    Actor m_actor;
    std::optional<PurchaseOrder> m_order;
    std::optional<PoEvaluation> m_evaluation;
    qint64 m_unclaimed = 0;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_content;
    QTabWidget* m_tabs;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QLabel* m_clauses;
    QTreeWidget* m_sla;
    QLabel* m_slaSummary;
    QTableWidget* m_history;
    QTableWidget* m_receipts;
    QHBoxLayout* m_heading;
    QList<QLabel*> m_fields;
    QHash<Id, QString> m_locationNames;
};

} // namespace kontor
