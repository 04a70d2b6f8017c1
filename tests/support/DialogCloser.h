#pragma once

// Answers modal dialogs that a GUI test triggers (message boxes, issue lists): while alive, every
// modal widget that appears is recorded by its window title and closed.

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace kontor::test {

class DialogCloser : public QObject
{
    Q_OBJECT

public:
    DialogCloser();
    const QStringList& closedTitles() const { return m_titles; }

private:
    QTimer m_timer;
    QStringList m_titles;
};

} // namespace kontor::test
