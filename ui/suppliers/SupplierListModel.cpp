#include "SupplierListModel.h"

#include "SupplierText.h"
#include "catalog/ProductService.h"
#include "purchasing/PurchaseOrderService.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace kontor {

namespace {

bool isNumberColumn(int column)
{
    return column == SupplierListModel::OpenOrders;
}

QColor expiringColor()
{
    return QColor(0xB3, 0x5C, 0x00);
}

} // namespace

SupplierListModel::SupplierListModel(Services services, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
{
    connect(&services.suppliers, &SupplierService::suppliersChanged, this, &SupplierListModel::reload);
    connect(&services.suppliers, &SupplierService::contractsChanged, this, &SupplierListModel::reload);
    // Open orders per supplier follow the purchase orders.
    connect(&services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this,
            &SupplierListModel::reload);
    reload();
}

int SupplierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupplierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SupplierListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const SupplierListRow* SupplierListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SupplierListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

std::optional<ContractReminder> SupplierListModel::reminderOf(const Id& supplierId) const
{
    const auto it = m_reminderBySupplier.constFind(supplierId);
    return it == m_reminderBySupplier.cend() ? std::nullopt : std::optional<ContractReminder>(*it);
}

QVariant SupplierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Models:
            return tr("How the shop works with the supplier");
        case Contract:
            return tr("The contract valid today");
        case ValidTo:
            return tr("The last day of the contract valid today");
        case OpenOrders:
            return tr("Purchase orders sent, confirmed or partially received");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Models:
        return tr("Works as");
    case Contract:
        return tr("Contract");
    case ValidTo:
        return tr("Valid to");
    case OpenOrders:
        return tr("Open POs");
    case Currency:
        return tr("Currency");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SupplierListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupplierListRow& r = m_rows.at(index.row());
    const int column = index.column();
    const auto reminder = m_reminderBySupplier.constFind(r.id);
    const bool expiring = reminder != m_reminderBySupplier.cend();
    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case ArchivedRole:
        return r.archived;
    case ExpiringRole:
        return expiring;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (r.archived)
            return QColor(Qt::gray);
        if (expiring && (column == Contract || column == ValidTo))
            return expiringColor();
        return {};
    case Qt::ToolTipRole:
        if (column == Name && r.archived)
            return tr("Archived: hidden from lists, contracts and history kept");
        if (expiring && (column == Contract || column == ValidTo))
            return tr("Contract %1 %2: time to agree the next one.")
                .arg(reminder->number, SupplierText::daysLeft(reminder->daysLeft));
        if (column == Models)
            return SupplierText::models(r.models);
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name:
            return r.archived ? tr("%1 (archived)").arg(r.name) : r.name;
        case Models:
            return SupplierText::models(r.models);
        case Contract:
            if (r.contractNumber.isEmpty() && expiring)
                return reminder->number; // ended, not renewed yet
            return r.contractNumber;
        case ValidTo:
            if (r.contractNumber.isEmpty())
                return expiring ? SupplierText::date(reminder->validTo) : QString();
            return r.contractValidTo ? SupplierText::date(*r.contractValidTo) : tr("no end");
        case OpenOrders:
            return r.openOrders > 0 ? QLocale().toString(r.openOrders) : QString();
        case Currency:
            return r.currency;
        case Phone:
            return r.phone;
        case Email:
            return r.email;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

void SupplierListModel::sortRows()
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto text = [&](const SupplierListRow& r) -> QString {
        switch (m_sortColumn) {
        case Models:
            return SupplierText::models(r.models);
        case Contract:
            return r.contractNumber;
        case Currency:
            return r.currency;
        case Phone:
            return r.phone;
        case Email:
            return r.email;
        default:
            return r.name;
        }
    };
    // Open-ended contracts after every dated one, suppliers without a contract last.
    const auto endKey = [](const SupplierListRow& r) -> qint64 {
        if (r.contractNumber.isEmpty())
            return std::numeric_limits<qint64>::max();
        return r.contractValidTo ? r.contractValidTo->toJulianDay() : std::numeric_limits<qint64>::max() - 1;
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const SupplierListRow& a, const SupplierListRow& b) {
        int c = 0;
        if (m_sortColumn == OpenOrders)
            c = a.openOrders - b.openOrders;
        else if (m_sortColumn == ValidTo) {
            const qint64 ka = endKey(a);
            const qint64 kb = endKey(b);
            c = ka < kb ? -1 : (ka > kb ? 1 : 0);
        } else
            c = collator.compare(text(a), text(b));
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return collator.compare(a.name, b.name) < 0;
    });
}

void SupplierListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> keys;
    keys.reserve(before.size());
    for (const QModelIndex& i : before)
        keys.append(m_rows.at(i.row()).id);
    sortRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(keys.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SupplierListModel::setFilter(const SupplierFilter& filter)
{
    m_filter = filter;
    reload();
}

void SupplierListModel::reload()
{
    auto rows = m_services.suppliers.list(m_actor, m_filter);
    QList<ContractReminder> reminders;
    if (m_actor.can(Permission::ManageSuppliers) || m_actor.can(Permission::ViewCosts)) {
        // The database's clock, as the service's own "today" in the list.
        const QDate today =
            m_services.products.database().clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
        if (auto r = m_services.suppliers.expiringContracts(m_actor, today))
            reminders = std::move(*r);
    }
    beginResetModel();
    if (rows) {
        m_error.clear();
        m_rows = std::move(*rows);
        sortRows();
    } else {
        m_error = rows.error().message;
        m_rows.clear();
    }
    m_reminders = std::move(reminders);
    m_reminderBySupplier.clear();
    for (const ContractReminder& r : std::as_const(m_reminders)) {
        if (!m_reminderBySupplier.contains(r.supplierId))
            m_reminderBySupplier.insert(r.supplierId, r);
    }
    endResetModel();
    Q_EMIT loaded();
}

} // namespace kontor
