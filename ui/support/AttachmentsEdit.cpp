#include "AttachmentsEdit.h"

#include "SupportText.h"
#include "common/MessageBox.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QToolButton>

namespace kontor {

AttachmentsEdit::AttachmentsEdit(QWidget* parent)
    : QWidget(parent)
    , m_attach(new QToolButton)
    , m_list(new QLabel)
{
    m_attach->setObjectName(u"attachButton"_qs);
    m_attach->setText(tr("Attach files…"));
    m_attach->setToolTip(tr("Add files (photos, documents) to the message"));
    m_list->setObjectName(u"attachmentList"_qs);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attach, 0, Qt::AlignTop);
    layout->addWidget(m_list, 1);
    connect(m_attach, &QToolButton::clicked, this, &AttachmentsEdit::chooseFiles);
    connect(m_list, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(u"remove:"))
            removeAt(link.mid(7).toInt());
    });
    updateList();
}

void AttachmentsEdit::setAttachments(const QList<NewAttachment>& attachments)
{
    m_attachments = attachments;
    updateList();
    Q_EMIT changed();
}

QString AttachmentsEdit::addFiles(const QStringList& paths)
{
    QStringList problems;
    const QMimeDatabase mimes;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.size() > MaxFileBytes) {
            problems.append(
                tr("%1 is larger than %2.").arg(info.fileName(), SupportText::fileSize(MaxFileBytes)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
            continue;
        }
        NewAttachment a;
        a.fileName = info.fileName();
        a.mimeType = mimes.mimeTypeForFile(info).name();
        a.data = file.readAll();
        m_attachments.append(a);
    }
    updateList();
    Q_EMIT changed();
    return problems.join(u'\n');
}

void AttachmentsEdit::removeAt(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    updateList();
    Q_EMIT changed();
}

void AttachmentsEdit::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (paths.isEmpty())
        return;
    const QString problems = addFiles(paths);
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Attach files"), problems);
}

void AttachmentsEdit::setButtonVisible(bool visible)
{
    m_attach->setVisible(visible);
    updateList();
}

QString AttachmentsEdit::listText() const
{
    QStringList names;
    for (const NewAttachment& a : m_attachments)
        names.append(a.fileName);
    return names.join(u", "_qs);
}

void AttachmentsEdit::updateList()
{
    QStringList parts;
    for (int i = 0; i < m_attachments.size(); ++i) {
        const NewAttachment& a = m_attachments.at(i);
        parts.append(u"%1 (%2) <a href=\"remove:%3\">%4</a>"_qs.arg(a.fileName.toHtmlEscaped(),
                                                                    SupportText::fileSize(a.data.size()),
                                                                    QString::number(i), tr("remove")));
    }
    m_list->setText(parts.join(u" · "_qs));
    m_list->setVisible(!parts.isEmpty());
    if (m_attach->isHidden())
        setVisible(!parts.isEmpty());
}

} // namespace kontor
