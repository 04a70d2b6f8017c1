#pragma once

// CountLineTableModel: the latest lines of a count session, newest first, for the counting
// screen's list of recent scans. The screen hands it the lines after every change.

#include "stock/CountSession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kontor {

class CountLineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Sku,
        Name,
        Quantity,
        Location,
        Counter,
        Code,
        ColumnCount
    };

    explicit CountLineTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QList<CountLine>& lines);
    void setLocationNames(const QHash<Id, QString>& names) { m_locationNames = names; }
    const CountLine* lineAt(int row) const;

    // The scan as shown: separators of a marking code as ␝, a code longer than maxLength (if > 0)
    // shortened in the middle.
    static QString displayCode(const QString& scan, int maxLength = 40);

private:
    QList<CountLine> m_lines;
    QHash<Id, QString> m_locationNames;
};

} // namespace kontor
