#include "SupportMetricsTableModel.h"

#include "SupportMetricsText.h"

#include <QLocale>

namespace kontor {

using namespace SupportMetricsText;

SupportMetricsTableModel::SupportMetricsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SupportMetricsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupportMetricsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SupportMetricsTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void SupportMetricsTableModel::setRows(SupportGrouping grouping, QList<SupportMetricsRow> rows, QDate first,
                                       QDate last)
{
    beginResetModel();
    m_grouping = grouping;
    m_rows = std::move(rows);
    m_first = first;
    m_last = last;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Name, Name);
}

void SupportMetricsTableModel::clear()
{
    setRows(m_grouping, {});
}

const SupportMetricsRow* SupportMetricsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant SupportMetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Created:
            return tr("Tickets opened in the period (duplicates merged into another ticket left out)");
        case Resolved:
            return tr("Tickets whose final resolution fell in the period");
        case FirstResponseAverage:
            return tr("Average time from the ticket's opening to the first reply, in the SLA policy's clock "
                      "(business hours), of the first replies in the period");
        case FirstResponseP90:
            return tr("Nine first replies in ten came within this time (nearest rank)");
        case ResolutionAverage:
            return tr("Average time from opening to resolution, in the SLA policy's clock (business hours), "
                      "without the time spent waiting for the customer or a third party, or resolved before "
                      "a reopen");
        case ResolutionP90:
            return tr("Nine tickets in ten were resolved within this time (nearest rank)");
        case Sla:
            return tr("SLA targets met, of the targets due in the period: a target breached in the period is "
                      "missed; one done in the period without a breach is met");
        case Fcr:
            return tr("First contact resolution: tickets resolved with exactly one reply and never reopened, "
                      "of the tickets resolved");
        case Csat:
            return tr("Satisfied answers (4 or 5 of 5), of the answers on the tickets resolved");
        case Open:
            return tr("Tickets open now (not resolved or closed)");
        case Name:
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        switch (m_grouping) {
        case SupportGrouping::Agent:
            return tr("Agent");
        case SupportGrouping::Channel:
            return tr("Channel");
        case SupportGrouping::Week:
            return tr("Week");
        case SupportGrouping::Month:
            return tr("Month");
        case SupportGrouping::None:
            break;
        }
        return {};
    case Created:
        return tr("Created");
    case Resolved:
        return tr("Resolved");
    case FirstResponseAverage:
        return tr("First response");
    case FirstResponseP90:
        return tr("p90", "first response");
    case ResolutionAverage:
        return tr("Resolution");
    case ResolutionP90:
        return tr("p90", "resolution");
    case Sla:
        return tr("SLA");
    case Fcr:
        return tr("FCR");
    case Csat:
        return tr("CSAT");
    case Open:
        return tr("Open");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SupportMetricsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupportMetricsRow& row = m_rows.at(index.row());
    const SupportFigures& f = row.figures;
    const int column = index.column();
    const QLocale locale;
    const auto time = [](const DurationStats& s, qint64 DurationStats::*member) -> qint64 {
        return s.isEmpty() ? -1 : s.*member;
    };

    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((column == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name:
            return rowName(row, m_grouping, m_first, m_last, locale);
        case Created:
            return f.created;
        case Resolved:
            return f.resolved;
        case FirstResponseAverage:
            return duration(f.firstResponse, &DurationStats::averageMs);
        case FirstResponseP90:
            return duration(f.firstResponse, &DurationStats::p90Ms);
        case ResolutionAverage:
            return duration(f.resolution, &DurationStats::averageMs);
        case ResolutionP90:
            return duration(f.resolution, &DurationStats::p90Ms);
        case Sla:
            return percent(f.slaBp(), locale);
        case Fcr:
            return percent(f.fcrBp(), locale);
        case Csat:
            return percent(f.csatBp(), locale);
        case Open:
            return f.open ? QVariant(*f.open) : QVariant(QStringLiteral("—"));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case FirstResponseAverage:
        case FirstResponseP90:
            if (f.firstResponse.isEmpty())
                return tr("No first reply in the period");
            return tr("%n first replies: average %1, median %2, p90 %3", nullptr, f.firstResponse.count)
                .arg(duration(f.firstResponse.averageMs), duration(f.firstResponse.medianMs),
                     duration(f.firstResponse.p90Ms));
        case ResolutionAverage:
        case ResolutionP90:
            if (f.resolution.isEmpty())
                return tr("No ticket resolved in the period");
            return tr("%n resolutions: average %1, median %2, p90 %3", nullptr, f.resolution.count)
                .arg(duration(f.resolution.averageMs), duration(f.resolution.medianMs),
                     duration(f.resolution.p90Ms));
        case Sla: {
            const SlaTally all = f.slaTotal();
            if (all.due == 0)
                return tr("No SLA target was due in the period");
            QStringList parts;
            for (SlaTarget t : {SlaTarget::FirstResponse, SlaTarget::NextResponse, SlaTarget::Resolution}) {
                const SlaTally& s = f.slaOf(t);
                if (s.due > 0)
                    parts.append(tr("%1: %2 met (%3)")
                                     .arg(SupportKinds::targetName(t), ofCount(s.met, s.due),
                                          percent(s.bp(), locale)));
            }
            return QString(tr("%1 targets met").arg(ofCount(all.met, all.due)) + u'\n' + parts.join(u'\n'));
        }
        case Fcr:
            return f.resolved == 0 ? tr("No ticket resolved in the period")
                                   : tr("%1 resolved at first contact").arg(ofCount(f.fcr, f.resolved));
        case Csat:
            return f.csatAnswers == 0
                       ? tr("No answers")
                       : tr("%1 answers satisfied").arg(ofCount(f.csatSatisfied, f.csatAnswers));
        default:
            return {};
        }
    case SortRole:
        switch (Column(column)) {
        case Name:
            if (m_grouping == SupportGrouping::Week || m_grouping == SupportGrouping::Month)
                return row.periodStart.toJulianDay();
            if (m_grouping == SupportGrouping::Channel && row.channel)
                return int(*row.channel);
            return rowName(row, m_grouping, m_first, m_last, locale);
        case Created:
            return f.created;
        case Resolved:
            return f.resolved;
        case FirstResponseAverage:
            return time(f.firstResponse, &DurationStats::averageMs);
        case FirstResponseP90:
            return time(f.firstResponse, &DurationStats::p90Ms);
        case ResolutionAverage:
            return time(f.resolution, &DurationStats::averageMs);
        case ResolutionP90:
            return time(f.resolution, &DurationStats::p90Ms);
        case Sla:
            return f.slaBp().value_or(-1);
        case Fcr:
            return f.fcrBp().value_or(-1);
        case Csat:
            return f.csatBp().value_or(-1);
        case Open:
            return f.open.value_or(-1);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

} // namespace kontor
