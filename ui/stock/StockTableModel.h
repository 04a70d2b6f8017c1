#pragma once

// StockTableModel: the rows of the stock page, one per product and location
// (StockService::stockRows). Loads on a worker thread and shows the rows when they are there;
// filters by text in memory (SKU or name), sorts by any column (text in the user's language
// order), and reloads itself when stock, locations or products change. Costs and values stay empty
// for actors who may not view costs (the service does not hand them out).

#include "Services.h"
#include "StockLocations.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <functional>

namespace kontor {

class StockTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Location,
        OnHand,
        Reserved,
        Available,
        AverageCost,
        Value,
        ColumnCount
    };
    enum Role
    {
        ProductIdRole = Qt::UserRole + 1,
        LocationIdRole,
    };
    // Narrows the rows to a set of products, computed on the worker thread with each load (for
    // filters like "below reorder point" that another service answers).
    using ProductSet = std::function<Result<QList<Id>>()>;

    StockTableModel(Services services, Actor actor, QObject* parent = nullptr);
    ~StockTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Sets the filter and reloads in the background; every product set must contain a product for
    // its rows to show.
    void setFilter(const StockFilter& filter, QList<ProductSet> productSets = {});
    // Rows whose SKU or name contains the text (case-insensitive); applied to the loaded rows.
    void setSearchText(const QString& text);
    void reload();
    bool isLoading() const { return m_loading; }
    int sortColumn() const { return m_sort.column; }
    Qt::SortOrder sortOrder() const { return m_sort.order; }

    const StockRow* rowAt(int row) const;
    int rowOf(const Id& productId, const Id& locationId) const;
    // Rows loaded before the text filter.
    int loadedRowCount() const { return int(m_all.size()); }
    // Sum of the shown rows' values; nullopt when the actor may not view costs.
    std::optional<qint64> totalValue() const;
    const StockLocations& locations() const { return m_locations; }
    const QString& currency() const { return m_currency; }

Q_SIGNALS:
    // The rows match the filter again (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    struct SortSpec
    {
        int column = Sku;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    struct Loaded
    {
        Result<QList<StockRow>> rows;
        Result<StockLocations> locations;
        SortSpec sort;
    };

    static void sortRows(QList<StockRow>& rows, SortSpec spec, const StockLocations& locations);
    void startLoad();
    void applyLoad();
    static QList<int> visibleRows(const QList<StockRow>& rows, const QString& search);
    const StockRow& visible(int row) const { return m_all.at(m_visible.at(row)); }

    Services m_services;
    Actor m_actor;
    bool m_withCosts;
    QString m_currency;
    StockFilter m_filter;
    QList<ProductSet> m_productSets;
    QString m_search;
    SortSpec m_sort;
    QList<StockRow> m_all; // loaded and sorted
    QList<int> m_visible;  // indexes into m_all that match the text
    StockLocations m_locations;

    QFutureWatcher<Loaded> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor
