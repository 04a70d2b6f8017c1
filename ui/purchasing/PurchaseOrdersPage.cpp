#include "PurchaseOrdersPage.h"

#include "PurchaseOrderDetailPanel.h"
#include "PurchaseOrderEditor.h"
#include "PurchaseOrderListModel.h"
#include "PurchaseReceiveDialog.h"
#include "PurchaseStepDialog.h"
#include "PurchaseText.h"
#include "catalog/ProductService.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "documents/PurchaseOrderDocument.h"
#include "orders/OrderText.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "purchasing/SupplierSla.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr PoStatus Statuses[] = {
    PoStatus::Draft,    PoStatus::Sent,   PoStatus::Confirmed, PoStatus::PartiallyReceived,
    PoStatus::Received, PoStatus::Closed, PoStatus::Cancelled};

} // namespace

PurchaseOrdersPage::PurchaseOrdersPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new PurchaseOrderListModel(services, m_actor, {}, this))
    , m_view(new QTableView)
    , m_detail(new PurchaseOrderDetailPanel(services, m_actor))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_status(new QComboBox)
    , m_supplier(new QComboBox)
    , m_openOnly(new QCheckBox(tr("O&pen only")))
    , m_overdueOnly(new QCheckBox(tr("O&verdue only")))
    , m_count(new QLabel)
    , m_emptyLabel(new QLabel)
    , m_statusLine(new QLabel)
    , m_actionBar(new QHBoxLayout)
{
    buildActions();

    // ---- filter bar ----
    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Find by PO number or supplier"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(
        std::min(300, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48));
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_status->setObjectName(u"statusFilter"_qs);
    m_status->addItem(tr("All statuses"), -1);
    for (PoStatus s : Statuses)
        m_status->addItem(PurchasingKinds::poStatusName(s), int(s));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supplier->setObjectName(u"supplierFilter"_qs);
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supplier->setMinimumContentsLength(16);
    m_openOnly->setObjectName(u"openOnlyCheck"_qs);
    m_openOnly->setToolTip(tr("Only POs sent, confirmed or partially received: goods still expected"));
    m_overdueOnly->setObjectName(u"overdueOnlyCheck"_qs);
    m_overdueOnly->setToolTip(tr("Only open POs past their due date"));
    m_count->setObjectName(u"countLabel"_qs);
    m_count->setEnabled(false);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_supplier);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_openOnly);
    filterBar->addWidget(m_overdueOnly);

    // ---- table ----
    m_view->setObjectName(u"poTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, PurchaseOrderListModel::Supplier);
    m_view->setTextElideMode(Qt::ElideRight);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList statuses;
    for (PoStatus s : Statuses)
        statuses.append(PurchasingKinds::poStatusName(s));
    const QString sampleDate = PurchaseText::date(QDate(2026, 12, 28));
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(PurchaseOrderListModel::Number, widest({tr("%1 (dropship)").arg(u"PO-00000"_qs)}));
    // Open statuses are shown bold.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int statusWidth = 0;
    for (const QString& status : std::as_const(statuses))
        statusWidth = std::max(statusWidth, boldMetrics.horizontalAdvance(status));
    header->resizeSection(PurchaseOrderListModel::Status, statusWidth + padding);
    header->resizeSection(PurchaseOrderListModel::OrderedOn, widest({sampleDate}));
    header->resizeSection(PurchaseOrderListModel::DueOn, boldMetrics.horizontalAdvance(sampleDate) + padding);
    header->resizeSection(PurchaseOrderListModel::Lines, widest({u"000"_qs}));
    header->resizeSection(PurchaseOrderListModel::Total,
                          widest({OrderText::money(99999900, services.products.currency())}));
    TableViews::fitTitles(m_view);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(
        m_actor.can(Permission::ManagePurchases)
            ? tr("<p style='font-size:large'><b>No purchase orders yet</b></p><p>Order goods from a supplier "
                 "with <b>New purchase order…</b>, or let <b>Replenishment</b> draft them from its "
                 "suggestions. Prices come from the supplier's contract; send the PO, record the "
                 "supplier's confirmation, and receive the goods when they arrive.</p>")
            : tr("<p style='font-size:large'><b>No purchase orders yet</b></p><p>Goods ordered from "
                 "suppliers appear here; receive them when they arrive.</p>"));
    m_emptyLabel->hide();
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
    footer->addWidget(m_count);
    listLayout->addLayout(footer);

    m_detail->setObjectName(u"poDetail"_qs);
    m_splitter->addWidget(listBox);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 420});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_actionBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &PurchaseOrdersPage::applyFilter);
    for (QComboBox* combo : {m_status, m_supplier})
        connect(combo, &QComboBox::currentIndexChanged, this, &PurchaseOrdersPage::applyFilter);
    for (QCheckBox* check : {m_openOnly, m_overdueOnly})
        connect(check, &QCheckBox::toggled, this, &PurchaseOrdersPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_selecting || !current.isValid())
                    return;
                setCurrent(m_model->index(current.row(), 0).data(PurchaseOrderListModel::IdRole).value<Id>());
            });
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_edit->isVisible())
            editDraft();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_keepSelected.isNull())
            m_keepSelected = m_currentId;
    });
    connect(m_model, &PurchaseOrderListModel::loaded, this, &PurchaseOrdersPage::onLoaded);
    connect(m_model, &PurchaseOrderListModel::loadFailed, this, [this](const Error& error) {
        m_count->setText(tr("Cannot read the purchase orders: %1").arg(error.message));
    });
    connect(m_detail, &PurchaseOrderDetailPanel::refreshed, this, &PurchaseOrdersPage::updateActions);
    connect(&services.suppliers, &SupplierService::suppliersChanged, this,
            &PurchaseOrdersPage::reloadSuppliers);

    reloadSuppliers();
    m_count->setText(tr("Loading…"));
    updateActions();
}

