#pragma once

// actionButton: the text-only tool button that pages put in their top bar for an action (it
// follows the action's text, enabled state and visibility).

#include <QString>

class QAction;
class QToolButton;

namespace kontor {

QToolButton* actionButton(QAction* action, const QString& objectName);

} // namespace kontor
