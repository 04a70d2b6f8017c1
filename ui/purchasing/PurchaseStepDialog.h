#pragma once

// PurchaseStepDialog: asks for what one step of a purchase order or a claim needs before it is
// taken: a line of text (the tracking number of a dropship parcel), a date (confirmed on, paid
// on, closed on, shipped on), an amount (a prepayment, what the supplier paid on a claim) and a
// note or reason (required where the step cannot be explained later).
// Says what the step does, and names its OK button after it.

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor {

class PurchaseStepDialog : public QDialog
{
    Q_OBJECT

public:
    struct Fields
    {
        QString textLabel; // empty: no text asked
        QString text;
        QString textPlaceholder;
        QString dateLabel; // empty: no date asked
        QDate date;
        QDate minimumDate; // null: no limit
        QDate maximumDate;
        QString amountLabel; // empty: no amount asked
        qint64 amount = 0;   // minor units
        QString currency;
        QString noteLabel; // empty: no note asked
        bool noteRequired = false;
        QStringList commonNotes;
    };

    PurchaseStepDialog(const QString& title, const QString& explanation, Fields fields, const QString& okText,
                       QWidget* parent = nullptr);

    QString text() const;
    QDate date() const;
    // nullopt while the amount typed is not valid (or not above zero).
    std::optional<qint64> amount() const;
    QString note() const;
    void setNote(const QString& text);

    QLineEdit* textEdit() const { return m_text; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* noteCombo() const { return m_note; }
    QPushButton* okButton() const { return m_ok; }
    QString errorText() const;

private:
    void update();

    Fields m_fields;
    QLineEdit* m_text = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_note = nullptr;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace kontor
