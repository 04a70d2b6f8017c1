#include "DialogCloser.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>

namespace kontor::test {

DialogCloser::DialogCloser()
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            // A progress dialog is modal too but closes by itself.
            if (QString::fromLatin1(dialog->metaObject()->className()) == u"QProgressDialog")
                return;
            m_titles.append(dialog->windowTitle());
            dialog->reject();
        }
    });
    m_timer.start(20);
}

} // namespace kontor::test
