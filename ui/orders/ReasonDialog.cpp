#include "ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation, const QStringList& commonReasons,
                           const QString& okText, bool required, QWidget* parent)
    : QDialog(parent)
    , m_required(required)
    , m_reason(new QComboBox)
    , m_ok(new QPushButton(okText))
{
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* text = new QLabel(explanation);
    text->setObjectName(u"explanationLabel"_qs);
    text->setWordWrap(true);
    m_reason->setObjectName(u"reasonCombo"_qs);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItem(QString());
    m_reason->addItems(commonReasons);
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->setPlaceholderText(required ? tr("Choose or type a reason")
                                                      : tr("Optional: choose or type a note"));
    auto* form = new QFormLayout;
    form->addRow(required ? tr("&Reason:") : tr("&Note:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok->setObjectName(u"okButton"_qs);
    m_ok->setDefault(true);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &ReasonDialog::update);
    update();
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ReasonDialog::setReason(const QString& text)
{
    m_reason->setEditText(text);
}

void ReasonDialog::update()
{
    m_ok->setEnabled(!m_required || !reason().isEmpty());
}

} // namespace kontor
