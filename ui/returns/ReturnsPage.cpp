#include "ReturnsPage.h"

#include "ReturnDialog.h"
#include "ReturnLineModel.h"
#include "ReturnListModel.h"
#include "SalesRatesDialog.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "stock/StockText.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

qint64 startOf(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

ReturnsPage::ReturnsPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new ReturnListModel(services, m_actor, {}, this))
    , m_lines(new ReturnLineModel(this))
    , m_view(new QTableView)
    , m_lineView(new QTableView)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_status(new QComboBox)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_emptyLabel(new QLabel)
    , m_footer(new QLabel)
    , m_statusLine(new QLabel)
    , m_detail(new QLabel)
    , m_newAction(new QAction(tr("&New return…"), this))
    , m_receiveAction(new QAction(tr("&Receive…"), this))
    , m_closeAction(new QAction(tr("&Close…"), this))
    , m_cancelAction(new QAction(tr("Cancel return…"), this))
{
    const bool canManage = m_actor.can(Permission::ManageReturns);
    // Receiving moves stock; closing refunds money or opens an exchange order.
    const bool canReceive = canManage && m_actor.can(Permission::MoveStock);
    const bool canClose = m_actor.can(Permission::Refund) || m_actor.can(Permission::ManageOrders);

    // ---- actions ----
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("A customer sends goods back: open a return against the shipped order (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_receiveAction->setToolTip(
        tr("The goods arrived: move them back to stock, to quarantine or write them off, as each line says"));
    m_closeAction->setToolTip(tr("Refund the money or create the exchange order, and close the return"));
    m_cancelAction->setToolTip(tr("The goods will not come back: cancel the open return"));
    m_newAction->setVisible(canManage);
    m_receiveAction->setVisible(canReceive);
    m_closeAction->setVisible(canClose);
    m_cancelAction->setVisible(canManage);
    addAction(m_newAction);
    auto* actionBar = new QHBoxLayout;
    if (canManage) {
        actionBar->addWidget(actionButton(m_newAction, u"newReturnButton"_qs));
        actionBar->addSpacing(8);
    }
    if (canReceive)
        actionBar->addWidget(actionButton(m_receiveAction, u"receiveReturnButton"_qs));
    if (canClose)
        actionBar->addWidget(actionButton(m_closeAction, u"closeReturnButton"_qs));
    if (canManage)
        actionBar->addWidget(actionButton(m_cancelAction, u"cancelReturnButton"_qs));
    actionBar->addStretch(1);
    auto* rates = new QAction(tr("Return and buyout &rates…"), this);
    rates->setObjectName(u"ratesAction"_qs);
    rates->setToolTip(
        tr("Return rate per product and reason, buyout rate per product, channel and customer"));
    connect(rates, &QAction::triggered, this, [this] {
        SalesRatesDialog dialog(m_services, m_actor, this);
        dialog.exec();
    });
    actionBar->addWidget(actionButton(rates, u"ratesButton"_qs));

    // ---- filter bar ----
    m_status->setObjectName(u"statusFilter"_qs);
    m_status->addItem(tr("All statuses"), -1);
    for (ReturnStatus s :
         {ReturnStatus::Open, ReturnStatus::Received, ReturnStatus::Closed, ReturnStatus::Cancelled})
        m_status->addItem(OrderKinds::returnStatusName(s), int(s));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setObjectName(u"periodFilter"_qs);
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Between dates…"), int(Period::Between));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setToolTip(tr("When the return was opened"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_from->setObjectName(u"fromDate"_qs);
    m_to->setObjectName(u"toDate"_qs);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    auto* dash = new QLabel(u"–"_qs);
    dash->hide();
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(new QLabel(tr("Status:")));
    filterBar->addWidget(m_status);
    filterBar->addSpacing(12);
    filterBar->addWidget(new QLabel(tr("Opened:")));
    filterBar->addWidget(m_period);
    filterBar->addWidget(m_from);
    filterBar->addWidget(dash);
    filterBar->addWidget(m_to);
    filterBar->addStretch(1);

    // ---- list ----
    m_view->setObjectName(u"returnTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, ReturnListModel::Customer);
    TableViews::setColumnWidths(
        m_view,
        {{ReturnListModel::Status, 12}, {ReturnListModel::Resolution, 12}, {ReturnListModel::Refund, 16}});
    ReturnListModel::sizeColumns(m_view);
    TableViews::fitTitles(m_view);
    m_view->setTextElideMode(Qt::ElideRight);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(
        canManage
            ? tr("<p style='font-size:large'><b>No returns yet</b></p><p>When a customer sends goods back, "
                 "open a return with <b>New return…</b> against the shipped order. When the goods arrive, "
                 "<b>Receive</b> them: each line goes back to stock, to quarantine or is written off, as "
                 "you decided. <b>Close</b> the return with a refund or an exchange.</p>")
            : tr("<p style='font-size:large'><b>No returns yet</b></p>"));
    m_emptyLabel->hide();
    m_footer->setObjectName(u"footerLabel"_qs);
    m_statusLine->setObjectName(u"statusLabel"_qs);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyLabel, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_statusLine, 1);
    footer->addWidget(m_footer);
    listLayout->addLayout(footer);

    // ---- the selected return's lines ----
    m_detail->setObjectName(u"returnDetail"_qs);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lineView->setObjectName(u"returnLineTable"_qs);
    m_lineView->setModel(m_lines);
    TableViews::setUp(m_lineView, QAbstractItemView::SingleSelection, ReturnLineModel::Name);
    TableViews::setColumnWidths(m_lineView, {{ReturnLineModel::Sku, 14},
                                             {ReturnLineModel::Quantity, 9},
                                             {ReturnLineModel::Reason, 22},
                                             {ReturnLineModel::Condition, 22},
                                             {ReturnLineModel::Decision, 22},
                                             {ReturnLineModel::Refund, 14}});
    TableViews::fitTitles(m_lineView);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_lineView, 1);

    m_splitter->addWidget(listBox);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({480, 240});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReturnsPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, dash] {
        const bool between = Period(m_period->currentData().toInt()) == Period::Between;
        m_from->setVisible(between);
        dash->setVisible(between);
        m_to->setVisible(between);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReturnsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ReturnsPage::applyFilter);
    connect(m_newAction, &QAction::triggered, this, [this] { newReturn(); });
    connect(m_receiveAction, &QAction::triggered, this, &ReturnsPage::receiveCurrent);
    connect(m_closeAction, &QAction::triggered, this, &ReturnsPage::closeCurrent);
    connect(m_cancelAction, &QAction::triggered, this, &ReturnsPage::cancelCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_model, &ReturnListModel::loaded, this, &ReturnsPage::onLoaded);
    connect(m_model, &ReturnListModel::loadFailed, this, [this](const Error& error) {
        m_footer->setText(tr("Cannot load the returns: %1").arg(error.message));
    });
    // A reset loses the selection: keep it by id (unless a return to select is already waiting).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const Return* r = currentReturn(); r && m_keepSelected.isNull())
            m_keepSelected = r->id;
    });

    m_footer->setText(tr("Loading…"));
    updateDetail();
    updateActions();
}

