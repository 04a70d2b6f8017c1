#pragma once

// Application identity, default locations and translation loading shared by kontor and kontor-cli.

#include <QString>

class QCoreApplication;

namespace kontor::AppInfo {

// Organisation and application names (they decide the data folder and settings file).
void setIdentity();
// The embedded default: a SQLite file in the user's data folder, e.g. ~/.local/share/Kontor/shop.kontor.
QString defaultDatabasePath();
// "ru", "en" or "" for the system language; resolved to the language actually used.
QString resolveLanguage(const QString& configured);
// Installs Kontor's and Qt's own translations for the language; returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& configured);

} // namespace kontor::AppInfo
