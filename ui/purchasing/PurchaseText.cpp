#include "PurchaseText.h"

#include "common/Decimal.h"
#include "orders/OrderText.h"
#include "purchasing/SupplierService.h"

#include <QComboBox>
#include <QCoreApplication>

namespace kontor::PurchaseText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::PurchaseText", text, disambiguation, n);
}

} // namespace

QString date(QDate day, const QLocale& locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QString percent(qint64 bp, const QLocale& locale)
{
    // Basis points are hundredths of a percent: two decimals, trailing zeros dropped.
    return Decimal::format(bp, 2, locale.decimalPoint().front(), QChar(), true) + u"\u00A0%"_qs;
}

QString days(int count, bool businessDays)
{
    // English needs "1 day" apart from "%n days"; Russian gets all forms from the numerus
    // translation of the second string.
    if (count == 1)
        return businessDays ? tr("1 business day") : tr("1 calendar day");
    return businessDays ? tr("%n business days", nullptr, count) : tr("%n calendar days", nullptr, count);
}

QString poCount(qint64 count)
{
    if (count == 1)
        return tr("1 purchase order");
    return tr("%Ln purchase orders", nullptr, int(count));
}

QString claimCount(qint64 count)
{
    if (count == 1)
        return tr("1 claim");
    return tr("%Ln claims", nullptr, int(count));
}

QColor statusColor(PoStatus status)
{
    switch (status) {
    case PoStatus::Draft:
        return QColor(0x60, 0x60, 0x60);
    case PoStatus::Sent:
    case PoStatus::Confirmed:
        return QColor(0x15, 0x65, 0xc0);
    case PoStatus::PartiallyReceived:
        return QColor(0xb2, 0x6a, 0x00);
    case PoStatus::Received:
        return QColor(0x2e, 0x7d, 0x32);
    case PoStatus::Closed:
    case PoStatus::Cancelled:
        return QColor(Qt::gray);
    }
    return {};
}

QColor statusColor(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Open:
        return QColor(0xb2, 0x6a, 0x00);
    case ClaimStatus::Sent:
    case ClaimStatus::Accepted:
        return QColor(0x15, 0x65, 0xc0);
    case ClaimStatus::Paid:
        return QColor(0x2e, 0x7d, 0x32);
    case ClaimStatus::Rejected:
        return QColor(Qt::gray);
    }
    return {};
}

bool isUnresolved(ClaimStatus status)
{
    return status == ClaimStatus::Open || status == ClaimStatus::Sent || status == ClaimStatus::Accepted;
}

QColor overdueBackground()
{
    return QColor(0xfd, 0xe4, 0xe4);
}

QString leadTimeClause(const ContractTerms& terms)
{
    const QString from =
        terms.startEvent == StartEvent::Prepayment ? tr("from the prepayment") : tr("from the confirmation");
    return tr("lead time %1 %2").arg(days(terms.leadTimeDays, terms.businessDays), from);
}

QString lateClause(const ContractTerms& terms)
{
    if (terms.lateBpPerDay <= 0)
        return tr("no penalty for lateness");
    QString text = tr("late: %1 of the late value per day").arg(percent(terms.lateBpPerDay));
    if (terms.lateCapBp)
        text += u", "_qs + (terms.capBasis == CapBasis::Order
                                ? tr("capped at %1 of the order's value").arg(percent(*terms.lateCapBp))
                                : tr("capped at %1 of the line's value").arg(percent(*terms.lateCapBp)));
    else
        text += u", "_qs + tr("no cap");
    return text;
}

QString penaltyClause(const PenaltyRule& rule, const QString& currency)
{
    switch (rule.kind) {
    case PenaltyKind::None:
        return tr("none");
    case PenaltyKind::PerUnit:
        return tr("%1 per unit").arg(OrderText::money(rule.value, currency));
    case PenaltyKind::Percent:
        return tr("%1 of their value").arg(percent(rule.value));
    }
    return {};
}

bool fillSuppliers(QComboBox* combo, SupplierService& suppliers, const Actor& actor, const QString& allText)
{
    const Id current = combo->currentData().value<Id>();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, QVariant::fromValue(Id()));
    auto list = suppliers.list(actor);
    if (!list)
        return false;
    for (const SupplierListRow& s : std::as_const(*list)) {
        if (!s.archived)
            combo->addItem(s.name, QVariant::fromValue(s.id));
    }
    const int index = combo->findData(QVariant::fromValue(current));
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
    return true;
}

} // namespace kontor::PurchaseText
