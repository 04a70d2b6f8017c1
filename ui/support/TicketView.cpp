#include "TicketView.h"

#include "AttachmentsEdit.h"
#include "SnippetDialog.h"
#include "SupportText.h"
#include "TicketCustomerPanel.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "orders/OrderText.h"
#include "returns/ReturnDialog.h"
#include "settings/CalendarService.h"
#include "support/SlaClock.h"
#include "support/SupportService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

namespace {

const QKeySequence CannedKey(Qt::CTRL | Qt::Key_K);
const QKeySequence ArticleKey(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
const QKeySequence SendKey(Qt::CTRL | Qt::Key_Return);
const QKeySequence NoteKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);

QString keyText(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

QString link(const QString& kind, const Id& id, const QString& text)
{
    return u"<a href=\"%1:%2\">%3</a>"_qs.arg(kind, id.toString(), text.toHtmlEscaped());
}

// The key of a key event as a sequence (keypad Enter counts as Return).
QKeySequence sequenceOf(const QKeyEvent* event)
{
    int key = event->key();
    if (key == Qt::Key_Enter)
        key = Qt::Key_Return;
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    return QKeySequence(QKeyCombination(modifiers, Qt::Key(key)));
}

// Empties a menu whose entry may be the one being triggered right now: the entries go once the
// event loop runs again.
void resetMenu(QMenu* menu)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        menu->removeAction(action);
        if (action->parent() == menu)
            action->deleteLater();
    }
}

QPushButton* menuButton(const QString& objectName, QMenu* menu)
{
    auto* button = new QPushButton;
    button->setObjectName(objectName);
    button->setMenu(menu);
    button->setAutoDefault(false);
    return button;
}

} // namespace

TicketView::TicketView(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_stack(new QStackedLayout)
    , m_empty(new QLabel(tr("Select a ticket to read its thread and answer it.")))
    , m_content(new QWidget)
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_sla(new QLabel)
    , m_statusMenu(new QMenu(this))
    , m_priorityMenu(new QMenu(this))
    , m_assigneeMenu(new QMenu(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_thread(new QTextBrowser)
    , m_reply(new QPlainTextEdit)
    , m_attachments(new AttachmentsEdit)
    , m_cannedButton(new QToolButton)
    , m_articleButton(new QToolButton)
    , m_noteButton(new QPushButton)
    , m_sendButton(new QToolButton)
    , m_csatBox(new QWidget)
    , m_csatScore(new QComboBox)
    , m_csatComment(new QLineEdit)
    , m_csatSave(new QPushButton(tr("Record")))
    , m_statusLine(new QLabel)
    , m_customerPanel(new TicketCustomerPanel(services, m_actor))
    , m_tick(new QTimer(this))
{
    if (auto calendar = m_services.support.calendar(m_actor))
        m_calendar = *calendar;
    readUsers();
    readPolicies();
    buildActions();

    // ---- header ----
    m_title->setObjectName(u"ticketTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"ticketFacts"_qs);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sla->setObjectName(u"ticketSla"_qs);
    m_sla->setWordWrap(true);
    m_sla->setTextFormat(Qt::RichText);
    m_sla->setToolTip(tr("Each SLA target of the ticket and the time left to it, in the policy's clock"));
    m_statusButton = menuButton(u"statusButton"_qs, m_statusMenu);
    m_priorityButton = menuButton(u"priorityButton"_qs, m_priorityMenu);
    m_assigneeButton = menuButton(u"assigneeButton"_qs, m_assigneeMenu);
    auto* moreMenu = new QMenu(this);
    moreMenu->addAction(m_merge);
    m_moreButton = menuButton(u"moreButton"_qs, moreMenu);
    m_moreButton->setText(tr("More"));
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_statusButton);
    controls->addWidget(m_priorityButton);
    controls->addWidget(m_assigneeButton);
    controls->addWidget(m_moreButton);
    controls->addStretch(1);

    // ---- thread and reply ----
    m_thread->setObjectName(u"ticketThread"_qs);
    m_thread->setOpenLinks(false);
    m_thread->setOpenExternalLinks(false);
    m_reply->setObjectName(u"replyEdit"_qs);
    m_reply->setTabChangesFocus(true);
    m_reply->setPlaceholderText(tr("Reply to the customer (%1 sends it, %2 adds it as an internal note; "
                                   "%3 inserts a canned response)")
                                    .arg(keyText(SendKey), keyText(NoteKey), keyText(CannedKey)));
    m_reply->setMinimumHeight(m_reply->fontMetrics().lineSpacing() * 4 + 12);
    m_reply->installEventFilter(this);
    m_attachments->setButtonVisible(false);
    auto* attach = new QToolButton;
    attach->setObjectName(u"attachButton"_qs);
    attach->setText(m_attachments->attachButton()->text());
    attach->setToolTip(m_attachments->attachButton()->toolTip());
    connect(attach, &QToolButton::clicked, m_attachments, &AttachmentsEdit::chooseFiles);
    m_cannedButton->setObjectName(u"cannedButton"_qs);
    m_cannedButton->setDefaultAction(m_canned);
    m_articleButton->setObjectName(u"articleButton"_qs);
    m_articleButton->setDefaultAction(m_article);
    m_noteButton->setObjectName(u"noteButton"_qs);
    m_noteButton->setText(tr("Add not&e"));
    m_noteButton->setToolTip(m_addNote->toolTip());
    m_noteButton->setAutoDefault(false);
    auto* sendMenu = new QMenu(this);
    sendMenu->addAction(m_sendReply);
    sendMenu->addAction(m_sendAndWait);
    sendMenu->addAction(m_sendAndResolve);
    m_sendButton->setObjectName(u"sendButton"_qs);
    m_sendButton->setDefaultAction(m_sendReply);
    m_sendButton->setMenu(sendMenu);
    m_sendButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont sendFont = m_sendButton->font();
    sendFont.setBold(true);
    m_sendButton->setFont(sendFont);
    auto* replyTools = new QHBoxLayout;
    replyTools->setContentsMargins(0, 0, 0, 0);
    replyTools->addWidget(attach);
    replyTools->addWidget(m_cannedButton);
    replyTools->addWidget(m_articleButton);
    replyTools->addStretch(1);
    replyTools->addWidget(m_noteButton);
    replyTools->addWidget(m_sendButton);

    // ---- satisfaction, on resolved tickets ----
    m_csatBox->setObjectName(u"csatBox"_qs);
    m_csatScore->setObjectName(u"csatScore"_qs);
    m_csatScore->addItem(tr("—"), 0);
    const QStringList scoreNames = {tr("1 — very dissatisfied"), tr("2 — dissatisfied"), tr("3 — neutral"),
                                    tr("4 — satisfied"), tr("5 — very satisfied")};
    for (int score = 1; score <= 5; ++score)
        m_csatScore->addItem(scoreNames.at(score - 1), score);
    m_csatComment->setObjectName(u"csatComment"_qs);
    m_csatComment->setPlaceholderText(tr("What the customer said about it"));
    m_csatSave->setObjectName(u"csatSaveButton"_qs);
    m_csatSave->setAutoDefault(false);
    auto* csatLayout = new QHBoxLayout(m_csatBox);
    csatLayout->setContentsMargins(0, 0, 0, 0);
    csatLayout->addWidget(new QLabel(tr("Customer satisfaction:")));
    csatLayout->addWidget(m_csatScore);
    csatLayout->addWidget(m_csatComment, 1);
    csatLayout->addWidget(m_csatSave);

    m_statusLine->setObjectName(u"ticketStatusLine"_qs);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::RichText);
    m_statusLine->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_statusLine->hide();

    auto* conversation = new QWidget;
    auto* conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->addWidget(m_thread, 3);
    conversationLayout->addWidget(m_reply, 1);
    conversationLayout->addWidget(m_attachments);
    conversationLayout->addLayout(replyTools);
    conversationLayout->addWidget(m_csatBox);
    conversationLayout->addWidget(m_statusLine);

    m_customerPanel->setObjectName(u"ticketCustomerPanel"_qs);
    m_customerPanel->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_splitter->addWidget(conversation);
    m_splitter->addWidget(m_customerPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({700, 340});

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(controls);
    contentLayout->addWidget(m_facts);
    contentLayout->addWidget(m_sla);
    contentLayout->addWidget(m_splitter, 1);

    m_empty->setObjectName(u"ticketEmpty"_qs);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    setLayout(m_stack);

    // ---- wiring ----
    connect(m_noteButton, &QPushButton::clicked, this, [this] { addNote(); });
    connect(m_csatSave, &QPushButton::clicked, this, [this] { recordCsat(); });
    connect(m_thread, &QTextBrowser::anchorClicked, this, &TicketView::onLink);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString& href) { onLink(QUrl(href)); });
    connect(m_statusLine, &QLabel::linkActivated, this, [this](const QString& href) { onLink(QUrl(href)); });
    connect(m_customerPanel, &TicketCustomerPanel::orderActivated, this, &TicketView::orderRequested);
    connect(m_customerPanel, &TicketCustomerPanel::returnActivated, this, &TicketView::returnRequested);
    connect(m_customerPanel, &TicketCustomerPanel::linkOrderRequested, this,
            [this](const Id& id) { linkOrder(id); });
    connect(m_customerPanel, &TicketCustomerPanel::createReturnRequested, this,
            [this](const Id& id) { createReturn(id); });
    // A command's change arrives before the commands around it are done: read once the event loop
    // runs again.
    connect(&m_services.support, &SupportService::ticketsChanged, this, [this](const Id& id) {
        if (m_ticket && (id.isNull() || id == m_ticket->id))
            scheduleRefresh();
    });
    connect(&m_services.support, &SupportService::policiesChanged, this, [this] {
        readPolicies();
        updateHeader();
    });
    connect(&m_services.users, &UserService::usersChanged, this, [this] {
        readUsers();
        updateMenus();
    });
    connect(&m_services.calendar, &CalendarService::calendarChanged, this, [this] {
        if (auto calendar = m_services.support.calendar(m_actor))
            m_calendar = *calendar;
        updateSla();
    });
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &TicketView::updateSla);
    m_tick->start();
    clear();
}

