#pragma once

// KnowledgeBaseDialog: the shop's help articles (SupportService): answers agents look up while they
// work on a ticket. A search box filters the list as you type (title, text and tags); the selected
// article's title, tags and text are edited on the right; new, save, remove. Needs HandleTickets.

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

class KnowledgeBaseDialog : public QDialog
{
    Q_OBJECT

public:
    KnowledgeBaseDialog(Services services, Actor actor, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    // Comma-separated.
    QLineEdit* tagsEdit() const { return m_tags; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }
    QString errorText() const;
    // The articles the search found, parallel to the list's rows.
    const QList<KbArticle>& articles() const { return m_articles; }

    bool select(const Id& articleId);
    void startNew();
    bool save();
    // Removes the selected article after asking.
    bool removeSelected();

private:
    // False when the service refused (the reason shown, the form disabled).
    bool reload(const Id& select = {});
    void showSelected();
    void updateButtons();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    QList<KbArticle> m_articles;
    Id m_editing; // null: the form makes a new article
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_found;
    QLineEdit* m_title;
    QLineEdit* m_tags;
    QPlainTextEdit* m_body;
    QLabel* m_updated;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace kontor
