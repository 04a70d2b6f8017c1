#pragma once

// AuditText: the audit log's codes in the user's language — what was done ("product.update"),
// to what kind of object ("sales_order") and which field changed ("refunded_amount"). Codes the
// table does not know (a newer Kontor wrote them) are shown as they are.

#include <QJsonValue>
#include <QString>

namespace kontor::AuditText {

QString actionName(QStringView code);
QString entityName(QStringView code);
QString fieldName(QStringView key);
// A value as one line: text as is, numbers without exponent, lists and objects compact.
QString value(const QJsonValue& value);

} // namespace kontor::AuditText
