#include "CustomersPage.h"

#include "CustomerDialog.h"
#include "CustomerListModel.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

CustomersPage::CustomersPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new CustomerListModel(services, m_actor, this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_kind(new QComboBox)
    , m_showArchived(new QCheckBox(tr("Show &archived")))
    , m_emptyLabel(new QLabel)
    , m_footer(new QLabel)
    , m_status(new QLabel)
    , m_newAction(new QAction(tr("&New customer…"), this))
    , m_openAction(new QAction(tr("&Open…"), this))
    , m_archiveAction(new QAction(tr("A&rchive"), this))
{
    const bool canManage = m_actor.can(Permission::ManageCustomers);

    // ---- actions ----
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(
        tr("Add a customer (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_openAction->setToolTip(canManage
                                 ? tr("The customer's card: details, addresses, history (Enter)")
                                 : tr("The customer's card, to read: details, addresses, history (Enter)"));
    m_newAction->setVisible(canManage);
    m_archiveAction->setVisible(canManage);
    addAction(m_newAction);
    auto* actionBar = new QHBoxLayout;
    if (canManage)
        actionBar->addWidget(actionButton(m_newAction, u"newCustomerButton"_qs));
    actionBar->addWidget(actionButton(m_openAction, u"openCustomerButton"_qs));
    if (canManage)
        actionBar->addWidget(actionButton(m_archiveAction, u"archiveCustomerButton"_qs));
    actionBar->addStretch(1);

    // ---- filter bar ----
    m_search->setObjectName(u"customerSearchEdit"_qs);
    m_search->setPlaceholderText(tr("Filter by name, email, phone or INN"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_kind->setObjectName(u"kindFilter"_qs);
    m_kind->addItem(tr("People and companies"), -1);
    m_kind->addItem(tr("People"), int(CustomerKind::Person));
    m_kind->addItem(tr("Companies"), int(CustomerKind::Company));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showArchived->setObjectName(u"showArchivedCheck"_qs);
    m_showArchived->setToolTip(tr("Also customers who were archived"));
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_kind);
    filterBar->addWidget(m_showArchived);

    // ---- table ----
    m_view->setObjectName(u"customerTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, CustomerListModel::Tags);
    TableViews::setColumnWidths(m_view, {{CustomerListModel::Name, 30},
                                         {CustomerListModel::Kind, 11},
                                         {CustomerListModel::Email, 30},
                                         {CustomerListModel::Orders, 9}});
    // Phones and dates are digits, wider than the average character: sized by a sample.
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(CustomerListModel::Phone, metrics.horizontalAdvance(u"+7 (912) 345-67-89"_qs) + 24);
    header->resizeSection(
        CustomerListModel::LastOrder,
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 24);
    TableViews::fitTitles(m_view, CustomerListModel::Kind);
    m_view->setTextElideMode(Qt::ElideRight);
    header->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(canManage
                              ? tr("<p style='font-size:large'><b>No customers yet</b></p><p>Add one with "
                                   "<b>New customer…</b>. People and companies, with their addresses, "
                                   "contact people and B2B terms, and every order they placed.</p>")
                              : tr("<p style='font-size:large'><b>No customers yet</b></p>"));
    m_emptyLabel->hide();
    m_footer->setObjectName(u"footerLabel"_qs);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_footer);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addLayout(footer);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &CustomersPage::applyFilter);
    connect(m_newAction, &QAction::triggered, this, &CustomersPage::newCustomer);
    connect(m_openAction, &QAction::triggered, this, &CustomersPage::openCurrent);
    connect(m_archiveAction, &QAction::triggered, this, &CustomersPage::toggleArchived);
    connect(m_view, &QAbstractItemView::activated, this, &CustomersPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::updateActions);
    connect(m_model, &CustomerListModel::loaded, this, &CustomersPage::onLoaded);
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const Error& error) {
        m_footer->setText(tr("Cannot load the customers: %1").arg(error.message));
    });
    // A reset loses the selection: keep it by id (unless a customer to select is already waiting).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const Id id = currentCustomerId(); !id.isNull() && m_keepSelected.isNull())
            m_keepSelected = id;
    });

    m_footer->setText(tr("Loading…"));
    updateActions();
}

QString CustomersPage::footerText() const
{
    return m_footer->text();
}

QString CustomersPage::statusText() const
{
    return m_status->text();
}

Id CustomersPage::currentCustomerId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CustomerListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->id : Id();
}

void CustomersPage::selectCustomer(const Id& id)
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

void CustomersPage::applyFilter()
{
    CustomerFilter filter;
    filter.text = m_search->text();
    filter.includeArchived = m_showArchived->isChecked();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = CustomerKind(kind);
    m_model->setFilter(filter);
}

void CustomersPage::onLoaded()
{
    if (!m_keepSelected.isNull()) {
        if (m_model->rowOf(m_keepSelected) >= 0)
            selectCustomer(m_keepSelected);
        m_keepSelected = Id(); // not in this list: the filter hides it
    }
    const int shown = m_model->rowCount();
    const CustomerFilter& f = m_model->filter();
    const bool filtered = !f.text.trimmed().isEmpty() || f.kind.has_value();
    // No rows without any filter means no customers at all: say how to start.
    const bool none = shown == 0 && !filtered;
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    if (shown == 0 && filtered)
        m_footer->setText(tr("No customer matches the filter."));
    else
        m_footer->setText(shown == 1 ? tr("1 customer") : tr("%n customers", nullptr, shown));
    updateActions();
}

void CustomersPage::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CustomerListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_openAction->setEnabled(row != nullptr);
    m_archiveAction->setEnabled(row != nullptr);
    const bool archived = row && row->archived;
    m_archiveAction->setText(archived ? tr("Un&archive") : tr("A&rchive"));
    m_archiveAction->setToolTip(archived ? tr("Show the customer in lists again")
                                         : tr("Hide the customer from lists; orders and history are kept"));
}

int CustomersPage::newCustomer()
{
    if (!m_actor.can(Permission::ManageCustomers))
        return QDialog::Rejected;
    CustomerDialog dialog(m_services, m_actor, {}, this);
    const int result = dialog.exec();
    // "Open this customer" on a duplicate shows an existing card: select that one too.
    if (!dialog.customerId().isNull()) {
        selectCustomer(dialog.customerId());
        if (auto c = m_services.customers.customer(m_actor, dialog.customerId());
            c && result == QDialog::Accepted)
            m_status->setText(tr("%1 saved.").arg(c->name));
    }
    return result;
}

int CustomersPage::openCustomer(const Id& id)
{
    if (id.isNull())
        return QDialog::Rejected;
    CustomerDialog dialog(m_services, m_actor, id, this);
    const int result = dialog.exec();
    selectCustomer(dialog.customerId());
    return result;
}

int CustomersPage::openCurrent()
{
    return openCustomer(currentCustomerId());
}

void CustomersPage::toggleArchived()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CustomerListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row)
        return;
    const Id id = row->id;
    const QString name = row->name;
    const bool archive = !row->archived;
    if (auto ok = m_services.customers.setArchived(m_actor, id, archive); !ok) {
        MessageBox::warning(this, archive ? tr("Archive customer") : tr("Unarchive customer"),
                            ok.error().message);
        return;
    }
    m_status->setText(archive ? tr("%1 is archived: hidden from lists, orders and history kept.").arg(name)
                              : tr("%1 is back in the lists.").arg(name));
    m_keepSelected = archive && !m_showArchived->isChecked() ? Id() : id;
}

} // namespace kontor
