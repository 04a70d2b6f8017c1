#pragma once

// ClaimListModel: supplier claims as the claims page lists them (PurchaseOrderService::claims):
// number, supplier, PO, status, amount claimed, amount collected and the deadline. Unresolved
// claims past their deadline are highlighted. Loads on a worker thread and reloads itself when
// claims change; a reload with the same claims in the same order refreshes in place.

#include "Services.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QFutureWatcher>

namespace kontor {

class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Supplier,
        PoNumber,
        Status,
        Amount,
        Collected,
        Deadline,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the claim's Id
        StatusRole,                // ClaimStatus as int
        OverdueRole,               // bool: unresolved and past its deadline
    };

    ClaimListModel(Services services, Actor actor, ClaimFilter filter = {}, QObject* parent = nullptr);
    ~ClaimListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setFilter(const ClaimFilter& filter);
    const ClaimFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }

    const Claim* claimAt(int row) const;
    int rowOf(const Id& id) const;
    bool isOverdue(const Claim& claim) const;
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    using Outcome = Result<QList<Claim>>;
    void startLoad();
    void applyLoad();

    Services m_services;
    Actor m_actor;
    ClaimFilter m_filter;
    QList<Claim> m_rows;
    QDate m_today; // of the last load, in the shop's time zone
    QString m_error;
    QFutureWatcher<Outcome> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor
