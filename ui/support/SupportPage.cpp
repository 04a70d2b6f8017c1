#include "SupportPage.h"

#include "NewTicketDialog.h"
#include "SupportText.h"
#include "TicketListModel.h"
#include "TicketView.h"
#include "common/ActionButton.h"
#include "common/TableViews.h"

#include <QAction>
#include <QComboBox>
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

// Not status codes ("open" is one).
const QString OpenTickets = QStringLiteral("unresolved");
const QString AllStatuses = QStringLiteral("all");

} // namespace

SupportPage::SupportPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(nullptr)
    , m_view(new QTableView)
    , m_ticketView(new TicketView(services, m_actor))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_queue(new QComboBox)
    , m_status(new QComboBox)
    , m_priority(new QComboBox)
    , m_channel(new QComboBox)
    , m_count(new QLabel)
    , m_new(new QAction(tr("&New ticket…"), this))
{
    // ---- filter bar ----
    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Find by number, subject, name or address"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_queue->setObjectName(u"queueFilter"_qs);
    m_queue->addItem(tr("My tickets"), int(TicketQueue::Mine));
    m_queue->addItem(tr("Unassigned"), int(TicketQueue::Unassigned));
    m_queue->addItem(tr("All tickets"), int(TicketQueue::All));
    m_queue->setItemData(0, tr("Tickets assigned to you"), Qt::ToolTipRole);
    m_queue->setCurrentIndex(m_queue->findData(int(TicketQueue::All)));
    m_status->setObjectName(u"statusFilter"_qs);
    m_status->addItem(tr("Open tickets"), OpenTickets);
    m_status->setItemData(0, tr("Every ticket not resolved or closed"), Qt::ToolTipRole);
    m_status->addItem(tr("All statuses"), AllStatuses);
    for (TicketStatus s : SupportKinds::allStatuses())
        m_status->addItem(SupportKinds::statusName(s), SupportKinds::statusCode(s));
    m_priority->setObjectName(u"priorityFilter"_qs);
    m_priority->addItem(tr("All priorities"), QString());
    for (TicketPriority p : SupportKinds::allPriorities())
        m_priority->addItem(SupportKinds::priorityName(p), SupportKinds::priorityCode(p));
    m_channel->setObjectName(u"channelFilter"_qs);
    m_channel->addItem(tr("All channels"), QString());
    for (TicketChannel c : SupportKinds::allChannels())
        m_channel->addItem(SupportKinds::channelName(c), SupportKinds::channelCode(c));
    m_count->setObjectName(u"countLabel"_qs);
    m_count->setEnabled(false);

    m_new->setObjectName(u"newTicketAction"_qs);
    m_new->setToolTip(tr("Take down a call, a chat or a letter as a ticket"));
    m_new->setShortcut(QKeySequence::New);
    addAction(m_new);
    connect(m_new, &QAction::triggered, this, &SupportPage::newTicket);
    // The ticket's keys work anywhere on the page (the queue included).
    addActions(m_ticketView->keyboardActions());

    auto* actionBar = new QHBoxLayout;
    actionBar->addWidget(actionButton(m_new, u"newTicketButton"_qs));
    actionBar->addStretch(1);
    actionBar->addWidget(m_count);
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_queue);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_priority);
    filterBar->addWidget(m_channel);

    // ---- queue ----
    m_model = new TicketListModel(services, m_actor, currentFilter(), this);
    m_view->setObjectName(u"ticketTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, TicketListModel::Subject);
    m_view->setTextElideMode(Qt::ElideRight);
    TicketListModel::sizeColumns(m_view);
    TableViews::fitTitles(m_view);

    m_ticketView->setObjectName(u"ticketView"_qs);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_ticketView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({240, 600});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &SupportPage::applyFilter);
    for (QComboBox* combo : {m_queue, m_status, m_priority, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, &SupportPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportPage::onCurrentRowChanged);
    // A reset forgets the rows; select the current ticket again where it went.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_currentId); row >= 0)
            selectQuietly(row);
    });
    connect(m_model, &TicketListModel::loaded, this, &SupportPage::updateCount);
    connect(m_model, &TicketListModel::loadFailed, this, [this](const Error& error) {
        m_count->setText(tr("Cannot read the tickets: %1").arg(error.message));
    });
    connect(m_ticketView, &TicketView::ticketRequested, this, &SupportPage::showTicket);
    connect(m_ticketView, &TicketView::orderRequested, this, &SupportPage::orderRequested);
    connect(m_ticketView, &TicketView::returnRequested, this, &SupportPage::returnRequested);
    connect(m_ticketView, &TicketView::productRequested, this, &SupportPage::productRequested);
    updateCount();
}

TicketFilter SupportPage::currentFilter() const
{
    TicketFilter f;
    f.queue = TicketQueue(m_queue->currentData().toInt());
    f.me = m_actor.userId;
    const QString status = m_status->currentData().toString();
    f.openOnly = status == OpenTickets;
    f.status = SupportKinds::statusFromCode(status);
    f.priority = SupportKinds::priorityFromCode(m_priority->currentData().toString());
    f.channel = SupportKinds::channelFromCode(m_channel->currentData().toString());
    f.text = m_search->text().trimmed();
    return f;
}

void SupportPage::setQueue(TicketQueue queue)
{
    m_queue->setCurrentIndex(m_queue->findData(int(queue)));
}

void SupportPage::applyFilter()
{
    m_searchDebounce->stop();
    m_model->setFilter(currentFilter());
}

void SupportPage::updateCount()
{
    m_count->setText(SupportText::ticketCount(m_model->rowCount()));
}

void SupportPage::selectQuietly(int row)
{
    m_selecting = true;
    const QModelIndex index = m_model->index(row, TicketListModel::Number);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

void SupportPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_selecting || !current.isValid())
        return;
    const TicketListRow* row = m_model->rowAt(current.row());
    if (!row)
        return;
    m_currentId = row->id;
    m_ticketView->showTicket(row->id);
}

void SupportPage::showTicket(const Id& ticketId)
{
    m_currentId = ticketId;
    m_ticketView->showTicket(ticketId);
    const int row = m_model->rowOf(ticketId);
    if (row >= 0)
        selectQuietly(row);
    else
        m_view->selectionModel()->clearSelection();
}

int SupportPage::newTicket()
{
    NewTicketDialog dialog(m_services, m_actor, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        showTicket(dialog.created().id);
    return result;
}

} // namespace kontor
