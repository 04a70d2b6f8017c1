#include "MovementsDialog.h"

#include "LocationCombo.h"
#include "MovementListModel.h"
#include "StockText.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "products/ProductSearchField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr MovementKind Kinds[] = {MovementKind::Receipt,        MovementKind::Shipment,
                                  MovementKind::Transfer,       MovementKind::Adjustment,
                                  MovementKind::CustomerReturn, MovementKind::SupplierReturn};

qint64 startOfDay(const QDate& date)
{
    return date.startOfDay().toMSecsSinceEpoch(); // local midnight, as the user reads dates
}

} // namespace

MovementsDialog::MovementsDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new MovementListModel(services, m_actor, this))
    , m_view(new QTableView)
    , m_product(new ProductSearchField(services.products, m_actor))
    , m_location(new LocationCombo(services.stock, m_actor, tr("All locations")))
    , m_kind(new QComboBox)
    , m_fromCheck(new QCheckBox(tr("&From")))
    , m_from(new QDateEdit)
    , m_toCheck(new QCheckBox(tr("T&o")))
    , m_to(new QDateEdit)
    , m_count(new QLabel)
    , m_reverse(new QPushButton(tr("&Reverse…")))
{
    setWindowTitle(tr("Stock movements"));
    resize(1240, 640);

    // ---- filters ----
    m_product->setObjectName(u"productFilter"_qs);
    m_product->setPlaceholderText(tr("All products"));
    m_product->setMinimumWidth(m_product->fontMetrics().averageCharWidth() * 30);
    m_location->setObjectName(u"locationFilter"_qs);
    m_location->setWarehousesSelectable(false);
    m_kind->setObjectName(u"kindFilter"_qs);
    m_kind->addItem(tr("All kinds"));
    for (MovementKind kind : Kinds)
        m_kind->addItem(StockKinds::movementKindName(kind), int(kind));
    const QDate today = services.stock.database().clock().now().toLocalTime().date();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"fromDate"_qs);
    m_to->setObjectName(u"toDate"_qs);
    m_fromCheck->setObjectName(u"fromCheck"_qs);
    m_toCheck->setObjectName(u"toCheck"_qs);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_product, 2);
    filterBar->addWidget(m_location, 1);
    filterBar->addWidget(m_kind);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_fromCheck);
    filterBar->addWidget(m_from);
    filterBar->addWidget(m_toCheck);
    filterBar->addWidget(m_to);

    // ---- table ----
    m_view->setObjectName(u"movementTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, MovementListModel::Note);
    QHeaderView* header = m_view->horizontalHeader();
    const QString sampleTime =
        StockText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toMSecsSinceEpoch());
    header->resizeSection(MovementListModel::When, m_view->fontMetrics().horizontalAdvance(sampleTime) + 24);
    TableViews::setColumnWidths(m_view, {{MovementListModel::Kind, 14},
                                         {MovementListModel::Reason, 22},
                                         {MovementListModel::Sku, 11},
                                         {MovementListModel::Product, 24},
                                         {MovementListModel::Location, 28},
                                         {MovementListModel::Quantity, 11},
                                         {MovementListModel::UnitCost, 13},
                                         {MovementListModel::Who, 10},
                                         {MovementListModel::Status, 10}});
    TableViews::fitTitles(m_view);
    header->setSectionHidden(MovementListModel::UnitCost, !m_actor.can(Permission::ViewCosts));

    // ---- bottom ----
    m_count->setObjectName(u"countLabel"_qs);
    m_count->setEnabled(false);
    m_reverse->setObjectName(u"reverseButton"_qs);
    m_reverse->setToolTip(tr("Undo the selected document with opposite movements; both stay in the history"));
    m_reverse->setVisible(m_actor.can(Permission::MoveStock));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    // Enter belongs to the filters and the table here, never to Reverse or Close.
    m_reverse->setAutoDefault(false);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_reverse);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // ---- wiring ----
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_product, &ProductSearchField::productChosen, this, [this](const ProductListEntry& entry) {
        m_productId = entry.id;
        m_product->setProperty("chosenText", m_product->text());
        applyFilter();
    });
    connect(m_product, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_productId.isNull() && text != m_product->property("chosenText").toString()) {
            m_productId = Id();
            applyFilter();
        }
    });
    connect(m_location, &LocationCombo::choiceChanged, this, &MovementsDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MovementsDialog::applyFilter);
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &MovementsDialog::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, &MovementsDialog::applyFilter);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MovementsDialog::updateActions);
    connect(m_reverse, &QPushButton::clicked, this, &MovementsDialog::reverseSelected);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const Movement* m = m_model->movementAt(m_view->currentIndex().row());
        m_keepSelected = m ? m->id : Id();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount() && !m_keepSelected.isNull(); ++row) {
            if (m_model->movementAt(row)->id == m_keepSelected) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0));
                break;
            }
        }
        m_keepSelected = Id();
        fitColumns();
        updateCount();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MovementsDialog::updateCount);
    connect(m_model, &MovementListModel::loadFailed, this,
            [this](const Error& error) { m_count->setText(error.message); });

    fitColumns();
    updateCount();
    updateActions();
}

