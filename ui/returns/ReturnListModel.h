#pragma once

// ReturnListModel: returns (RMA) as the returns page and the customer card list them, newest
// first (ReturnService::returns): number, date, order, customer, status, resolution and the
// refund. Loads on a worker thread and reloads itself when returns change; a reload with the same
// returns in the same order refreshes in place, so views keep their selection.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

class QTableView;

namespace kontor {

class ReturnListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Date,
        OrderNumber,
        Customer,
        Status,
        Resolution,
        Refund,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the return's Id
        StatusRole,                // ReturnStatus as int
    };

    ReturnListModel(Services services, Actor actor, ReturnFilter filter = {}, QObject* parent = nullptr);
    ~ReturnListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Sets the filter and reloads in the background.
    void setFilter(const ReturnFilter& filter);
    const ReturnFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }

    const Return* returnAt(int row) const;
    int rowOf(const Id& id) const;
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }

    // "Refund" or "Exchange".
    static QString resolutionName(ReturnResolution resolution);
    // Sizes the number, date and order columns of a view of this model by sample texts (digits are
    // wider than the average character).
    static void sizeColumns(QTableView* view);

Q_SIGNALS:
    // The rows match the filter again (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    void startLoad();
    void applyLoad();

    Services m_services;
    Actor m_actor;
    ReturnFilter m_filter;
    QList<Return> m_rows;
    QString m_error;
    QFutureWatcher<Result<QList<Return>>> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor
