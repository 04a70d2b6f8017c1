#include "AuditLogModel.h"

#include "AuditText.h"
#include "orders/OrderText.h"

namespace kontor {

AuditLogModel::AuditLogModel(AuditService& audit, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.beforeSeq = 0;
    m_entries.clear();
    m_error.clear();
    auto page = m_audit.search(m_actor, m_filter);
    if (page) {
        m_entries = *page;
        m_more = page->size() == PageSize;
    } else {
        m_error = page.error().message;
        m_more = false;
    }
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return OrderText::dateTime(e.at);
        case Who:
            return e.userName;
        case What:
            return AuditText::actionName(e.action);
        case Object:
            return e.summary.isEmpty() ? AuditText::entityName(e.entity)
                                       : AuditText::entityName(e.entity) + u": " + e.summary;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == What)
        return e.action;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Object:
        return tr("Object");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    AuditFilter next = m_filter;
    next.beforeSeq = m_entries.last().seq;
    auto page = m_audit.search(m_actor, next);
    if (!page) {
        m_error = page.error().message;
        m_more = false;
        return;
    }
    m_more = page->size() == PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(*page);
    endInsertRows();
}

} // namespace kontor
