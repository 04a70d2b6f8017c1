#pragma once

// SettingsDialog: the desktop app's own settings; for now the interface language. A new language
// needs a restart, so the dialog offers one.

#include <QDialog>

class QComboBox;

namespace kontor {

class AppSettings;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    // True when the user changed the language and wants to restart now.
    bool restartRequested() const { return m_restart; }

    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
    bool m_restart = false;
};

} // namespace kontor
