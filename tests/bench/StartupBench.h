#pragma once

// Start-up: from opening the shop file to a main window that shows its first product rows, the
// way `kontor` starts (offscreen; the list loads on a worker thread as in the app).

#include <QString>

namespace kontor::bench {

// Milliseconds until the products page shows its first rows.
double startToUsableWindowMs(const QString& databasePath, const QString& settingsPath);

} // namespace kontor::bench
