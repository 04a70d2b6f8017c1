#include "ClaimListModel.h"

#include "PurchaseText.h"
#include "orders/OrderText.h"
#include "purchasing/PurchaseOrderService.h"

#include <QFont>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcClaimModel, "kontor.ui.claimmodel")

namespace kontor {

namespace {

bool isNumeric(int column)
{
    return column == ClaimListModel::Amount || column == ClaimListModel::Collected;
}

} // namespace

ClaimListModel::ClaimListModel(Services services, Actor actor, ClaimFilter filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_filter(std::move(filter))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ClaimListModel::applyLoad);
    connect(&services.purchases, &PurchaseOrderService::claimsChanged, this, &ClaimListModel::reload);
    startLoad();
}

ClaimListModel::~ClaimListModel()
{
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

int ClaimListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ClaimListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const Claim* ClaimListModel::claimAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ClaimListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

bool ClaimListModel::isOverdue(const Claim& claim) const
{
    return PurchaseText::isUnresolved(claim.status) && claim.deadlineOn.isValid() && m_today.isValid() &&
           claim.deadlineOn < m_today;
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (section == Deadline)
            return tr("The supplier must answer the claim by this day (the contract's claim period)");
        if (section == Collected)
            return tr("What the supplier paid or credited for the claim");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Supplier:
        return tr("Supplier");
    case PoNumber:
        return tr("Purchase order");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Collected:
        return tr("Collected");
    case Deadline:
        return tr("Deadline");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClaimListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim& c = m_rows.at(index.row());
    const int column = index.column();
    const bool overdue = isOverdue(c);
    const bool finished = !PurchaseText::isUnresolved(c.status);
    switch (role) {
    case IdRole:
        return QVariant::fromValue(c.id);
    case StatusRole:
        return int(c.status);
    case OverdueRole:
        return overdue;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return overdue ? QVariant(PurchaseText::overdueBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (column == Deadline && overdue)
            return OrderText::warningColor();
        if (column == Status)
            return PurchaseText::statusColor(c.status);
        return finished ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if ((column == Status && !finished) || (column == Deadline && overdue)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Deadline && overdue)
            return tr("The deadline has passed without the claim being settled");
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Number:
            return c.number;
        case Supplier:
            return c.supplierName;
        case PoNumber:
            return c.poNumber;
        case Status:
            return PurchasingKinds::claimStatusName(c.status);
        case Amount:
            return OrderText::money(c.amount, c.currency);
        case Collected:
            return c.collected != 0 || c.status == ClaimStatus::Paid
                       ? OrderText::money(c.collected, c.currency)
                       : QString();
        case Deadline:
            return PurchaseText::date(c.deadlineOn);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

// ---- loading ------------------------------------------------------------------------------------

void ClaimListModel::setFilter(const ClaimFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void ClaimListModel::reload()
{
    startLoad();
}

void ClaimListModel::startLoad()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_today = m_services.purchases.today();
    m_watcher.setFuture(QtConcurrent::run([purchases = &m_services.purchases, actor = m_actor,
                                           filter = m_filter] { return purchases->claims(actor, filter); }));
}

void ClaimListModel::applyLoad()
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
        qCWarning(lcClaimModel) << "cannot load claims:" << result.error().toString();
        Q_EMIT loadFailed(result.error());
        return;
    }
    m_error.clear();
    QList<Claim> rows = std::move(*result);
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const Claim& a, const Claim& b) { return a.id == b.id; });
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
