#include "KnowledgeBaseDialog.h"

#include "common/MessageBox.h"
#include "prices/PriceText.h"
#include "support/SupportService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace kontor {

KnowledgeBaseDialog::KnowledgeBaseDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_found(new QLabel)
    , m_title(new QLineEdit)
    , m_tags(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_updated(new QLabel)
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_new(new QPushButton(tr("&New article")))
    , m_save(new QPushButton(tr("&Save")))
    , m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Help articles"));
    resize(900, 600);

    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Search titles, text and tags"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"articleList"_qs);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_found->setObjectName(u"foundLabel"_qs);
    m_found->setEnabled(false);

    m_title->setObjectName(u"titleEdit"_qs);
    m_title->setMaxLength(200);
    m_tags->setObjectName(u"tagsEdit"_qs);
    m_tags->setPlaceholderText(tr("e.g. delivery, returns"));
    m_tags->setToolTip(tr("Words the search finds the article by, separated by commas"));
    m_body->setObjectName(u"bodyEdit"_qs);
    m_body->setTabChangesFocus(true);
    m_updated->setObjectName(u"updatedLabel"_qs);
    m_updated->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ags:"), m_tags);
    auto* bodyLabel = new QLabel(tr("Te&xt:"));
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);
    form->addRow(QString(), m_updated);
    m_new->setObjectName(u"newArticleButton"_qs);
    m_save->setObjectName(u"saveArticleButton"_qs);
    m_remove->setObjectName(u"removeArticleButton"_qs);
    for (QPushButton* b : {m_new, m_save, m_remove})
        b->setAutoDefault(false);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_remove);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(formButtons);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_found, 1);
    listButtons->addWidget(m_new);
    listLayout->addLayout(listButtons);

    auto* splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this] { reload(m_editing); });
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgeBaseDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &KnowledgeBaseDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &KnowledgeBaseDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgeBaseDialog::removeSelected);
    connect(m_title, &QLineEdit::textChanged, this, &KnowledgeBaseDialog::updateButtons);
    connect(m_body, &QPlainTextEdit::textChanged, this, &KnowledgeBaseDialog::updateButtons);

    if (!reload())
        return;
    if (!m_articles.isEmpty())
        select(m_articles.first().id);
    else
        startNew();
    m_search->setFocus();
}

QString KnowledgeBaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KnowledgeBaseDialog::showError(const QString& text)
{
    PriceText::showError(m_error, text);
}

bool KnowledgeBaseDialog::reload(const Id& select)
{
    auto list = m_services.support.articles(m_actor, m_search->text());
    if (!list) {
        m_articles.clear();
        m_list->clear();
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_search, m_title, m_tags, m_body, m_new, m_save, m_remove})
            w->setEnabled(false);
        showError(list.error().message);
        return false;
    }
    m_articles = *list;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = -1;
    for (int row = 0; row < m_articles.size(); ++row) {
        const KbArticle& a = m_articles.at(row);
        auto* item = new QListWidgetItem(a.title, m_list);
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 10));
        item->setToolTip(a.tags.isEmpty() ? a.title : u"%1\n%2"_qs.arg(a.title, a.tags.join(u", "_qs)));
        if (!select.isNull() && a.id == select)
            selectRow = row;
    }
    if (m_search->text().trimmed().isEmpty())
        m_found->setText(m_articles.size() == 1 ? tr("1 article")
                                                : tr("%n articles", nullptr, int(m_articles.size())));
    else
        m_found->setText(tr("%n found", nullptr, int(m_articles.size())));
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        showSelected();
    } else if (!m_articles.isEmpty() && !m_editing.isNull()) {
        // The article shown is not among those found: show the first that is.
        m_list->setCurrentRow(0);
        showSelected();
    }
    updateButtons();
    return true;
}

bool KnowledgeBaseDialog::select(const Id& articleId)
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == articleId) {
            m_list->setCurrentRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void KnowledgeBaseDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_articles.size()) {
        updateButtons();
        return;
    }
    const KbArticle& a = m_articles.at(row);
    m_editing = a.id;
    m_title->setText(a.title);
    m_tags->setText(a.tags.join(u", "_qs));
    m_body->setPlainText(a.body);
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(a.updatedAt).toLocalTime();
    m_updated->setText(tr("Last changed %1").arg(QLocale().toString(updated, QLocale::ShortFormat)));
    showError({});
    updateButtons();
}

void KnowledgeBaseDialog::startNew()
{
    m_editing = Id();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_title->clear();
    m_tags->clear();
    m_body->clear();
    m_updated->clear();
    showError({});
    m_title->setFocus();
    updateButtons();
}

void KnowledgeBaseDialog::updateButtons()
{
    m_save->setEnabled(!m_title->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty());
    m_remove->setVisible(!m_editing.isNull());
}

bool KnowledgeBaseDialog::save()
{
    KbArticle a;
    a.id = m_editing;
    a.title = m_title->text();
    a.body = m_body->toPlainText();
    a.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    auto saved = m_services.support.saveArticle(m_actor, a);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    m_editing = saved->id;
    reload(saved->id);
    if (!select(saved->id)) {
        // The search does not find it: show every article, so the one just saved is in the list.
        {
            const QSignalBlocker block(m_search);
            m_search->clear();
        }
        reload(saved->id);
    }
    return true;
}

bool KnowledgeBaseDialog::removeSelected()
{
    if (m_editing.isNull())
        return false;
    if (MessageBox::question(this, tr("Remove the article"),
                             tr("Remove the article \"%1\"?").arg(m_title->text()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (auto ok = m_services.support.removeArticle(m_actor, m_editing); !ok) {
        showError(ok.error().message);
        return false;
    }
    m_editing = Id();
    reload();
    if (!m_articles.isEmpty())
        select(m_articles.first().id);
    else
        startNew();
    return true;
}

} // namespace kontor
