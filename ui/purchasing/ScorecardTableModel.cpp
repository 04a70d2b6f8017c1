#include "ScorecardTableModel.h"

#include "ScorecardText.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace kontor {

namespace {

QColor breachColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

bool isNumeric(int column)
{
    return column != ScorecardTableModel::Supplier;
}

// "Target 95 %" or "No target in the contract", then how the rate was made.
QString rateTip(std::optional<int> target, bool atMost, bool breached, const QString& basis)
{
    QString head = target ? ScorecardText::target(*target, atMost)
                          : ScorecardTableModel::tr("No target in the contract");
    if (breached)
        head += u" — "_qs + ScorecardTableModel::tr("missed");
    return basis.isEmpty() ? head : head + u'\n' + basis;
}

} // namespace

ScorecardTableModel::ScorecardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ScorecardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ScorecardTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ScorecardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case LinesJudged:
            return tr("PO lines due in the period whose due date has passed (or that arrived complete)");
        case OnTime:
            return tr("Units of the ordered product received by the due date, of the units ordered on the "
                      "lines judged (each line counts at most its ordered quantity)");
        case InFull:
            return tr("Units accepted, of the units ordered on the lines judged (each line counts at most "
                      "its ordered quantity)");
        case Otif:
            return tr(
                "Lines whose accepted units received by the due date cover the ordered quantity, of the "
                "lines judged");
        case Defects:
            return tr("Defective units, of the units received in the period");
        case Missorts:
            return tr("Wrong items or variants, of the units received in the period");
        case LeadTimeMean:
            return tr("Mean calendar days from the PO's confirmation to each receipt in the period");
        case LeadTimeP90:
            return tr("Nine receipts in ten came within this many calendar days of confirmation");
        case LeadTimePromised:
            return tr("The lead time of the contract valid at the end of the period");
        case PenaltiesAccrued:
            return tr("Late, defect, mis-sort and shortage penalties of the lines judged, as the contract "
                      "gives them, in the shop currency");
        case PenaltiesClaimed:
            return tr("Claims made in the period (rejected ones left out)");
        case PenaltiesCollected:
            return tr("What the supplier paid on the claims made in the period");
        case Spend:
            return tr("Goods accepted in the period at the PO price, in the shop currency");
        case Supplier:
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Supplier:
        return tr("Supplier");
    case LinesJudged:
        return tr("Lines");
    case OnTime:
        return tr("On time");
    case InFull:
        return tr("In full");
    case Otif:
        return tr("OTIF");
    case Defects:
        return tr("Defects");
    case Missorts:
        return tr("Mis-sorts");
    case LeadTimeMean:
        return tr("Lead time");
    case LeadTimeP90:
        return tr("p90");
    case LeadTimePromised:
        return tr("Promised");
    case PenaltiesAccrued:
        return tr("Penalties");
    case PenaltiesClaimed:
        return tr("Claimed");
    case PenaltiesCollected:
        return tr("Collected");
    case Spend:
        return tr("Spend");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScorecardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Scorecard& s = row.card;
    const int column = index.column();
    const QLocale locale;
    auto breached = [&s](int c) {
        switch (c) {
        case OnTime:
            return s.onTimeBreached();
        case InFull:
            return s.inFullBreached();
        case Defects:
            return s.defectBreached();
        case Missorts:
            return s.missortBreached();
        default:
            return false;
        }
    };
    auto unitsOf = [&locale](Quantity q) { return q.toLocaleString(locale); };

    switch (role) {
    case IdRole:
        return QVariant::fromValue(s.supplierId);
    case BreachRole:
        return breached(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        return breached(column) ? QVariant(breachColor()) : QVariant();
    case Qt::FontRole:
        if (breached(column) || (column == Supplier && s.breached())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (Column(column)) {
        case Supplier:
            return s.supplierName;
        case LinesJudged:
            return s.linesJudged;
        case OnTime:
            return s.onTimeBp.value_or(-1);
        case InFull:
            return s.inFullBp.value_or(-1);
        case Otif:
            return s.otifBp.value_or(-1);
        case Defects:
            return s.defectBp.value_or(-1);
        case Missorts:
            return s.missortBp.value_or(-1);
        case LeadTimeMean:
            return s.leadTime.count > 0 ? s.leadTime.mean : -1.0;
        case LeadTimeP90:
            return s.leadTime.count > 0 ? s.leadTime.p90 : -1;
        case LeadTimePromised:
            return s.promisedLeadTime.value_or(-1);
        case PenaltiesAccrued:
            return s.penaltiesAccrued;
        case PenaltiesClaimed:
            return s.penaltiesClaimed;
        case PenaltiesCollected:
            return s.penaltiesCollected;
        case Spend:
            return s.spend;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Supplier:
            if (row.contractNumber.isEmpty())
                return tr("No contract valid at the end of the period: no targets");
            return tr("Targets of contract %1").arg(row.contractNumber);
        case LinesJudged:
            return (s.linesJudged == 1 ? tr("%1 units ordered on 1 line judged")
                                       : tr("%1 units ordered on %n lines judged", nullptr, s.linesJudged))
                .arg(unitsOf(s.unitsOrdered));
        case OnTime:
            return rateTip(s.targetOnTimeBp, false, s.onTimeBreached(),
                           tr("%1 of %2 units on time").arg(unitsOf(s.unitsOnTime), unitsOf(s.unitsOrdered)));
        case InFull:
            return rateTip(
                s.targetInFullBp, false, s.inFullBreached(),
                tr("%1 of %2 units accepted").arg(unitsOf(s.unitsInFull), unitsOf(s.unitsOrdered)));
        case Otif:
            return (s.linesJudged == 1 ? tr("%1 of 1 line on time and in full")
                                       : tr("%1 of %n lines on time and in full", nullptr, s.linesJudged))
                .arg(s.linesOtif);
        case Defects:
            return rateTip(s.maxDefectBp, true, s.defectBreached(),
                           tr("%1 of %2 units received were defective")
                               .arg(unitsOf(s.unitsDefective), unitsOf(s.unitsReceived)));
        case Missorts:
            return rateTip(s.maxMissortBp, true, s.missortBreached(),
                           tr("%1 of %2 units received were mis-sorted")
                               .arg(unitsOf(s.unitsMissorted), unitsOf(s.unitsReceived)));
        case LeadTimeMean:
        case LeadTimeP90:
            if (s.leadTime.count == 0)
                return tr("No receipt in the period");
            return QString((s.receipts == 1 ? tr("1 receipt") : tr("%n receipts", nullptr, s.receipts)) +
                           u": "_qs +
                           tr("%1 to %2 days from confirmation").arg(s.leadTime.min).arg(s.leadTime.max));
        case LeadTimePromised:
            if (!row.terms)
                return tr("No contract valid at the end of the period");
            return tr("Contract %1: %2").arg(row.contractNumber, ScorecardText::leadTimeClause(*row.terms));
        case PenaltiesAccrued:
        case PenaltiesClaimed:
        case PenaltiesCollected:
        case Spend:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Supplier:
            return s.supplierName;
        case LinesJudged:
            return locale.toString(s.linesJudged);
        case OnTime:
            return ScorecardText::percent(s.onTimeBp, locale);
        case InFull:
            return ScorecardText::percent(s.inFullBp, locale);
        case Otif:
            return ScorecardText::percent(s.otifBp, locale);
        case Defects:
            return ScorecardText::percent(s.defectBp, locale);
        case Missorts:
            return ScorecardText::percent(s.missortBp, locale);
        case LeadTimeMean:
            return s.leadTime.count > 0 ? ScorecardText::days(s.leadTime.mean, locale) : u"—"_qs;
        case LeadTimeP90:
            return s.leadTime.count > 0 ? locale.toString(s.leadTime.p90) : u"—"_qs;
        case LeadTimePromised:
            if (!s.promisedLeadTime)
                return u"—"_qs;
            return row.terms && row.terms->businessDays
                       ? tr("%1 bd", "business days, short").arg(locale.toString(*s.promisedLeadTime))
                       : locale.toString(*s.promisedLeadTime);
        case PenaltiesAccrued:
            return ScorecardText::money(s.penaltiesAccrued, s.currency, locale);
        case PenaltiesClaimed:
            return ScorecardText::money(s.penaltiesClaimed, s.currency, locale);
        case PenaltiesCollected:
            return ScorecardText::money(s.penaltiesCollected, s.currency, locale);
        case Spend:
            return ScorecardText::money(s.spend, s.currency, locale);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

void ScorecardTableModel::setRows(QList<Row> rows)
{
    bool sameSuppliers = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameSuppliers && i < rows.size(); ++i)
        sameSuppliers = rows[i].card.supplierId == m_rows[i].card.supplierId;
    if (sameSuppliers) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ScorecardTableModel::clear()
{
    setRows({});
}

const ScorecardTableModel::Row* ScorecardTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ScorecardTableModel::rowOf(const Id& supplierId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].card.supplierId == supplierId)
            return row;
    }
    return -1;
}

int ScorecardTableModel::breachingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.card.breached(); }));
}

} // namespace kontor
