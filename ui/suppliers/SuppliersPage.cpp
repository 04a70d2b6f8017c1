#include "SuppliersPage.h"

#include "ContractDialog.h"
#include "SupplierCard.h"
#include "SupplierDialog.h"
#include "SupplierListModel.h"
#include "SupplierText.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "settings/WorkingCalendarDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

namespace {
constexpr int RemindersNamed = 3;
} // namespace

SuppliersPage::SuppliersPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new SupplierListModel(services, m_actor, this))
    , m_view(new QTableView)
    , m_card(new SupplierCard(services, m_actor))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_showArchived(new QCheckBox(tr("Show &archived")))
    , m_reminders(new QLabel)
    , m_emptyLabel(new QLabel)
    , m_footer(new QLabel)
    , m_status(new QLabel)
    , m_newAction(new QAction(tr("&New supplier…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_archiveAction(new QAction(tr("A&rchive"), this))
    , m_newContractAction(new QAction(tr("New &contract…"), this))
    , m_openContractAction(new QAction(tr("&Open contract…"), this))
    , m_calendarAction(new QAction(tr("&Working calendar…"), this))
{
    const bool canManage = m_actor.can(Permission::ManageSuppliers);

    // ---- actions ----
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(
        tr("Add a supplier (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editAction->setToolTip(canManage ? tr("The supplier's details and contact people (Enter)")
                                       : tr("The supplier's details and contact people, to read (Enter)"));
    m_newContractAction->setToolTip(
        tr("A new draft contract with the selected supplier: terms, prices, discounts"));
    m_openContractAction->setToolTip(tr(
        "The contract selected in the card, else the one valid today (double-click a contract in the card)"));
    m_calendarAction->setToolTip(
        tr("Holidays and moved working days, for contracts that count business days"));
    m_newAction->setVisible(canManage);
    m_archiveAction->setVisible(canManage);
    m_newContractAction->setVisible(canManage);
    addAction(m_newAction);
    auto* actionBar = new QHBoxLayout;
    if (canManage)
        actionBar->addWidget(actionButton(m_newAction, u"newSupplierButton"_qs));
    actionBar->addWidget(actionButton(m_editAction, u"editSupplierButton"_qs));
    if (canManage) {
        actionBar->addWidget(actionButton(m_archiveAction, u"archiveSupplierButton"_qs));
        actionBar->addSpacing(8);
        actionBar->addWidget(actionButton(m_newContractAction, u"newContractButton"_qs));
    }
    actionBar->addWidget(actionButton(m_openContractAction, u"openContractButton"_qs));
    actionBar->addStretch(1);
    actionBar->addWidget(actionButton(m_calendarAction, u"calendarButton"_qs));

    // ---- filter bar ----
    m_search->setObjectName(u"supplierSearchEdit"_qs);
    m_search->setPlaceholderText(tr("Filter by name, INN, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_showArchived->setObjectName(u"showArchivedCheck"_qs);
    m_showArchived->setToolTip(tr("Also suppliers who were archived"));
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_showArchived);

    m_reminders->setObjectName(u"remindersLabel"_qs);
    m_reminders->setWordWrap(true);
    m_reminders->setFrameShape(QFrame::StyledPanel);
    m_reminders->setMargin(6);
    m_reminders->setAutoFillBackground(true);
    QPalette notice = m_reminders->palette();
    notice.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    notice.setColor(QPalette::WindowText, QColor(0x33, 0x2B, 0x00));
    m_reminders->setPalette(notice);
    m_reminders->hide();

    // ---- table ----
    m_view->setObjectName(u"supplierTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, SupplierListModel::Name);
    TableViews::setColumnWidths(m_view, {{SupplierListModel::Models, 16},
                                         {SupplierListModel::OpenOrders, 8},
                                         {SupplierListModel::Currency, 6},
                                         {SupplierListModel::Email, 22}});
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(SupplierListModel::Contract, metrics.horizontalAdvance(u"ДД-2026/000"_qs) + 16);
    header->resizeSection(SupplierListModel::Phone, metrics.horizontalAdvance(u"+7 (495) 123-45-67"_qs) + 24);
    header->resizeSection(SupplierListModel::ValidTo,
                          metrics.horizontalAdvance(SupplierText::date(QDate(2026, 12, 28))) + 24);
    TableViews::fitTitles(m_view, SupplierListModel::Models);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 12);
    m_view->setTextElideMode(Qt::ElideRight);
    // Phone and email are in the card beside the list; the header's context menu shows them.
    header->setSectionHidden(SupplierListModel::Phone, true);
    header->setSectionHidden(SupplierListModel::Email, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int column : {SupplierListModel::Models, SupplierListModel::Contract, SupplierListModel::ValidTo,
                           SupplierListModel::OpenOrders, SupplierListModel::Currency,
                           SupplierListModel::Phone, SupplierListModel::Email}) {
            QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
    header->setSortIndicator(SupplierListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(canManage
                              ? tr("<p style='font-size:large'><b>No suppliers yet</b></p><p>Add one with "
                                   "<b>New supplier…</b>, then its contract with <b>New contract…</b>: lead "
                                   "time, service targets, penalties, prices and volume discounts.</p>")
                              : tr("<p style='font-size:large'><b>No suppliers yet</b></p>"));
    m_emptyLabel->hide();
    m_footer->setObjectName(u"footerLabel"_qs);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_footer);

    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyLabel, 1);
    listLayout->addLayout(footer);
    m_card->setObjectName(u"supplierCard"_qs);
    m_splitter->addWidget(listBox);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({600, 480});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_reminders);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &SuppliersPage::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &SuppliersPage::applyFilter);
    connect(m_newAction, &QAction::triggered, this, &SuppliersPage::newSupplier);
    connect(m_editAction, &QAction::triggered, this, &SuppliersPage::editCurrent);
    connect(m_archiveAction, &QAction::triggered, this, &SuppliersPage::toggleArchived);
    connect(m_newContractAction, &QAction::triggered, this, &SuppliersPage::newContract);
    connect(m_openContractAction, &QAction::triggered, this, &SuppliersPage::openCurrentContract);
    connect(m_calendarAction, &QAction::triggered, this, &SuppliersPage::showCalendar);
    connect(m_view, &QAbstractItemView::activated, this, &SuppliersPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_card->showSupplier(currentSupplierId());
        updateActions();
    });
    connect(m_card, &SupplierCard::contractActivated, this, &SuppliersPage::openContract);
    connect(m_card, &SupplierCard::currentContractChanged, this, &SuppliersPage::updateActions);
    connect(m_model, &SupplierListModel::loaded, this, &SuppliersPage::onLoaded);
    // A reset loses the selection: keep it by id (unless a supplier to select is already waiting).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const Id id = currentSupplierId(); !id.isNull() && m_keepSelected.isNull())
            m_keepSelected = id;
    });
    onLoaded();
}

QString SuppliersPage::footerText() const
{
    return m_footer->text();
}

QString SuppliersPage::statusText() const
{
    return m_status->text();
}

QString SuppliersPage::remindersText() const
{
    return m_reminders->isVisibleTo(this) ? m_reminders->text() : QString();
}

Id SuppliersPage::currentSupplierId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const SupplierListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->id : Id();
}

void SuppliersPage::selectSupplier(const Id& id)
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

void SuppliersPage::applyFilter()
{
    SupplierFilter filter;
    filter.text = m_search->text();
    filter.includeArchived = m_showArchived->isChecked();
    m_model->setFilter(filter);
}

void SuppliersPage::onLoaded()
{
    if (!m_keepSelected.isNull()) {
        const Id keep = m_keepSelected;
        m_keepSelected = Id(); // not in this list: the filter hides it
        if (m_model->rowOf(keep) >= 0)
            selectSupplier(keep);
    }
    if (currentSupplierId().isNull())
        m_card->showSupplier({});
    const int shown = m_model->rowCount();
    const bool filtered = !m_model->filter().text.trimmed().isEmpty();
    const bool none = shown == 0 && !filtered && m_model->errorText().isEmpty();
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    if (!m_model->errorText().isEmpty())
        m_footer->setText(tr("Cannot load the suppliers: %1").arg(m_model->errorText()));
    else if (shown == 0 && filtered)
        m_footer->setText(tr("No supplier matches the filter."));
    else
        m_footer->setText((shown == 1 ? tr("1 supplier") : tr("%n suppliers", nullptr, shown)));
    updateReminders();
    updateActions();
}

void SuppliersPage::updateReminders()
{
    const QList<ContractReminder>& due = m_model->reminders();
    if (due.isEmpty()) {
        m_reminders->hide();
        return;
    }
    QStringList named;
    for (qsizetype i = 0; i < due.size() && i < RemindersNamed; ++i) {
        const ContractReminder& r = due.at(i);
        named.append(tr("%1 with %2 %3").arg(r.number, r.supplierName, SupplierText::daysLeft(r.daysLeft)));
    }
    QString text = tr("Contracts to renew: %1").arg(named.join(u"; "_qs));
    if (due.size() > RemindersNamed)
        text += u"; "_qs + tr("and %n more", nullptr, int(due.size() - RemindersNamed));
    m_reminders->setText(text + u"."_qs);
    m_reminders->show();
}

void SuppliersPage::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const SupplierListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_editAction->setEnabled(row != nullptr);
    m_archiveAction->setEnabled(row != nullptr);
    m_newContractAction->setEnabled(row != nullptr && !row->archived);
    m_openContractAction->setEnabled(row != nullptr && !m_card->contracts().isEmpty());
    const bool archived = row && row->archived;
    m_archiveAction->setText(archived ? tr("Un&archive") : tr("A&rchive"));
    m_archiveAction->setToolTip(archived
                                    ? tr("Show the supplier in lists again")
                                    : tr("Hide the supplier from lists; contracts and history are kept"));
}

int SuppliersPage::newSupplier()
{
    if (!m_actor.can(Permission::ManageSuppliers))
        return QDialog::Rejected;
    SupplierDialog dialog(m_services, m_actor, {}, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && !dialog.supplierId().isNull()) {
        selectSupplier(dialog.supplierId());
        m_status->setText(tr("%1 saved.").arg(dialog.supplierFromFields().name));
    }
    return result;
}

int SuppliersPage::editCurrent()
{
    const Id id = currentSupplierId();
    if (id.isNull())
        return QDialog::Rejected;
    SupplierDialog dialog(m_services, m_actor, id, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        m_status->setText(tr("%1 saved.").arg(dialog.supplierFromFields().name));
    return result;
}

void SuppliersPage::toggleArchived()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const SupplierListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row)
        return;
    const Id id = row->id;
    const QString name = row->name;
    const bool archive = !row->archived;
    if (auto ok = m_services.suppliers.setArchived(m_actor, id, archive); !ok) {
        MessageBox::warning(this, archive ? tr("Archive supplier") : tr("Unarchive supplier"),
                            ok.error().message);
        return;
    }
    m_status->setText(archive ? tr("%1 is archived: hidden from lists, contracts and history kept.").arg(name)
                              : tr("%1 is back in the lists.").arg(name));
    if (archive && !m_showArchived->isChecked())
        m_keepSelected = Id();
}

int SuppliersPage::newContract()
{
    const Id supplierId = currentSupplierId();
    if (supplierId.isNull() || !m_actor.can(Permission::ManageSuppliers))
        return QDialog::Rejected;
    ContractDialog dialog(m_services, m_actor, supplierId, {}, this);
    const int result = dialog.exec();
    if (!dialog.isNew())
        m_status->setText(tr("Contract %1 saved.").arg(dialog.contract().number));
    return result;
}

int SuppliersPage::openCurrentContract()
{
    Id id = m_card->currentContractId();
    if (id.isNull()) {
        const QList<Contract>& contracts = m_card->contracts();
        const SupplierListRow* row = m_model->rowAt(m_model->rowOf(currentSupplierId()));
        for (const Contract& c : contracts) {
            if (row && !row->contractNumber.isEmpty() && c.number == row->contractNumber &&
                c.status != ContractStatus::Draft)
                id = c.id;
        }
        if (id.isNull() && !contracts.isEmpty())
            id = contracts.first().id; // the newest
    }
    return openContract(id);
}

int SuppliersPage::openContract(const Id& contractId)
{
    const Id supplierId = currentSupplierId();
    if (contractId.isNull() || supplierId.isNull())
        return QDialog::Rejected;
    ContractDialog dialog(m_services, m_actor, supplierId, contractId, this);
    return dialog.exec();
}

int SuppliersPage::showCalendar()
{
    WorkingCalendarDialog dialog(m_services, m_actor, this);
    return dialog.exec();
}

} // namespace kontor
