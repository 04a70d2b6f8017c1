#include "CountLineTableModel.h"

#include "stock/ScanCode.h"

#include <QDateTime>
#include <QLocale>

namespace kontor {

CountLineTableModel::CountLineTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CountLineTableModel::setLines(const QList<CountLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int CountLineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountLineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CountLine* CountLineTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

QString CountLineTableModel::displayCode(const QString& scan, int maxLength)
{
    QString text = scan;
    text.replace(QChar(ScanCodes::groupSeparator), QChar(0x241D));
    if (maxLength > 0 && text.size() > maxLength)
        text = text.left(maxLength / 2) + QChar(0x2026) + text.right(maxLength - maxLength / 2 - 1);
    return text;
}

QVariant CountLineTableModel::data(const QModelIndex& index, int role) const
{
    const CountLine* line = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!line)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(line->countedAt).toLocalTime().time(),
                                      QLocale::ShortFormat);
        case Sku:
            return line->sku;
        case Name:
            return line->name;
        case Quantity:
            return line->quantity.toLocaleString();
        case Location:
            return m_locationNames.value(line->locationId);
        case Counter:
            return line->counter;
        case Code:
            return line->serial.isEmpty() ? displayCode(line->scan) : tr("serial %1").arg(line->serial);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Code)
        return displayCode(line->scan, 0);
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CountLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Quantity:
        return tr("Quantity");
    case Location:
        return tr("Location");
    case Counter:
        return tr("Counter");
    case Code:
        return tr("Scanned code");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor
