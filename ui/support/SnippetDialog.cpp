#include "SnippetDialog.h"

#include "common/SearchText.h"
#include "support/SupportService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

namespace {

// Up and down in the search field move through the list, as in a launcher.
class ListKeys : public QObject
{
public:
    ListKeys(QListWidget* list, QObject* parent)
        : QObject(parent)
        , m_list(list)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            const int step = key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1 : 0;
            if (step != 0 && m_list->count() > 0) {
                m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget* m_list;
};

} // namespace

SnippetDialog::SnippetDialog(SupportService& support, Actor actor, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_support(support)
    , m_actor(std::move(actor))
    , m_kind(kind)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_preview(new QPlainTextEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_debounce(new QTimer(this))
{
    const bool canned = kind == Kind::CannedResponse;
    setWindowTitle(canned ? tr("Insert a canned response") : tr("Insert a help article"));
    resize(760, 460);
    m_search->setObjectName(u"snippetSearch"_qs);
    m_search->setPlaceholderText(canned ? tr("Find a response by its title or text")
                                        : tr("Find an article by its title, text or tags"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new ListKeys(m_list, this));
    m_list->setObjectName(u"snippetList"_qs);
    m_preview->setObjectName(u"snippetPreview"_qs);
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_message->setObjectName(u"snippetMessage"_qs);
    m_message->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDebounceMs);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnippetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SnippetDialog::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            searchNow();
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &SnippetDialog::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_list->row(item)); });

    if (canned) {
        auto all = m_support.cannedResponses(m_actor);
        if (all)
            m_allResponses = *all;
        else
            m_loadError = all.error().message;
    }
    searchNow();
    m_search->setFocus();
}

void SnippetDialog::searchNow()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    m_list->clear();
    m_responses.clear();
    m_articles.clear();
    QString problem;
    if (m_kind == Kind::CannedResponse) {
        const QStringList terms = SearchText::terms(text);
        for (const CannedResponse& r : std::as_const(m_allResponses)) {
            const QString haystack = SearchText::normalize(QString(r.title + u' ' + r.body));
            if (std::all_of(terms.cbegin(), terms.cend(),
                            [&](const QString& term) { return haystack.contains(term); }))
                m_responses.append(r);
        }
        for (const CannedResponse& r : std::as_const(m_responses))
            m_list->addItem(r.title);
        if (!m_loadError.isEmpty())
            problem = m_loadError;
        else if (m_responses.isEmpty())
            problem = m_allResponses.isEmpty() ? tr("There are no canned responses yet.")
                                               : tr("No response matches “%1”.").arg(text);
    } else {
        auto found = m_support.articles(m_actor, text);
        if (found)
            m_articles = *found;
        else
            problem = found.error().message;
        for (const KbArticle& a : std::as_const(m_articles)) {
            auto* item = new QListWidgetItem(a.title, m_list);
            if (!a.tags.isEmpty())
                item->setToolTip(a.tags.join(u", "_qs));
        }
        if (problem.isEmpty() && m_articles.isEmpty())
            problem = text.isEmpty() ? tr("There are no help articles yet.")
                                     : tr("No article matches “%1”.").arg(text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    showCurrent();
}

QStringList SnippetDialog::titles() const
{
    QStringList titles;
    for (int row = 0; row < m_list->count(); ++row)
        titles.append(m_list->item(row)->text());
    return titles;
}

void SnippetDialog::showCurrent()
{
    const int row = m_list->currentRow();
    QString text;
    if (m_kind == Kind::CannedResponse && row >= 0 && row < m_responses.size())
        text = m_responses.at(row).body;
    else if (m_kind == Kind::Article && row >= 0 && row < m_articles.size())
        text = m_articles.at(row).body;
    m_preview->setPlainText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
}

void SnippetDialog::choose(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    m_list->setCurrentRow(row);
    accept();
}

void SnippetDialog::accept()
{
    const int row = m_list->currentRow();
    if (m_kind == Kind::CannedResponse) {
        if (row < 0 || row >= m_responses.size())
            return;
        m_chosenResponse = m_responses.at(row);
    } else {
        if (row < 0 || row >= m_articles.size())
            return;
        m_chosenArticle = m_articles.at(row);
    }
    QDialog::accept();
}

} // namespace kontor
