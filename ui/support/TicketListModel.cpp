#include "TicketListModel.h"

#include "SupportText.h"
#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "settings/CalendarService.h"
#include "support/SlaClock.h"
#include "support/SupportService.h"

#include <QDateTime>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcTicketModel, "kontor.ui.ticketmodel")

namespace kontor {

namespace {

// A small red flag: the ticket breached a target before.
QIcon breachedMark()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 3));
    p.drawLine(QPointF(8, 4), QPointF(8, 29));
    QPainterPath flag;
    flag.moveTo(9, 5);
    flag.lineTo(28, 11);
    flag.lineTo(9, 18);
    flag.closeSubpath();
    p.fillPath(flag, QColor(0xC6, 0x28, 0x28));
    p.end();
    return QIcon(pixmap);
}

bool isDone(TicketStatus s)
{
    return s == TicketStatus::Resolved || s == TicketStatus::Closed;
}

} // namespace

TicketListModel::TicketListModel(Services services, Actor actor, TicketFilter filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_clock(services.products.database().clock())
    , m_filter(std::move(filter))
    , m_tick(new QTimer(this))
    , m_breachedMark(breachedMark())
{
    readCalendar();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TicketListModel::applyLoad);
    // A command emits its change before the commands around it are done (a split makes a ticket
    // inside its own transaction): read once the event loop runs again, after they committed.
    connect(&services.support, &SupportService::ticketsChanged, this, &TicketListModel::queueLoad);
    connect(&services.support, &SupportService::policiesChanged, this, &TicketListModel::queueLoad);
    connect(&services.calendar, &CalendarService::calendarChanged, this, [this] {
        readCalendar();
        tick();
    });
    m_tick->setObjectName(u"slaTick"_qs);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &TicketListModel::tick);
    m_tick->start();
    startLoad();
}

TicketListModel::~TicketListModel()
{
    // The worker uses the service and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void TicketListModel::readCalendar()
{
    auto calendar = m_services.support.calendar(m_actor);
    if (calendar)
        m_calendar = *calendar;
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TicketListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const TicketListRow* TicketListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TicketListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (section == Sla)
            return tr("Time to the nearest SLA deadline, in the working hours of the shop calendar "
                      "(or round the clock, as the ticket's policy says)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Subject:
        return tr("Subject");
    case Requester:
        return tr("From");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Assignee:
        return tr("Assignee");
    case Sla:
        return tr("SLA");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketListRow& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case SlaStateRole:
        return int(SlaClock::rowState(r, m_clock.nowMs()));
    case SlaLeftRole:
        if (auto left = SlaClock::rowLeft(r, m_calendar, m_clock.nowMs()))
            return *left;
        return {};
    case BreachedBeforeRole:
        return r.slaBreached;
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Number:
            return r.number;
        case Subject:
            return r.subject;
        case Requester:
            return r.requester;
        case Status:
            return SupportKinds::statusName(r.status);
        case Priority:
            return SupportKinds::priorityName(r.priority);
        case Assignee:
            return r.assigneeId.isNull() ? tr("Unassigned") : r.assigneeName;
        case Sla:
            return SupportText::rowCountdown(r, m_calendar, m_clock.nowMs());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Sla) {
            const QColor color = SupportText::slaBackground(SlaClock::rowState(r, m_clock.nowMs()));
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Sla) {
            const QColor color = SupportText::slaForeground(SlaClock::rowState(r, m_clock.nowMs()));
            if (color.isValid())
                return color;
            return {};
        }
        if (column == Priority) {
            const QColor color = SupportText::priorityColor(r.priority);
            if (color.isValid())
                return color;
            return {};
        }
        if (column == Assignee && r.assigneeId.isNull())
            return QColor(Qt::gray);
        return isDone(r.status) ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        // New and reopened tickets wait for someone to look at them.
        if ((column == Number || column == Subject) &&
            (r.status == TicketStatus::New || r.status == TicketStatus::Reopened)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (column == Priority && r.priority == TicketPriority::Urgent) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Sla && r.slaBreached && SlaClock::rowState(r, m_clock.nowMs()) != SlaState::Breached)
            return m_breachedMark;
        return {};
    case Qt::ToolTipRole:
        if (column == Subject)
            return r.subject;
        if (column == Sla) {
            const qint64 now = m_clock.nowMs();
            QStringList lines;
            lines.append(SupportKinds::stateName(SlaClock::rowState(r, now)));
            if (r.slaDueAt) {
                lines.append(tr("Due %1").arg(QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(*r.slaDueAt).toLocalTime(), QLocale::ShortFormat)));
                lines.append(r.businessHours ? tr("Counted in working hours")
                                             : tr("Counted round the clock"));
            }
            if (r.slaBreached)
                lines.append(tr("An SLA target of this ticket was breached"));
            return lines.join(u'\n');
        }
        return {};
    default:
        return {};
    }
}

void TicketListModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Sla), index(int(m_rows.size()) - 1, Sla),
                       {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::DecorationRole,
                        Qt::ToolTipRole, SlaStateRole, SlaLeftRole});
}

void TicketListModel::sizeColumns(QTableView* view)
{
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList statuses;
    for (TicketStatus s : SupportKinds::allStatuses())
        statuses.append(SupportKinds::statusName(s));
    QStringList priorities;
    for (TicketPriority p : SupportKinds::allPriorities())
        priorities.append(SupportKinds::priorityName(p));
    QHeaderView* header = view->horizontalHeader();
    header->resizeSection(Number, widest({u"TK-00000"_qs}));
    header->resizeSection(Requester, metrics.averageCharWidth() * 22);
    header->resizeSection(Status, widest(statuses));
    header->resizeSection(Priority, widest(priorities));
    header->resizeSection(Assignee, metrics.averageCharWidth() * 16);
    // The mark, and the longer of the texts it may show.
    header->resizeSection(Sla, widest({SupportText::timeLeft(-(99 * 60 + 59) * 60 * 1000, true),
                                       SupportText::timeLeft((99 * 60 + 59) * 60 * 1000, true)}) +
                                   view->iconSize().width() + 8);
}

// ---- loading ------------------------------------------------------------------------------------

void TicketListModel::setFilter(const TicketFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void TicketListModel::reload()
{
    startLoad();
}

void TicketListModel::queueLoad()
{
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        startLoad();
    });
}

void TicketListModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the running one is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_watcher.setFuture(
        QtConcurrent::run([support = &m_services.support, actor = m_actor, filter = m_filter] {
            // The database gives this pool thread its own connection.
            return support->list(actor, filter);
        }));
}

void TicketListModel::applyLoad()
{
    Outcome result = m_watcher.result();
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    if (!result) {
        m_error = result.error().message;
        qCWarning(lcTicketModel) << "cannot load tickets:" << result.error().toString();
        if (!m_rows.isEmpty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        Q_EMIT loadFailed(result.error());
        return;
    }
    m_error.clear();
    QList<TicketListRow> rows = std::move(*result);
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const TicketListRow& a, const TicketListRow& b) { return a.id == b.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT loaded();
}

} // namespace kontor
