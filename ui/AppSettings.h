#pragma once

// AppSettings: the desktop app's own settings (window layout, last page, language, first-start
// flag), typed, with one declaration per key and its default in AppSettings.cpp. Stored with
// QSettings under the application's identity; tests pass a temporary INI file instead. Shop-wide
// settings (currency, ...) live in the database, not here.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace kontor {

class AppSettings
{
public:
    // The version this build writes; migrate() brings older files up to it.
    static constexpr int Version = 1;

    // The user's settings (AppInfo::setIdentity() must have run).
    AppSettings();
    // A specific INI file, for tests.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // The key of the page shown when the window was closed ("products").
    QString lastPage() const;
    void setLastPage(const QString& page);
    // The products page's splitter and columns (ProductPage::saveState).
    QByteArray productPageState() const;
    void setProductPageState(const QByteArray& state);
    // The stock page's splitter and columns (StockPage::saveState).
    QByteArray stockPageState() const;
    void setStockPageState(const QByteArray& state);
    // The orders page's splitter, columns and filter choices (OrdersPage::saveState).
    QByteArray ordersPageState() const;
    void setOrdersPageState(const QByteArray& state);
    // "" = the system language, "en" or "ru". Anything else reads as "".
    QString language() const;
    void setLanguage(const QString& language);
    // True once the first-start welcome dialog was answered.
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);
    // The replenishment page: days of sales behind the demand (1..365), service level for safety
    // stock (0.5..0.999), default lead time in days (0..365), and the list shown (0 = suggestions).
    int replenishmentDemandDays() const;
    void setReplenishmentDemandDays(int days);
    double replenishmentServiceLevel() const;
    void setReplenishmentServiceLevel(double level);
    int replenishmentLeadTimeDays() const;
    void setReplenishmentLeadTimeDays(int days);
    int replenishmentView() const;
    void setReplenishmentView(int view);

    void sync();
    QString fileName() const;

private:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        LastPage,
        ProductPageState,
        Language,
        WelcomeShown,
        ReplenishmentDemandDays,
        ReplenishmentServiceLevel,
        ReplenishmentLeadTimeDays,
        ReplenishmentView,
        StockPageState,
        OrdersPageState,
    };
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace kontor
