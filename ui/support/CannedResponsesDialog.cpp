#include "CannedResponsesDialog.h"

#include "common/MessageBox.h"
#include "prices/PriceText.h"
#include "support/SupportService.h"

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

QStringList CannedResponsesDialog::placeholders()
{
    return {u"customer_name"_qs,   u"customer_first_name"_qs, u"ticket_number"_qs, u"order_number"_qs,
            u"tracking_number"_qs, u"agent_name"_qs,          u"product_name"_qs};
}

CannedResponsesDialog::CannedResponsesDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_list(new QListWidget)
    , m_title(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_placeholders(new QLabel)
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_new(new QPushButton(tr("&New response")))
    , m_save(new QPushButton(tr("&Save")))
    , m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Canned responses"));
    resize(860, 560);

    m_list->setObjectName(u"responseList"_qs);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 26);

    m_title->setObjectName(u"titleEdit"_qs);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Where is my order"));
    m_body->setObjectName(u"bodyEdit"_qs);
    m_body->setTabChangesFocus(true);
    m_placeholders->setObjectName(u"placeholderLabel"_qs);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextFormat(Qt::RichText);
    m_placeholders->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QStringList links;
    for (const QString& name : placeholders())
        links.append(u"<a href=\"%1\">{%1}</a>"_qs.arg(name));
    m_placeholders->setText(
        tr("Click to insert; filled from the ticket when the response is used: %1").arg(links.join(u" "_qs)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto* bodyLabel = new QLabel(tr("Te&xt:"));
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);
    m_new->setObjectName(u"newResponseButton"_qs);
    m_save->setObjectName(u"saveResponseButton"_qs);
    m_remove->setObjectName(u"removeResponseButton"_qs);
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
    editorLayout->addWidget(m_placeholders);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(formButtons);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_new);

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
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedResponsesDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &CannedResponsesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CannedResponsesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &CannedResponsesDialog::removeSelected);
    connect(m_placeholders, &QLabel::linkActivated, this, &CannedResponsesDialog::insertPlaceholder);
    connect(m_title, &QLineEdit::textChanged, this, &CannedResponsesDialog::updateButtons);
    connect(m_body, &QPlainTextEdit::textChanged, this, &CannedResponsesDialog::updateButtons);

    if (!reload())
        return;
    if (!m_responses.isEmpty())
        select(m_responses.first().id);
    else
        startNew();
}

QString CannedResponsesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CannedResponsesDialog::showError(const QString& text)
{
    PriceText::showError(m_error, text);
}

bool CannedResponsesDialog::reload(const Id& select)
{
    auto list = m_services.support.cannedResponses(m_actor);
    if (!list) {
        m_responses.clear();
        m_list->clear();
        for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_body, m_new, m_save, m_remove})
            w->setEnabled(false);
        showError(list.error().message);
        return false;
    }
    m_responses = *list;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = -1;
    for (int row = 0; row < m_responses.size(); ++row) {
        const CannedResponse& r = m_responses.at(row);
        auto* item = new QListWidgetItem(r.title, m_list);
        item->setToolTip(r.body.left(300));
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 10));
        if (!select.isNull() && r.id == select)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_list->setCurrentRow(selectRow);
    showSelected();
    return true;
}

bool CannedResponsesDialog::select(const Id& responseId)
{
    for (int row = 0; row < m_responses.size(); ++row) {
        if (m_responses.at(row).id == responseId) {
            m_list->setCurrentRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void CannedResponsesDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_responses.size()) {
        updateButtons();
        return;
    }
    const CannedResponse& r = m_responses.at(row);
    m_editing = r.id;
    m_title->setText(r.title);
    m_body->setPlainText(r.body);
    showError({});
    updateButtons();
}

void CannedResponsesDialog::startNew()
{
    m_editing = Id();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_title->clear();
    m_body->clear();
    showError({});
    m_title->setFocus();
    updateButtons();
}

void CannedResponsesDialog::updateButtons()
{
    m_save->setEnabled(!m_title->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty());
    m_remove->setVisible(!m_editing.isNull());
}

void CannedResponsesDialog::insertPlaceholder(const QString& name)
{
    m_body->insertPlainText(u'{' + name + u'}');
    m_body->setFocus();
}

bool CannedResponsesDialog::save()
{
    CannedResponse r;
    r.id = m_editing;
    r.title = m_title->text();
    r.body = m_body->toPlainText();
    auto saved = m_services.support.saveCannedResponse(m_actor, r);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    reload(saved->id);
    return true;
}

bool CannedResponsesDialog::removeSelected()
{
    if (m_editing.isNull())
        return false;
    if (MessageBox::question(
            this, tr("Remove the response"),
            tr("Remove the response \"%1\"? Replies already sent keep their text.").arg(m_title->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (auto ok = m_services.support.removeCannedResponse(m_actor, m_editing); !ok) {
        showError(ok.error().message);
        return false;
    }
    reload();
    if (!m_responses.isEmpty())
        select(m_responses.first().id);
    else
        startNew();
    return true;
}

} // namespace kontor
