#pragma once

// SnippetDialog: picks a text to insert into a reply: a canned response (Ctrl+K in the ticket
// view; filtered here by title and text as the user types) or a help article (Ctrl+Shift+K; found
// by SupportService::articles). A list with the text of the highlighted one beside it; Enter or a
// double click inserts it.

#include "security/Actor.h"
#include "support/Support.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace kontor {

class SupportService;

class SnippetDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        CannedResponse,
        Article
    };
    static constexpr int SearchDebounceMs = 150;

    SnippetDialog(SupportService& support, Actor actor, Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }
    // Searches now with the text in the field (instead of after the typing pause).
    void searchNow();
    // The titles listed now.
    QStringList titles() const;
    // Chooses the listed entry as a double click would (accepts the dialog).
    void choose(int row);

    // The chosen entry (after Accepted).
    const CannedResponse& chosenResponse() const { return m_chosenResponse; }
    const KbArticle& chosenArticle() const { return m_chosenArticle; }

    void accept() override;

private:
    void showCurrent();

    SupportService& m_support;
    Actor m_actor;
    Kind m_kind;
    QList<CannedResponse> m_allResponses;
    QList<CannedResponse> m_responses; // listed
    QList<KbArticle> m_articles;       // listed
    CannedResponse m_chosenResponse;
    KbArticle m_chosenArticle;
    QString m_loadError;
    QLineEdit* m_search;
    QListWidget* m_list;
    QPlainTextEdit* m_preview;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QTimer* m_debounce;
};

} // namespace kontor
