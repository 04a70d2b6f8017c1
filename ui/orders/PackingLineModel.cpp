#include "PackingLineModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kontor {

PackingLineModel::PackingLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PackingLineModel::setLines(const QList<PackingLine>& lines)
{
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines[i].productId == m_lines[i].productId;
    if (!same) {
        beginResetModel();
        m_lines = lines;
        m_current = -1;
        endResetModel();
        return;
    }
    m_lines = lines;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

void PackingLineModel::setCurrentRow(int row)
{
    if (row == m_current)
        return;
    const int before = m_current;
    m_current = row >= 0 && row < m_lines.size() ? row : -1;
    for (int r : {before, m_current}) {
        if (r >= 0)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int PackingLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PackingLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackingLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackingLine& l = m_lines[index.row()];
    const bool started = l.scanned.milli() > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sku:
            return l.sku;
        case Name:
            return l.name;
        case Expected:
            return QString(l.expected.toLocaleString() + u' ' + Units::displayName(l.unit));
        case Scanned:
            return l.scanned.toLocaleString();
        case State:
            if (l.isComplete())
                return tr("Done");
            if (!started)
                return tr("To pack");
            return tr("%1 more").arg((l.expected - l.scanned).toLocaleString());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Expected || index.column() == Scanned)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (l.isComplete())
            return QBrush(QColor(0xC8, 0xE6, 0xC9)); // green: all in the parcel
        if (started)
            return QBrush(QColor(0xFF, 0xEC, 0xB3)); // amber: some
        return {};
    case Qt::ForegroundRole:
        if (l.isComplete() || started)
            return QBrush(QColor(0x21, 0x21, 0x21)); // readable on the pale colours in a dark theme too
        return {};
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PackingLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Expected:
        return tr("Ordered");
    case Scanned:
        return tr("Scanned");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kontor
