#include "MainWindow.h"

#include "AppSettings.h"
#include "SettingsDialog.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "counts/CountsPage.h"
#include "customers/CustomersPage.h"
#include "orders/OrdersPage.h"
#include "orders/ShopDetailsService.h"
#include "prices/ExchangeRatesDialog.h"
#include "prices/PriceListsDialog.h"
#include "prices/VatChangesDialog.h"
#include "products/KitDialog.h"
#include "products/ProductEditor.h"
#include "products/ProductExportDialog.h"
#include "products/ProductImportDialog.h"
#include "products/ProductPage.h"
#include "products/ProductSearchField.h"
#include "products/ProductText.h"
#include "purchasing/ClaimsPage.h"
#include "purchasing/PurchaseOrdersPage.h"
#include "purchasing/SupplierScorecardPage.h"
#include "returns/ReturnsPage.h"
#include "security/AuditLogDialog.h"
#include "settings/UsersDialog.h"
#include "settings/WorkingCalendarDialog.h"
#include "stock/ReplenishmentPage.h"
#include "stock/StockExportDialog.h"
#include "stock/StockImportDialog.h"
#include "stock/StockPage.h"
#include "suppliers/SuppliersPage.h"
#include "support/CannedResponsesDialog.h"
#include "support/KnowledgeBaseDialog.h"
#include "support/NotificationButton.h"
#include "support/SlaPoliciesDialog.h"
#include "support/SupportMetricsPage.h"
#include "support/SupportPage.h"
#include "support/SupportService.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <mutex>

Q_LOGGING_CATEGORY(lcMainWindow, "kontor.ui.mainwindow")

namespace kontor {

namespace {
constexpr int PageKeyRole = Qt::UserRole + 1;
constexpr int SweepMs = 60 * 1000;
const QString ProductsPage = QStringLiteral("products");
const QString StockPageKey = QStringLiteral("stock");
} // namespace

MainWindow::MainWindow(Services services, Actor actor, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_products(services.products)
    , m_actor(std::move(actor))
    , m_settings(settings)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_productPage(new ProductPage(m_products, m_actor))
    , m_replenishmentPage(new ReplenishmentPage(services, m_actor, settings))
    , m_stockPage(new StockPage(services, m_actor))
    , m_search(new ProductSearchField(m_products, m_actor))
    , m_databaseLabel(new QLabel)
    , m_countLabel(new QLabel)
{
    const QString databasePath = m_products.database().path();
    setWindowTitle(tr("Kontor — %1").arg(QFileInfo(databasePath).fileName()));
    setWindowFilePath(databasePath);

    // ---- menus ----
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_actor.can(Permission::ImportData)) {
        m_importAction = m_fileMenu->addAction(tr("&Import products…"), this, [this] {
            ProductImportDialog dialog(m_products, m_actor, this);
            dialog.exec();
        });
        m_importAction->setShortcut(tr("Ctrl+I"));
    }
    if (m_actor.can(Permission::ImportData) && m_actor.can(Permission::MoveStock)) {
        m_fileMenu->addAction(tr("Import &opening stock…"), this, [this] {
            StockImportDialog dialog(m_services.stock, m_products, m_actor, this);
            dialog.exec();
        });
    }
    if (m_actor.can(Permission::ExportData)) {
        m_exportAction = m_fileMenu->addAction(tr("&Export products…"), this, [this] {
            ProductExportDialog dialog(m_products, m_actor, this);
            dialog.exec();
        });
        m_exportAction->setShortcut(tr("Ctrl+E"));
        m_fileMenu->addAction(tr("Export s&tock…"), this, [this] {
            StockExportDialog dialog(m_services.stock, m_products, m_actor, this);
            dialog.exec();
        });
    }
    if (m_importAction || m_exportAction)
        m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    // The shop's own settings, read-only for those who may not change them.
    m_fileMenu->addAction(tr("Working &calendar…"), this, [this] {
        WorkingCalendarDialog dialog(m_services, m_actor, this);
        dialog.exec();
    });
    m_fileMenu->addAction(tr("&Users…"), this, [this] {
        UsersDialog dialog(m_services, m_actor, this);
        dialog.exec();
    });
    if (m_actor.can(Permission::ViewAuditLog)) {
        m_fileMenu->addAction(tr("&Audit log…"), this, [this] {
            AuditLogDialog dialog(m_services, m_actor, this);
            dialog.exec();
        });
    }
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    // Prices: only the entries the actor may use; no menu at all when there are none.
    const bool canEditPrices = m_actor.can(Permission::EditPrices);
    const bool canManageSettings = m_actor.can(Permission::ManageSettings);
    if (canEditPrices || canManageSettings) {
        m_pricesMenu = menuBar()->addMenu(tr("&Prices"));
        m_pricesMenu->setObjectName(u"pricesMenu"_qs);
        if (canEditPrices) {
            m_pricesMenu->addAction(tr("Price &lists…"), this, [this] {
                PriceListsDialog dialog(m_services, m_actor, this);
                dialog.exec();
            });
            m_pricesMenu->addAction(tr("&Exchange rates…"), this, [this] {
                ExchangeRatesDialog dialog(m_services, m_actor, this);
                dialog.exec();
            });
        }
        if (canManageSettings) {
            m_pricesMenu->addAction(tr("&VAT rate changes…"), this, [this] {
                VatChangesDialog dialog(m_services, m_actor, this);
                dialog.exec();
            });
        }
    }
    // Support: SLA policies for agents to read and the settings manager to change; responses and
    // articles for agents.
    const bool handlesTickets = m_actor.can(Permission::HandleTickets);
    if (handlesTickets || canManageSettings) {
        m_supportMenu = menuBar()->addMenu(tr("&Support"));
        m_supportMenu->setObjectName(u"supportMenu"_qs);
        m_supportMenu->addAction(tr("&SLA policies…"), this, [this] {
            SlaPoliciesDialog dialog(m_services, m_actor, this);
            dialog.exec();
        });
        if (handlesTickets) {
            m_supportMenu->addAction(tr("&Canned responses…"), this, [this] {
                CannedResponsesDialog dialog(m_services, m_actor, this);
                dialog.exec();
            });
            m_supportMenu->addAction(tr("&Help articles…"), this, [this] {
                KnowledgeBaseDialog dialog(m_services, m_actor, this);
                dialog.exec();
            });
        }
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Kontor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    // ---- toolbar with the global search ----
    QToolBar* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(u"mainToolBar"_qs);
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search->setObjectName(u"globalSearch"_qs);
    const QKeySequence searchKey(Qt::CTRL | Qt::Key_K);
    m_search->setPlaceholderText(tr("Find a product (%1)").arg(searchKey.toString(QKeySequence::NativeText)));
    m_search->setClearOnChoose(true);
    m_search->setMinimumWidth(360);
    m_search->setMaximumWidth(480);
    toolbar->addWidget(m_search);
    auto* focusSearch = new QShortcut(searchKey, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &ProductSearchField::productChosen, this, [this](const ProductListEntry& entry) {
        showPage(ProductsPage);
        m_productPage->showProduct(entry.id);
    });

    // ---- navigation and pages ----
    m_navigation->setObjectName(u"navigation"_qs);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setWordWrap(true);
    m_navigation->setFixedWidth(140); // long titles wrap (addPage)
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    addPage(ProductsPage, tr("Products"), m_productPage);
    if (m_actor.can(Permission::ManageOrders) || m_actor.can(Permission::FulfilOrders)) {
        m_ordersPage = new OrdersPage(services, m_actor);
        addPage(u"orders"_qs, tr("Orders"), m_ordersPage);
    }
    m_customersPage = new CustomersPage(services, m_actor);
    addPage(u"customers"_qs, tr("Customers"), m_customersPage);
    m_returnsPage = new ReturnsPage(services, m_actor);
    addPage(u"returns"_qs, tr("Returns"), m_returnsPage);
    if (m_actor.can(Permission::HandleTickets)) {
        m_supportPage = new SupportPage(services, m_actor);
        addPage(u"support"_qs, tr("Support"), m_supportPage);
    }
    // Support quality: for those who work on tickets or set the SLA (SupportMetrics' permission).
    if (m_actor.can(Permission::HandleTickets) || m_actor.can(Permission::ManageSettings))
        addPage(u"supportQuality"_qs, tr("Support quality"), new SupportMetricsPage(services, m_actor));
    // Suppliers and their contracts: contract terms and prices are for those who buy or see costs.
    if (m_actor.can(Permission::ManageSuppliers) || m_actor.can(Permission::ViewCosts)) {
        m_suppliersPage = new SuppliersPage(services, m_actor);
        addPage(u"suppliers"_qs, tr("Suppliers"), m_suppliersPage);
    }
    // Purchasing: a warehouse worker sees the POs to receive them.
    if (m_actor.can(Permission::ManagePurchases) || m_actor.can(Permission::MoveStock))
        addPage(u"purchaseOrders"_qs, tr("Purchase orders"), new PurchaseOrdersPage(services, m_actor));
    if (m_actor.can(Permission::ManageSuppliers))
        addPage(u"supplierClaims"_qs, tr("Supplier claims"), new ClaimsPage(services, m_actor));
    if (m_actor.can(Permission::ViewCosts) || m_actor.can(Permission::ManageSuppliers))
        addPage(u"supplierPerformance"_qs, tr("Supplier performance"),
                new SupplierScorecardPage(services, m_actor));
    addPage(StockPageKey, tr("Stock"), m_stockPage);
    m_productPage->editor()->enableChannelPrices(m_services);
    connect(m_productPage, &ProductPage::stockHistoryRequested, this,
            [this](const Id& id) { m_stockPage->showMovements(id); });
    connect(m_productPage, &ProductPage::kitRequested, this, [this](const Id& id) {
        KitDialog dialog(m_services, m_actor, id, this);
        dialog.exec();
    });
    addPage(u"replenishment"_qs, tr("Replenishment"), m_replenishmentPage);
    addReplenishmentFilters();
    if (m_actor.can(Permission::PostCounts))
        addPage(u"counts"_qs, tr("Counts"), new CountsPage(m_products, services.stock, m_actor));
    m_navigation->setFixedWidth(std::max(140, m_navigation->sizeHintForColumn(0) + 32));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // ---- status bar ----
    m_databaseLabel->setObjectName(u"databaseLabel"_qs);
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(u"productCountLabel"_qs);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(&m_products, &ProductService::productsChanged, this, &MainWindow::updateProductCount);
    updateProductCount();
    addSupport();

    // ---- remembered layout ----
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    m_productPage->restoreState(settings.productPageState());
    m_stockPage->restoreState(settings.stockPageState());
    if (m_ordersPage)
        m_ordersPage->restoreState(settings.ordersPageState());
    showPage(settings.lastPage());
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addReplenishmentFilters()
{
    // The stock page computes its filter sets on its loading thread, with the parameters the
    // replenishment page shows at that moment.
    struct SharedParams
    {
        std::mutex mutex;
        ReplenishmentParams params;
    };
    auto shared = std::make_shared<SharedParams>();
    auto update = [this, shared] {
        std::lock_guard lock(shared->mutex);
        shared->params = m_replenishmentPage->params();
    };
    update();
    connect(m_replenishmentPage, &ReplenishmentPage::paramsChanged, this, update);
    auto params = [shared] {
        std::lock_guard lock(shared->mutex);
        return shared->params;
    };
    ReplenishmentService& service = m_replenishmentPage->service();
    const Actor actor = m_actor;
    m_stockPage->addProductFilter(
        tr("Below reorder point"),
        tr("Only products whose available stock is at or below their reorder point (see Replenishment)"),
        [&service, actor, params] { return service.belowReorderPoint(actor, params()); });
    m_stockPage->addProductFilter(tr("Dead stock"),
                                  tr("Only products in stock that have not sold for %n day(s)", nullptr,
                                     ReplenishmentParams().deadDays),
                                  [&service, actor, params] { return service.deadStock(actor, params()); });
}

void MainWindow::addSupport()
{
    if (!m_supportPage)
        return;
    m_notifications = new NotificationButton(m_services.support, m_actor);
    statusBar()->addPermanentWidget(m_notifications);
    connect(m_notifications, &NotificationButton::ticketRequested, this, [this](const Id& id) {
        showPage(u"support"_qs);
        m_supportPage->showTicket(id);
    });
    connect(m_supportPage, &SupportPage::orderRequested, this, [this](const Id& id) {
        if (!m_ordersPage)
            return;
        showPage(u"orders"_qs);
        m_ordersPage->showOrder(id);
    });
    connect(m_supportPage, &SupportPage::returnRequested, this, [this](const Id& id) {
        showPage(u"returns"_qs);
        m_returnsPage->selectReturn(id);
    });
    connect(m_supportPage, &SupportPage::productRequested, this, [this](const Id& id) {
        showPage(ProductsPage);
        m_productPage->showProduct(id);
    });
    // Breaches and escalations are recorded when they happen while the app is open, not only when
    // someone touches the ticket.
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setObjectName(u"supportSweepTimer"_qs);
    m_sweepTimer->setInterval(SweepMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &MainWindow::sweepSupport);
    m_sweepTimer->start();
    QTimer::singleShot(0, this, &MainWindow::sweepSupport);
}

void MainWindow::sweepSupport()
{
    if (!m_actor.can(Permission::HandleTickets))
        return;
    auto swept = m_services.support.sweep(m_actor);
    if (!swept && swept.error().code != ErrorCode::PermissionDenied)
        qCWarning(lcMainWindow) << "support sweep failed:" << swept.error().toString();
    if (m_notifications)
        m_notifications->updateCount();
}

void MainWindow::addPage(const QString& key, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(PageKeyRole, key);
    // A title wider than the navigation wraps to a second line instead of being cut.
    const int lines =
        m_navigation->fontMetrics().horizontalAdvance(title) > m_navigation->width() - 16 ? 2 : 1;
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * lines + 16));
    m_pages->addWidget(page);
}

QString MainWindow::currentPageKey() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(PageKeyRole).toString() : QString();
}

void MainWindow::showPage(const QString& key)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageKeyRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::updateProductCount()
{
    auto active = m_products.count(m_actor, false);
    auto all = m_products.count(m_actor, true);
    if (!active || !all) {
        m_countLabel->setText(tr("Products: unknown"));
        return;
    }
    QString text = ProductText::productCount(*active);
    if (*all > *active)
        text += QStringLiteral(" · ") + tr("%1 archived").arg(QLocale().toString(*all - *active));
    m_countLabel->setText(text);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_services.shopDetails, m_actor, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restartRequested())
        Q_EMIT restartRequested();
}

void MainWindow::showAbout()
{
    const QString path = QDir::toNativeSeparators(m_products.database().path());
    MessageBox::about(this, tr("About Kontor"),
                      tr("<h3>Kontor %1</h3>"
                         "<p>A back office for small online shops: products, stock, orders, suppliers and "
                         "support in one file on your computer.</p>"
                         "<p>Database: %2<br>Built with Qt %3.</p>"
                         "<p>Anyone who can copy the database file can read it; keep backups in a safe "
                         "place.</p>")
                          .arg(QCoreApplication::applicationVersion(), path.toHtmlEscaped(),
                               QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_productPage->confirmLeave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastPage(currentPageKey());
    m_settings.setProductPageState(m_productPage->saveState());
    m_settings.setStockPageState(m_stockPage->saveState());
    if (m_ordersPage)
        m_settings.setOrdersPageState(m_ordersPage->saveState());
    m_settings.sync();
    event->accept();
}

} // namespace kontor
