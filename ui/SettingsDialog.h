#pragma once

// SettingsDialog: the desktop app's own settings (the interface language; a new language needs a
// restart, so the dialog offers one) and, when given the service, the shop's details printed on
// order documents (a tab of its own, read-only without ManageSettings).

#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QTabWidget;

namespace kontor {

class AppSettings;
class ShopDetailsForm;
class ShopDetailsService;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    // With the "Shop details" tab.
    SettingsDialog(AppSettings& settings, ShopDetailsService& shop, const Actor& actor,
                   QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    // nullptr without the shop details tab.
    ShopDetailsForm* shopDetailsForm() const { return m_shop; }
    QTabWidget* tabs() const { return m_tabs; }
    // True when the user changed the language and wants to restart now.
    bool restartRequested() const { return m_restart; }

    void accept() override;

private:
    void build(ShopDetailsService* shop, const Actor& actor);

    AppSettings& m_settings;
    QComboBox* m_language;
    QTabWidget* m_tabs = nullptr;
    ShopDetailsForm* m_shop = nullptr;
    bool m_restart = false;
};

} // namespace kontor
