#pragma once

// MovementListModel: the stock ledger as a table, newest first, fetched a page at a time as the
// view scrolls (fetchMore), so a ledger of a million movements is never loaded at once. Marks
// reversed movements and the reversals that undid them, and reloads what it has shown when stock
// changes.

#include "Services.h"
#include "StockLocations.h"

#include <QAbstractTableModel>
#include <QSet>

namespace kontor {

class MovementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Kind,
        Reason,
        Sku,
        Product,
        Location,
        Quantity,
        UnitCost,
        Who,
        Note,
        Status, // reversed, or a reversal
        ColumnCount
    };
    enum Role
    {
        DocIdRole = Qt::UserRole + 1,
        MovementIdRole,
        ReversedRole, // bool: a later reversal undid this movement
        ReversalRole, // bool: this movement undoes another
    };
    static constexpr int PageSize = 200;

    MovementListModel(Services services, Actor actor, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Shows the first page of the movements the filter selects (its limit and offset are ignored).
    void setFilter(const MovementFilter& filter);
    const MovementFilter& filter() const { return m_filter; }
    // Reads again as many movements as are shown.
    void reload();

    const Movement* movementAt(int row) const;
    bool isReversed(int row) const;
    bool isReversal(int row) const;
    int pageFetchCount() const { return m_fetchCount; }

Q_SIGNALS:
    void loadFailed(const kontor::Error& error);

private:
    struct ProductInfo
    {
        QString sku;
        QString name;
        QString unit;
    };
    // Reads `count` movements from `offset`; false on an error (reported).
    bool read(int offset, int count, QList<Movement>& into);
    void learn(const QList<Movement>& movements);
    const ProductInfo& product(const Id& id) const;

    Services m_services;
    Actor m_actor;
    QString m_currency;
    MovementFilter m_filter;
    QList<Movement> m_rows;
    QSet<Id> m_reversed; // movements a loaded reversal undoes
    bool m_atEnd = false;
    bool m_changing = false; // inside a reset or an insertion
    int m_fetchCount = 0;
    StockLocations m_locations;
    QHash<Id, ProductInfo> m_products;
};

} // namespace kontor
