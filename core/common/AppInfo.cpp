#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace kontor::AppInfo {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kontor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kontor.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("shop.kontor"));
}

QString resolveLanguage(const QString& configured)
{
    if (configured == u"ru" || configured == u"en")
        return configured;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString& language : ui) {
        if (language.startsWith(u"ru"))
            return QStringLiteral("ru");
        if (language.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& configured)
{
    const QString language = resolveLanguage(configured);
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return language;
    }
    QLocale::setDefault(QLocale(language));
    auto* kontor = new QTranslator(&app);
    if (kontor->load(QStringLiteral(":/i18n/kontor_") + language))
        QCoreApplication::installTranslator(kontor);
    // Qt's own strings (file dialogs, message box buttons, context menus).
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace kontor::AppInfo
