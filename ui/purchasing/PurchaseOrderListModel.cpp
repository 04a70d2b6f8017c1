#include "PurchaseOrderListModel.h"

#include "PurchaseText.h"
#include "orders/OrderText.h"
#include "purchasing/PurchaseOrderService.h"

#include <QFont>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcPoModel, "kontor.ui.pomodel")

namespace kontor {

namespace {

bool isNumeric(int column)
{
    return column == PurchaseOrderListModel::Lines || column == PurchaseOrderListModel::Total;
}

} // namespace

PurchaseOrderListModel::PurchaseOrderListModel(Services services, Actor actor, PoFilter filter,
                                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_filter(std::move(filter))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PurchaseOrderListModel::applyLoad);
    connect(&services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this,
            &PurchaseOrderListModel::reload);
    startLoad();
}

PurchaseOrderListModel::~PurchaseOrderListModel()
{
    // The worker uses the service and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

int PurchaseOrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchaseOrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PurchaseOrderListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const PoListRow* PurchaseOrderListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PurchaseOrderListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant PurchaseOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (section == DueOn)
            return tr("The start event (confirmation or prepayment) plus the contract's lead time");
        if (section == Total)
            return tr("After the volume discount, in the order's currency");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Supplier:
        return tr("Supplier");
    case Status:
        return tr("Status");
    case OrderedOn:
        return tr("Ordered");
    case DueOn:
        return tr("Due");
    case Lines:
        return tr("Lines");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PurchaseOrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoListRow& r = m_rows.at(index.row());
    const int column = index.column();
    const bool finished = r.status == PoStatus::Closed || r.status == PoStatus::Cancelled;
    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case StatusRole:
        return int(r.status);
    case OverdueRole:
        return r.overdue;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return r.overdue ? QVariant(PurchaseText::overdueBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (column == DueOn && r.overdue)
            return OrderText::warningColor();
        if (column == Status)
            return PurchaseText::statusColor(r.status);
        return finished ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if ((column == Status && !finished) || (column == DueOn && r.overdue)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DueOn && r.overdue)
            return tr("Overdue: due on %1 and not received in full").arg(PurchaseText::date(r.dueOn));
        if (column == DueOn && !r.dueOn.isValid() && !finished)
            return tr("Known once the supplier confirms (or the prepayment is made, as the contract says)");
        if (column == Supplier)
            return r.supplierName;
        if (column == Number && r.kind == PoKind::Dropship)
            return tr("Dropship: the supplier ships straight to the customer");
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Number:
            return r.kind == PoKind::Dropship ? tr("%1 (dropship)").arg(r.number) : r.number;
        case Supplier:
            return r.supplierName;
        case Status:
            return PurchasingKinds::poStatusName(r.status);
        case OrderedOn:
            return PurchaseText::date(r.orderedOn);
        case DueOn:
            return PurchaseText::date(r.dueOn);
        case Lines:
            return QLocale().toString(r.lines);
        case Total:
            // Without the right to see purchase prices the service gives 0: show nothing, not 0.
            return m_actor.can(Permission::ViewCosts) ? OrderText::money(r.total, r.currency) : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

// ---- loading ------------------------------------------------------------------------------------

void PurchaseOrderListModel::setFilter(const PoFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void PurchaseOrderListModel::reload()
{
    startLoad();
}

void PurchaseOrderListModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the running one is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_watcher.setFuture(
        QtConcurrent::run([purchases = &m_services.purchases, actor = m_actor, filter = m_filter] {
            // The database gives this pool thread its own connection.
            return purchases->list(actor, filter);
        }));
}

void PurchaseOrderListModel::applyLoad()
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
        qCWarning(lcPoModel) << "cannot load purchase orders:" << result.error().toString();
        Q_EMIT loadFailed(result.error());
        return;
    }
    m_error.clear();
    QList<PoListRow> rows = std::move(*result);
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const PoListRow& a, const PoListRow& b) { return a.id == b.id; });
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
