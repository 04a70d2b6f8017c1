#pragma once

// CountSessionTableModel: the count sessions of the counts page, newest first, with where they
// count, their status and how far counting got. Reloads itself when sessions change.

#include "security/Actor.h"
#include "stock/CountSession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kontor {

class CountService;
class ProductService;
class StockService;

class CountSessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Name,
        Scope,
        Where,
        Status,
        Progress,
        Counters,
        Created,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the session's Id
        StatusRole,                // CountStatus as int
    };

    CountSessionTableModel(CountService& counts, StockService& stock, ProductService& products, Actor actor,
                           QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void setShowFinished(bool show);
    bool showFinished() const { return m_showFinished; }
    const CountSession* sessionAt(int row) const;
    int rowOf(const Id& id) const;
    // "Main warehouse", "Shelf A-1", "Socks": what the session covers.
    QString whereText(const CountSession& session) const;
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }

private:
    CountService& m_counts;
    StockService& m_stock;
    ProductService& m_products;
    Actor m_actor;
    QList<CountSession> m_sessions;
    QHash<Id, QString> m_locationNames;
    QHash<Id, QString> m_warehouseNames;
    QHash<Id, QString> m_categoryNames;
    bool m_showFinished = true;
    QString m_error;
};

} // namespace kontor
