#include "PurchaseOrderDetailPanel.h"

#include "PurchaseText.h"
#include "catalog/ProductService.h"
#include "orders/OrderMath.h"
#include "orders/OrderText.h"
#include "stock/StockService.h"
#include "stock/StockText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Quantities of a line with its unit ("12 pcs"); an empty cell for nothing, so figures stand out.
QString units(Quantity q, const QString& unit, bool blankZero = false)
{
    if (blankZero && q.milli() == 0)
        return QString();
    return StockText::quantity(q, unit);
}

} // namespace

PurchaseOrderDetailPanel::PurchaseOrderDetailPanel(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel)
    , m_empty(new QLabel(tr("Select a purchase order to see its lines, delivery performance and history.")))
    , m_content(new QWidget)
    , m_tabs(new QTabWidget)
    , m_lines(makeTable(u"poLinesTable"_qs, {tr("SKU"), tr("Name"), tr("Supplier SKU"), tr("Ordered"),
                                             tr("Accepted"), tr("Defective"), tr("Mis-sorted"),
                                             tr("Outstanding"), tr("Unit price"), tr("Value")}))
    , m_totals(new QLabel)
    , m_clauses(new QLabel)
    , m_sla(new QTreeWidget)
    , m_slaSummary(new QLabel)
    , m_history(makeTable(u"poHistoryTable"_qs, {tr("When"), tr("Who"), tr("Change"), tr("Note")}))
    , m_receipts(makeTable(u"poReceiptsTable"_qs,
                           {tr("Number"), tr("Received on"), tr("Location"), tr("Accepted"), tr("Defective"),
                            tr("Mis-sorted"), tr("Landed costs"), tr("Who"), tr("Note")}))
    , m_heading(new QHBoxLayout)
{
    m_title->setObjectName(u"detailTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_heading->addWidget(m_title, 1);

    // ---- facts: a grid, not a QFormLayout, which misbehaves when whole rows are hidden ----
    auto* facts = new QGridLayout;
    facts->setVerticalSpacing(3);
    facts->setColumnStretch(1, 1);
    const QList<std::pair<QString, QString>> names{{u"supplier"_qs, tr("Supplier:")},
                                                   {u"contract"_qs, tr("Contract:")},
                                                   {u"ordered"_qs, tr("Ordered:")},
                                                   {u"sent"_qs, tr("Sent:")},
                                                   {u"confirmed"_qs, tr("Confirmed:")},
                                                   {u"prepaid"_qs, tr("Prepaid:")},
                                                   {u"due"_qs, tr("Due:")},
                                                   {u"location"_qs, tr("Received at:")},
                                                   {u"shipTo"_qs, tr("Ship to:")},
                                                   {u"supplierShipped"_qs, tr("Supplier shipped:")},
                                                   {u"note"_qs, tr("Note:")}};
    int factRow = 0;
    for (const auto& [name, label] : names) {
        auto* caption = new QLabel(label);
        caption->setObjectName(name + u"Caption"_qs);
        facts->addWidget(caption, factRow, 0, Qt::AlignRight | Qt::AlignTop);
        facts->addWidget(field(name), factRow, 1, Qt::AlignTop);
        ++factRow;
    }
    facts->setRowStretch(factRow, 1);
    auto* factsBox = new QWidget;
    factsBox->setLayout(facts);
    factsBox->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    factsBox->setMaximumWidth(fontMetrics().averageCharWidth() * 60);

    // ---- lines and totals ----
    QHeaderView* lineHeader = m_lines->horizontalHeader();
    lineHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    lineHeader->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column = Ordered; column < LineColumnCount; ++column)
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->horizontalHeaderItem(Outstanding)
        ->setToolTip(tr("Units of the ordered product still expected (mis-sorted units are not it)"));
    m_lines->horizontalHeaderItem(UnitPrice)->setToolTip(tr("Before the volume discount"));
    m_totals->setObjectName(u"totalsLabel"_qs);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* linesPage = new QWidget;
    auto* linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(4, 4, 4, 4);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addWidget(m_totals);

    // ---- SLA ----
    m_clauses->setObjectName(u"clausesLabel"_qs);
    m_clauses->setWordWrap(true);
    m_clauses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla->setObjectName(u"slaTree"_qs);
    m_sla->setColumnCount(SlaColumnCount);
    m_sla->setHeaderLabels({tr("Line / delivery"), tr("Due"), tr("Units"), tr("Days late"), tr("On time"),
                            tr("In full"), tr("Late penalty"), tr("Defects"), tr("Mis-sorts"),
                            tr("Shortage")});
    m_sla->setAlternatingRowColors(true);
    m_sla->setUniformRowHeights(true);
    m_sla->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sla->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sla->setWordWrap(false);
    QHeaderView* slaHeader = m_sla->header();
    slaHeader->setStretchLastSection(false);
    slaHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    slaHeader->setSectionResizeMode(SlaItem, QHeaderView::Stretch);
    for (int column = SlaUnits; column < SlaColumnCount; ++column)
        m_sla->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_sla->headerItem()->setToolTip(
        SlaOnTime, tr("Units of the ordered product received by the due date, of those ordered"));
    m_sla->headerItem()->setToolTip(SlaInFull, tr("Units accepted, of those ordered"));
    m_sla->headerItem()->setToolTip(SlaLate,
                                    tr("The late value × the rate per day × the days late, up to the cap"));
    m_slaSummary->setObjectName(u"slaSummaryLabel"_qs);
    m_slaSummary->setWordWrap(true);
    m_slaSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* slaPage = new QWidget;
    auto* slaLayout = new QVBoxLayout(slaPage);
    slaLayout->setContentsMargins(4, 4, 4, 4);
    slaLayout->addWidget(m_clauses);
    slaLayout->addWidget(m_sla, 1);
    slaLayout->addWidget(m_slaSummary);

    // ---- history and receipts ----
    QHeaderView* historyHeader = m_history->horizontalHeader();
    for (int column = 0; column < 3; ++column)
        historyHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(3, QHeaderView::Stretch);
    QHeaderView* receiptHeader = m_receipts->horizontalHeader();
    receiptHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    receiptHeader->setSectionResizeMode(8, QHeaderView::Stretch);
    for (int column : {3, 4, 5, 6})
        m_receipts->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_receipts->horizontalHeaderItem(6)->setToolTip(tr("Freight, customs and fees, in the shop currency"));

    m_tabs->setObjectName(u"detailTabs"_qs);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(linesPage, tr("Lines"));
    m_tabs->addTab(slaPage, tr("Delivery performance"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_receipts, tr("Receipts"));
    // The SLA figures are money: only for those who may see purchase prices or manage suppliers.
    m_tabs->setTabVisible(SlaTab,
                          m_actor.can(Permission::ViewCosts) || m_actor.can(Permission::ManageSuppliers));

    auto* columns = new QHBoxLayout;
    columns->addWidget(factsBox, 0, Qt::AlignTop);
    columns->addWidget(m_tabs, 1);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_heading);
    contentLayout->addLayout(columns, 1);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    connect(&services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this, [this](const Id& id) {
        if (m_order && (id.isNull() || id == m_order->id))
            refresh();
    });
    // A claim for lateness changes what is left to claim.
    connect(&services.purchases, &PurchaseOrderService::claimsChanged, this, [this] {
        if (m_order) {
            countUnclaimed();
            Q_EMIT refreshed();
        }
    });
    clear();
}

void PurchaseOrderDetailPanel::addHeadingWidget(QWidget* widget)
{
    m_heading->addWidget(widget, 0, Qt::AlignBottom);
}

QLabel* PurchaseOrderDetailPanel::field(const QString& name)
{
    auto* value = new QLabel;
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields.append(value);
    return value;
}

void PurchaseOrderDetailPanel::setField(const QString& name, const QString& text)
{
    for (QLabel* label : std::as_const(m_fields)) {
        if (label->objectName() == name) {
            label->setText(text);
            // A fact that does not apply (no prepayment, not a dropship) takes no room.
            label->setVisible(!text.isEmpty());
            if (auto* caption = m_content->findChild<QLabel*>(name + u"Caption"_qs))
                caption->setVisible(!text.isEmpty());
        }
    }
}

QString PurchaseOrderDetailPanel::fieldText(const QString& name) const
{
    for (QLabel* label : m_fields) {
        if (label->objectName() == name)
            return label->text();
    }
    return {};
}

QString PurchaseOrderDetailPanel::totalsText() const
{
    return m_totals->text();
}

QString PurchaseOrderDetailPanel::clausesText() const
{
    return m_clauses->text();
}

QString PurchaseOrderDetailPanel::slaSummaryText() const
{
    return m_slaSummary->text();
}

