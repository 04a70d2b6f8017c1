#include "MessageBox.h"

namespace kontor {

namespace {

MessageBox::Button s_nextAnswer = QMessageBox::NoButton;
bool s_testMode = false;
QString s_lastText;
int s_count = 0;

} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton)
{
    s_lastText = text;
    ++s_count;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_testMode)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    ++s_count;
    if (s_nextAnswer != QMessageBox::NoButton || s_testMode) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button button)
{
    s_nextAnswer = button;
}

void MessageBox::setTestMode(bool enabled)
{
    s_testMode = enabled;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::count()
{
    return s_count;
}

} // namespace kontor
