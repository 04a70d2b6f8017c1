#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace kontor {

namespace {

struct KeyInfo
{
    QString name;
    QVariant defaultValue;
};

// The one table of keys: settings file name and default of each.
const KeyInfo& info(int key)
{
    static const KeyInfo table[] = {
        {QStringLiteral("window/geometry"), QByteArray()},
        {QStringLiteral("window/state"), QByteArray()},
        {QStringLiteral("window/lastPage"), QStringLiteral("products")},
        {QStringLiteral("products/pageState"), QByteArray()},
        {QStringLiteral("general/language"), QString()},
        {QStringLiteral("general/welcomeShown"), false},
        {QStringLiteral("replenishment/demandDays"), 28},
        {QStringLiteral("replenishment/serviceLevel"), 0.95},
        {QStringLiteral("replenishment/leadTimeDays"), 14},
        {QStringLiteral("replenishment/view"), 0},
        {QStringLiteral("stock/pageState"), QByteArray()},
        {QStringLiteral("orders/pageState"), QByteArray()},
    };
    return table[key];
}

const QString VersionKey = QStringLiteral("settingsVersion");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    // Version 1 is the first layout; later versions rename or convert keys here, oldest first.
    if (m_settings->value(VersionKey, 0).toInt() < Version)
        m_settings->setValue(VersionKey, Version);
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo& k = info(int(key));
    return m_settings->value(k.name, k.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(info(int(key)).name, value);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    setValue(Key::WindowState, state);
}

QString AppSettings::lastPage() const
{
    return value(Key::LastPage).toString();
}

void AppSettings::setLastPage(const QString& page)
{
    setValue(Key::LastPage, page);
}

QByteArray AppSettings::productPageState() const
{
    return value(Key::ProductPageState).toByteArray();
}

void AppSettings::setProductPageState(const QByteArray& state)
{
    setValue(Key::ProductPageState, state);
}

QString AppSettings::language() const
{
    const QString language = value(Key::Language).toString();
    return language == u"en" || language == u"ru" ? language : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(Key::Language, language == u"en" || language == u"ru" ? language : QString());
}

bool AppSettings::welcomeShown() const
{
    return value(Key::WelcomeShown).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    setValue(Key::WelcomeShown, shown);
}

// Out-of-range values (a hand-edited file) fall back to the defaults rather than reaching core.
int AppSettings::replenishmentDemandDays() const
{
    const int days = value(Key::ReplenishmentDemandDays).toInt();
    return days >= 1 && days <= 365 ? days : info(int(Key::ReplenishmentDemandDays)).defaultValue.toInt();
}

void AppSettings::setReplenishmentDemandDays(int days)
{
    setValue(Key::ReplenishmentDemandDays, days);
}

double AppSettings::replenishmentServiceLevel() const
{
    bool ok = false;
    const double level = value(Key::ReplenishmentServiceLevel).toDouble(&ok);
    return ok && level >= 0.5 && level <= 0.999
               ? level
               : info(int(Key::ReplenishmentServiceLevel)).defaultValue.toDouble();
}

void AppSettings::setReplenishmentServiceLevel(double level)
{
    setValue(Key::ReplenishmentServiceLevel, level);
}

int AppSettings::replenishmentLeadTimeDays() const
{
    const int days = value(Key::ReplenishmentLeadTimeDays).toInt();
    return days >= 0 && days <= 365 ? days : info(int(Key::ReplenishmentLeadTimeDays)).defaultValue.toInt();
}

void AppSettings::setReplenishmentLeadTimeDays(int days)
{
    setValue(Key::ReplenishmentLeadTimeDays, days);
}

int AppSettings::replenishmentView() const
{
    return std::max(0, value(Key::ReplenishmentView).toInt());
}

void AppSettings::setReplenishmentView(int view)
{
    setValue(Key::ReplenishmentView, view);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QByteArray AppSettings::stockPageState() const
{
    return value(Key::StockPageState).toByteArray();
}

void AppSettings::setStockPageState(const QByteArray& state)
{
    setValue(Key::StockPageState, state);
}

QByteArray AppSettings::ordersPageState() const
{
    return value(Key::OrdersPageState).toByteArray();
}

void AppSettings::setOrdersPageState(const QByteArray& state)
{
    setValue(Key::OrdersPageState, state);
}

} // namespace kontor