void PurchaseOrderDetailPanel::clear()
{
    m_order.reset();
    m_evaluation.reset();
    m_unclaimed = 0;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

void PurchaseOrderDetailPanel::showOrder(const Id& poId)
{
    if (poId.isNull()) {
        clear();
        Q_EMIT refreshed();
        return;
    }
    auto po = m_services.purchases.purchaseOrder(m_actor, poId);
    if (!po) {
        clear();
        m_empty->setText(po.error().message);
        Q_EMIT refreshed();
        return;
    }
    m_order = *po;
    refresh();
}

QString PurchaseOrderDetailPanel::locationName(const Id& locationId) const
{
    if (locationId.isNull())
        return m_locationNames.value(StockService::mainLocationId());
    return m_locationNames.value(locationId);
}

void PurchaseOrderDetailPanel::refresh()
{
    if (!m_order)
        return;
    auto fresh = m_services.purchases.purchaseOrder(m_actor, m_order->id);
    if (!fresh) {
        clear();
        m_empty->setText(fresh.error().message);
        Q_EMIT refreshed();
        return;
    }
    m_order = *fresh;
    const PurchaseOrder& po = *m_order;
    const QLocale locale;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);

    // Location names "Warehouse · location", read once per refresh.
    m_locationNames.clear();
    if (auto warehouses = m_services.stock.warehouses(m_actor, true)) {
        QHash<Id, QString> warehouseNames;
        for (const Warehouse& w : std::as_const(*warehouses))
            warehouseNames.insert(w.id, StockService::displayName(w));
        if (auto locations = m_services.stock.locations(m_actor, true)) {
            for (const Location& l : std::as_const(*locations))
                m_locationNames.insert(l.id, tr("%1 · %2").arg(warehouseNames.value(l.warehouseId),
                                                               StockService::displayName(l)));
        }
    }

    const QString number = po.kind == PoKind::Dropship ? tr("%1 (dropship)").arg(po.number) : po.number;
    m_title->setText(tr("%1 · %2").arg(number, PurchasingKinds::poStatusName(po.status)));
    setField(u"supplier"_qs, po.supplierName);
    setField(u"contract"_qs, po.contractId.isNull() ? tr("none valid on the order date: prices typed by hand")
                                                    : po.contractNumber);
    setField(u"ordered"_qs, PurchaseText::date(po.orderedOn, locale));
    setField(u"sent"_qs, po.sentAt ? OrderText::dateTime(*po.sentAt, locale) : QString());
    setField(u"confirmed"_qs, PurchaseText::date(po.confirmedOn, locale));
    setField(u"prepaid"_qs, po.prepaidOn.isValid()
                                ? tr("%1 on %2")
                                      .arg(OrderText::money(po.prepaidAmount, po.currency, locale),
                                           PurchaseText::date(po.prepaidOn, locale))
                                : QString());
    QString due;
    if (po.dueOn.isValid()) {
        due = PurchaseText::date(po.dueOn, locale);
        if (po.isOpen() && po.dueOn < m_services.purchases.today())
            due = tr("%1, overdue").arg(due);
    } else if (po.status != PoStatus::Cancelled && po.status != PoStatus::Closed &&
               !po.supplierShippedOn.isValid()) {
        due = tr("set when the supplier confirms");
    }
    setField(u"due"_qs, due);
    setField(u"location"_qs, po.kind == PoKind::Dropship ? QString() : locationName(po.locationId));
    setField(u"shipTo"_qs, po.kind == PoKind::Dropship ? po.shipTo : QString());
    QString shipped;
    if (po.supplierShippedOn.isValid())
        shipped = po.supplierTracking.isEmpty()
                      ? tr("%1, no tracking number").arg(PurchaseText::date(po.supplierShippedOn, locale))
                      : tr("%1, tracking %2")
                            .arg(PurchaseText::date(po.supplierShippedOn, locale), po.supplierTracking);
    else if (po.kind == PoKind::Dropship && po.status != PoStatus::Cancelled)
        shipped = tr("not yet");
    setField(u"supplierShipped"_qs, shipped);
    setField(u"note"_qs, po.note);
    if (auto* dueLabel = m_content->findChild<QLabel*>(u"due"_qs)) {
        QPalette palette = dueLabel->palette();
        palette.setColor(QPalette::WindowText,
                         po.isOpen() && po.dueOn.isValid() && po.dueOn < m_services.purchases.today()
                             ? OrderText::warningColor()
                             : QWidget::palette().color(QPalette::WindowText));
        dueLabel->setPalette(palette);
    }

    fillLines(po);
    fillSla(po);
    fillHistory(po);
    fillReceipts(po);
    Q_EMIT refreshed();
}

