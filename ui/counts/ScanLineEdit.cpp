#include "ScanLineEdit.h"

#include "stock/ScanCode.h"

#include <QKeyEvent>

namespace kontor {

ScanLineEdit::ScanLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    // Scanned codes are case-sensitive text; no completion or spell checking gets in the way.
    setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhPreferLatin);
}

void ScanLineEdit::keyPressEvent(QKeyEvent* event)
{
    const bool gsText = event->text() == QString(QChar(ScanCodes::groupSeparator));
    const bool ctrlBracket =
        event->key() == Qt::Key_BracketRight && event->modifiers() == Qt::ControlModifier;
    if (gsText || ctrlBracket) {
        insert(QString(QChar(VisibleGroupSeparator)));
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace kontor
