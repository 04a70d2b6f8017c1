#pragma once

// AuditLogModel: the audit entries matching a filter, newest first, read a page at a time as the
// view scrolls (fetchMore).

#include "security/AuditService.h"

#include <QAbstractTableModel>

namespace kontor {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        What,
        Object,
        ColumnCount
    };

    AuditLogModel(AuditService& audit, Actor actor, QObject* parent = nullptr);

    // Reads the first page of what `filter` matches (its paging fields are the model's).
    void setFilter(const AuditFilter& filter);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int PageSize = 200;

private:
    AuditService& m_audit;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    QString m_error;
};

} // namespace kontor