void PurchaseOrderDetailPanel::fillLines(const PurchaseOrder& po)
{
    const QLocale locale;
    const bool prices = m_actor.can(Permission::ViewCosts);
    m_lines->setColumnHidden(UnitPrice, !prices);
    m_lines->setColumnHidden(Value, !prices);
    const bool received = po.status != PoStatus::Draft && po.status != PoStatus::Sent;
    for (int column : {Accepted, Defective, Missorted})
        m_lines->setColumnHidden(column, !received);
    m_lines->setRowCount(int(po.lines.size()));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < po.lines.size(); ++row) {
        const PoLine& l = po.lines[row];
        m_lines->setItem(row, Sku, cell(l.sku));
        m_lines->setItem(row, Name, cell(l.name));
        m_lines->setItem(row, SupplierSku, cell(l.supplierSku));
        m_lines->setItem(row, Ordered, cell(units(l.quantity, l.unit), true));
        m_lines->setItem(row, Accepted, cell(units(l.accepted, l.unit, true), true));
        m_lines->setItem(row, Defective, cell(units(l.defective, l.unit, true), true));
        m_lines->setItem(row, Missorted, cell(units(l.missorted, l.unit, true), true));
        const bool open = po.isOpen() || po.status == PoStatus::Draft;
        m_lines->setItem(row, Outstanding,
                         cell(open ? units(l.outstanding(), l.unit, true) : QString(), true));
        auto* price = cell(OrderText::money(l.unitPrice, po.currency, locale), true);
        if (l.manualPrice) {
            price->setIcon(warning);
            price->setToolTip(po.contractId.isNull()
                                  ? tr("Typed by hand: no contract was valid on the order date")
                                  : tr("Typed by hand: not the price of contract %1").arg(po.contractNumber));
        }
        m_lines->setItem(row, UnitPrice, price);
        m_lines->setItem(row, Value, cell(OrderText::money(l.value(), po.currency, locale), true));
        if (l.defective.milli() > 0 || l.missorted.milli() > 0) {
            m_lines->item(row, Defective)->setForeground(OrderText::warningColor());
            m_lines->item(row, Missorted)->setForeground(OrderText::warningColor());
        }
    }
    if (!prices) {
        m_totals->setText(tr("%n line(s)", nullptr, int(po.lines.size())));
        return;
    }
    QStringList parts{tr("Subtotal %1").arg(OrderText::money(po.subtotal(), po.currency, locale))};
    if (po.discountBp > 0)
        parts.append(tr("volume discount %1: −%2")
                         .arg(PurchaseText::percent(po.discountBp, locale),
                              OrderText::money(po.discount(), po.currency, locale)));
    parts.append(u"<b>"_qs + tr("Total %1").arg(OrderText::money(po.total(), po.currency, locale)) +
                 u"</b>"_qs);
    m_totals->setText(parts.join(u"  ·  "_qs));
}

