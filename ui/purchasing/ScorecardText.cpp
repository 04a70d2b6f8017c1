#include "ScorecardText.h"

#include "common/Decimal.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace kontor::ScorecardText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::ScorecardText", text, disambiguation, n);
}

const QChar NoBreak(0x00A0);

QString rate(qint64 bp, const QLocale& locale)
{
    return Decimal::format(bp, 2, locale.decimalPoint().front(), QChar(), true) + NoBreak + u'%';
}

QString units(Quantity q, const QLocale& locale)
{
    return q.toLocaleString(locale);
}

} // namespace

QString percent(std::optional<int> bp, const QLocale& locale)
{
    return bp ? rate(*bp, locale) : QStringLiteral("—");
}

QString target(int bp, bool atMost, const QLocale& locale)
{
    return atMost ? tr("Target at most %1").arg(rate(bp, locale)) : tr("Target %1").arg(rate(bp, locale));
}

QString days(double value, const QLocale& locale)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return locale.toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return minor < 0 ? QChar(0x2212) + Money(-minor, currency).toDisplayString(locale)
                     : Money(minor, currency).toDisplayString(locale);
}

QString date(QDate day, const QLocale& locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QString period(QDate from, QDate to, const QLocale& locale)
{
    const QString format = u"d MMM yyyy"_qs;
    return locale.toString(from, format) + u" – "_qs + locale.toString(to, format);
}

QList<MissedTarget> missedTargets(const Scorecard& card, const QLocale& locale)
{
    QList<MissedTarget> list;
    if (card.onTimeBreached())
        list.append({tr("On time"), percent(card.onTimeBp, locale), rate(*card.targetOnTimeBp, locale)});
    if (card.inFullBreached())
        list.append({tr("In full"), percent(card.inFullBp, locale), rate(*card.targetInFullBp, locale)});
    if (card.defectBreached())
        list.append({tr("Defects"), percent(card.defectBp, locale),
                     tr("at most %1").arg(rate(*card.maxDefectBp, locale))});
    if (card.missortBreached())
        list.append({tr("Mis-sorts"), percent(card.missortBp, locale),
                     tr("at most %1").arg(rate(*card.maxMissortBp, locale))});
    return list;
}

QString dayCount(int count, bool businessDays)
{
    if (businessDays)
        return count == 1 ? tr("1 business day") : tr("%n business days", nullptr, count);
    return count == 1 ? tr("1 day") : tr("%n days", nullptr, count);
}

QString leadTimeClause(const ContractTerms& terms)
{
    const QString from =
        terms.startEvent == StartEvent::Prepayment ? tr("from prepayment") : tr("from confirmation");
    const int n = terms.leadTimeDays;
    if (terms.businessDays)
        return (n == 1 ? tr("1 business day %1") : tr("%n business days %1", nullptr, n)).arg(from);
    return (n == 1 ? tr("1 calendar day %1") : tr("%n calendar days %1", nullptr, n)).arg(from);
}

QString lateClause(const ContractTerms& terms)
{
    if (terms.lateBpPerDay <= 0)
        return tr("no late penalty");
    const QLocale locale;
    QString text = tr("%1 of the late value per day").arg(rate(terms.lateBpPerDay, locale));
    if (terms.lateCapBp) {
        text += u", "_qs + (terms.capBasis == CapBasis::Order
                                ? tr("cap %1 of the order").arg(rate(*terms.lateCapBp, locale))
                                : tr("cap %1 of the line").arg(rate(*terms.lateCapBp, locale)));
    }
    return text;
}

QString penaltyClause(const PenaltyRule& rule, const QString& currency)
{
    switch (rule.kind) {
    case PenaltyKind::None:
        return tr("none");
    case PenaltyKind::PerUnit:
        return tr("%1 per unit").arg(money(rule.value, currency));
    case PenaltyKind::Percent:
        return tr("%1 of their value").arg(rate(rule.value, QLocale()));
    }
    return {};
}

QString clauses(const ContractTerms& terms, const QString& currency)
{
    QStringList parts{tr("Lead time %1").arg(leadTimeClause(terms)), tr("late: %1").arg(lateClause(terms))};
    if (terms.defect.kind != PenaltyKind::None)
        parts.append(tr("defects: %1").arg(penaltyClause(terms.defect, currency)));
    if (terms.missort.kind != PenaltyKind::None)
        parts.append(tr("mis-sorts: %1").arg(penaltyClause(terms.missort, currency)));
    if (terms.shortageBp > 0)
        parts.append(tr("shortage: %1 of the undelivered value").arg(rate(terms.shortageBp, QLocale())));
    return parts.join(u"; "_qs);
}

bool capReached(const ScorecardLine& line)
{
    // Under a PO-wide cap the line carries its share of the capped total (less than it accrued).
    return line.sla.capReached || line.sla.latePenalty < line.sla.latePenaltyUncapped;
}

QString lateWorking(const ScorecardLine& line, const QLocale& locale)
{
    const SlaLine& s = line.sla;
    const ContractTerms& t = line.terms;
    const QString perDay = rate(t.lateBpPerDay, locale);
    QStringList steps;
    qint64 deliveredValue = 0;
    for (const SlaPart& p : s.parts) {
        deliveredValue += p.value;
        if (p.daysLate <= 0)
            continue;
        steps.append(tr("%1 received %2, %3 late: %4 × %5 × %6 = %7")
                         .arg(units(p.units, locale), date(p.on, locale),
                              dayCount(p.daysLate, t.businessDays), money(p.value, line.currency, locale),
                              perDay, QString::number(p.daysLate), money(p.penalty, line.currency, locale)));
    }
    if (s.missing.milli() > 0 && s.missingDaysLate > 0) {
        steps.append(tr("%1 missing, %2 late: %3 × %4 × %5 = %6")
                         .arg(units(s.missing, locale), dayCount(s.missingDaysLate, t.businessDays),
                              money(s.value - deliveredValue, line.currency, locale), perDay,
                              QString::number(s.missingDaysLate),
                              money(s.missingPenalty, line.currency, locale)));
    }
    if (steps.isEmpty())
        return s.daysLate > 0 ? QString() : tr("Delivered by the due date: no late penalty.");
    if (capReached(line) && t.lateCapBp) {
        if (t.capBasis == CapBasis::Order)
            steps.append(
                tr("%1 in all, above the cap of %2 of the order: this line's share is %3 (cap reached)")
                    .arg(money(s.latePenaltyUncapped, line.currency, locale), rate(*t.lateCapBp, locale),
                         money(s.latePenalty, line.currency, locale)));
        else
            steps.append(tr("%1 in all, capped at %2 of the line's %3 = %4 (cap reached)")
                             .arg(money(s.latePenaltyUncapped, line.currency, locale),
                                  rate(*t.lateCapBp, locale), money(s.value, line.currency, locale),
                                  money(s.latePenalty, line.currency, locale)));
    } else if (steps.size() > 1) {
        steps.append(tr("Late penalty %1").arg(money(s.latePenalty, line.currency, locale)));
    }
    return steps.join(u'\n');
}

QString qualityWorking(const ScorecardLine& line, const QLocale& locale)
{
    const SlaLine& s = line.sla;
    const ContractTerms& t = line.terms;
    QStringList steps;
    if (s.defectPenalty != 0)
        steps.append(tr("%1 defective, %2: %3")
                         .arg(units(s.defective, locale), penaltyClause(t.defect, line.currency),
                              money(s.defectPenalty, line.currency, locale)));
    if (s.missortPenalty != 0)
        steps.append(tr("%1 mis-sorted, %2: %3")
                         .arg(units(s.missorted, locale), penaltyClause(t.missort, line.currency),
                              money(s.missortPenalty, line.currency, locale)));
    if (s.shortagePenalty != 0)
        steps.append(tr("%1 never delivered (closed short), %2 of their value: %3")
                         .arg(units(s.missing, locale), rate(t.shortageBp, locale),
                              money(s.shortagePenalty, line.currency, locale)));
    return steps.join(u'\n');
}

} // namespace kontor::ScorecardText
