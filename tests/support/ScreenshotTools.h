#pragma once

// Pictures of widgets for looking at the UI: saved only when KONTOR_SCREENSHOTS names a folder.
// In a Russian session (LANG=ru_RU.UTF-8) the pictures are taken in Russian, with Kontor's and
// Qt's translations loaded.

#include <QString>

class QWidget;

namespace kontor::test {

bool screenshotsWanted();
// Loads the translations of the session's language (once); call before building the widgets.
void useSessionLanguage();
void screenshot(QWidget* widget, const QString& name);

} // namespace kontor::test
