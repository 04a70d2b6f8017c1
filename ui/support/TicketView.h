#pragma once

// TicketView: one support ticket, to work on it from the keyboard. The header names it (number,
// subject, who it is from, the order, return and product it is about as links, the SLA policy and
// each SLA target with its time left, counting down live); under it the thread — what the customer
// wrote, the replies and the internal notes, each in its own colour, with their files to save and
// the changes in between — and the reply box: Send reply (Ctrl+Return), Send and wait for the
// customer, Send and resolve, Add internal note (Ctrl+Shift+Return), files, a canned response
// (Ctrl+K, with the ticket's placeholders filled) or a help article (Ctrl+Shift+K) inserted at the
// cursor. Status (Ctrl+Shift+S), priority (Ctrl+Shift+P) and assignee (Ctrl+Shift+A) are menus
// above the thread; Merge into… (Ctrl+Shift+M) takes another ticket by number; a customer's message
// can be split off into a new ticket; satisfaction is recorded on resolved tickets. Beside the
// thread, the customer with their orders and returns (TicketCustomerPanel) and "Create return…".
//
// What is typed stays: a reply that the service refuses is kept with its files (the refusal is
// shown with its message), and each ticket keeps its unsent draft while the user looks at others.

#include "Services.h"
#include "common/BusinessCalendar.h"
#include "security/Actor.h"
#include "security/UserService.h"
#include "support/Support.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedLayout;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUrl;

namespace kontor {

class AttachmentsEdit;
class TicketCustomerPanel;

class TicketView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TickMs = 30 * 1000;

