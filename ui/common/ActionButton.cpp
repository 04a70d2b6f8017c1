#include "ActionButton.h"

#include <QToolButton>

namespace kontor {

QToolButton* actionButton(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace kontor