// ---- filter and list ----------------------------------------------------------------------------

void ReturnsPage::setPeriod(Period period, QDate from, QDate to)
{
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ReturnsPage::applyFilter()
{
    ReturnFilter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = ReturnStatus(status);
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Last7Days:
        filter.from = startOf(today.addDays(-6));
        break;
    case Period::Last30Days:
        filter.from = startOf(today.addDays(-29));
        break;
    case Period::Last90Days:
        filter.from = startOf(today.addDays(-89));
        break;
    case Period::ThisYear:
        filter.from = startOf(QDate(today.year(), 1, 1));
        break;
    case Period::Between:
        filter.from = startOf(std::min(m_from->date(), m_to->date()));
        filter.to = startOf(std::max(m_from->date(), m_to->date()).addDays(1));
        break;
    }
    m_model->setFilter(filter);
}

void ReturnsPage::onLoaded()
{
    if (!m_keepSelected.isNull()) {
        if (m_model->rowOf(m_keepSelected) >= 0)
            selectReturn(m_keepSelected);
        m_keepSelected = Id(); // not in this list: the filter hides it
    }
    const int shown = m_model->rowCount();
    const ReturnFilter& f = m_model->filter();
    const bool filtered = f.status.has_value() || f.from > 0 || f.to > 0;
    const bool none = shown == 0 && !filtered;
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    if (shown == 0 && filtered)
        m_footer->setText(tr("No return matches the filter."));
    else
        m_footer->setText(shown == 1 ? tr("1 return") : tr("%n returns", nullptr, shown));
    updateDetail();
    updateActions();
}

const Return* ReturnsPage::currentReturn() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->returnAt(current.row()) : nullptr;
}

void ReturnsPage::selectReturn(const Id& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        m_keepSelected = Id();
    } else {
        m_keepSelected = id; // once the list has it
    }
}

QString ReturnsPage::footerText() const
{
    return m_footer->text();
}

QString ReturnsPage::statusText() const
{
    return m_statusLine->text();
}

QString ReturnsPage::detailText() const
{
    return m_detail->text();
}

void ReturnsPage::showStatus(const QString& text)
{
    m_statusLine->setText(text);
}

bool ReturnsPage::mayClose(const Return& r) const
{
    return r.resolution == ReturnResolution::Refund ? m_actor.can(Permission::Refund)
                                                    : m_actor.can(Permission::ManageOrders);
}

void ReturnsPage::updateActions()
{
    const Return* r = currentReturn();
    const bool open = r && r->status == ReturnStatus::Open;
    m_receiveAction->setEnabled(open);
    m_cancelAction->setEnabled(open);
    m_closeAction->setEnabled(r && r->status == ReturnStatus::Received && mayClose(*r));
    if (r && r->status == ReturnStatus::Received && !mayClose(*r))
        m_closeAction->setToolTip(r->resolution == ReturnResolution::Refund
                                      ? tr("Refunding money needs the permission to refund customers")
                                      : tr("An exchange order needs the permission to manage sales orders"));
    else
        m_closeAction->setToolTip(tr("Refund the money or create the exchange order, and close the return"));
}

void ReturnsPage::updateDetail()
{
    const Return* r = currentReturn();
    if (!r) {
        m_lines->clear();
        m_detail->setText(m_model->rowCount() > 0 ? tr("Select a return to see its lines.") : QString());
        return;
    }
    m_lines->setReturn(*r);
    QStringList parts{tr("%1 for order %2").arg(r->number, r->orderNumber)};
    if (!r->customerName.isEmpty())
        parts.append(r->customerName);
    if (r->receivedAt)
        parts.append(tr("received %1").arg(StockText::dateTime(*r->receivedAt)));
    if (r->refundedAt)
        parts.append(
            tr("refunded %1 on %2")
                .arg(StockText::money(r->refundAmount, r->currency), StockText::dateTime(*r->refundedAt)));
    if (!r->exchangeOrderId.isNull()) {
        if (auto exchange = m_services.orders.order(m_actor, r->exchangeOrderId))
            parts.append(tr("exchange order %1 (%2)")
                             .arg(exchange->number, OrderKinds::statusName(exchange->status).toLower()));
    }
    QString text = parts.join(u"  ·  "_qs);
    if (!r->note.isEmpty())
        text += u"\n"_qs + tr("Note: %1").arg(r->note);
    m_detail->setText(text);
}

// ---- commands -----------------------------------------------------------------------------------