void PurchaseOrdersPage::buildActions()
{
    const bool manage = m_actor.can(Permission::ManagePurchases);
    auto make = [this](const QString& text, const QString& objectName, const QString& toolTip) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setToolTip(toolTip);
        action->setVisible(false);
        return action;
    };
    m_new = make(tr("&New purchase order…"), u"newPoAction"_qs,
                 tr("Order goods from a supplier at the prices of its contract"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setVisible(manage);
    addAction(m_new);
    m_edit = make(tr("&Edit draft…"), u"editPoAction"_qs, tr("Change the supplier, lines, prices or dates"));
    m_send = make(tr("&Send"), u"sendPoAction"_qs,
                  tr("The PO went to the supplier (print it with Print PO…); it can no longer be edited"));
    m_confirm = make(tr("&Confirm…"), u"confirmPoAction"_qs,
                     tr("The supplier confirmed the PO: the lead time runs from that day"));
    m_prepayment =
        make(tr("Record &prepayment…"), u"prepaymentAction"_qs,
             tr("The shop paid the supplier in advance; where the contract says so, the lead time runs "
                "from the payment"));
    m_receive = make(tr("&Receive…"), u"receivePoAction"_qs,
                     tr("Goods arrived: count what was accepted, defective and mis-sorted, with a scanner"));
    m_close = make(tr("C&lose…"), u"closePoAction"_qs, tr("Everything arrived: close the PO"));
    m_closeShort = make(tr("Close s&hort…"), u"closeShortAction"_qs,
                        tr("The rest will not come: close the PO; the contract's shortage clause applies"));
    m_cancel = make(tr("Cance&l…"), u"cancelPoAction"_qs, tr("Nothing will come: cancel the PO"));
    m_backToDraft = make(tr("Back to &draft"), u"backToDraftAction"_qs,
                         tr("Take the PO back to edit it (before anything arrived)"));
    m_claimLateness = make(tr("Claim la&teness…"), u"claimLatenessAction"_qs,
                           tr("Open a claim to the supplier for the late and short deliveries of this PO"));
    m_print = make(tr("Print P&O…"), u"printPoAction"_qs, tr("Save the PO as a PDF to send to the supplier"));
    m_supplierShipped = make(
        tr("Supplier s&hipped…"), u"supplierShippedAction"_qs,
        tr("The supplier sent this dropship order to the customer: record its tracking number and date"));

    connect(m_new, &QAction::triggered, this, &PurchaseOrdersPage::newPurchaseOrder);
    connect(m_edit, &QAction::triggered, this, &PurchaseOrdersPage::editDraft);
    connect(m_send, &QAction::triggered, this, &PurchaseOrdersPage::send);
    connect(m_confirm, &QAction::triggered, this, &PurchaseOrdersPage::confirm);
    connect(m_prepayment, &QAction::triggered, this, &PurchaseOrdersPage::recordPrepayment);
    connect(m_receive, &QAction::triggered, this, &PurchaseOrdersPage::receive);
    connect(m_close, &QAction::triggered, this, &PurchaseOrdersPage::close);
    connect(m_closeShort, &QAction::triggered, this, &PurchaseOrdersPage::close);
    connect(m_cancel, &QAction::triggered, this, &PurchaseOrdersPage::cancel);
    connect(m_backToDraft, &QAction::triggered, this, &PurchaseOrdersPage::backToDraft);
    connect(m_claimLateness, &QAction::triggered, this, &PurchaseOrdersPage::claimLateness);
    connect(m_print, &QAction::triggered, this, [this] { printPdf(); });
    connect(m_supplierShipped, &QAction::triggered, this, &PurchaseOrdersPage::markSupplierShipped);

    if (manage)
        m_actionBar->addWidget(actionButton(m_new, u"newPoButton"_qs));
    m_actionBar->addStretch(1);
    // What acts on the selected PO sits beside its title, in the order a PO goes through.
    for (QAction* action : {m_edit, m_send, m_confirm, m_prepayment, m_receive, m_supplierShipped, m_close,
                            m_closeShort, m_claimLateness, m_backToDraft, m_cancel, m_print})
        m_detail->addHeadingWidget(actionButton(action, action->objectName() + u"Button"_qs));
}

// ---- filter and list ----------------------------------------------------------------------------

void PurchaseOrdersPage::reloadSuppliers()
{
    PurchaseText::fillSuppliers(m_supplier, m_services.suppliers, m_actor, tr("All suppliers"));
}

PoFilter PurchaseOrdersPage::currentFilter() const
{
    PoFilter f;
    f.text = m_search->text().trimmed();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.status = PoStatus(status);
    f.supplierId = m_supplier->currentData().value<Id>();
    f.openOnly = m_openOnly->isChecked();
    f.overdueOnly = m_overdueOnly->isChecked();
    return f;
}

void PurchaseOrdersPage::applyFilter()
{
    m_searchDebounce->stop();
    m_model->setFilter(currentFilter());
}

void PurchaseOrdersPage::onLoaded()
{
    if (!m_keepSelected.isNull()) {
        const int row = m_model->rowOf(m_keepSelected);
        if (row >= 0) {
            m_selecting = true;
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            m_selecting = false;
        }
        m_keepSelected = Id();
    }
    const int shown = m_model->rowCount();
    const PoFilter f = currentFilter();
    const bool filtered =
        !f.text.isEmpty() || f.status || !f.supplierId.isNull() || f.openOnly || f.overdueOnly;
    const bool none = shown == 0 && !filtered;
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    m_count->setText(shown == 0 && filtered ? tr("No purchase order matches the filter.")
                                            : PurchaseText::poCount(shown));
    updateActions();
}

QString PurchaseOrdersPage::countText() const
{
    return m_count->text();
}

QString PurchaseOrdersPage::statusText() const
{
    return m_statusLine->text();
}

void PurchaseOrdersPage::showStatus(const QString& text)
{
    m_statusLine->setText(text);
}

// ---- selection ------------------------------------------------------------------------------------

void PurchaseOrdersPage::setCurrent(const Id& poId)
{
    const bool changed = poId != m_currentId;
    m_currentId = poId;
    m_detail->showOrder(poId);
    if (changed)
        Q_EMIT currentPoChanged(poId);
}

void PurchaseOrdersPage::showPurchaseOrder(const Id& poId)
{
    setCurrent(poId);
    const int row = m_model->rowOf(poId);
    if (row >= 0) {
        m_selecting = true;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        m_selecting = false;
    } else {
        m_keepSelected = poId; // once the list has it
    }
}

void PurchaseOrdersPage::updateActions()
{
    const std::optional<PurchaseOrder>& po = m_detail->order();
    const bool has = po.has_value() && po->id == m_currentId && !m_currentId.isNull();
    const bool manage = m_actor.can(Permission::ManagePurchases);
    const QList<PoStatus> allowed =
        has ? PurchaseOrderService::allowedTransitions(po->status) : QList<PoStatus>();
    const PoStatus status = has ? po->status : PoStatus::Draft;
    m_edit->setVisible(has && manage && status == PoStatus::Draft);
    m_send->setVisible(manage && allowed.contains(PoStatus::Sent));
    m_confirm->setVisible(manage && allowed.contains(PoStatus::Confirmed));
    m_prepayment->setVisible(has && manage && (status == PoStatus::Sent || status == PoStatus::Confirmed));
    // Receiving is the warehouse's part: it needs the stock permission, not the purchasing one.
    m_receive->setVisible(has && po->kind == PoKind::Stock && po->isOpen() &&
                          m_actor.can(Permission::MoveStock));
    m_close->setVisible(manage && allowed.contains(PoStatus::Closed) && status == PoStatus::Received);
    m_closeShort->setVisible(manage && allowed.contains(PoStatus::Closed) &&
                             status == PoStatus::PartiallyReceived);
    m_cancel->setVisible(manage && allowed.contains(PoStatus::Cancelled));
    m_backToDraft->setVisible(manage && allowed.contains(PoStatus::Draft));
    // Only what was not claimed before: core claims the increase alone.
    m_claimLateness->setVisible(has && m_detail->unclaimedPenalty() > 0 &&
                                m_actor.can(Permission::ManageSuppliers));
    m_print->setVisible(has && manage && status != PoStatus::Cancelled);
    m_supplierShipped->setVisible(has && manage && po->kind == PoKind::Dropship &&
                                  (status == PoStatus::Sent || status == PoStatus::Confirmed));
}

// ---- commands --------------------------------------------------------------------------------------

void PurchaseOrdersPage::showError(const QString& title, const Error& error)
{
    MessageBox::warning(this, title, error.message);
}

std::optional<PurchaseOrder> PurchaseOrdersPage::currentPo()
{
    if (m_currentId.isNull())
        return std::nullopt;
    auto po = m_services.purchases.purchaseOrder(m_actor, m_currentId);
    if (!po) {
        showError(tr("Purchase orders"), po.error());
        return std::nullopt;
    }
    return *po;
}

int PurchaseOrdersPage::newPurchaseOrder()
{
    if (!m_actor.can(Permission::ManagePurchases))
        return QDialog::Rejected;
    PurchaseOrderEditor editor(m_services, m_actor, {}, this);
    const int result = editor.exec();
    if (!editor.poId().isNull()) {
        showPurchaseOrder(editor.poId());
        showStatus(
            tr("Draft %1 saved. Send it to the supplier when it is complete.").arg(editor.order().number));
    }
    return result;
}

int PurchaseOrdersPage::editDraft()
{
    auto po = currentPo();
    if (!po || po->status != PoStatus::Draft || !m_actor.can(Permission::ManagePurchases))
        return QDialog::Rejected;
    PurchaseOrderEditor editor(m_services, m_actor, po->id, this);
    const int result = editor.exec();
    return result;
}

bool PurchaseOrdersPage::send()
{
    auto po = currentPo();
    if (!po)
        return false;
    auto sent = m_services.purchases.send(m_actor, po->id);
    if (!sent) {
        showError(tr("Send %1").arg(po->number), sent.error());
        return false;
    }
    showStatus(tr("%1 is marked as sent to %2. Print it with Print PO… if the supplier needs the document.")
                   .arg(sent->number, sent->supplierName));
    return true;
}

bool PurchaseOrdersPage::confirm()
{
    auto po = currentPo();
    if (!po)
        return false;
    PurchaseStepDialog::Fields fields;
    fields.dateLabel = tr("&Confirmed on:");
    fields.date = m_services.purchases.today();
    fields.minimumDate = po->orderedOn;
    fields.maximumDate = fields.date;
    PurchaseStepDialog dialog(
        tr("Confirm %1").arg(po->number),
        tr("%1 confirmed %2. Where the contract runs the lead time from the confirmation, "
           "the due date is set from this day.")
            .arg(po->supplierName, po->number),
        fields, tr("&Confirm"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto confirmed = m_services.purchases.confirm(m_actor, po->id, dialog.date());
    if (!confirmed) {
        showError(tr("Confirm %1").arg(po->number), confirmed.error());
        return false;
    }
    showStatus(
        confirmed->dueOn.isValid()
            ? tr("%1 confirmed: due on %2.").arg(confirmed->number, PurchaseText::date(confirmed->dueOn))
            : tr("%1 confirmed.").arg(confirmed->number));
    return true;
}

bool PurchaseOrdersPage::recordPrepayment()
{
    auto po = currentPo();
    if (!po)
        return false;
    // The contract's prepayment share of the total, if it has one; else the whole total.
    qint64 suggested = po->total();
    if (!po->contractId.isNull()) {
        if (auto contract = m_services.suppliers.contract(m_actor, po->contractId);
            contract && contract->prepaymentBp > 0)
            suggested = SupplierSla::shareOf(po->total(), contract->prepaymentBp);
    }
    PurchaseStepDialog::Fields fields;
    fields.amountLabel = tr("&Amount paid:");
    fields.amount = suggested;
    fields.currency = po->currency;
    fields.dateLabel = tr("&Paid on:");
    fields.date = m_services.purchases.today();
    fields.minimumDate = po->orderedOn;
    fields.maximumDate = fields.date;
    PurchaseStepDialog dialog(
        tr("Prepayment for %1").arg(po->number),
        tr("The shop paid %1 in advance for %2 (total %3). Where the contract runs the "
           "lead time from the prepayment, the due date is set from the day paid.")
            .arg(po->supplierName, po->number, OrderText::money(po->total(), po->currency)),
        fields, tr("&Record prepayment"), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.amount())
        return false;
    auto paid = m_services.purchases.recordPrepayment(m_actor, po->id, *dialog.amount(), dialog.date());
    if (!paid) {
        showError(tr("Prepayment for %1").arg(po->number), paid.error());
        return false;
    }
    showStatus(tr("Prepayment of %1 recorded for %2.")
                   .arg(OrderText::money(paid->prepaidAmount, paid->currency), paid->number));
    return true;
}

int PurchaseOrdersPage::receive()
{
    auto po = currentPo();
    if (!po || !m_actor.can(Permission::MoveStock))
        return QDialog::Rejected;
    PurchaseReceiveDialog dialog(m_services, m_actor, po->id, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && dialog.receiveResult()) {
        const auto& done = *dialog.receiveResult();
        QString text = tr("Receipt %1 posted for %2.").arg(done.receipt.number, po->number);
        if (done.claim)
            text += u' ' +
                    tr("Claim %1 for %2 opened for the defective and mis-sorted units.")
                        .arg(done.claim->number, OrderText::money(done.claim->amount, done.claim->currency));
        showStatus(text);
    }
    return result;
}

bool PurchaseOrdersPage::close()
{
    auto po = currentPo();
    if (!po)
        return false;
    const bool shortClose = po->status == PoStatus::PartiallyReceived;
    PurchaseStepDialog::Fields fields;
    fields.dateLabel = tr("Closed &on:");
    fields.date = m_services.purchases.today();
    fields.minimumDate = po->orderedOn;
    fields.noteLabel = shortClose ? tr("&Reason:") : tr("&Note:");
    fields.noteRequired = shortClose;
    if (shortClose)
        fields.commonNotes = {tr("The supplier has no more stock"), tr("No longer needed"),
                              tr("Ordered from another supplier"), tr("Discontinued by the supplier")};
    const QString title = shortClose ? tr("Close %1 short").arg(po->number) : tr("Close %1").arg(po->number);
    PurchaseStepDialog dialog(
        title,
        shortClose ? tr("Not everything of %1 arrived and the rest will not come. The missing units stop "
                        "counting as late, and the contract's shortage clause applies to them.")
                         .arg(po->number)
                   : tr("Everything of %1 arrived. A closed PO cannot be changed.").arg(po->number),
        fields, shortClose ? tr("Close &short") : tr("C&lose"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto closed = m_services.purchases.close(m_actor, po->id, dialog.note(), dialog.date());
    if (!closed) {
        showError(title, closed.error());
        return false;
    }
    showStatus(shortClose ? tr("%1 closed short.").arg(closed->number)
                          : tr("%1 closed.").arg(closed->number));
    return true;
}

bool PurchaseOrdersPage::cancel()
{
    auto po = currentPo();
    if (!po)
        return false;
    PurchaseStepDialog::Fields fields;
    fields.noteLabel = tr("&Reason:");
    fields.noteRequired = true;
    fields.commonNotes = {tr("The supplier cannot deliver"), tr("No longer needed"),
                          tr("Ordered from another supplier"), tr("Entered by mistake")};
    PurchaseStepDialog dialog(
        tr("Cancel %1").arg(po->number),
        tr("%1 will be cancelled: nothing more is expected from %2. A cancelled PO cannot be "
           "reopened.")
            .arg(po->number, po->supplierName),
        fields, tr("Cance&l PO"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto cancelled = m_services.purchases.cancel(m_actor, po->id, dialog.note());
    if (!cancelled) {
        showError(tr("Cancel %1").arg(po->number), cancelled.error());
        return false;
    }
    showStatus(tr("%1 was cancelled.").arg(cancelled->number));
    return true;
}

bool PurchaseOrdersPage::backToDraft()
{
    auto po = currentPo();
    if (!po)
        return false;
    const auto answer = MessageBox::question(
        this, tr("Back to draft"),
        tr("Take %1 back to a draft to change it? Tell %2 that the PO they have is no longer valid.")
            .arg(po->number, po->supplierName),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto draft = m_services.purchases.backToDraft(m_actor, po->id);
    if (!draft) {
        showError(tr("Back to draft"), draft.error());
        return false;
    }
    showStatus(tr("%1 is a draft again.").arg(draft->number));
    return true;
}

bool PurchaseOrdersPage::claimLateness()
{
    auto po = currentPo();
    if (!po || !m_actor.can(Permission::ManageSuppliers))
        return false;
    const qint64 amount = m_detail->unclaimedPenalty();
    const auto answer = MessageBox::question(
        this, tr("Claim lateness"),
        tr("Open a claim to %1 for the late and short deliveries of %2 as of today: %3 by the contract, "
           "beyond what was claimed before?")
            .arg(po->supplierName, po->number, OrderText::money(amount, po->currency)),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto claim = m_services.purchases.claimLateness(m_actor, po->id);
    if (!claim) {
        showError(tr("Claim lateness"), claim.error());
        return false;
    }
    showStatus(tr("Claim %1 for %2 opened; follow it up under Supplier claims.")
                   .arg(claim->number, OrderText::money(claim->amount, claim->currency)));
    return true;
}

bool PurchaseOrdersPage::markSupplierShipped()
{
    auto po = currentPo();
    if (!po || po->kind != PoKind::Dropship || !m_actor.can(Permission::ManagePurchases))
        return false;
    PurchaseStepDialog::Fields fields;
    fields.textLabel = tr("&Tracking number:");
    fields.textPlaceholder = tr("The carrier's number, if the supplier gave one");
    fields.dateLabel = tr("&Shipped on:");
    fields.date = m_services.purchases.today();
    fields.minimumDate = po->orderedOn;
    fields.maximumDate = fields.date;
    const QString title = tr("%1 shipped by the supplier").arg(po->number);
    PurchaseStepDialog dialog(title,
                              tr("%1 sent the goods of %2 to the customer. The dropship order is then "
                                 "complete; close it once the supplier is paid.")
                                  .arg(po->supplierName, po->number),
                              fields, tr("&Record shipment"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto shipped = m_services.purchases.markSupplierShipped(m_actor, po->id, dialog.text(), dialog.date());
    if (!shipped) {
        showError(title, shipped.error());
        return false;
    }
    showStatus(
        shipped->supplierTracking.isEmpty()
            ? tr("%1: shipped by %2 on %3.")
                  .arg(shipped->number, shipped->supplierName, PurchaseText::date(shipped->supplierShippedOn))
            : tr("%1: shipped by %2 on %3, tracking %4.")
                  .arg(shipped->number, shipped->supplierName, PurchaseText::date(shipped->supplierShippedOn),
                       shipped->supplierTracking));
    return true;
}

QString PurchaseOrdersPage::printPdf(const QString& path)
{
    auto po = currentPo();
    if (!po)
        return {};
    const PurchaseOrderDocument::Sources sources{m_services.purchases, m_services.suppliers, m_services.stock,
                                                 m_services.shopDetails};
    auto data = PurchaseOrderDocument::load(sources, m_actor, po->id);
    if (!data) {
        MessageBox::critical(this, tr("Cannot print"), data.error().message);
        return {};
    }
    const PurchaseOrderDocument document(std::move(*data));
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save the purchase order as PDF"),
                                              QDir::home().filePath(document.suggestedFileName()),
                                              tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return {};
        if (QFileInfo(target).suffix().isEmpty())
            target += u".pdf"_qs;
    }
    // One or two pages: quick enough for the GUI thread.
    auto written = document.writePdf(target);
    if (!written) {
        MessageBox::critical(this, tr("Not saved"), written.error().message);
        return {};
    }
    showStatus(tr("%1 saved as %2.").arg(po->number, QDir::toNativeSeparators(target)));
    return target;
}

} // namespace kontor
