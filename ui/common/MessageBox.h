#pragma once

// MessageBox: the only way ui/ asks the user a question or shows an error in a modal box. Tests
// cannot click a modal QMessageBox, so they queue the next answer (or turn on test mode, where
// every box answers its default button) and read back what would have been shown.

#include <QMessageBox>
#include <QString>

namespace kontor {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                           Button defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // The application's about box (rich text, with the window icon).
    static void about(QWidget* parent, const QString& title, const QString& text);

    // ---- for tests ----
    // The next box returns this button without being shown.
    static void setNextAnswer(Button button);
    // Every box returns its default button (Ok for notices) without being shown.
    static void setTestMode(bool enabled);
    // The text of the last box shown or answered; and how many there were.
    static QString lastText();
    static int count();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace kontor
