#include "SupportMetricsText.h"

#include "common/Decimal.h"

#include <QCoreApplication>

namespace kontor::SupportMetricsText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::SupportMetricsText", text, disambiguation, n);
}

const QChar NoBreak(0x00A0);

// Hundredths as a number with at most one decimal, half-up.
QString tenths(qint64 hundredths, const QLocale& locale)
{
    const qint64 t = Decimal::mulDivRound(hundredths, 1, 10);
    return Decimal::format(t, 1, locale.decimalPoint().front(), QChar(), true);
}

} // namespace

QString duration(qint64 ms)
{
    if (ms > 0 && ms < 30'000)
        return tr("< 1 min");
    const qint64 minutes = Decimal::mulDivRound(ms, 1, 60'000);
    const qint64 h = minutes / 60;
    const qint64 m = minutes % 60;
    if (h == 0)
        return tr("%1 min").arg(m);
    if (m == 0)
        return tr("%1 h").arg(h);
    return tr("%1 h %2 min").arg(h).arg(m);
}

QString duration(const DurationStats& stats, qint64 DurationStats::*member)
{
    return stats.isEmpty() ? QStringLiteral("—") : duration(stats.*member);
}

QString percent(std::optional<int> bp, const QLocale& locale)
{
    return bp ? tenths(*bp, locale) + NoBreak + u'%' : QStringLiteral("—");
}

QString per100(std::optional<int> hundredths, const QLocale& locale)
{
    return hundredths ? tenths(*hundredths, locale) : QStringLiteral("—");
}

QString clockName(const DurationStats& a, const DurationStats& b)
{
    const int calendar = a.calendarCount + b.calendarCount;
    const int all = a.count + b.count;
    if (calendar == 0)
        return tr("business hours of the shop calendar");
    if (calendar == all)
        return tr("calendar hours");
    return tr("business or calendar hours, as each ticket's SLA policy counts them");
}

QString rowName(const SupportMetricsRow& row, SupportGrouping grouping, QDate first, QDate last,
                const QLocale& locale)
{
    switch (grouping) {
    case SupportGrouping::None:
        return tr("All tickets");
    case SupportGrouping::Agent:
        return row.agentName;
    case SupportGrouping::Channel:
        return row.channel ? SupportKinds::channelName(*row.channel) : QString();
    case SupportGrouping::Week: {
        QDate start = row.periodStart;
        QDate end = start.addDays(6);
        if (first.isValid() && start < first)
            start = first;
        if (last.isValid() && end > last)
            end = last;
        if (start == end)
            return locale.toString(start, u"d MMM yyyy"_qs);
        return locale.toString(start, u"d MMM"_qs) + u" – "_qs + locale.toString(end, u"d MMM yyyy"_qs);
    }
    case SupportGrouping::Month:
        return locale.standaloneMonthName(row.periodStart.month()) + u' ' +
               QString::number(row.periodStart.year());
    }
    return {};
}

QString ofCount(int part, int whole)
{
    return tr("%1 of %2").arg(part).arg(whole);
}

} // namespace kontor::SupportMetricsText
