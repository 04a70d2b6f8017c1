#include "ClaimsPage.h"

#include "ClaimListModel.h"
#include "PurchaseStepDialog.h"
#include "PurchaseText.h"
#include "catalog/ProductService.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "orders/OrderText.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "stock/StockText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr ClaimStatus Statuses[] = {ClaimStatus::Open, ClaimStatus::Sent, ClaimStatus::Accepted,
                                    ClaimStatus::Paid, ClaimStatus::Rejected};

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ClaimsPage::ClaimsPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new ClaimListModel(services, m_actor, {}, this))
    , m_view(new QTableView)
    , m_lines(new QTableWidget(0, LineColumnCount))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_status(new QComboBox)
    , m_supplier(new QComboBox)
    , m_unresolved(new QCheckBox(tr("&Unresolved only")))
    , m_emptyLabel(new QLabel)
    , m_footer(new QLabel)
    , m_statusLine(new QLabel)
    , m_title(new QLabel)
    , m_detail(new QLabel)
    , m_sent(new QAction(tr("Mark &sent"), this))
    , m_accepted(new QAction(tr("&Accepted"), this))
    , m_paid(new QAction(tr("&Paid…"), this))
    , m_rejected(new QAction(tr("&Rejected…"), this))
{
    const bool manage = m_actor.can(Permission::ManageSuppliers);
    m_sent->setObjectName(u"sentAction"_qs);
    m_sent->setToolTip(tr("The claim went to the supplier; the deadline runs"));
    m_accepted->setObjectName(u"acceptedAction"_qs);
    m_accepted->setToolTip(tr("The supplier accepted the claim and will pay or credit it"));
    m_paid->setObjectName(u"paidAction"_qs);
    m_paid->setToolTip(tr("The supplier paid or credited the claim: record the amount collected"));
    m_rejected->setObjectName(u"rejectedAction"_qs);
    m_rejected->setToolTip(tr("The supplier rejected the claim, or the shop dropped it"));
    for (QAction* action : {m_sent, m_accepted, m_paid, m_rejected})
        action->setVisible(false);
    connect(m_sent, &QAction::triggered, this, &ClaimsPage::markSent);
    connect(m_accepted, &QAction::triggered, this, &ClaimsPage::markAccepted);
    connect(m_paid, &QAction::triggered, this, &ClaimsPage::markPaid);
    connect(m_rejected, &QAction::triggered, this, &ClaimsPage::markRejected);

    // ---- filter bar ----
    m_status->setObjectName(u"statusFilter"_qs);
    m_status->addItem(tr("All statuses"), -1);
    for (ClaimStatus s : Statuses)
        m_status->addItem(PurchasingKinds::claimStatusName(s), int(s));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supplier->setObjectName(u"supplierFilter"_qs);
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supplier->setMinimumContentsLength(16);
    m_unresolved->setObjectName(u"unresolvedCheck"_qs);
    m_unresolved->setToolTip(
        tr("Only claims open, sent or accepted: the supplier still owes an answer or money"));
    m_footer->setObjectName(u"footerLabel"_qs);
    m_footer->setEnabled(false);
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(new QLabel(tr("Status:")));
    filterBar->addWidget(m_status);
    filterBar->addSpacing(12);
    filterBar->addWidget(new QLabel(tr("Supplier:")));
    filterBar->addWidget(m_supplier);
    filterBar->addSpacing(12);
    filterBar->addWidget(m_unresolved);
    filterBar->addStretch(1);

    // ---- list ----
    m_view->setObjectName(u"claimTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, ClaimListModel::Supplier);
    const QString sampleDate = PurchaseText::date(QDate(2026, 12, 28));
    const QString sampleMoney = OrderText::money(99999900, services.products.currency());
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    auto width = [&](const QString& text) {
        return m_view->fontMetrics().horizontalAdvance(text) + 2 * charWidth + 8;
    };
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(ClaimListModel::Number, width(u"CL-00000"_qs));
    header->resizeSection(ClaimListModel::PoNumber, width(u"PO-00000"_qs));
    header->resizeSection(ClaimListModel::Status,
                          width(PurchasingKinds::claimStatusName(ClaimStatus::Accepted)));
    header->resizeSection(ClaimListModel::Amount, width(sampleMoney));
    header->resizeSection(ClaimListModel::Collected, width(sampleMoney));
    header->resizeSection(ClaimListModel::Deadline, width(sampleDate));
    TableViews::fitTitles(m_view);
    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(
        tr("<p style='font-size:large'><b>No supplier claims</b></p><p>A claim is opened when "
           "goods arrive defective or mis-sorted, or with <b>Claim lateness…</b> on a late "
           "purchase order. Follow it here until the supplier pays or rejects it.</p>"));
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
    footer->addWidget(m_footer);
    listLayout->addLayout(footer);

    // ---- the selected claim ----
    m_title->setObjectName(u"claimTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    if (manage) {
        for (QAction* action : {m_sent, m_accepted, m_paid, m_rejected})
            heading->addWidget(actionButton(action, action->objectName() + u"Button"_qs), 0, Qt::AlignBottom);
    }
    m_detail->setObjectName(u"claimDetail"_qs);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(u"claimLineTable"_qs);
    m_lines->setHorizontalHeaderLabels(
        {tr("Reason"), tr("SKU"), tr("Product"), tr("Quantity"), tr("Value"), tr("Penalty"), tr("Basis")});
    m_lines->horizontalHeaderItem(Basis)->setToolTip(tr("How the contract's clause gives the penalty"));
    for (int column : {Quantity, Value, Penalty})
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 8);
    QHeaderView* lineHeader = m_lines->horizontalHeader();
    lineHeader->setHighlightSections(false);
    lineHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    lineHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    lineHeader->setSectionResizeMode(Product, QHeaderView::Interactive);
    lineHeader->resizeSection(Product, charWidth * 28);
    lineHeader->setSectionResizeMode(Basis, QHeaderView::Stretch);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addLayout(heading);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_lines, 1);

    m_splitter->addWidget(listBox);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({420, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    for (QComboBox* combo : {m_status, m_supplier})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClaimsPage::applyFilter);
    connect(m_unresolved, &QCheckBox::toggled, this, &ClaimsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_model, &ClaimListModel::loaded, this, &ClaimsPage::onLoaded);
    connect(m_model, &ClaimListModel::loadFailed, this, [this](const Error& error) {
        m_footer->setText(tr("Cannot load the claims: %1").arg(error.message));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const Claim* c = currentClaim(); c && m_keepSelected.isNull())
            m_keepSelected = c->id;
    });
    connect(&services.suppliers, &SupplierService::suppliersChanged, this, &ClaimsPage::reloadSuppliers);

    reloadSuppliers();
    m_footer->setText(tr("Loading…"));
    updateDetail();
    updateActions();
}

