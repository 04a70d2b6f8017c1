#pragma once

// NotificationButton: the bell in the main window's status bar with the number of the acting
// user's unread support notifications (SLA due soon or breached, escalations, tickets assigned to
// them). A click opens the list, newest first; choosing one asks for its ticket to be shown and
// marks it read; "Mark all read" clears the list.

#include "security/Actor.h"
#include "support/Support.h"

#include <QToolButton>

class QFrame;
class QListWidget;
class QPushButton;

namespace kontor {

class SupportService;

class NotificationButton : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int Listed = 50;

    NotificationButton(SupportService& support, Actor actor, QWidget* parent = nullptr);

    int unreadCount() const { return m_unread; }
    // Reads the count again (the window does after each sweep).
    void updateCount();

    // The list (a popup under the button).
    void showList();
    QFrame* popup() const { return m_popup; }
    QListWidget* list() const { return m_list; }
    const QList<Notification>& notifications() const { return m_notifications; }
    // Opens the listed notification's ticket and marks it read.
    void activate(int row);
    void markAllRead();

Q_SIGNALS:
    void ticketRequested(const kontor::Id& ticketId);

private:
    void fillList();

    SupportService& m_support;
    Actor m_actor;
    int m_unread = 0;
    QList<Notification> m_notifications;
    QFrame* m_popup;
    QListWidget* m_list;
    QPushButton* m_markAll;
};

} // namespace kontor