void TicketView::buildActions()
{
    auto make = [this](const QString& text, const QString& objectName, const QString& toolTip,
                       const QKeySequence& key = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setToolTip(key.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keyText(key)));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        return action;
    };
    m_sendReply =
        make(tr("&Send reply"), u"sendReplyAction"_qs, tr("Send the reply to the customer"), SendKey);
    m_sendAndWait = make(tr("Send and &wait for customer"), u"sendAndWaitAction"_qs,
                         tr("Send the reply and wait for the customer's answer (the SLA clocks pause)"));
    m_sendAndResolve = make(tr("Send and &resolve"), u"sendAndResolveAction"_qs,
                            tr("Send the reply and mark the ticket resolved"));
    m_addNote = make(tr("Add internal &note"), u"addNoteAction"_qs,
                     tr("Add the text as a note for the team; the customer never sees it"), NoteKey);
    m_focusReply =
        make(tr("&Reply"), u"focusReplyAction"_qs, tr("Write a reply"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_statusMenuAction = make(tr("S&tatus"), u"statusMenuAction"_qs, tr("Change the status"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_priorityMenuAction = make(tr("&Priority"), u"priorityMenuAction"_qs, tr("Change the priority"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_assignMenuAction = make(tr("&Assign"), u"assignMenuAction"_qs, tr("Assign the ticket to someone"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_merge = make(tr("&Merge into…"), u"mergeAction"_qs,
                   tr("This ticket is a duplicate: move its messages into another ticket and close it"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_canned = new QAction(tr("Canned response…"), this);
    m_canned->setObjectName(u"cannedAction"_qs);
    m_canned->setToolTip(
        tr("Insert a canned response with this ticket's details filled in (%1)").arg(keyText(CannedKey)));
    m_article = new QAction(tr("Help article…"), this);
    m_article->setObjectName(u"articleAction"_qs);
    m_article->setToolTip(tr("Find a help article and insert its text (%1)").arg(keyText(ArticleKey)));

    connect(m_sendReply, &QAction::triggered, this, [this] { sendReply(); });
    connect(m_sendAndWait, &QAction::triggered, this, [this] { sendReply(TicketStatus::WaitingCustomer); });
    connect(m_sendAndResolve, &QAction::triggered, this, [this] { sendReply(TicketStatus::Resolved); });
    connect(m_addNote, &QAction::triggered, this, [this] { addNote(); });
    connect(m_focusReply, &QAction::triggered, this, [this] {
        if (!m_ticket)
            return;
        m_reply->setFocus(Qt::ShortcutFocusReason);
        m_reply->moveCursor(QTextCursor::End);
    });
    connect(m_statusMenuAction, &QAction::triggered, this, [this] {
        if (m_ticket)
            m_statusButton->showMenu();
    });
    connect(m_priorityMenuAction, &QAction::triggered, this, [this] {
        if (m_ticket)
            m_priorityButton->showMenu();
    });
    connect(m_assignMenuAction, &QAction::triggered, this, [this] {
        if (m_ticket)
            m_assigneeButton->showMenu();
    });
    connect(m_merge, &QAction::triggered, this, [this] { merge(); });
    connect(m_canned, &QAction::triggered, this, [this] { chooseCannedResponse(); });
    connect(m_article, &QAction::triggered, this, [this] { chooseArticle(); });
}

QList<QAction*> TicketView::keyboardActions() const
{
    return {m_sendReply,          m_addNote,          m_focusReply, m_statusMenuAction,
            m_priorityMenuAction, m_assignMenuAction, m_merge};
}

void TicketView::readUsers()
{
    if (auto users = m_services.users.list(m_actor))
        m_users = *users;
}

void TicketView::readPolicies()
{
    if (auto policies = m_services.support.policies(m_actor, true))
        m_policies = *policies;
}

QString TicketView::userName(const Id& id) const
{
    for (const User& u : m_users) {
        if (u.id == id)
            return u.displayName();
    }
    return {};
}

// ---- showing ------------------------------------------------------------------------------------

void TicketView::clear()
{
    m_ticket.reset();
    m_messages.clear();
    m_events.clear();
    m_customerPanel->clear();
    m_stack->setCurrentWidget(m_empty);
    updateActions();
}

void TicketView::keepDraft()
{
    if (!m_ticket)
        return;
    const QString text = m_reply->toPlainText();
    if (text.trimmed().isEmpty() && m_attachments->isEmpty())
        m_drafts.remove(m_ticket->id);
    else
        m_drafts.insert(m_ticket->id, Draft{text, m_attachments->attachments()});
}

void TicketView::restoreDraft()
{
    const Draft draft = m_ticket ? m_drafts.value(m_ticket->id) : Draft();
    m_reply->setPlainText(draft.text);
    m_reply->moveCursor(QTextCursor::End);
    m_attachments->setAttachments(draft.attachments);
}

void TicketView::showTicket(const Id& ticketId)
{
    if (m_ticket && m_ticket->id == ticketId) {
        refresh();
        return;
    }
    keepDraft();
    m_statusLine->hide();
    if (ticketId.isNull()) {
        clear();
        restoreDraft();
        return;
    }
    auto ticket = m_services.support.ticket(m_actor, ticketId);
    if (!ticket) {
        clear();
        m_empty->setText(ticket.error().message);
        return;
    }
    m_ticket = *ticket;
    restoreDraft();
    m_csatScore->setCurrentIndex(m_csatScore->findData(m_ticket->csat.value_or(0)));
    m_csatComment->setText(m_ticket->csatComment);
    refresh();
}

void TicketView::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void TicketView::refresh()
{
    if (!m_ticket)
        return;
    auto fresh = m_services.support.ticket(m_actor, m_ticket->id);
    if (!fresh) {
        const QString message = fresh.error().message;
        clear();
        m_empty->setText(message);
        return;
    }
    m_ticket = *fresh;
    auto messages = m_services.support.messages(m_actor, m_ticket->id);
    m_messages = messages ? *messages : QList<TicketMessage>();
    auto events = m_services.support.events(m_actor, m_ticket->id);
    m_events = events ? *events : QList<TicketEvent>();
    m_stack->setCurrentWidget(m_content);
    updateHeader();
    updateThread();
    updateMenus();
    m_customerPanel->showTicket(*m_ticket);
    const bool done = m_ticket->status == TicketStatus::Resolved || m_ticket->status == TicketStatus::Closed;
    m_csatBox->setVisible(done);
    updateActions();
}

void TicketView::updateHeader()
{
    if (!m_ticket)
        return;
    const Ticket& t = *m_ticket;
    m_title->setText(tr("%1 · %2").arg(t.number, t.subject));

    QStringList first;
    QString from = t.requester().isEmpty() ? tr("unknown") : t.requester();
    QString fromHtml = u"<b>%1</b>"_qs.arg(from.toHtmlEscaped());
    if (!t.contactAddress.isEmpty())
        fromHtml += u" (%1)"_qs.arg(t.contactAddress.toHtmlEscaped());
    first.append(tr("From %1").arg(fromHtml));
    first.append(SupportKinds::channelName(t.channel).toHtmlEscaped());
    first.append(SupportKinds::categoryName(t.category).toHtmlEscaped());
    first.append(tr("opened %1").arg(OrderText::dateTime(t.createdAt)));

    QStringList second;
    if (!t.orderId.isNull())
        second.append(tr("Order %1").arg(link(u"order"_qs, t.orderId, t.orderNumber)));
    if (!t.returnId.isNull())
        second.append(tr("Return %1").arg(link(u"return"_qs, t.returnId, t.returnNumber)));
    if (!t.productId.isNull())
        second.append(tr("Product %1").arg(link(u"product"_qs, t.productId, t.productName)));
    if (!t.parentId.isNull())
        second.append(tr("Follows %1").arg(link(u"ticket"_qs, t.parentId, t.parentNumber)));
    if (!t.mergedInto.isNull()) {
        auto target = m_services.support.ticket(m_actor, t.mergedInto);
        second.append(
            tr("Merged into %1").arg(link(u"ticket"_qs, t.mergedInto, target ? target->number : QString())));
    }
    QString policy = tr("no SLA policy");
    for (const SlaPolicy& p : std::as_const(m_policies)) {
        if (p.id == t.policyId)
            policy = tr("SLA policy: %1").arg(SupportKinds::policyName(p).toHtmlEscaped());
    }
    second.append(policy);
    if (!t.tags.isEmpty())
        second.append(tr("Tags: %1").arg(t.tags.join(u", "_qs).toHtmlEscaped()));
    if (t.csat)
        second.append(tr("Satisfaction: %1 of 5").arg(*t.csat));
    m_facts->setText(first.join(u" · "_qs) + u"<br>"_qs + second.join(u" · "_qs));
    updateSla();
}

void TicketView::updateSla()
{
    if (!m_ticket)
        return;
    const qint64 now = m_services.products.database().clock().nowMs();
    QStringList parts;
    QStringList plain;
    for (SlaTarget target : {SlaTarget::FirstResponse, SlaTarget::NextResponse, SlaTarget::Resolution}) {
        const SlaClockState* latest = nullptr;
        for (const SlaClockState& k : std::as_const(m_ticket->clocks)) {
            if (k.target == target && (!latest || k.cycle > latest->cycle))
                latest = &k;
        }
        if (!latest)
            continue;
        const SlaState state = SlaClock::state(*latest, now);
        const QString clock = SupportText::clockText(*latest, m_calendar, now);
        plain.append(tr("%1: %2").arg(SupportKinds::targetName(target), clock));
        QString text = clock.toHtmlEscaped();
        const QColor background = SupportText::slaBackground(state);
        const QColor foreground = SupportText::slaForeground(state);
        QString style;
        if (background.isValid())
            style += u"background-color:%1;"_qs.arg(background.name());
        if (foreground.isValid())
            style += u"color:%1;"_qs.arg(foreground.name());
        if (!style.isEmpty())
            text = u"<span style=\"%1\">%2</span>"_qs.arg(style, text);
        parts.append(tr("%1: %2").arg(SupportKinds::targetName(target).toHtmlEscaped(), text));
    }
    m_sla->setText(parts.isEmpty() ? tr("No SLA targets") : parts.join(u" · "_qs));
    m_slaText = plain.isEmpty() ? tr("No SLA targets") : plain.join(u" · "_qs);
}

void TicketView::updateThread()
{
    if (!m_ticket)
        return;
    struct Entry
    {
        qint64 at;
        int order;
        QString html;
    };
    QList<Entry> entries;
    const bool canSplit = m_messages.size() > 1;
    QHash<QString, QString> names;
    for (const User& u : std::as_const(m_users))
        names.insert(u.id.toString(), u.displayName());
    int order = 0;
    for (const TicketMessage& m : std::as_const(m_messages)) {
        QString kind;
        switch (m.kind) {
        case MessageKind::FromCustomer:
            kind = tr("wrote");
            break;
        case MessageKind::Reply:
            kind = tr("replied");
            break;
        case MessageKind::Note:
            kind = tr("internal note");
            break;
        }
        QString head = u"<b>%1</b> <span style=\"color:#555555\">%2 · %3</span>"_qs.arg(
            (m.authorName.isEmpty() ? tr("unknown") : m.authorName).toHtmlEscaped(), kind.toHtmlEscaped(),
            OrderText::dateTime(m.createdAt));
        if (m.kind == MessageKind::FromCustomer && canSplit)
            head += u" &nbsp; "_qs + link(u"split"_qs, m.id, tr("Split into a new ticket…"));
        QString body = m.body.isEmpty() ? QString() : html(m.body);
        QStringList files;
        for (const TicketAttachment& a : m.attachments)
            files.append(u"%1 (%2) %3"_qs.arg(a.fileName.toHtmlEscaped(), SupportText::fileSize(a.size),
                                              link(u"attachment"_qs, a.id, tr("Save…"))));
        QString cellHtml = head;
        if (!body.isEmpty())
            cellHtml += u"<br>"_qs + body;
        if (!files.isEmpty())
            cellHtml += u"<br><i>%1</i> %2"_qs.arg(tr("Files:"), files.join(u" · "_qs));
        const QString table =
            u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"%1\" "
            "style=\"margin-top:4px; margin-bottom:4px;%3\"><tr><td>%2</td></tr></table>"_qs.arg(
                SupportText::messageBackground(m.kind).name(), cellHtml,
                m.kind == MessageKind::Note ? u" border-style:dashed; border-color:#C9A800;"_qs : QString());
        entries.append(Entry{m.createdAt, order++, table});
    }
    for (const TicketEvent& e : std::as_const(m_events)) {
        if (e.kind == u"created")
            continue;
        const QString text = SupportText::eventText(e, names);
        if (text.isEmpty())
            continue;
        QString line = OrderText::dateTime(e.at);
        if (!e.userName.isEmpty())
            line += u" · "_qs + e.userName;
        line += u" · "_qs + text;
        entries.append(Entry{e.at, order++ + 100000,
                             u"<p style=\"color:#6B6B6B; margin:2px 8px;\"><small>%1</small></p>"_qs.arg(
                                 line.toHtmlEscaped())});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    QString document;
    for (const Entry& e : std::as_const(entries))
        document += e.html;
    // A new ticket opens at its latest message; the same one keeps where the reader is, unless they
    // were at the end (where what is new appears).
    QScrollBar* bar = m_thread->verticalScrollBar();
    const bool sameTicket = m_threadTicketId == m_ticket->id;
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    m_thread->setHtml(document);
    m_threadTicketId = m_ticket->id;
    if (sameTicket && !atEnd) {
        bar->setValue(position);
    } else {
        bar->setValue(bar->maximum());
        // The layout may finish later (a hidden view lays out when shown).
        QTimer::singleShot(0, bar, [bar] { bar->setValue(bar->maximum()); });
    }
}

QString TicketView::threadText() const
{
    return m_thread->toPlainText();
}

void TicketView::updateMenus()
{
    resetMenu(m_statusMenu);
    resetMenu(m_priorityMenu);
    resetMenu(m_assigneeMenu);
    if (!m_ticket)
        return;
    const Ticket& t = *m_ticket;
    m_statusButton->setText(tr("Status: %1").arg(SupportKinds::statusName(t.status)));
    m_statusButton->setToolTip(m_statusMenuAction->toolTip());
    for (TicketStatus to : SupportService::allowedTransitions(t.status)) {
        QAction* action = m_statusMenu->addAction(SupportKinds::statusName(to));
        action->setObjectName(u"status_"_qs + SupportKinds::statusCode(to));
        connect(action, &QAction::triggered, this, [this, to] { setStatus(to); });
    }
    if (m_statusMenu->isEmpty())
        m_statusMenu->addAction(tr("No change possible"))->setEnabled(false);

    m_priorityButton->setText(tr("Priority: %1").arg(SupportKinds::priorityName(t.priority)));
    m_priorityButton->setToolTip(m_priorityMenuAction->toolTip());
    for (TicketPriority p : SupportKinds::allPriorities()) {
        QAction* action = m_priorityMenu->addAction(SupportKinds::priorityName(p));
        action->setObjectName(u"priority_"_qs + SupportKinds::priorityCode(p));
        action->setCheckable(true);
        action->setChecked(p == t.priority);
        connect(action, &QAction::triggered, this, [this, p] { setPriority(p); });
    }

    const QString assignee = t.assigneeId.isNull()
                                 ? tr("unassigned")
                                 : (t.assigneeName.isEmpty() ? userName(t.assigneeId) : t.assigneeName);
    m_assigneeButton->setText(tr("Assignee: %1").arg(assignee));
    m_assigneeButton->setToolTip(m_assignMenuAction->toolTip());
    if (!m_actor.userId.isNull() && t.assigneeId != m_actor.userId && !userName(m_actor.userId).isEmpty()) {
        QAction* me = m_assigneeMenu->addAction(tr("Assign to &me"));
        me->setObjectName(u"assignToMe"_qs);
        connect(me, &QAction::triggered, this, [this] { assign(m_actor.userId); });
        m_assigneeMenu->addSeparator();
    }
    for (const User& u : std::as_const(m_users)) {
        if (!u.active || u.role == Role::Warehouse)
            continue;
        QAction* action = m_assigneeMenu->addAction(u.displayName());
        action->setObjectName(u"assign_"_qs + u.id.toString());
        action->setCheckable(true);
        action->setChecked(u.id == t.assigneeId);
        const Id id = u.id;
        connect(action, &QAction::triggered, this, [this, id] { assign(id); });
    }
    if (!t.assigneeId.isNull()) {
        m_assigneeMenu->addSeparator();
        QAction* none = m_assigneeMenu->addAction(tr("&Unassign"));
        none->setObjectName(u"unassign"_qs);
        connect(none, &QAction::triggered, this, [this] { assign({}); });
    }
}

void TicketView::updateActions()
{
    const bool has = m_ticket.has_value();
    const bool merged = has && !m_ticket->mergedInto.isNull();
    for (QAction* action : {m_addNote, m_focusReply, m_canned, m_article, m_statusMenuAction,
                            m_priorityMenuAction, m_assignMenuAction})
        action->setEnabled(has);
    // A closed ticket takes no replies (the customer's next message opens a new one); notes still.
    const bool closed = has && m_ticket->status == TicketStatus::Closed;
    for (QAction* action : {m_sendReply, m_sendAndWait, m_sendAndResolve})
        action->setEnabled(has && !closed);
    m_merge->setEnabled(has && !merged && m_ticket->status != TicketStatus::Closed);
    m_noteButton->setEnabled(has);
}

void TicketView::showError(const Error& error)
{
    MessageBox::warning(this, m_ticket ? tr("Ticket %1").arg(m_ticket->number) : tr("Support"),
                        error.message);
}

void TicketView::showStatusText(const QString& text)
{
    m_statusLine->setText(text);
    m_statusLine->setVisible(!text.isEmpty());
}

// ---- keys ---------------------------------------------------------------------------------------

QAction* TicketView::ownKey(const QKeyEvent* event) const
{
    if (!m_ticket)
        return nullptr;
    const QKeySequence key = sequenceOf(event);
    if (key == CannedKey)
        return m_canned;
    if (key == ArticleKey)
        return m_article;
    if (key == SendKey)
        return m_sendReply;
    if (key == NoteKey)
        return m_addNote;
    return nullptr;
}

bool TicketView::eventFilter(QObject* watched, QEvent* event)
{
    // The reply box would take Ctrl+K itself (delete to the end of the line) and the window's
    // shortcut would take it otherwise: in the reply box the keys are the view's.
    if (watched == m_reply &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (QAction* action = ownKey(key)) {
            key->accept();
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TicketView::event(QEvent* event)
{
    // Ctrl+K and Ctrl+Shift+K anywhere in the view are the view's, not the window's product search.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence sequence = sequenceOf(key);
        if (m_ticket && (sequence == CannedKey || sequence == ArticleKey)) {
            key->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TicketView::keyPressEvent(QKeyEvent* event)
{
    const QKeySequence sequence = sequenceOf(event);
    if (m_ticket && (sequence == CannedKey || sequence == ArticleKey)) {
        (sequence == CannedKey ? m_canned : m_article)->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

// ---- commands -----------------------------------------------------------------------------------

bool TicketView::sendReply(std::optional<TicketStatus> then)
{
    if (!m_ticket)
        return false;
    const Id id = m_ticket->id;
    auto done =
        m_services.support.reply(m_actor, id, m_reply->toPlainText(), m_attachments->attachments(), then);
    if (!done) {
        showError(done.error());
        m_reply->setFocus();
        return false;
    }
    m_drafts.remove(id);
    m_reply->clear();
    m_attachments->clear();
    m_ticket = *done;
    refresh();
    const QString to = m_ticket->requester();
    if (then == TicketStatus::Resolved)
        showStatusText(tr("Reply sent to %1; the ticket is resolved.").arg(to.toHtmlEscaped()));
    else if (then == TicketStatus::WaitingCustomer)
        showStatusText(tr("Reply sent to %1; waiting for their answer.").arg(to.toHtmlEscaped()));
    else
        showStatusText(tr("Reply sent to %1.").arg(to.toHtmlEscaped()));
    return true;
}

bool TicketView::addNote()
{
    if (!m_ticket)
        return false;
    const Id id = m_ticket->id;
    auto done = m_services.support.addNote(m_actor, id, m_reply->toPlainText(), m_attachments->attachments());
    if (!done) {
        showError(done.error());
        m_reply->setFocus();
        return false;
    }
    m_drafts.remove(id);
    m_reply->clear();
    m_attachments->clear();
    m_ticket = *done;
    refresh();
    showStatusText(tr("Internal note added."));
    return true;
}

bool TicketView::setStatus(TicketStatus status)
{
    if (!m_ticket)
        return false;
    auto done = m_services.support.setStatus(m_actor, m_ticket->id, status);
    if (!done) {
        showError(done.error());
        return false;
    }
    m_ticket = *done;
    refresh();
    showStatusText(tr("Status: %1.").arg(SupportKinds::statusName(status)));
    return true;
}

bool TicketView::setPriority(TicketPriority priority)
{
    if (!m_ticket)
        return false;
    auto done = m_services.support.setPriority(m_actor, m_ticket->id, priority);
    if (!done) {
        showError(done.error());
        updateMenus(); // the checked entry goes back
        return false;
    }
    m_ticket = *done;
    refresh();
    return true;
}

bool TicketView::assign(const Id& userId)
{
    if (!m_ticket)
        return false;
    auto done = m_services.support.assign(m_actor, m_ticket->id, userId);
    if (!done) {
        showError(done.error());
        updateMenus();
        return false;
    }
    m_ticket = *done;
    refresh();
    showStatusText(userId.isNull() ? tr("The ticket is unassigned.")
                                   : tr("Assigned to %1.").arg(userName(userId).toHtmlEscaped()));
    return true;
}

bool TicketView::merge()
{
    if (!m_ticket)
        return false;
    // Offer the requester's other open tickets; any number can be typed.
    QStringList items;
    TicketFilter filter;
    if (!m_ticket->customerId.isNull())
        filter.customerId = m_ticket->customerId;
    else
        filter.text = m_ticket->contactAddress.isEmpty() ? m_ticket->contactName : m_ticket->contactAddress;
    if (!m_ticket->customerId.isNull() || !filter.text.isEmpty()) {
        filter.limit = 50;
        if (auto others = m_services.support.list(m_actor, filter)) {
            for (const TicketListRow& r : std::as_const(*others)) {
                if (r.id != m_ticket->id)
                    items.append(tr("%1 · %2").arg(r.number, r.subject));
            }
        }
    }
    QInputDialog dialog(this);
    dialog.setObjectName(u"mergeDialog"_qs);
    dialog.setWindowTitle(tr("Merge %1 into another ticket").arg(m_ticket->number));
    dialog.setLabelText(tr("The ticket to keep (its number, like TK-00042). The messages of %1 move into it "
                           "and %1 is closed as merged.")
                            .arg(m_ticket->number));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(items.value(0));
    dialog.setOkButtonText(tr("&Merge…"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString number = dialog.textValue().trimmed().section(u' ', 0, 0);
    if (number.isEmpty())
        return false;
    return mergeInto(number);
}

bool TicketView::mergeInto(const QString& number)
{
    if (!m_ticket)
        return false;
    auto target = m_services.support.ticketByNumber(m_actor, number);
    if (!target) {
        showError(target.error());
        return false;
    }
    const QString from = m_ticket->number;
    if (MessageBox::question(this, tr("Merge %1 into %2").arg(from, target->number),
                             tr("The messages of %1 (%2) move into %3 (%4), and %1 is closed as merged. This "
                                "cannot be undone.")
                                 .arg(from, m_ticket->subject, target->number, target->subject),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto done = m_services.support.merge(m_actor, m_ticket->id, target->id);
    if (!done) {
        showError(done.error());
        return false;
    }
    // The duplicate's draft goes along to the ticket it was merged into.
    keepDraft();
    const Draft draft = m_drafts.take(m_ticket->id);
    if ((!draft.text.isEmpty() || !draft.attachments.isEmpty()) && !m_drafts.contains(done->id))
        m_drafts.insert(done->id, draft);
    m_reply->clear();
    m_attachments->clear();
    Q_EMIT ticketRequested(done->id);
    if (ticketId() != done->id)
        showTicket(done->id);
    showStatusText(tr("%1 is merged into this ticket.").arg(from));
    return true;
}

std::optional<Ticket> TicketView::split(const Id& messageId)
{
    if (!m_ticket)
        return std::nullopt;
    QInputDialog dialog(this);
    dialog.setObjectName(u"splitDialog"_qs);
    dialog.setWindowTitle(tr("Split into a new ticket"));
    dialog.setLabelText(
        tr("The customer's message moves to a new ticket linked to %1. Its subject:").arg(m_ticket->number));
    dialog.setTextValue(m_ticket->subject);
    dialog.setOkButtonText(tr("&Split"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return splitMessage(messageId, dialog.textValue());
}

std::optional<Ticket> TicketView::splitMessage(const Id& messageId, const QString& subject)
{
    if (!m_ticket)
        return std::nullopt;
    auto made = m_services.support.split(m_actor, messageId, subject);
    if (!made) {
        showError(made.error());
        return std::nullopt;
    }
    refresh();
    showStatusText(tr("The message is now ticket %1.").arg(link(u"ticket"_qs, made->id, made->number)));
    return *made;
}

bool TicketView::recordCsat()
{
    if (!m_ticket)
        return false;
    const int score = m_csatScore->currentData().toInt();
    auto done = m_services.support.recordCsat(m_actor, m_ticket->id, score, m_csatComment->text());
    if (!done) {
        showError(done.error());
        return false;
    }
    m_ticket = *done;
    refresh();
    showStatusText(tr("Satisfaction recorded: %1 of 5.").arg(score));
    return true;
}

bool TicketView::insertCannedResponse(const CannedResponse& response)
{
    if (!m_ticket)
        return false;
    auto text = m_services.support.fillPlaceholders(m_actor, m_ticket->id, response.body);
    if (!text) {
        showError(text.error());
        return false;
    }
    QTextCursor cursor = m_reply->textCursor();
    cursor.insertText(*text);
    m_reply->setTextCursor(cursor);
    m_reply->setFocus();
    return true;
}

void TicketView::insertArticle(const KbArticle& article)
{
    QTextCursor cursor = m_reply->textCursor();
    cursor.insertText(article.body);
    m_reply->setTextCursor(cursor);
    m_reply->setFocus();
}

int TicketView::chooseCannedResponse()
{
    if (!m_ticket)
        return QDialog::Rejected;
    SnippetDialog dialog(m_services.support, m_actor, SnippetDialog::Kind::CannedResponse, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        insertCannedResponse(dialog.chosenResponse());
    else
        m_reply->setFocus();
    return result;
}

int TicketView::chooseArticle()
{
    if (!m_ticket)
        return QDialog::Rejected;
    SnippetDialog dialog(m_services.support, m_actor, SnippetDialog::Kind::Article, this);
    // What is selected in the reply is most likely what to look for.
    dialog.searchEdit()->setText(m_reply->textCursor().selectedText().trimmed());
    dialog.searchNow();
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        insertArticle(dialog.chosenArticle());
    else
        m_reply->setFocus();
    return result;
}

bool TicketView::saveAttachment(const Id& attachmentId, const QString& path)
{
    auto attachment = m_services.support.attachment(m_actor, attachmentId);
    if (!attachment) {
        showError(attachment.error());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->data) != attachment->data.size()) {
        MessageBox::warning(
            this, tr("Save file"),
            tr("%1 cannot be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool TicketView::saveAttachmentAs(const Id& attachmentId)
{
    QString name;
    for (const TicketMessage& m : std::as_const(m_messages)) {
        for (const TicketAttachment& a : m.attachments) {
            if (a.id == attachmentId)
                name = a.fileName;
        }
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save file"), QDir(dir).filePath(name));
    if (path.isEmpty())
        return false;
    return saveAttachment(attachmentId, path);
}

TicketDetails TicketView::detailsOf(const Ticket& t) const
{
    TicketDetails d;
    d.subject = t.subject;
    d.channel = t.channel;
    d.customerId = t.customerId;
    d.contactName = t.contactName;
    d.contactAddress = t.contactAddress;
    d.orderId = t.orderId;
    d.returnId = t.returnId;
    d.productId = t.productId;
    d.category = t.category;
    d.tags = t.tags;
    return d;
}

bool TicketView::linkOrder(const Id& orderId)
{
    if (!m_ticket || orderId.isNull())
        return false;
    TicketDetails d = detailsOf(*m_ticket);
    d.orderId = orderId;
    auto done = m_services.support.updateDetails(m_actor, m_ticket->id, d);
    if (!done) {
        showError(done.error());
        return false;
    }
    m_ticket = *done;
    refresh();
    showStatusText(tr("The ticket is about order %1.").arg(done->orderNumber.toHtmlEscaped()));
    return true;
}

bool TicketView::createReturn(const Id& orderId)
{
    if (!m_ticket)
        return false;
    const Id order = !orderId.isNull() ? orderId : m_customerPanel->returnOrderId();
    if (order.isNull()) {
        MessageBox::information(this, tr("Create return"),
                                tr("Link the ticket to the customer's order first, or select the order."));
        return false;
    }
    const Id ticketId = m_ticket->id;
    const auto made = ReturnDialog::newReturnForOrder(m_services, m_actor, order, this);
    if (!made)
        return false;
    // The ticket may have changed while the dialog was open: link on its latest state.
    auto fresh = m_services.support.ticket(m_actor, ticketId);
    if (!fresh) {
        showError(fresh.error());
        return false;
    }
    TicketDetails d = detailsOf(*fresh);
    d.returnId = made->id;
    if (d.orderId.isNull())
        d.orderId = made->orderId;
    auto done = m_services.support.updateDetails(m_actor, ticketId, d);
    if (!done) {
        showError(done.error());
        return false;
    }
    if (m_ticket && m_ticket->id == ticketId) {
        m_ticket = *done;
        refresh();
        showStatusText(
            tr("Return %1 opened and linked to the ticket.").arg(link(u"return"_qs, made->id, made->number)));
    }
    return true;
}

void TicketView::onLink(const QUrl& url)
{
    const QString kind = url.scheme();
    const Id id = Id::fromString(url.path());
    if (kind == u"attachment")
        saveAttachmentAs(id);
    else if (kind == u"split")
        split(id);
    else if (kind == u"order")
        Q_EMIT orderRequested(id);
    else if (kind == u"return")
        Q_EMIT returnRequested(id);
    else if (kind == u"product")
        Q_EMIT productRequested(id);
    else if (kind == u"ticket")
        Q_EMIT ticketRequested(id);
}

} // namespace kontor
