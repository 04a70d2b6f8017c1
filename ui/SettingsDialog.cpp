#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ShopDetailsForm.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kontor {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
{
    build(nullptr, Actor::owner());
}

SettingsDialog::SettingsDialog(AppSettings& settings, ShopDetailsService& shop, const Actor& actor,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
{
    build(&shop, actor);
}

void SettingsDialog::build(ShopDetailsService* shop, const Actor& actor)
{
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(u"languageCombo"_qs);
    m_language->addItem(tr("System default"), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));

    auto* note = new QLabel(tr("A new language takes effect after Kontor restarts."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!shop) {
        layout->addLayout(form);
        layout->addStretch();
        layout->addWidget(buttons);
        setMinimumWidth(420);
        return;
    }
    auto* general = new QWidget;
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch();
    m_shop = new ShopDetailsForm(*shop, actor);
    m_shop->setObjectName(u"shopDetailsForm"_qs);
    m_tabs = new QTabWidget;
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_shop, tr("Shop details"));
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::accept()
{
    if (m_shop && !m_shop->save()) {
        m_tabs->setCurrentWidget(m_shop);
        return;
    }
    const QString language = m_language->currentData().toString();
    const bool changed = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.sync();
    if (changed) {
        const auto answer =
            MessageBox::question(this, tr("Restart Kontor"), tr("Restart Kontor now to switch the language?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        m_restart = answer == QMessageBox::Yes;
    }
    QDialog::accept();
}

} // namespace kontor
