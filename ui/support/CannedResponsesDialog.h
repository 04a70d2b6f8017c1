#pragma once

// CannedResponsesDialog: the shop's canned responses (SupportService): ready answers an agent puts
// into a reply. The list on the left, the selected one's title and text on the right; new, save,
// remove. A help line lists the placeholders the text may hold ({customer_name}, {order_number},
// ...), filled from the ticket when the response is used; clicking one inserts it at the cursor.
// Needs HandleTickets.

#include "Services.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kontor {

class CannedResponsesDialog : public QDialog
{
    Q_OBJECT

public:
    CannedResponsesDialog(Services services, Actor actor, QWidget* parent = nullptr);

    // The placeholders SupportService::fillPlaceholders knows, without braces.
    static QStringList placeholders();

    QListWidget* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    // Rich text: one link a placeholder, its href the placeholder's name.
    QLabel* placeholderLabel() const { return m_placeholders; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }
    QString errorText() const;
    const QList<CannedResponse>& responses() const { return m_responses; }

    bool select(const Id& responseId);
    void startNew();
    bool save();
    // Removes the selected response after asking.
    bool removeSelected();
    // Puts "{name}" into the text at the cursor.
    void insertPlaceholder(const QString& name);

private:
    // False when the service refused (the reason shown, the form disabled).
    bool reload(const Id& select = {});
    void showSelected();
    void updateButtons();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    QList<CannedResponse> m_responses; // parallel to the list's rows
    Id m_editing;                      // null: the form makes a new response
    QListWidget* m_list;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QLabel* m_placeholders;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace kontor
