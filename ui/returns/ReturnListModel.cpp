#include "ReturnListModel.h"

#include "orders/ReturnService.h"
#include "stock/StockText.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcReturnModel, "kontor.ui.returnmodel")

namespace kontor {

ReturnListModel::ReturnListModel(Services services, Actor actor, ReturnFilter filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_filter(std::move(filter))
{
    connect(&m_watcher, &QFutureWatcher<Result<QList<Return>>>::finished, this, &ReturnListModel::applyLoad);
    connect(&services.returns, &ReturnService::returnsChanged, this, &ReturnListModel::reload);
    startLoad();
}

ReturnListModel::~ReturnListModel()
{
    // The worker uses the service and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

QString ReturnListModel::resolutionName(ReturnResolution resolution)
{
    return resolution == ReturnResolution::Exchange ? tr("Exchange") : tr("Refund");
}

void ReturnListModel::sizeColumns(QTableView* view)
{
    const QFontMetrics metrics = view->fontMetrics();
    QHeaderView* header = view->horizontalHeader();
    const QString lateTime =
        StockText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toMSecsSinceEpoch());
    header->resizeSection(Number, metrics.horizontalAdvance(u"RMA-00000"_qs) + 24);
    header->resizeSection(Date, metrics.horizontalAdvance(lateTime) + 24);
    header->resizeSection(OrderNumber, metrics.horizontalAdvance(u"SO-00000"_qs) + 24);
}

int ReturnListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReturnListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReturnListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const Return* ReturnListModel::returnAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ReturnListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant ReturnListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == Refund ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && section == Refund)
        return tr("What the customer gets back, in the order's currency");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case OrderNumber:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Resolution:
        return tr("Resolution");
    case Refund:
        return tr("Refund");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReturnListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Return& r = m_rows.at(index.row());
    const int column = index.column();
    const bool finished = r.status == ReturnStatus::Closed || r.status == ReturnStatus::Cancelled;
    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case StatusRole:
        return int(r.status);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((column == Refund ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        return finished ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (column == Status && !finished) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Status && r.status == ReturnStatus::Open)
            return tr("Waiting for the goods to come back");
        if (column == Status && r.status == ReturnStatus::Received)
            return tr("The goods are back; close the return with a refund or an exchange");
        if (column == Refund && r.refundedAt)
            return tr("Refunded on %1").arg(StockText::dateTime(*r.refundedAt));
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Number:
            return r.number;
        case Date:
            return StockText::dateTime(r.createdAt);
        case OrderNumber:
            return r.orderNumber;
        case Customer:
            return r.customerName;
        case Status:
            return OrderKinds::returnStatusName(r.status);
        case Resolution:
            return resolutionName(r.resolution);
        case Refund:
            return r.resolution == ReturnResolution::Exchange ? QString()
                                                              : StockText::money(r.refundAmount, r.currency);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

// ---- loading ------------------------------------------------------------------------------------

void ReturnListModel::setFilter(const ReturnFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void ReturnListModel::reload()
{
    startLoad();
}

void ReturnListModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the running one is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_watcher.setFuture(
        QtConcurrent::run([returns = &m_services.returns, actor = m_actor, filter = m_filter] {
            // The database gives this pool thread its own connection.
            return returns->returns(actor, filter);
        }));
}

void ReturnListModel::applyLoad()
{
    Result<QList<Return>> result = m_watcher.result();
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    if (!result) {
        m_error = result.error().message;
        qCWarning(lcReturnModel) << "cannot load returns:" << result.error().toString();
        Q_EMIT loadFailed(result.error());
        return;
    }
    m_error.clear();
    QList<Return> rows = std::move(*result);
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const Return& a, const Return& b) { return a.id == b.id; });
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
