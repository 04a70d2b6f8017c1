#pragma once

// AttachmentsEdit: the files a new ticket or a reply will carry. "Attach files…" adds them (each
// read whole, up to MaxFileBytes), the list beside it names them with their size and a link to
// take each one off again.

#include "support/Support.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace kontor {

class AttachmentsEdit : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 MaxFileBytes = 25 * 1024 * 1024;

    explicit AttachmentsEdit(QWidget* parent = nullptr);

    const QList<NewAttachment>& attachments() const { return m_attachments; }
    void setAttachments(const QList<NewAttachment>& attachments);
    void clear() { setAttachments({}); }
    bool isEmpty() const { return m_attachments.isEmpty(); }
    // Reads the files and adds them; returns what could not be added (empty when all were).
    QString addFiles(const QStringList& paths);
    void removeAt(int index);
    // Asks for files and adds them (a problem is shown in a message box).
    void chooseFiles();

    QToolButton* attachButton() const { return m_attach; }
    // Without its own button (the owner puts one where it fits) the list shows only with files.
    void setButtonVisible(bool visible);
    QString listText() const;

Q_SIGNALS:
    void changed();

private:
    void updateList();

    QList<NewAttachment> m_attachments;
    QToolButton* m_attach;
    QLabel* m_list;
};

} // namespace kontor
