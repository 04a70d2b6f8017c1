#include "ScreenshotTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace kontor::test {

bool screenshotsWanted()
{
    return !qEnvironmentVariableIsEmpty("KONTOR_SCREENSHOTS");
}

void useSessionLanguage()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QLocale system = QLocale::system();
    QLocale::setDefault(system);
    if (system.language() != QLocale::Russian)
        return;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_ru"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* kontor = new QTranslator(QCoreApplication::instance());
    if (kontor->load(u":/i18n/kontor_ru.qm"_qs))
        QCoreApplication::installTranslator(kontor);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

} // namespace kontor::test