void PurchaseOrderDetailPanel::countUnclaimed()
{
    m_unclaimed = 0;
    if (!m_evaluation || !m_order)
        return;
    const SlaOrder& sla = m_evaluation->sla;
    if (sla.latePenalty + sla.shortagePenalty <= 0)
        return;
    // What claims not rejected already ask for, per line and reason.
    QHash<QPair<Id, int>, qint64> claimed;
    ClaimFilter filter;
    filter.supplierId = m_order->supplierId;
    if (auto claims = m_services.purchases.claims(m_actor, filter)) {
        for (const Claim& c : std::as_const(*claims)) {
            if (c.poId != m_order->id || c.status == ClaimStatus::Rejected)
                continue;
            for (const ClaimLine& l : c.lines)
                claimed[{l.poLineId, int(l.reason)}] += l.penalty;
        }
    }
    QList<qint64> late;
    for (const SlaLine& l : sla.lines)
        late.append(l.latePenalty);
    // A PO-wide cap is shared over the lines by their uncapped amounts, as the claim does.
    if (m_evaluation->terms.capBasis == CapBasis::Order)
        late = OrderMath::spread(sla.latePenalty, late);
    for (qsizetype i = 0; i < sla.lines.size(); ++i) {
        const Id lineId = sla.lines.at(i).lineId;
        m_unclaimed += std::max<qint64>(0, late.at(i) - claimed.value({lineId, int(ClaimReason::Late)}));
        m_unclaimed += std::max<qint64>(0, sla.lines.at(i).shortagePenalty -
                                               claimed.value({lineId, int(ClaimReason::Shortage)}));
    }
}

