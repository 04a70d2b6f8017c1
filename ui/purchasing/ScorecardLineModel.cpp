#include "ScorecardLineModel.h"

#include "ScorecardText.h"

#include <QColor>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace kontor {

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case ScorecardLineModel::Ordered:
    case ScorecardLineModel::OnTime:
    case ScorecardLineModel::InFull:
    case ScorecardLineModel::DaysLate:
    case ScorecardLineModel::Value:
    case ScorecardLineModel::LatePenalty:
    case ScorecardLineModel::DefectPenalty:
    case ScorecardLineModel::MissortPenalty:
    case ScorecardLineModel::ShortagePenalty:
        return true;
    default:
        return false;
    }
}

QString moneyOrBlank(qint64 minor, const QString& currency, const QLocale& locale)
{
    return minor == 0 ? QString() : ScorecardText::money(minor, currency, locale);
}

} // namespace

void ScorecardLineModel::sizeColumns(QTableView* view)
{
    const QFontMetrics metrics = view->fontMetrics();
    QHeaderView* header = view->horizontalHeader();
    const int pad = 24;
    const QString date = ScorecardText::date(QDate(2026, 12, 28));
    const QString money = ScorecardText::money(12345678, u"RUB"_qs);
    header->resizeSection(PoNumber, metrics.horizontalAdvance(u"PO-00000"_qs) + pad);
    header->resizeSection(StartOn, metrics.horizontalAdvance(date) + pad);
    header->resizeSection(DueOn, metrics.horizontalAdvance(date) + pad);
    header->resizeSection(Value, metrics.horizontalAdvance(money) + pad);
    header->resizeSection(
        LatePenalty,
        metrics.horizontalAdvance(tr("%1, cap reached").arg(ScorecardText::money(123456, u"RUB"_qs))) + pad);
}

ScorecardLineModel::ScorecardLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ScorecardLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ScorecardLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ScorecardLineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ScorecardLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case StartOn:
            return tr("The contract's start event: the PO's confirmation or its prepayment");
        case DueOn:
            return tr("Start + the contract's lead time");
        case OnTime:
            return tr("Units of the ordered product received by the due date (at most the ordered quantity)");
        case InFull:
            return tr("Units accepted (at most the ordered quantity)");
        case Otif:
            return tr("The accepted units received by the due date cover the ordered quantity");
        case DaysLate:
            return tr("The latest delivery, or the units still missing, in the contract's kind of days");
        case Value:
            return tr("Ordered quantity × unit price net of the PO's discount");
        case LatePenalty:
            return tr("Value of each late part × rate per day × days late, up to the contract's cap");
        case Clauses:
            return tr("The clauses of the contract the PO was placed under");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PoNumber:
        return tr("PO");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Contract:
        return tr("Contract");
    case StartOn:
        return tr("Start");
    case DueOn:
        return tr("Due");
    case Ordered:
        return tr("Ordered");
    case OnTime:
        return tr("On time");
    case InFull:
        return tr("In full");
    case Otif:
        return tr("OTIF");
    case DaysLate:
        return tr("Days late");
    case Value:
        return tr("Value");
    case LatePenalty:
        return tr("Late penalty");
    case DefectPenalty:
        return tr("Defects");
    case MissortPenalty:
        return tr("Mis-sorts");
    case ShortagePenalty:
        return tr("Shortage");
    case Clauses:
        return tr("Clauses");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScorecardLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardLine& l = m_lines.at(index.row());
    const SlaLine& s = l.sla;
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case PoIdRole:
        return QVariant::fromValue(l.poId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if ((column == DaysLate && s.daysLate > 0) || (column == Otif && !s.otif) ||
            (column == OnTime && s.onTime < s.ordered) || (column == InFull && s.inFull < s.ordered))
            return QColor(0xC6, 0x28, 0x28);
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case DaysLate:
        case LatePenalty:
            return ScorecardText::lateWorking(l, locale);
        case DefectPenalty:
        case MissortPenalty:
        case ShortagePenalty:
            return ScorecardText::qualityWorking(l, locale);
        case Clauses:
            return ScorecardText::clauses(l.terms, l.currency).replace(u"; "_qs, u"\n"_qs);
        case InFull:
            if (s.defective.milli() > 0 || s.missorted.milli() > 0)
                return tr("%1 accepted, %2 defective, %3 mis-sorted")
                    .arg(s.accepted.toLocaleString(locale), s.defective.toLocaleString(locale),
                         s.missorted.toLocaleString(locale));
            return {};
        default:
            return {};
        }
    case SortRole:
        switch (Column(column)) {
        case StartOn:
            return l.startOn;
        case DueOn:
            return l.dueOn;
        case Ordered:
            return s.ordered.milli();
        case OnTime:
            return s.onTime.milli();
        case InFull:
            return s.inFull.milli();
        case Otif:
            return s.otif;
        case DaysLate:
            return s.daysLate;
        case Value:
            return s.value;
        case LatePenalty:
            return s.latePenalty;
        case DefectPenalty:
            return s.defectPenalty;
        case MissortPenalty:
            return s.missortPenalty;
        case ShortagePenalty:
            return s.shortagePenalty;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(column)) {
        case PoNumber:
            return l.poNumber;
        case Sku:
            return l.sku;
        case Name:
            return l.name;
        case Contract:
            return l.contractNumber;
        case StartOn:
            return ScorecardText::date(l.startOn, locale);
        case DueOn:
            return ScorecardText::date(l.dueOn, locale);
        case Ordered:
            return s.ordered.toLocaleString(locale);
        case OnTime:
            return s.onTime.toLocaleString(locale);
        case InFull:
            return s.inFull.toLocaleString(locale);
        case Otif:
            return s.otif ? tr("Yes") : tr("No");
        case DaysLate:
            return s.daysLate > 0 ? locale.toString(s.daysLate) : QString();
        case Value:
            return ScorecardText::money(s.value, l.currency, locale);
        case LatePenalty:
            if (s.latePenalty == 0)
                return QString();
            return ScorecardText::capReached(l)
                       ? tr("%1, cap reached").arg(ScorecardText::money(s.latePenalty, l.currency, locale))
                       : ScorecardText::money(s.latePenalty, l.currency, locale);
        case DefectPenalty:
            return moneyOrBlank(s.defectPenalty, l.currency, locale);
        case MissortPenalty:
            return moneyOrBlank(s.missortPenalty, l.currency, locale);
        case ShortagePenalty:
            return moneyOrBlank(s.shortagePenalty, l.currency, locale);
        case Clauses:
            return ScorecardText::clauses(l.terms, l.currency);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

void ScorecardLineModel::setLines(QList<ScorecardLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void ScorecardLineModel::clear()
{
    setLines({});
}

const ScorecardLine* ScorecardLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

ScorecardLineModel::Totals ScorecardLineModel::totals() const
{
    Totals t;
    bool oneCurrency = true;
    for (const ScorecardLine& l : m_lines) {
        ++t.lines;
        t.linesOtif += l.sla.otif ? 1 : 0;
        t.ordered += l.sla.ordered;
        t.onTime += l.sla.onTime;
        t.inFull += l.sla.inFull;
        t.penalties += l.sla.latePenalty + l.sla.defectPenalty + l.sla.missortPenalty + l.sla.shortagePenalty;
        if (t.currency.isEmpty() && oneCurrency)
            t.currency = l.currency;
        else if (t.currency != l.currency)
            oneCurrency = false;
    }
    if (!oneCurrency)
        t.currency.clear();
    return t;
}

QString ScorecardLineModel::explanation(int row) const
{
    const ScorecardLine* l = lineAt(row);
    if (!l)
        return {};
    const QLocale locale;
    const SlaLine& s = l->sla;
    QStringList parts;
    parts.append(tr("%1, %2 (%3): due %4 = %5 + %6 under contract %7.")
                     .arg(l->poNumber, l->sku, l->name, ScorecardText::date(l->dueOn, locale),
                          ScorecardText::date(l->startOn, locale), ScorecardText::leadTimeClause(l->terms),
                          l->contractNumber));
    parts.append(tr("Ordered %1; %2 on time, %3 accepted, %4 defective, %5 mis-sorted, %6 missing.")
                     .arg(s.ordered.toLocaleString(locale), s.onTime.toLocaleString(locale),
                          s.accepted.toLocaleString(locale), s.defective.toLocaleString(locale),
                          s.missorted.toLocaleString(locale), s.missing.toLocaleString(locale)));
    if (const QString late = ScorecardText::lateWorking(*l, locale); !late.isEmpty())
        parts.append(late);
    if (const QString quality = ScorecardText::qualityWorking(*l, locale); !quality.isEmpty())
        parts.append(quality);
    return parts.join(u'\n');
}

} // namespace kontor
