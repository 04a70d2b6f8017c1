#pragma once

// ProductTableModel: the product list as a lazy table. The matching light rows (id, SKU, name,
// rank) are loaded and sorted on a worker thread; full products are fetched only for the rows a
// view asks about, a page of PageSize rows at a time, and a few pages are kept (those far from
// the latest page are dropped). Reloads itself when the catalog changes.

#include "catalog/ProductService.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

namespace kontor {

class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Category,
        Unit,
        Price,
        Cost,
        Vat,
        Barcode,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the product's Id
        ArchivedRole,
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 12;

    ProductTableModel(ProductService& service, Actor actor, QObject* parent = nullptr);
    ~ProductTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Sorts by SKU or by name (in the user's language order, numbers by value); other columns
    // are not sortable and are ignored. With a search text, ascending by name ranks matches first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ProductFilter& filter() const { return m_filter; }
    // Sets the filter and reloads in the background; loaded() tells when the rows are there.
    void setFilter(const ProductFilter& filter);
    void reload();
    bool isLoading() const { return m_loading; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    Id idAt(int row) const;
    // The product's local row id (for ProductService::productsByLocalIds), or 0.
    qint64 localIdAt(int row) const;
    // The row showing this product, or -1.
    int rowOf(const Id& id) const;
    // The full product of a row (fetching its page if needed), or nullptr.
    const Product* productAt(int row) const;

    // ---- paging statistics, for tests ----
    int pageFetchCount() const { return m_fetchCount; }
    int cachedPageCount() const { return int(m_pages.size()); }
    bool isPageCached(int page) const { return m_pages.contains(page); }

Q_SIGNALS:
    // The rows now match the filter (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    struct SortSpec
    {
        int column = Name;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    struct Loaded
    {
        Result<QList<ProductListEntry>> entries;
        SortSpec sort;
        bool ranked = false;
    };
    struct Page
    {
        QList<Product> products; // aligned with the page's rows; localId 0 where a row vanished
    };

    static void sortEntries(QList<ProductListEntry>& entries, SortSpec spec, bool ranked);
    bool isRanked(SortSpec spec) const;
    void startLoad();
    void applyLoad();
    void reloadCategories();
    const Page* page(int pageIndex) const;

    ProductService& m_service;
    Actor m_actor;
    ProductFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<ProductListEntry> m_entries;
    mutable QHash<int, Page> m_pages;
    mutable int m_fetchCount = 0;
    quint64 m_generation = 0; // changes whenever rows are reset, refreshed or re-sorted
    QHash<Id, QString> m_categoryPaths;

    QFutureWatcher<Loaded> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor
