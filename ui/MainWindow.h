#pragma once

// MainWindow: the application frame. Navigation between areas on the left (only areas that
// exist), a toolbar with the global product search (Ctrl+K), a status bar with the database, the
// product count and, for those who handle support tickets, the notification bell; the File, Prices,
// Support and Help menus. While it is open it sweeps the support SLAs every minute, so breaches and
// escalations are recorded when they happen. Remembers its geometry and last page.

#include "Services.h"
#include "security/Actor.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace kontor {

class AppSettings;
class CustomersPage;
class NotificationButton;
class OrdersPage;
class ProductPage;
class ProductSearchField;
class ProductService;
class ReplenishmentPage;
class ReturnsPage;
class StockPage;
class SuppliersPage;
class SupportPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services services, Actor actor, AppSettings& settings, QWidget* parent = nullptr);

    // The File menu, for areas that add their own entries (import, export) above Settings.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* pricesMenu() const { return m_pricesMenu; }   // null when the user may use none of it
    QMenu* supportMenu() const { return m_supportMenu; } // null when the user may use none of it
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* importAction() const { return m_importAction; } // null when the user may not import
    QAction* exportAction() const { return m_exportAction; } // null when the user may not export
    ProductPage* productPage() const { return m_productPage; }
    StockPage* stockPage() const { return m_stockPage; }
    CustomersPage* customersPage() const { return m_customersPage; }
    ReturnsPage* returnsPage() const { return m_returnsPage; }
    // Null when the user neither manages suppliers nor sees purchase prices.
    SuppliersPage* suppliersPage() const { return m_suppliersPage; }
    // Null when the user neither manages nor fulfils orders.
    OrdersPage* ordersPage() const { return m_ordersPage; }
    // Support tickets and the notification bell: null for those who do not handle tickets.
    SupportPage* supportPage() const { return m_supportPage; }
    NotificationButton* notificationButton() const { return m_notifications; }
    // What the minute timer does: records SLA warnings, breaches and escalations that happened by
    // now (SupportService::sweep) and reads the unread count again.
    void sweepSupport();
    QTimer* sweepTimer() const { return m_sweepTimer; }
    ProductSearchField* globalSearch() const { return m_search; }
    QString currentPageKey() const;
    void showPage(const QString& key);

Q_SIGNALS:
    // The user changed the language and wants Kontor to restart.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& key, const QString& title, QWidget* page);
    void addReplenishmentFilters();
    void addSupport();
    void updateProductCount();
    void showSettings();
    void showAbout();

    Services m_services;
    ProductService& m_products;
    Actor m_actor;
    AppSettings& m_settings;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ProductPage* m_productPage;
    ReplenishmentPage* m_replenishmentPage;
    StockPage* m_stockPage;
    CustomersPage* m_customersPage = nullptr;
    ReturnsPage* m_returnsPage = nullptr;
    OrdersPage* m_ordersPage = nullptr;
    SuppliersPage* m_suppliersPage = nullptr;
    SupportPage* m_supportPage = nullptr;
    NotificationButton* m_notifications = nullptr;
    QTimer* m_sweepTimer = nullptr;
    ProductSearchField* m_search;
    QLabel* m_databaseLabel;
    QLabel* m_countLabel;
    QMenu* m_fileMenu;
    QMenu* m_pricesMenu = nullptr;
    QMenu* m_supportMenu = nullptr;
    QAction* m_settingsAction;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace kontor
