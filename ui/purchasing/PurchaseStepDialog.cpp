#include "PurchaseStepDialog.h"

#include "common/Money.h"
#include "orders/OrderText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

PurchaseStepDialog::PurchaseStepDialog(const QString& title, const QString& explanation, Fields fields,
                                       const QString& okText, QWidget* parent)
    : QDialog(parent)
    , m_fields(std::move(fields))
    , m_error(new QLabel)
    , m_ok(new QPushButton(okText))
{
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* text = new QLabel(explanation);
    text->setObjectName(u"explanationLabel"_qs);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    if (!m_fields.textLabel.isEmpty()) {
        m_text = new QLineEdit(m_fields.text);
        m_text->setObjectName(u"textEdit"_qs);
        m_text->setPlaceholderText(m_fields.textPlaceholder);
        m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 30);
        form->addRow(m_fields.textLabel, m_text);
    }
    if (!m_fields.dateLabel.isEmpty()) {
        m_date = new QDateEdit;
        m_date->setObjectName(u"dateEdit"_qs);
        m_date->setCalendarPopup(true);
        if (m_fields.minimumDate.isValid())
            m_date->setMinimumDate(m_fields.minimumDate);
        if (m_fields.maximumDate.isValid())
            m_date->setMaximumDate(m_fields.maximumDate);
        m_date->setDate(m_fields.date.isValid() ? m_fields.date : QDate::currentDate());
        form->addRow(m_fields.dateLabel, m_date);
    }
    if (!m_fields.amountLabel.isEmpty()) {
        m_amount = new QLineEdit;
        m_amount->setObjectName(u"amountEdit"_qs);
        m_amount->setAlignment(Qt::AlignRight);
        m_amount->setText(OrderText::moneyNumber(m_fields.amount, m_fields.currency));
        m_amount->setMaximumWidth(m_amount->fontMetrics().averageCharWidth() * 18);
        auto* row = new QHBoxLayout;
        row->addWidget(m_amount);
        row->addWidget(new QLabel(Money::symbol(m_fields.currency)));
        row->addStretch(1);
        form->addRow(m_fields.amountLabel, row);
        connect(m_amount, &QLineEdit::textChanged, this, &PurchaseStepDialog::update);
    }
    if (!m_fields.noteLabel.isEmpty()) {
        m_note = new QComboBox;
        m_note->setObjectName(u"noteCombo"_qs);
        m_note->setEditable(true);
        m_note->setInsertPolicy(QComboBox::NoInsert);
        m_note->addItem(QString());
        m_note->addItems(m_fields.commonNotes);
        m_note->setCurrentIndex(0);
        m_note->setMinimumContentsLength(30);
        m_note->lineEdit()->setPlaceholderText(m_fields.noteRequired ? tr("Choose or type a reason")
                                                                     : tr("Optional: choose or type a note"));
        form->addRow(m_fields.noteLabel, m_note);
        connect(m_note, &QComboBox::currentTextChanged, this, &PurchaseStepDialog::update);
    }
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(palette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok->setObjectName(u"okButton"_qs);
    m_ok->setDefault(true);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    if (m_text) {
        m_text->setFocus();
    } else if (m_amount) {
        m_amount->selectAll();
        m_amount->setFocus();
    } else if (m_note) {
        m_note->setFocus();
    }
}

QString PurchaseStepDialog::text() const
{
    return m_text ? m_text->text().trimmed() : QString();
}

QDate PurchaseStepDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

std::optional<qint64> PurchaseStepDialog::amount() const
{
    if (!m_amount)
        return std::nullopt;
    auto parsed = OrderText::parseMoney(m_amount->text(), m_fields.currency);
    if (!parsed || *parsed <= 0)
        return std::nullopt;
    return *parsed;
}

QString PurchaseStepDialog::note() const
{
    return m_note ? m_note->currentText().trimmed() : QString();
}

void PurchaseStepDialog::setNote(const QString& text)
{
    if (m_note)
        m_note->setEditText(text);
}

QString PurchaseStepDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PurchaseStepDialog::update()
{
    QString problem;
    if (m_amount) {
        auto parsed = OrderText::parseMoney(m_amount->text(), m_fields.currency);
        if (!parsed)
            problem = parsed.error().message;
        else if (*parsed <= 0)
            problem = tr("The amount must be more than zero.");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && (!m_fields.noteRequired || !note().isEmpty()));
}

} // namespace kontor
