#include "ActionButton.h"

#include <QAction>
#include <QToolButton>

namespace kontor {

QToolButton* actionButton(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A tool button, unlike a tool bar, does not follow its action's visibility by itself.
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::visibleChanged, button,
                     [action, button] { button->setVisible(action->isVisible()); });
    return button;
}

} // namespace kontor
