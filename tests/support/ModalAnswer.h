#pragma once

// Answers the next modal dialog of a given type that a GUI test opens with exec(): once it is up,
// runs the test's code on it (fill fields, press OK), and rejects it if the code left it open, so
// the test never hangs on a dialog.

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace kontor::test {

template <typename Dialog>
void answerNextModal(std::function<void(Dialog*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

} // namespace kontor::test
