#include "Result.h"

#include <QCoreApplication>

namespace kontor {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (line > 0) {
        const QString lineText = QCoreApplication::translate("kontor::Error", "line %1").arg(line);
        where = where.isEmpty() ? lineText : where + QStringLiteral(", ") + lineText;
    }
    if (!field.isEmpty())
        where = where.isEmpty() ? field : where + QStringLiteral(", ") + field;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace kontor
