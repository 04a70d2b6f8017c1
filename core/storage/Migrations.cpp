#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>

namespace kontor::Migrations {

namespace {

// version -> resource path, read once from the resource directory.
const QMap<int, QString>& scripts()
{
    static const QMap<int, QString> all = [] {
        QMap<int, QString> result;
        const QDir dir(QStringLiteral(":/storage/migrations"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(u'_', 0, 0).toInt(&ok);
            if (ok && version > 0)
                result.insert(version, dir.filePath(name));
        }
        return result;
    }();
    return all;
}

} // namespace

int latestVersion()
{
    return scripts().isEmpty() ? 0 : scripts().lastKey();
}

Result<void> migrate(Connection& connection)
{
    if (auto ok = connection.execScript("CREATE TABLE IF NOT EXISTS schema_version ("
                                        " version INTEGER PRIMARY KEY,"
                                        " applied_at INTEGER NOT NULL)");
        !ok) {
        return ok;
    }
    auto current = connection.query("SELECT coalesce(max(version), 0) FROM schema_version").scalarInt();
    if (!current)
        return fail(current.error());
    const int from = int(current->value_or(0));

    for (auto it = scripts().upperBound(from); it != scripts().end(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Storage, QStringLiteral("missing migration %1").arg(it.value()));
        WriteTransaction tx(connection);
        if (tx.beginError())
            return fail(*tx.beginError());
        if (auto ok = connection.execScript(file.readAll()); !ok) {
            Error error = ok.error();
            error.message = QCoreApplication::translate("kontor::Migrations",
                                                        "Upgrading the database to version %1 failed; it "
                                                        "was left at version %2. %3")
                                .arg(it.key())
                                .arg(from)
                                .arg(error.message);
            return fail(error);
        }
        auto record = connection.query("INSERT INTO schema_version(version, applied_at) VALUES(?, ?)");
        record.bindAll(qint64(it.key()), QDateTime::currentMSecsSinceEpoch());
        if (auto ok = record.run(); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
    }
    return {};
}

} // namespace kontor::Migrations
