#include "DocumentNumbers.h"

namespace kontor::DocumentNumbers {

Result<QString> next(Connection& c, QStringView series, int digits, QByteArrayView table,
                     QByteArrayView column)
{
    auto numbers = nextMany(c, series, digits, 1, table, column);
    if (!numbers)
        return fail(numbers.error());
    return numbers->first();
}

Result<QStringList> nextMany(Connection& c, QStringView series, int digits, int count, QByteArrayView table,
                             QByteArrayView column)
{
    QStringList numbers;
    if (count <= 0)
        return numbers;
    numbers.reserve(count);
    const QString key = u"number/"_qs + series;
    auto q = c.query("SELECT (SELECT value FROM local_meta WHERE key = ?1), "
                     "(SELECT value FROM local_meta WHERE key = 'number_prefix')");
    q.bind(key);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    qint64 next = (*row ? q.text(0).toLongLong() : 0) + 1;
    const QString prefix = *row ? q.text(1) : QString();
    q.reset();
    const QString head = series + u'-' + (prefix.isEmpty() ? QString() : prefix + u'-');
    const QByteArray existsSql = QByteArray("SELECT EXISTS(SELECT 1 FROM ") + table.toByteArray() +
                                 " WHERE " + column.toByteArray() + " = ?)";
    for (; numbers.size() < count; ++next) {
        const QString number = head + QString::number(next).rightJustified(digits, u'0');
        auto taken = c.query(existsSql);
        taken.bind(number);
        auto exists = taken.scalarInt();
        if (!exists)
            return fail(exists.error());
        if (!exists->value_or(0))
            numbers.append(number);
    }
    auto save = c.query("INSERT INTO local_meta(key, value) VALUES(?1, ?2) "
                        "ON CONFLICT(key) DO UPDATE SET value = ?2");
    save.bindAll(key, QString::number(next - 1));
    if (auto ok = save.run(); !ok)
        return fail(ok.error());
    return numbers;
}

} // namespace kontor::DocumentNumbers