void PurchaseOrderDetailPanel::fillSla(const PurchaseOrder& po)
{
    m_sla->clear();
    m_evaluation.reset();
    m_unclaimed = 0;
    const QLocale locale;
    if (!m_actor.can(Permission::ViewCosts) && !m_actor.can(Permission::ManageSuppliers))
        return;
    const bool notSent = po.status == PoStatus::Draft || (po.status == PoStatus::Cancelled && !po.sentAt);
    if (notSent) {
        m_clauses->setText(tr("Delivery performance is measured once the order is sent and confirmed."));
        m_slaSummary->clear();
        return;
    }
    auto evaluated = m_services.purchases.evaluate(m_actor, po.id);
    if (!evaluated) {
        m_clauses->setText(evaluated.error().message);
        m_slaSummary->clear();
        return;
    }
    m_evaluation = *evaluated;
    const PoEvaluation& e = *m_evaluation;
    const ContractTerms& t = e.terms;
    const QString currency = e.currency.isEmpty() ? po.currency : e.currency;
    auto money = [&](qint64 minor) { return OrderText::money(minor, currency, locale); };

    // The clauses the figures come from, so every figure can be checked by hand.
    if (e.contractId.isNull()) {
        m_clauses->setText(tr("No contract was valid on the order date: no lead time or penalties apply."));
    } else {
        QString start;
        if (e.startOn.isValid())
            start = tr("started %1").arg(PurchaseText::date(e.startOn, locale));
        else
            start = t.startEvent == StartEvent::Prepayment ? tr("not started: no prepayment yet")
                                                           : tr("not started: not confirmed yet");
        QStringList clauses{
            tr("<b>Contract %1</b>: %2 (%3%4)")
                .arg(e.contractNumber.toHtmlEscaped(), PurchaseText::leadTimeClause(t).toHtmlEscaped(),
                     start.toHtmlEscaped(),
                     e.sla.due.isValid() ? u", "_qs + tr("due %1").arg(PurchaseText::date(e.sla.due, locale))
                                         : QString()),
            PurchaseText::lateClause(t).toHtmlEscaped(),
            tr("defects: %1").arg(PurchaseText::penaltyClause(t.defect, currency)).toHtmlEscaped(),
            tr("mis-sorts: %1").arg(PurchaseText::penaltyClause(t.missort, currency)).toHtmlEscaped(),
            (t.shortageBp > 0 ? tr("shortage: %1 of the value never delivered")
                                    .arg(PurchaseText::percent(t.shortageBp, locale))
                              : tr("shortage: none"))
                .toHtmlEscaped()};
        m_clauses->setText(clauses.join(u"; "_qs) + u"."_qs);
    }

    QHash<Id, PoLine> lines;
    for (const PoLine& l : e.lines)
        lines.insert(l.id, l);
    auto right = [](QTreeWidgetItem* item) {
        for (int column = SlaUnits; column < SlaColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    for (const SlaLine& s : e.sla.lines) {
        const PoLine l = lines.value(s.lineId);
        auto* item = new QTreeWidgetItem(m_sla);
        item->setText(SlaItem, tr("%1 — %2").arg(l.sku, l.name));
        item->setToolTip(SlaItem, item->text(SlaItem));
        item->setText(SlaDue, PurchaseText::date(e.sla.due, locale));
        item->setText(SlaUnits, units(s.ordered, l.unit));
        item->setText(SlaDaysLate, s.daysLate > 0 ? locale.toString(s.daysLate) : QString());
        item->setText(
            SlaOnTime,
            s.due ? tr("%1 of %2").arg(s.onTime.toLocaleString(locale), s.ordered.toLocaleString(locale))
                  : tr("not due"));
        item->setText(SlaInFull,
                      tr("%1 of %2").arg(s.inFull.toLocaleString(locale), s.ordered.toLocaleString(locale)));
        QString late = s.latePenalty > 0 || s.capReached ? money(s.latePenalty) : QString();
        if (s.capReached) {
            late = tr("%1 (cap reached)").arg(late);
            item->setToolTip(SlaLate, tr("%1 before the cap").arg(money(s.latePenaltyUncapped)));
            item->setForeground(SlaLate, OrderText::warningColor());
        }
        item->setText(SlaLate, late);
        item->setText(SlaDefects, s.defective.milli() > 0
                                      ? tr("%1: %2").arg(units(s.defective, l.unit), money(s.defectPenalty))
                                      : QString());
        item->setText(SlaMissorts, s.missorted.milli() > 0
                                       ? tr("%1: %2").arg(units(s.missorted, l.unit), money(s.missortPenalty))
                                       : QString());
        item->setText(SlaShortage, s.shortagePenalty > 0
                                       ? tr("%1: %2").arg(units(s.missing, l.unit), money(s.shortagePenalty))
                                       : QString());
        if (s.due && !s.otif)
            item->setForeground(SlaOnTime, OrderText::warningColor());
        right(item);
        // Each delivery with its own date, then what is still missing.
        for (const SlaPart& p : s.parts) {
            auto* part = new QTreeWidgetItem(item);
            part->setText(SlaItem, tr("Received %1").arg(PurchaseText::date(p.on, locale)));
            part->setText(SlaUnits, units(p.units, l.unit));
            part->setText(SlaDaysLate, p.daysLate > 0 ? locale.toString(p.daysLate) : tr("on time"));
            part->setText(SlaLate, p.penalty > 0 ? money(p.penalty) : QString());
            part->setToolTip(SlaLate,
                             tr("%1 × %2 per day × %n day(s)", nullptr, p.daysLate)
                                 .arg(money(p.value), PurchaseText::percent(t.lateBpPerDay, locale)));
            right(part);
        }
        if (s.missing.milli() > 0) {
            auto* missing = new QTreeWidgetItem(item);
            missing->setText(SlaItem, s.missingDaysLate > 0 ? tr("Still missing, late and counting")
                                                            : tr("Still missing"));
            missing->setText(SlaUnits, units(s.missing, l.unit));
            missing->setText(SlaDaysLate,
                             s.missingDaysLate > 0 ? locale.toString(s.missingDaysLate) : QString());
            missing->setText(SlaLate, s.missingPenalty > 0 ? money(s.missingPenalty) : QString());
            if (s.missingDaysLate > 0)
                missing->setForeground(SlaItem, OrderText::warningColor());
            right(missing);
        }
    }
    m_sla->expandAll();

    const SlaOrder& o = e.sla;
    QStringList parts;
    parts.append(tr("late %1").arg(money(o.latePenalty)) +
                 (o.capReached ? u" "_qs + tr("(cap reached)") : QString()));
    parts.append(tr("defects %1").arg(money(o.defectPenalty)));
    parts.append(tr("mis-sorts %1").arg(money(o.missortPenalty)));
    parts.append(tr("shortage %1").arg(money(o.shortagePenalty)));
    countUnclaimed();
    QString summary = tr("Penalties as of %1: %2; <b>total %3</b>.")
                          .arg(PurchaseText::date(m_services.purchases.today(), locale), parts.join(u", "_qs),
                               money(o.totalPenalty()));
    if (o.latePenalty + o.shortagePenalty > 0)
        summary +=
            u" "_qs + (m_unclaimed > 0
                           ? tr("Not claimed yet for lateness and shortages: %1.").arg(money(m_unclaimed))
                           : tr("Lateness and shortages are claimed."));
    m_slaSummary->setText(summary);
}

void PurchaseOrderDetailPanel::fillHistory(const PurchaseOrder& po)
{
    const QLocale locale;
    auto events = m_services.purchases.events(m_actor, po.id);
    const QList<PoEvent> list = events ? *events : QList<PoEvent>();
    m_history->setRowCount(int(list.size()));
    // Newest first, like every list in Kontor.
    for (int i = 0; i < list.size(); ++i) {
        const PoEvent& e = list.at(list.size() - 1 - i);
        const QString change = e.from == e.to ? PurchasingKinds::poStatusName(e.to)
                                              : u"%1 → %2"_qs.arg(PurchasingKinds::poStatusName(e.from),
                                                                  PurchasingKinds::poStatusName(e.to));
        m_history->setItem(i, 0, cell(OrderText::dateTime(e.at, locale)));
        m_history->setItem(i, 1, cell(e.userName));
        m_history->setItem(i, 2, cell(change));
        m_history->setItem(i, 3, cell(e.note));
    }
}

void PurchaseOrderDetailPanel::fillReceipts(const PurchaseOrder& po)
{
    const QLocale locale;
    const QString shopCurrency = m_services.products.currency();
    QList<Receipt> list;
    if (po.status != PoStatus::Draft && po.kind == PoKind::Stock) {
        if (auto receipts = m_services.purchases.receipts(m_actor, po.id))
            list = *receipts;
    }
    m_tabs->setTabText(ReceiptsTab, list.isEmpty() ? tr("Receipts") : tr("Receipts (%1)").arg(list.size()));
    m_receipts->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Receipt& r = list.at(i);
        Quantity accepted;
        Quantity defective;
        Quantity missorted;
        QStringList detail;
        for (const ReceiptLine& l : r.lines) {
            accepted += l.accepted;
            defective += l.defective;
            missorted += l.missorted;
            detail.append(tr("%1: %2 accepted, %3 defective, %4 mis-sorted")
                              .arg(l.sku, l.accepted.toLocaleString(locale),
                                   l.defective.toLocaleString(locale), l.missorted.toLocaleString(locale)));
        }
        const qint64 landed = r.freight + r.customs + r.fees;
        m_receipts->setItem(i, 0, cell(r.number));
        m_receipts->item(i, 0)->setToolTip(detail.join(u'\n'));
        m_receipts->setItem(i, 1, cell(PurchaseText::date(r.receivedOn, locale)));
        m_receipts->setItem(i, 2, cell(locationName(r.locationId)));
        m_receipts->setItem(i, 3, cell(accepted.toLocaleString(locale), true));
        m_receipts->setItem(i, 4,
                            cell(defective.milli() ? defective.toLocaleString(locale) : QString(), true));
        m_receipts->setItem(i, 5,
                            cell(missorted.milli() ? missorted.toLocaleString(locale) : QString(), true));
        m_receipts->setItem(i, 6,
                            cell(landed ? OrderText::money(landed, shopCurrency, locale) : QString(), true));
        if (landed)
            m_receipts->item(i, 6)->setToolTip(
                tr("Freight %1, customs %2, fees %3, spread by %4")
                    .arg(OrderText::money(r.freight, shopCurrency, locale),
                         OrderText::money(r.customs, shopCurrency, locale),
                         OrderText::money(r.fees, shopCurrency, locale),
                         r.spreadBy == SpreadBy::Weight ? tr("weight") : tr("value")));
        m_receipts->setItem(i, 7, cell(r.userName));
        m_receipts->setItem(i, 8, cell(r.note));
    }
}

} // namespace kontor