    TicketView(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the ticket (null: none); the reply box keeps each ticket's draft.
    void showTicket(const Id& ticketId);
    Id ticketId() const { return m_ticket ? m_ticket->id : Id(); }
    const std::optional<Ticket>& ticket() const { return m_ticket; }
    // Reads the ticket, its thread and its customer again (the reply box is left as it is).
    void refresh();

    // ---- what it shows ----
    QLabel* titleLabel() const { return m_title; }
    QLabel* factsLabel() const { return m_facts; }
    QLabel* slaLabel() const { return m_sla; }
    // The SLA line as plain text: "First response: 2 h 15 min left · Resolution: 34 h left".
    QString slaText() const { return m_slaText; }
    QTextBrowser* thread() const { return m_thread; }
    // The thread as plain text (messages, notes and events, in order).
    QString threadText() const;
    const QList<TicketMessage>& messages() const { return m_messages; }
    QPlainTextEdit* replyEdit() const { return m_reply; }
    AttachmentsEdit* replyAttachments() const { return m_attachments; }
    TicketCustomerPanel* customerPanel() const { return m_customerPanel; }
    QPushButton* statusButton() const { return m_statusButton; }
    QPushButton* priorityButton() const { return m_priorityButton; }
    QPushButton* assigneeButton() const { return m_assigneeButton; }
    QToolButton* sendButton() const { return m_sendButton; }
    QWidget* csatBox() const { return m_csatBox; }
    QComboBox* csatScore() const { return m_csatScore; }
    QLineEdit* csatComment() const { return m_csatComment; }
    QLabel* statusLine() const { return m_statusLine; }

    // ---- actions (the page adds them to itself, so their keys work anywhere on it) ----
    QAction* sendReplyAction() const { return m_sendReply; }
    QAction* sendAndWaitAction() const { return m_sendAndWait; }
    QAction* sendAndResolveAction() const { return m_sendAndResolve; }
    QAction* addNoteAction() const { return m_addNote; }
    QAction* focusReplyAction() const { return m_focusReply; }
    QAction* statusMenuAction() const { return m_statusMenuAction; }
    QAction* priorityMenuAction() const { return m_priorityMenuAction; }
    QAction* assignMenuAction() const { return m_assignMenuAction; }
    QAction* mergeAction() const { return m_merge; }
    // Ctrl+K and Ctrl+Shift+K: handled by the view itself (the window's Ctrl+K finds products
    // elsewhere), so these actions carry no shortcut of their own.
    QAction* cannedAction() const { return m_canned; }
    QAction* articleAction() const { return m_article; }
    QList<QAction*> keyboardActions() const;

    // ---- what the actions do; true when the service accepted the change ----
    bool sendReply(std::optional<TicketStatus> then = std::nullopt);
    bool addNote();
    bool setStatus(TicketStatus status);
    bool setPriority(TicketPriority priority);
    // A null id unassigns.
    bool assign(const Id& userId);
    // Asks for the ticket to merge this one into, then merges (after a confirmation).
    bool merge();
    // Merges this ticket into the one with that number, after a confirmation.
    bool mergeInto(const QString& number);
    // Asks for a subject, then moves the message into a new ticket; returns it.
    std::optional<Ticket> split(const Id& messageId);
    std::optional<Ticket> splitMessage(const Id& messageId, const QString& subject);
    // Records the satisfaction chosen in the CSAT fields.
    bool recordCsat();
    // Inserts at the reply's cursor: the response with the ticket's placeholders filled, or the
    // article's text.
    bool insertCannedResponse(const CannedResponse& response);
    void insertArticle(const KbArticle& article);
    // The pickers behind Ctrl+K and Ctrl+Shift+K; QDialog's result.
    int chooseCannedResponse();
    int chooseArticle();
    bool saveAttachment(const Id& attachmentId, const QString& path);
    // Asks where to save the attachment, then saves it.
    bool saveAttachmentAs(const Id& attachmentId);
    // A return for the order (the ticket's, or the one selected beside the thread) through the
    // returns dialog, linked to the ticket.
    bool createReturn(const Id& orderId = {});
    bool linkOrder(const Id& orderId);

Q_SIGNALS:
    void orderRequested(const kontor::Id& orderId);
    void returnRequested(const kontor::Id& returnId);
    void productRequested(const kontor::Id& productId);
    // Another ticket should be shown (a link, the ticket merged into).
    void ticketRequested(const kontor::Id& ticketId);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft
    {
        QString text;
        QList<NewAttachment> attachments;
    };

    void buildActions();
    void readUsers();
    void readPolicies();
    void clear();
    void keepDraft();
    void restoreDraft();
    void updateHeader();
    void updateSla();
    void updateThread();
    void updateMenus();
    void updateActions();
    void onLink(const QUrl& url);
    void showError(const Error& error);
    void showStatusText(const QString& text);
    // The key the view handles itself (Ctrl+K, Ctrl+Shift+K, the send keys); nullptr for others.
    QAction* ownKey(const QKeyEvent* event) const;
    TicketDetails detailsOf(const Ticket& t) const;
    QString userName(const Id& id) const;
    void scheduleRefresh();

    Services m_services;
    Actor m_actor;
    std::optional<Ticket> m_ticket;
    QList<TicketMessage> m_messages;
    QList<TicketEvent> m_events;
    QList<User> m_users;
    QList<SlaPolicy> m_policies;
    BusinessCalendar m_calendar;
    QHash<Id, Draft> m_drafts;
    bool m_refreshQueued = false;
    Id m_threadTicketId; // the ticket the thread shows
    QString m_slaText;

    QStackedLayout* m_stack;
    QLabel* m_empty;
    QWidget* m_content;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_sla;
    QPushButton* m_statusButton;
    QPushButton* m_priorityButton;
    QPushButton* m_assigneeButton;
    QPushButton* m_moreButton;
    QMenu* m_statusMenu;
    QMenu* m_priorityMenu;
    QMenu* m_assigneeMenu;
    QSplitter* m_splitter;
    QTextBrowser* m_thread;
    QPlainTextEdit* m_reply;
    AttachmentsEdit* m_attachments;
    QToolButton* m_cannedButton;
    QToolButton* m_articleButton;
    QPushButton* m_noteButton;
    QToolButton* m_sendButton;
    QWidget* m_csatBox;
    QComboBox* m_csatScore;
    QLineEdit* m_csatComment;
    QPushButton* m_csatSave;
    QLabel* m_statusLine;
    TicketCustomerPanel* m_customerPanel;
    QTimer* m_tick;

    QAction* m_sendReply;
    QAction* m_sendAndWait;
    QAction* m_sendAndResolve;
    QAction* m_addNote;
    QAction* m_focusReply;
    QAction* m_statusMenuAction;
    QAction* m_priorityMenuAction;
    QAction* m_assignMenuAction;
    QAction* m_merge;
    QAction* m_canned;
    QAction* m_article;
};

} // namespace kontor
