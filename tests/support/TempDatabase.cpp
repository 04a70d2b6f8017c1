#include "TempDatabase.h"

#include <QTest>

namespace kontor::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.kontor")))
{
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path, m_clock);
    if (!opened)
        qFatal("cannot open test database: %s", qUtf8Printable(opened.error().message));
    m_db = std::move(*opened);
}

} // namespace kontor::test