void MovementsDialog::fitColumns()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // Names differ a lot between shops: fit the first rows, within reason.
    QHeaderView* header = m_view->horizontalHeader();
    for (int column : {MovementListModel::Reason, MovementListModel::Product, MovementListModel::Location}) {
        const int preset = header->sectionSize(column);
        m_view->resizeColumnToContents(column);
        header->resizeSection(column,
                              std::clamp(header->sectionSize(column) + 8, preset * 3 / 4, preset * 8 / 5));
    }
}

void MovementsDialog::setProduct(const Id& productId)
{
    auto product = productId.isNull() ? Result<Product>(fail(ErrorCode::NotFound, {}))
                                      : m_services.products.product(m_actor, productId);
    const QSignalBlocker block(m_product);
    if (product) {
        m_productId = productId;
        const QString text = ProductSearchField::displayText(product->sku, product->name);
        m_product->setProperty("chosenText", text);
        m_product->setText(text);
        m_product->setCursorPosition(0);
        setWindowTitle(tr("Stock history — %1").arg(text));
    } else {
        m_productId = Id();
        m_product->clear();
        setWindowTitle(tr("Stock movements"));
    }
    applyFilter();
}

void MovementsDialog::setLocation(const Id& locationId)
{
    m_location->setCurrentLocationId(locationId);
}

void MovementsDialog::applyFilter()
{
    MovementFilter filter;
    filter.productId = m_productId;
    filter.locationId = m_location->currentLocationId();
    if (m_kind->currentIndex() > 0)
        filter.kind = MovementKind(m_kind->currentData().toInt());
    if (m_fromCheck->isChecked())
        filter.from = startOfDay(m_from->date());
    if (m_toCheck->isChecked())
        filter.to = startOfDay(m_to->date().addDays(1)); // the whole "to" day
    m_model->setFilter(filter);
}

void MovementsDialog::updateCount()
{
    const int shown = m_model->rowCount();
    if (shown == 0) {
        m_count->setText(tr("No movements match."));
        return;
    }
    // English needs "1 movement" apart from "%n movements"; Russian gets all forms from the
    // numerus translation of the second string.
    const QString count = shown == 1 ? tr("1 movement") : tr("%Ln movements", nullptr, shown);
    m_count->setText(m_model->canFetchMore({}) ? tr("%1 shown; scroll down for older ones.").arg(count)
                                               : count);
}

void MovementsDialog::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool selected = m_model->movementAt(row) != nullptr;
    const bool undoable = selected && !m_model->isReversal(row) && !m_model->isReversed(row);
    m_reverse->setEnabled(undoable);
    if (selected && m_model->isReversed(row))
        m_reverse->setToolTip(tr("This document has already been reversed."));
    else if (selected && m_model->isReversal(row))
        m_reverse->setToolTip(tr("This is a reversal; post the movement again instead of reversing it."));
    else
        m_reverse->setToolTip(
            tr("Undo the selected document with opposite movements; both stay in the history"));
}

bool MovementsDialog::reverseSelected()
{
    const int row = m_view->currentIndex().row();
    const Movement* m = m_model->movementAt(row);
    if (!m || !m_actor.can(Permission::MoveStock))
        return false;
    const Id docId = m->docId;
    const QModelIndex index = m_model->index(row, 0);
    const QString what = tr("%1 of %2 %3 at %4 on %5")
                             .arg(StockKinds::movementKindName(m->kind),
                                  index.siblingAtColumn(MovementListModel::Quantity).data().toString(),
                                  index.siblingAtColumn(MovementListModel::Sku).data().toString(),
                                  index.siblingAtColumn(MovementListModel::Location).data().toString(),
                                  index.siblingAtColumn(MovementListModel::When).data().toString());
    auto legs = m_services.stock.document(m_actor, docId);
    const int legCount = legs ? int(legs->size()) : 1;
    QString text = tr("Reverse this document?\n\n%1").arg(what);
    if (legCount > 1)
        text += u'\n' + tr("All %Ln movements of the document are undone.", nullptr, legCount);
    text += QStringLiteral("\n\n") +
            tr("Opposite movements dated the same are posted; the original stays in the history.");
    if (MessageBox::question(this, tr("Reverse movement"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return false;
    auto reversed = m_services.stock.reverse(m_actor, docId);
    if (!reversed) {
        MessageBox::warning(this, tr("Reverse movement"), reversed.error().message);
        return false;
    }
    return true;
}

} // namespace kontor
