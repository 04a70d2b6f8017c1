#pragma once

// ReasonDialog: asks why before a step that cannot be undone (cancelling an order, goods not
// collected or refused): what happens, an editable choice of common reasons, and an OK button named
// after the step. The reason can be required.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace kontor {

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& explanation, const QStringList& commonReasons,
                 const QString& okText, bool required, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& text);
    QComboBox* reasonCombo() const { return m_reason; }
    QPushButton* okButton() const { return m_ok; }

private:
    void update();

    bool m_required;
    QComboBox* m_reason;
    QPushButton* m_ok;
};

} // namespace kontor
