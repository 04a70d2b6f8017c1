#include "NotificationButton.h"

#include "SupportText.h"
#include "orders/OrderText.h"
#include "support/SupportService.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace kontor {

namespace {

// A bell, drawn so that it needs no icon theme.
QIcon bellIcon(const QColor& color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath bell;
    bell.moveTo(16, 4);
    bell.cubicTo(9, 4, 8, 10, 8, 15);
    bell.lineTo(8, 20);
    bell.lineTo(5, 24);
    bell.lineTo(27, 24);
    bell.lineTo(24, 20);
    bell.lineTo(24, 15);
    bell.cubicTo(24, 10, 23, 4, 16, 4);
    bell.closeSubpath();
    p.fillPath(bell, color);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(16, 27), 3.2, 3.2);
    p.end();
    return QIcon(pixmap);
}

} // namespace

NotificationButton::NotificationButton(SupportService& support, Actor actor, QWidget* parent)
    : QToolButton(parent)
    , m_support(support)
    , m_actor(std::move(actor))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListWidget)
    , m_markAll(new QPushButton(tr("Mark all &read")))
{
    setObjectName(u"notificationButton"_qs);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);

    m_popup->setObjectName(u"notificationPopup"_qs);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_list->setObjectName(u"notificationList"_qs);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_markAll->setObjectName(u"markAllReadButton"_qs);
    m_markAll->setAutoDefault(false);
    auto* title = new QLabel(tr("Notifications"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_markAll);
    auto* layout = new QVBoxLayout(m_popup);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    m_popup->resize(fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 24);

    connect(this, &QToolButton::clicked, this, &NotificationButton::showList);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { activate(m_list->row(item)); });
    // One click opens it, as in a menu (unless the style does so itself).
    if (!m_list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
        connect(m_list, &QListWidget::itemClicked, this,
                [this](QListWidgetItem* item) { activate(m_list->row(item)); });
    connect(m_markAll, &QPushButton::clicked, this, &NotificationButton::markAllRead);
    connect(&m_support, &SupportService::notificationsChanged, this, [this] {
        updateCount();
        if (m_popup->isVisible())
            fillList();
    });
    updateCount();
}

void NotificationButton::updateCount()
{
    auto count = m_support.unreadCount(m_actor);
    m_unread = count ? *count : 0;
    const QColor color =
        m_unread > 0 ? QColor(0xC6, 0x28, 0x28) : palette().color(QPalette::Disabled, QPalette::WindowText);
    setIcon(bellIcon(color));
    setText(m_unread > 0 ? QLocale().toString(m_unread) : QString());
    QFont bold = font();
    bold.setBold(m_unread > 0);
    setFont(bold);
    if (m_unread == 0)
        setToolTip(tr("No unread support notifications"));
    else if (m_unread == 1)
        setToolTip(tr("1 unread support notification"));
    else
        setToolTip(tr("%Ln unread support notifications", nullptr, m_unread));
}

void NotificationButton::fillList()
{
    m_list->clear();
    auto list = m_support.notifications(m_actor, Listed);
    m_notifications = list ? *list : QList<Notification>();
    for (const Notification& n : std::as_const(m_notifications)) {
        auto* item = new QListWidgetItem(
            SupportText::notificationText(n) + u'\n' + OrderText::dateTime(n.createdAt), m_list);
        item->setToolTip(tr("Open %1").arg(n.ticketNumber));
        if (n.kind == u"sla_breach")
            item->setForeground(SupportText::slaForeground(SlaState::Breached));
    }
    if (m_notifications.isEmpty()) {
        auto* item = new QListWidgetItem(list ? tr("Nothing new.") : list.error().message, m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_markAll->setEnabled(!m_notifications.isEmpty());
}

void NotificationButton::showList()
{
    fillList();
    // Above the button (it sits in the status bar), kept on the screen.
    QPoint at = mapToGlobal(QPoint(width(), 0)) - QPoint(m_popup->width(), m_popup->height());
    if (const QScreen* s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_popup->width())));
        at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - m_popup->height())));
    }
    m_popup->move(at);
    m_popup->show();
    m_list->setFocus();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void NotificationButton::activate(int row)
{
    if (row < 0 || row >= m_notifications.size())
        return;
    const Notification n = m_notifications.at(row);
    m_popup->hide();
    if (auto ok = m_support.markRead(m_actor, {n.id}); !ok)
        qWarning("cannot mark a notification read: %s", qPrintable(ok.error().toString()));
    updateCount();
    if (!n.ticketId.isNull())
        Q_EMIT ticketRequested(n.ticketId);
}

void NotificationButton::markAllRead()
{
    QList<Id> ids;
    for (const Notification& n : std::as_const(m_notifications))
        ids.append(n.id);
    if (!ids.isEmpty()) {
        if (auto ok = m_support.markRead(m_actor, ids); !ok)
            qWarning("cannot mark notifications read: %s", qPrintable(ok.error().toString()));
    }
    updateCount();
    fillList();
}

} // namespace kontor
