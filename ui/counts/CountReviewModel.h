#pragma once

// CountReviewModel: the rows of a count's review (CountService::reviewRows): expected against
// counted per product and location, the difference in quantity and in value, with a filter for
// the rows that need attention (a difference, or stock nobody counted).

#include "stock/CountSession.h"

#include <QAbstractTableModel>

namespace kontor {

class CountReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Location,
        Sku,
        Name,
        Expected,
        Counted,
        Difference,
        Value,
        State,
        ColumnCount
    };

    explicit CountReviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<CountReviewRow>& rows);
    void setCurrency(const QString& currency) { m_currency = currency; }
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    const QList<CountReviewRow>& allRows() const { return m_all; }
    const CountReviewRow* rowAt(int row) const;

    // A row worth a look: a difference, or stock the ledger holds that nobody counted.
    static bool needsAttention(const CountReviewRow& row);
    static QString stateText(const CountReviewRow& row);

private:
    void rebuild();

    QList<CountReviewRow> m_all;
    QList<int> m_visible; // indexes into m_all
    QString m_currency;
    bool m_onlyDifferences = false;
};

} // namespace kontor
