#pragma once

// PurchaseText: how purchasing values look on the purchase-order and claim pages and in their
// dialogs: agreed dates (a due date is a day), basis points as percentages, days in the contract's
// kind, status colours, the counts shown in footers, and the supplier choice the pages and the
// editor share.

#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

class QComboBox;

namespace kontor {

class SupplierService;

namespace PurchaseText {

// The locale's short date; empty for a null date.
QString date(QDate day, const QLocale& locale = QLocale());
// Basis points as a percentage: 500 -> "5 %", 25 -> "0.25 %".
QString percent(qint64 bp, const QLocale& locale = QLocale());
// "10 calendar days", "5 business days".
QString days(int count, bool businessDays);
// "3 purchase orders", "1 claim".
QString poCount(qint64 count);
QString claimCount(qint64 count);
// A colour for the status in lists (invalid: the normal text colour).
QColor statusColor(PoStatus status);
QColor statusColor(ClaimStatus status);
// Open, sent or accepted: the supplier still owes an answer or money.
bool isUnresolved(ClaimStatus status);
// A light tint for rows that need attention (overdue).
QColor overdueBackground();
// The contract's clauses in words, for the SLA drill-down and the editor.
QString leadTimeClause(const ContractTerms& terms);
QString lateClause(const ContractTerms& terms);
QString penaltyClause(const PenaltyRule& rule, const QString& currency);

// Fills the combo with the suppliers (not archived) sorted by name, data = Id; `allText` first
// with a null Id when not empty. Keeps the current choice by id. Returns false when they cannot
// be read (the combo then holds only `allText`).
bool fillSuppliers(QComboBox* combo, SupplierService& suppliers, const Actor& actor, const QString& allText);

} // namespace PurchaseText
} // namespace kontor