void ClaimsPage::reloadSuppliers()
{
    PurchaseText::fillSuppliers(m_supplier, m_services.suppliers, m_actor, tr("All suppliers"));
}

ClaimFilter ClaimsPage::currentFilter() const
{
    ClaimFilter f;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.status = ClaimStatus(status);
    f.supplierId = m_supplier->currentData().value<Id>();
    f.unresolvedOnly = m_unresolved->isChecked();
    return f;
}

void ClaimsPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void ClaimsPage::onLoaded()
{
    if (!m_keepSelected.isNull()) {
        if (m_model->rowOf(m_keepSelected) >= 0)
            selectClaim(m_keepSelected);
        m_keepSelected = Id();
    }
    const int shown = m_model->rowCount();
    const ClaimFilter f = currentFilter();
    const bool filtered = f.status.has_value() || !f.supplierId.isNull() || f.unresolvedOnly;
    const bool none = shown == 0 && !filtered;
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    int overdue = 0;
    qint64 open = 0;
    QString currency;
    for (int row = 0; row < shown; ++row) {
        const Claim* c = m_model->claimAt(row);
        overdue += m_model->isOverdue(*c) ? 1 : 0;
        if (PurchaseText::isUnresolved(c->status) && (currency.isEmpty() || currency == c->currency)) {
            currency = c->currency;
            open += c->amount - c->collected;
        }
    }
    QString text =
        shown == 0 && filtered ? tr("No claim matches the filter.") : PurchaseText::claimCount(shown);
    if (overdue > 0)
        text += u" · "_qs + tr("%n past the deadline", nullptr, overdue);
    m_footer->setText(text);
    updateDetail();
    updateActions();
}

const Claim* ClaimsPage::currentClaim() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->claimAt(current.row()) : nullptr;
}

void ClaimsPage::selectClaim(const Id& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        m_keepSelected = Id();
    } else {
        m_keepSelected = id;
    }
}

QString ClaimsPage::detailText() const
{
    return m_detail->text();
}

QString ClaimsPage::statusText() const
{
    return m_statusLine->text();
}

QString ClaimsPage::footerText() const
{
    return m_footer->text();
}

void ClaimsPage::showStatus(const QString& text)
{
    m_statusLine->setText(text);
}

void ClaimsPage::updateActions()
{
    const Claim* c = currentClaim();
    const bool manage = m_actor.can(Permission::ManageSuppliers);
    const ClaimStatus s = c ? c->status : ClaimStatus::Paid;
    m_sent->setVisible(manage && c && s == ClaimStatus::Open);
    m_accepted->setVisible(manage && c && s == ClaimStatus::Sent);
    m_paid->setVisible(manage && c && s == ClaimStatus::Accepted);
    m_rejected->setVisible(manage && c && (s == ClaimStatus::Open || s == ClaimStatus::Sent));
}

void ClaimsPage::updateDetail()
{
    const Claim* c = currentClaim();
    if (!c) {
        m_title->setText(m_model->rowCount() > 0 ? tr("Select a claim to see its lines.") : QString());
        m_detail->clear();
        m_lines->setRowCount(0);
        return;
    }
    const QLocale locale;
    m_title->setText(tr("%1 · %2").arg(c->number, PurchasingKinds::claimStatusName(c->status)));
    QStringList parts{
        tr("%1, purchase order %2").arg(c->supplierName.toHtmlEscaped(), c->poNumber.toHtmlEscaped()),
        tr("opened %1").arg(OrderText::dateTime(c->createdAt, locale))};
    if (c->deadlineOn.isValid()) {
        QString deadline = tr("deadline %1").arg(PurchaseText::date(c->deadlineOn, locale));
        if (m_model->isOverdue(*c))
            deadline = u"<span style=\"color:%1\"><b>%2</b></span>"_qs.arg(OrderText::warningColor().name(),
                                                                           tr("%1, passed").arg(deadline));
        parts.append(deadline);
    }
    parts.append(tr("claimed %1").arg(OrderText::money(c->amount, c->currency, locale)));
    if (c->collected != 0 || c->status == ClaimStatus::Paid)
        parts.append(tr("collected %1").arg(OrderText::money(c->collected, c->currency, locale)));
    QString text = parts.join(u"  ·  "_qs);
    if (!c->note.isEmpty())
        text += u"<br>"_qs + tr("Note: %1").arg(c->note.toHtmlEscaped());
    m_detail->setText(text);

    m_lines->setRowCount(int(c->lines.size()));
    for (int row = 0; row < c->lines.size(); ++row) {
        const ClaimLine& l = c->lines[row];
        m_lines->setItem(row, Reason, cell(PurchasingKinds::claimReasonName(l.reason)));
        m_lines->setItem(row, Sku, cell(l.sku));
        m_lines->setItem(row, Product, cell(l.name));
        m_lines->setItem(row, Quantity,
                         cell(l.quantity.milli() ? l.quantity.toLocaleString(locale) : QString(), true));
        m_lines->setItem(row, Value, cell(OrderText::money(l.value, c->currency, locale), true));
        m_lines->setItem(row, Penalty, cell(OrderText::money(l.penalty, c->currency, locale), true));
        m_lines->setItem(row, Basis, cell(l.basis));
    }
}

// ---- commands -----------------------------------------------------------------------------------

bool ClaimsPage::setStatus(ClaimStatus status, qint64 collected, const QString& note)
{
    const Claim* current = currentClaim();
    if (!current || !m_actor.can(Permission::ManageSuppliers))
        return false;
    const Claim c = *current;
    auto changed = m_services.purchases.setClaimStatus(m_actor, c.id, status, collected, note);
    if (!changed) {
        MessageBox::warning(this, tr("Claim %1").arg(c.number), changed.error().message);
        return false;
    }
    selectClaim(c.id);
    switch (status) {
    case ClaimStatus::Sent:
        showStatus(tr("Claim %1 is marked as sent to %2.").arg(c.number, c.supplierName));
        break;
    case ClaimStatus::Accepted:
        showStatus(tr("%1 accepted claim %2.").arg(c.supplierName, c.number));
        break;
    case ClaimStatus::Paid:
        showStatus(tr("Claim %1 is paid: %2 collected.")
                       .arg(c.number, OrderText::money(changed->collected, changed->currency)));
        break;
    case ClaimStatus::Rejected:
        showStatus(tr("Claim %1 is rejected.").arg(c.number));
        break;
    case ClaimStatus::Open:
        break;
    }
    return true;
}

bool ClaimsPage::markSent()
{
    return setStatus(ClaimStatus::Sent, 0, {});
}

bool ClaimsPage::markAccepted()
{
    return setStatus(ClaimStatus::Accepted, 0, {});
}

bool ClaimsPage::markPaid()
{
    const Claim* c = currentClaim();
    if (!c)
        return false;
    PurchaseStepDialog::Fields fields;
    fields.amountLabel = tr("Amount &collected:");
    fields.amount = c->amount;
    fields.currency = c->currency;
    fields.noteLabel = tr("&Note:");
    PurchaseStepDialog dialog(tr("Claim %1 paid").arg(c->number),
                              tr("What %1 paid or credited for claim %2 (claimed %3).")
                                  .arg(c->supplierName, c->number, OrderText::money(c->amount, c->currency)),
                              fields, tr("Mark &paid"), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.amount())
        return false;
    return setStatus(ClaimStatus::Paid, *dialog.amount(), dialog.note());
}

bool ClaimsPage::markRejected()
{
    const Claim* c = currentClaim();
    if (!c)
        return false;
    PurchaseStepDialog::Fields fields;
    fields.noteLabel = tr("&Reason:");
    fields.noteRequired = true;
    fields.commonNotes = {tr("The supplier disputes the defects"), tr("Outside the contract's claim period"),
                          tr("Settled otherwise"), tr("Opened by mistake")};
    PurchaseStepDialog dialog(
        tr("Claim %1 rejected").arg(c->number),
        tr("Claim %1 is closed without payment. Say why, for the supplier's record.").arg(c->number), fields,
        tr("Mark &rejected"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return setStatus(ClaimStatus::Rejected, 0, dialog.note());
}

} // namespace kontor
