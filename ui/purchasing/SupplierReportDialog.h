#pragma once

// SupplierReportDialog: asks what the supplier report covers before it is written: how many days
// of demand to forecast (default 30) and the PDF file to write, with the supplier and period
// shown for a last check.

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kontor {

class SupplierReportDialog : public QDialog
{
    Q_OBJECT

public:
    SupplierReportDialog(const QString& supplierName, const QString& periodText, const QString& suggestedPath,
                         QWidget* parent = nullptr);

    int horizonDays() const;
    // The file to write, with ".pdf" added when the name has no suffix.
    QString path() const;

    QSpinBox* horizonSpin() const { return m_horizon; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* okButton() const { return m_ok; }

private:
    void browse();

    QSpinBox* m_horizon;
    QLineEdit* m_path;
    QPushButton* m_ok;
};

} // namespace kontor
