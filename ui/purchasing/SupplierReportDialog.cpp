#include "SupplierReportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor {

SupplierReportDialog::SupplierReportDialog(const QString& supplierName, const QString& periodText,
                                           const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_horizon(new QSpinBox)
    , m_path(new QLineEdit)
{
    setWindowTitle(tr("Supplier report"));
    auto* intro = new QLabel(tr("A PDF to share with <b>%1</b>: the scorecard for %2 against the contract's "
                                "targets, the open claims, and the demand forecast for its products.")
                                 .arg(supplierName.toHtmlEscaped(), periodText.toHtmlEscaped()));
    intro->setWordWrap(true);

    m_horizon->setObjectName(u"horizonSpin"_qs);
    m_horizon->setRange(1, 365);
    m_horizon->setValue(30);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setToolTip(tr("How many days ahead the demand forecast covers"));
    m_path->setObjectName(u"pathEdit"_qs);
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    m_path->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"browseButton"_qs);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Forecast:"), m_horizon);
    form->addRow(tr("&Save to:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save PDF"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SupplierReportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_ok->setEnabled(!m_path->text().trimmed().isEmpty());
}

int SupplierReportDialog::horizonDays() const
{
    return m_horizon->value();
}

QString SupplierReportDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_qs;
    return path;
}

void SupplierReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save supplier report as PDF"), path(),
                                                        tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

} // namespace kontor
