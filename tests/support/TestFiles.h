#pragma once

// Files for import and export tests: written into a test's temporary folder, read back whole.

#include <QByteArray>
#include <QString>

namespace kontor::test {

// Writes bytes to folder/name and returns the path.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);
QByteArray readFile(const QString& path);

} // namespace kontor::test