std::optional<Return> ReturnsPage::newReturn(const Id& orderId)
{
    if (!m_actor.can(Permission::ManageReturns))
        return std::nullopt;
    auto created = ReturnDialog::newReturnForOrder(m_services, m_actor, orderId, this);
    if (!created)
        return std::nullopt;
    // The list may hide the new return; show everything so it is there.
    m_status->setCurrentIndex(0);
    m_period->setCurrentIndex(m_period->findData(int(Period::Any)));
    selectReturn(created->id);
    showStatus(tr("Return %1 opened for order %2. Receive it when the goods arrive.")
                   .arg(created->number, created->orderNumber));
    return created;
}

bool ReturnsPage::receiveCurrent()
{
    const Return* current = currentReturn();
    if (!current || current->status != ReturnStatus::Open)
        return false;
    const Return r = *current;
    // What will happen to the goods, by decision, so the user checks before the stock moves.
    QStringList moves;
    for (ReturnDecision d : {ReturnDecision::Restock, ReturnDecision::Quarantine, ReturnDecision::WriteOff,
                             ReturnDecision::ToSupplier}) {
        QStringList items;
        for (const ReturnLine& l : r.lines) {
            if (l.decision == d)
                items.append(tr("%1 × %2").arg(l.quantity.toLocaleString(), l.sku));
        }
        if (!items.isEmpty())
            moves.append(tr("%1: %2").arg(OrderKinds::returnDecisionName(d), items.join(u", "_qs)));
    }
    const auto answer = MessageBox::question(
        this, tr("Receive return"),
        tr("Have the goods of return %1 arrived?\n\n%2").arg(r.number, moves.join(u'\n')),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto received = m_services.returns.receive(m_actor, r.id);
    if (!received) {
        MessageBox::warning(this, tr("Receive return"), received.error().message);
        return false;
    }
    selectReturn(r.id);
    showStatus(tr("Return %1 received: the stock moved as decided.").arg(r.number));
    return true;
}

bool ReturnsPage::closeCurrent()
{
    const Return* current = currentReturn();
    if (!current || current->status != ReturnStatus::Received || !mayClose(*current))
        return false;
    const Return r = *current;
    const bool refund = r.resolution == ReturnResolution::Refund;
    const QString question =
        refund
            ? tr("Refund %1 to %2 for order %3 and close return %4?")
                  .arg(StockText::money(r.refundAmount, r.currency), r.customerName, r.orderNumber, r.number)
            : tr("Close return %1 and create a draft order that sends the same goods to %2 at no charge?")
                  .arg(r.number, r.customerName);
    const auto answer =
        MessageBox::question(this, tr("Close return"), question,
                             MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto closed = m_services.returns.close(m_actor, r.id);
    if (!closed) {
        MessageBox::warning(this, tr("Close return"), closed.error().message);
        return false;
    }
    selectReturn(r.id);
    if (refund) {
        showStatus(tr("Return %1 closed: %2 refunded on order %3.")
                       .arg(r.number, StockText::money(r.refundAmount, r.currency), r.orderNumber));
    } else {
        auto exchange = m_services.orders.order(m_actor, closed->exchangeOrderId);
        showStatus(tr("Return %1 closed: exchange order %2 is a draft; confirm it to ship the goods.")
                       .arg(r.number, exchange ? exchange->number : QString()));
    }
    return true;
}

bool ReturnsPage::cancelCurrent()
{
    const Return* current = currentReturn();
    if (!current || current->status != ReturnStatus::Open)
        return false;
    const Return r = *current;
    const auto answer = MessageBox::question(
        this, tr("Cancel return"),
        tr("Cancel return %1? The goods are not expected back and nothing is refunded.").arg(r.number),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    auto cancelled = m_services.returns.cancel(m_actor, r.id);
    if (!cancelled) {
        MessageBox::warning(this, tr("Cancel return"), cancelled.error().message);
        return false;
    }
    selectReturn(r.id);
    showStatus(tr("Return %1 was cancelled.").arg(r.number));
    return true;
}

} // namespace kontor
