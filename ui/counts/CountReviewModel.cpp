#include "CountReviewModel.h"

#include "common/Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kontor {

namespace {

QString signedQuantity(Quantity q)
{
    const QString text = q.toLocaleString();
    return q.milli() > 0 ? u"+"_qs + text : text;
}

} // namespace

CountReviewModel::CountReviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CountReviewModel::setRows(const QList<CountReviewRow>& rows)
{
    beginResetModel();
    m_all = rows;
    rebuild();
    endResetModel();
}

void CountReviewModel::setOnlyDifferences(bool only)
{
    if (m_onlyDifferences == only)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuild();
    endResetModel();
}

void CountReviewModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_onlyDifferences || needsAttention(m_all[i]))
            m_visible.append(i);
    }
}

bool CountReviewModel::needsAttention(const CountReviewRow& row)
{
    if (row.hasDifference())
        return true;
    if (!row.counted)
        return row.recount || !row.expected || row.expected->milli() != 0;
    return false;
}

QString CountReviewModel::stateText(const CountReviewRow& row)
{
    if (row.counted)
        return row.recount ? tr("Recounted") : tr("Counted");
    return row.recount ? tr("To recount") : tr("Not counted");
}

int CountReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CountReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CountReviewRow* CountReviewModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all[m_visible[row]] : nullptr;
}

QVariant CountReviewModel::data(const QModelIndex& index, int role) const
{
    const CountReviewRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Column column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Location:
            return r->locationName;
        case Sku:
            return r->sku;
        case Name:
            return r->name;
        case Expected:
            return r->expected ? r->expected->toLocaleString() : tr("hidden");
        case Counted:
            return r->counted ? r->counted->toLocaleString() : QStringLiteral("—");
        case Difference:
            if (!r->difference)
                return QString();
            return r->difference->milli() == 0 ? QStringLiteral("0") : signedQuantity(*r->difference);
        case Value:
            if (!r->differenceValue || *r->differenceValue == 0)
                return QString();
            return QString((*r->differenceValue > 0 ? u"+"_qs : QString()) +
                           Money(*r->differenceValue, m_currency).toDisplayString());
        case State:
            return stateText(*r);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Expected || column == Counted || column == Difference || column == Value))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if ((column == Difference || column == Value) && r->difference && r->difference->milli() != 0)
            return QBrush(r->difference->milli() < 0 ? QColor(0xC6, 0x28, 0x28) : QColor(0x1B, 0x6E, 0x20));
        if (column == Expected && !r->expected)
            return QBrush(Qt::gray);
        if (column == State && !r->counted)
            return QBrush(QColor(0xB2, 0x6A, 0x00));
    }
    if (role == Qt::FontRole && column == Difference && r->hasDifference()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant CountReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Location:
        return tr("Location");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    case Difference:
        return tr("Difference");
    case Value:
        return tr("Value");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor
