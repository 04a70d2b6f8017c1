#pragma once

// ReplenishmentTableModel: replenishment lines (ReplenishmentService::analyse) as a table, one
// product a row. The page decides which lines and which columns each list shows; the model
// formats the figures (quantities in the product's unit, days, dates), marks values set by a
// rule, and sorts by any column by value.

#include "stock/ReplenishmentService.h"

#include <QAbstractTableModel>

namespace kontor {

class ReplenishmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Suggested,
        OnHand,
        Available,
        OnOrder, // on open purchase orders, not received yet
        DailyDemand,
        DaysOfCover,
        LeadTime,
        LeadTimeSource,
        SafetyStock,
        ReorderPoint,
        Target,
        Excess,
        LastSale,
        FirstReceived,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the product's Id
        SortRole,                  // the value sorted by
    };

    explicit ReplenishmentTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Lines without a value (no days of cover, never sold) go last in either order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the rows, keeping the current sort.
    void setLines(QList<ReplenishmentLine> lines);
    const QList<ReplenishmentLine>& lines() const { return m_lines; }
    const ReplenishmentLine* lineAt(int row) const;
    int rowOf(const Id& productId) const;
    int sortColumn() const { return m_sortColumn; }
    // "14 days", "1 day", "7.5 days".
    static QString leadTimeText(double days);
    static QString daysText(int days);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    QVariant display(const ReplenishmentLine& line, int column, bool tooltip) const;
    static std::optional<double> sortKey(const ReplenishmentLine& line, int column);
    void sortLines();

    QList<ReplenishmentLine> m_lines;
    int m_sortColumn = DaysOfCover;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kontor
