#include "StockDetailPanel.h"

#include "StockText.h"
#include "catalog/ProductService.h"
#include "products/ProductSearchField.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

namespace {

QColor negativeColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StockDetailPanel::StockDetailPanel(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_empty(new QLabel(tr("Select a row to see the product's stock at every location and its latest "
                            "movements.")))
    , m_content(new QWidget)
    , m_balances(
          makeTable(u"balancesTable"_qs, {tr("Location"), tr("On hand"), tr("Reserved"), tr("Available")}))
    , m_movements(makeTable(u"recentMovementsTable"_qs, {tr("When"), tr("Kind"), tr("Reason"), tr("Quantity"),
                                                         tr("Location"), tr("Who"), tr("Note")}))
    , m_error(new QLabel)
    , m_history(new QPushButton(tr("Full &history…")))
    , m_arrived(new QPushButton(tr("Mark &arrived…")))
{
    m_title->setObjectName(u"detailTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"detailSummary"_qs);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_error->setObjectName(u"detailError"_qs);
    m_error->setWordWrap(true);
    m_error->hide();
    m_history->setObjectName(u"fullHistoryButton"_qs);
    m_history->setToolTip(tr("Every movement of this product, with filters"));
    m_arrived->setObjectName(u"markArrivedButton"_qs);
    m_arrived->setToolTip(tr("Move the goods waiting in transit into their destination"));
    m_arrived->hide();

    QHeaderView* balanceHeader = m_balances->horizontalHeader();
    balanceHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column) {
        balanceHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_balances->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    QHeaderView* movementHeader = m_movements->horizontalHeader();
    for (int column = 0; column < 6; ++column)
        movementHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    movementHeader->setSectionResizeMode(6, QHeaderView::Stretch);
    m_movements->horizontalHeaderItem(3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* heading = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    heading->addLayout(titles, 1);
    heading->addWidget(m_arrived, 0, Qt::AlignBottom);
    heading->addWidget(m_history, 0, Qt::AlignBottom);

    auto* balancesBox = new QVBoxLayout;
    auto* balancesLabel = new QLabel(tr("Stock by location"));
    balancesBox->addWidget(balancesLabel);
    balancesBox->addWidget(m_balances, 1);
    auto* movementsBox = new QVBoxLayout;
    auto* movementsLabel = new QLabel(tr("Latest movements"));
    movementsBox->addWidget(movementsLabel);
    movementsBox->addWidget(m_movements, 1);
    auto* tables = new QHBoxLayout;
    tables->addLayout(balancesBox, 3);
    tables->addLayout(movementsBox, 5);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(heading);
    contentLayout->addWidget(m_error);
    contentLayout->addLayout(tables, 1);

    auto* stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    connect(m_history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_productId); });
    connect(m_arrived, &QPushButton::clicked, this,
            [this] { Q_EMIT arrivalRequested(m_productId, m_locationId); });
    connect(&services.stock, &StockService::stockChanged, this, [this](const QList<Id>& ids) {
        if (!m_productId.isNull() && (ids.isEmpty() || ids.contains(m_productId)))
            refresh();
    });
    connect(&services.stock, &StockService::locationsChanged, this, &StockDetailPanel::refresh);
    connect(&services.products, &ProductService::productsChanged, this, [this](const QList<Id>& ids) {
        if (!m_productId.isNull() && (ids.isEmpty() || ids.contains(m_productId)))
            refresh();
    });
    clear();
}

void StockDetailPanel::showProduct(const Id& productId, const Id& locationId)
{
    if (productId == m_productId && locationId == m_locationId)
        return;
    m_productId = productId;
    m_locationId = locationId;
    refresh();
}

void StockDetailPanel::clear()
{
    m_balances->setRowCount(0);
    m_movements->setRowCount(0);
    m_arrived->hide();
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

void StockDetailPanel::refresh()
{
    if (m_productId.isNull()) {
        clear();
        return;
    }
    auto product = m_services.products.product(m_actor, m_productId);
    if (!product) {
        // Deleted meanwhile.
        m_productId = Id();
        clear();
        return;
    }
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    const QLocale locale;
    const QString unit = Units::code(product->unit);
    m_title->setText(ProductSearchField::displayText(product->sku, product->name));

    QStringList problems;
    auto locations = StockLocations::load(m_services.stock, m_actor, true);
    if (!locations)
        problems.append(locations.error().toString());
    const StockLocations names = locations ? *locations : StockLocations();

    // ---- balances ----
    auto balances = m_services.stock.balancesOf(m_actor, m_productId);
    QList<Balance> shown;
    if (balances) {
        for (const Balance& b : std::as_const(*balances)) {
            if (b.onHand.milli() != 0 || b.reserved.milli() != 0 || b.locationId == m_locationId)
                shown.append(b);
        }
        std::sort(shown.begin(), shown.end(), [&](const Balance& a, const Balance& b) {
            return names.order(a.locationId) < names.order(b.locationId);
        });
    } else {
        problems.append(balances.error().toString());
    }
    Quantity total;
    m_balances->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Balance& b = shown.at(row);
        const Location* location = names.location(b.locationId);
        const bool sellable = location && location->sellable();
        total = total + b.onHand;
        auto* name = cell(names.name(b.locationId));
        name->setToolTip(names.fullName(b.locationId));
        if (b.locationId == m_locationId) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        auto* onHand = cell(StockText::quantity(b.onHand, unit, locale), true);
        if (b.onHand.milli() < 0)
            onHand->setForeground(negativeColor());
        auto* available = cell(
            sellable ? StockText::quantity(b.onHand - b.reserved, unit, locale) : QStringLiteral("—"), true);
        if (!sellable)
            available->setToolTip(tr("Not for sale from here"));
        m_balances->setItem(row, 0, name);
        m_balances->setItem(row, 1, onHand);
        m_balances->setItem(row, 2, cell(StockText::quantity(b.reserved, unit, locale), true));
        m_balances->setItem(row, 3, available);
    }

    auto available = m_services.stock.available(m_actor, m_productId);
    m_summary->setText(tr("On hand in all locations: %1 · available to sell: %2")
                           .arg(StockText::quantity(total, unit, locale),
                                available ? StockText::quantity(*available, unit, locale) : tr("unknown")));

    // ---- latest movements ----
    MovementFilter filter;
    filter.productId = m_productId;
    filter.limit = RecentMovements;
    auto movements = m_services.stock.movements(m_actor, filter);
    if (!movements)
        problems.append(movements.error().toString());
    const QList<Movement> recent = movements ? *movements : QList<Movement>();
    m_movements->setRowCount(int(recent.size()));
    for (int row = 0; row < recent.size(); ++row) {
        const Movement& m = recent.at(row);
        auto* quantity = cell(StockText::change(m.quantity, unit, locale), true);
        if (m.quantity.milli() < 0)
            quantity->setForeground(negativeColor());
        auto* where = cell(names.name(m.locationId));
        where->setToolTip(names.fullName(m.locationId));
        m_movements->setItem(row, 0, cell(StockText::dateTime(m.occurredAt, locale)));
        m_movements->setItem(row, 1, cell(StockKinds::movementKindName(m.kind)));
        m_movements->setItem(row, 2, cell(m.reason.isEmpty() ? QString() : StockKinds::reasonName(m.reason)));
        m_movements->setItem(row, 3, quantity);
        m_movements->setItem(row, 4, where);
        m_movements->setItem(row, 5, cell(m.userName));
        m_movements->setItem(row, 6, cell(m.note));
    }

    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());

    const Location* selected = names.location(m_locationId);
    bool inTransit = false;
    if (selected && selected->kind == LocationKind::Transit) {
        auto held = m_services.stock.balance(m_actor, m_productId, m_locationId);
        inTransit = held && held->onHand.milli() > 0;
    }
    m_arrived->setVisible(inTransit && m_actor.can(Permission::MoveStock));
}

} // namespace kontor
