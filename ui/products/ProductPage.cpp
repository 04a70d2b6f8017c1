#include "ProductPage.h"

#include "CategoryCombo.h"
#include "CategoryDialog.h"
#include "ProductEditor.h"
#include "ProductTableModel.h"
#include "ProductText.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

ProductPage::ProductPage(ProductService& service, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_model(new ProductTableModel(service, m_actor, this))
    , m_view(new QTableView)
    , m_editor(new ProductEditor(service, m_actor))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_categoryFilter(new CategoryCombo(service, m_actor, tr("All categories")))
    , m_showArchived(new QCheckBox(tr("Show archived")))
    , m_countLabel(new QLabel)
    , m_newAction(new QAction(tr("&New product"), this))
    , m_saveAction(new QAction(tr("&Save product"), this))
    , m_labelsAction(new QAction(tr("Print &labels…"), this))
    , m_kitAction(new QAction(tr("&Kit and stock settings…"), this))
{
    const bool canEdit = m_actor.can(Permission::EditCatalog);

    // ---- filter bar ----
    QToolButton* newButton = actionButton(m_newAction, u"newProductButton"_qs);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a new product (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newAction->setEnabled(canEdit);
    m_saveAction->setShortcut(QKeySequence::Save);
    addAction(m_newAction);
    addAction(m_saveAction);
    m_labelsAction->setObjectName(u"printLabelsAction"_qs);
    m_labelsAction->setShortcut(QKeySequence::Print);
    m_labelsAction->setToolTip(
        tr("Print barcode labels for the selected products, or save them as a PDF (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    addAction(m_labelsAction);
    QToolButton* labelsButton = actionButton(m_labelsAction, u"printLabelsButton"_qs);
    m_kitAction->setObjectName(u"kitSettingsAction"_qs);
    // Short on the button: the filter bar decides the window's narrowest width.
    m_kitAction->setIconText(tr("Kit…"));
    m_kitAction->setToolTip(tr("Make the product a kit of other products, or allow backorders for it"));
    m_kitAction->setVisible(false); // until the window listens (connectNotify)
    QToolButton* kitButton = actionButton(m_kitAction, u"kitSettingsButton"_qs);

    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Search by name, SKU or barcode"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(
        std::min(260, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48));
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_categoryFilter->setObjectName(u"categoryFilter"_qs);
    m_categoryFilter->setMinimumContentsLength(10);
    m_categoryFilter->setToolTip(tr("Show the products of a category and its sub-categories"));
    auto* categoriesButton = new QToolButton;
    categoriesButton->setObjectName(u"manageCategoriesButton"_qs);
    categoriesButton->setText(tr("Categories…"));
    categoriesButton->setToolTip(tr("Add, rename, move and delete categories"));
    categoriesButton->setEnabled(canEdit);
    m_showArchived->setObjectName(u"showArchivedCheck"_qs);
    m_countLabel->setObjectName(u"countLabel"_qs);
    m_countLabel->setEnabled(false);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(newButton);
    filterBar->addWidget(labelsButton);
    filterBar->addWidget(kitButton);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_categoryFilter);
    filterBar->addWidget(categoriesButton);
    filterBar->addWidget(m_showArchived);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_countLabel);

    // ---- table ----
    m_view->setObjectName(u"productTable"_qs);
    m_view->setModel(m_model);
    // Several rows for labels; the current row is the one in the editor.
    TableViews::setUp(m_view, QAbstractItemView::ExtendedSelection, ProductTableModel::Name);
    m_view->addAction(m_labelsAction);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProductPage::showRowMenu);
    QHeaderView* header = m_view->horizontalHeader();
    TableViews::setColumnWidths(m_view, {{ProductTableModel::Category, 18},
                                         {ProductTableModel::Unit, 7},
                                         {ProductTableModel::Price, 14},
                                         {ProductTableModel::Cost, 14},
                                         {ProductTableModel::Vat, 11}, // "Без НДС"
                                         {ProductTableModel::Status, 10}});
    header->resizeSection(ProductTableModel::Barcode,
                          m_view->fontMetrics().horizontalAdvance(u"0000000000000"_qs) + 16);
    TableViews::fitTitles(m_view, ProductTableModel::Category);
    // The unit and the barcode are rarely needed at a glance (search finds barcodes anyway); the
    // header's context menu shows them.
    header->setSectionHidden(ProductTableModel::Unit, true);
    header->setSectionHidden(ProductTableModel::Barcode, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ProductPage::showColumnMenu);
    header->setSortIndicator(ProductTableModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Only SKU and name sort; a click elsewhere puts the indicator back.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (section != ProductTableModel::Sku && section != ProductTableModel::Name)
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_editor->setObjectName(u"productEditor"_qs);
    m_editor->setMinimumWidth(380);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({920, 360}); // proportions until the window has its size

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &ProductPage::applyFilter);
    connect(m_categoryFilter, &CategoryCombo::categoryChosen, this, &ProductPage::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &ProductPage::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &ProductPage::updateStatusColumn);
    connect(categoriesButton, &QToolButton::clicked, this, &ProductPage::openCategories);
    connect(m_newAction, &QAction::triggered, this, [this] { newProduct(); });
    connect(m_saveAction, &QAction::triggered, m_editor, &ProductEditor::save);
    connect(m_labelsAction, &QAction::triggered, this, &ProductPage::printLabels);
    connect(m_kitAction, &QAction::triggered, this, [this] {
        if (!m_editor->isNew() && !m_editor->productId().isNull())
            Q_EMIT kitRequested(m_editor->productId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductPage::updateActions);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    connect(m_model, &ProductTableModel::loaded, this, &ProductPage::onModelLoaded);
    connect(m_model, &ProductTableModel::loadFailed, this, [this](const Error& error) {
        m_countLabel->setText(tr("Cannot load the products"));
        m_countLabel->setToolTip(error.toString());
    });
    connect(&service, &ProductService::productsChanged, this, &ProductPage::reloadEditorIfClean);

    connect(m_editor, &ProductEditor::saved, this, [this](const Product& product) {
        if (m_switching)
            return; // saved on the way to another row, which stays selected
        m_currentId = product.id;
        const int row = m_model->rowOf(product.id);
        if (row >= 0)
            selectRowQuietly(row);
        else
            m_pendingSelect = product.id; // appears with the reload the save triggered
    });
    connect(m_editor, &ProductEditor::deleted, this, [this] {
        m_currentId = Id();
        m_view->selectionModel()->clear();
    });
    connect(m_editor, &ProductEditor::openProductRequested, this, &ProductPage::showProduct);
    connect(m_editor, &ProductEditor::addVariantRequested, this, &ProductPage::newProduct);
    connect(m_editor, &ProductEditor::stateChanged, this, &ProductPage::updateActions);

    m_countLabel->setText(tr("Loading…"));
    updateActions();
    updateStatusColumn();
}

void ProductPage::updateStatusColumn()
{
    // Without archived products every row is active: the column would only repeat that.
    m_view->horizontalHeader()->setSectionHidden(ProductTableModel::Status, !m_showArchived->isChecked());
}

void ProductPage::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int column : {ProductTableModel::Category, ProductTableModel::Unit, ProductTableModel::Price,
                       ProductTableModel::Cost, ProductTableModel::Vat, ProductTableModel::Barcode}) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void ProductPage::connectNotify(const QMetaMethod& signal)
{
    QWidget::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&ProductPage::kitRequested))
        m_kitAction->setVisible(m_actor.can(Permission::EditCatalog));
}

void ProductPage::showRowMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const Id id = m_model->idAt(index.row());
    QMenu menu(this);
    if (isSignalConnected(QMetaMethod::fromSignal(&ProductPage::stockHistoryRequested))) {
        QAction* history = menu.addAction(tr("Stock &history…"));
        history->setObjectName(u"stockHistoryAction"_qs);
        connect(history, &QAction::triggered, this, [this, id] { Q_EMIT stockHistoryRequested(id); });
    }
    if (m_kitAction->isVisible()) {
        QAction* kit = menu.addAction(m_kitAction->text());
        kit->setObjectName(u"kitSettingsAction"_qs);
        connect(kit, &QAction::triggered, this, [this, id] { Q_EMIT kitRequested(id); });
    }
    if (menu.isEmpty())
        return;
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QByteArray ProductPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(2) << m_splitter->saveState() << m_view->horizontalHeader()->saveState()
        << m_labelSettings.layoutId << qint32(m_labelSettings.code) << qint32(m_labelSettings.copies)
        << m_labelSettings.showPrice;
    return state;
}

void ProductPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    in >> version >> splitter >> header;
    if (in.status() != QDataStream::Ok || version < 1 || version > 2)
        return;
    if (version >= 2) {
        LabelSettings labels;
        qint32 code = 0;
        qint32 copies = 0;
        in >> labels.layoutId >> code >> copies >> labels.showPrice;
        if (in.status() == QDataStream::Ok && code >= int(LabelCode::Auto) && code <= int(LabelCode::SkuQr)) {
            labels.code = LabelCode(code);
            labels.copies = std::clamp(int(copies), 1, LabelDialog::MaxCopies);
            m_labelSettings = labels;
        }
    }
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header);
    // Name stretches whatever was saved; Status follows "Show archived".
    m_view->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    updateStatusColumn();
}

void ProductPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductPage::applyFilter()
{
    m_searchDebounce->stop();
    ProductFilter filter;
    filter.search = m_search->text().trimmed();
    filter.categoryId = m_categoryFilter->currentCategoryId();
    filter.includeArchived = m_showArchived->isChecked();
    m_model->setFilter(filter);
}

void ProductPage::updateActions()
{
    m_saveAction->setEnabled(m_editor->canSave());
    m_labelsAction->setEnabled(m_view->selectionModel()->hasSelection());
    m_kitAction->setEnabled(!m_editor->isNew() && !m_editor->productId().isNull());
}

void ProductPage::updateCount()
{
    m_countLabel->setText(ProductText::productCount(m_model->rowCount()));
    m_countLabel->setToolTip({});
}

void ProductPage::selectRowQuietly(int row)
{
    m_selecting = true;
    const QModelIndex index = m_model->index(row, ProductTableModel::Name);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

void ProductPage::onModelLoaded()
{
    if (m_firstLoad) {
        m_firstLoad = false;
        m_view->resizeColumnToContents(ProductTableModel::Sku);
    }
    updateCount();
    if (!m_pendingSelect.isNull()) {
        const int row = m_model->rowOf(m_pendingSelect);
        if (row >= 0) {
            const Id id = m_pendingSelect;
            m_pendingSelect = Id();
            if (id == m_currentId)
                selectRowQuietly(row);
            else
                m_view->selectRow(row); // loads it through onCurrentRowChanged
            return;
        }
    }
    // After a reset the view forgot the selection: put it back on the product in the editor.
    const int row = m_model->rowOf(m_currentId);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (row >= 0 && (!current.isValid() || current.row() != row))
        selectRowQuietly(row);
}

void ProductPage::onCurrentRowChanged(int row)
{
    if (m_selecting || row < 0)
        return;
    const Id id = m_model->idAt(row);
    if (id.isNull() || (id == m_currentId && !m_editor->isNew()))
        return;
    m_switching = true;
    const bool leave = m_editor->confirmLeave();
    m_switching = false;
    if (!leave) {
        // Stay on the product being edited.
        const int back = m_model->rowOf(m_currentId);
        QTimer::singleShot(0, this, [this, back] {
            if (back >= 0)
                selectRowQuietly(back);
            else
                m_view->selectionModel()->clear();
        });
        return;
    }
    auto product = m_service.product(m_actor, id);
    if (!product) {
        MessageBox::warning(this, tr("Products"), product.error().toString());
        return;
    }
    m_currentId = id;
    m_editor->setProduct(*product);
}

void ProductPage::showProduct(const Id& id)
{
    if (id.isNull())
        return;
    if (id != m_currentId || m_editor->isNew()) {
        if (!m_editor->confirmLeave())
            return;
        auto product = m_service.product(m_actor, id);
        if (!product) {
            MessageBox::warning(this, tr("Products"), product.error().toString());
            return;
        }
        m_currentId = id;
        m_editor->setProduct(*product);
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            selectRowQuietly(row);
            return;
        }
        // The filter hides it: widen the filter so it can be selected in the list.
        m_pendingSelect = id;
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockCategory(m_categoryFilter);
        const QSignalBlocker blockArchived(m_showArchived);
        m_search->clear();
        m_categoryFilter->setCurrentCategoryId(Id());
        if (product->archived)
            m_showArchived->setChecked(true);
        updateStatusColumn();
        applyFilter();
        return;
    }
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectRowQuietly(row);
}

void ProductPage::newProduct(const Product& draft)
{
    if (!m_actor.can(Permission::EditCatalog) || !m_editor->confirmLeave())
        return;
    Product p = draft;
    if (p.categoryId.isNull() && p.parentId.isNull())
        p.categoryId = m_categoryFilter->currentCategoryId();
    m_selecting = true;
    m_view->selectionModel()->clear();
    m_selecting = false;
    m_currentId = Id();
    m_editor->startNew(p);
}

bool ProductPage::confirmLeave()
{
    return m_editor->confirmLeave();
}

void ProductPage::reloadEditorIfClean(const QList<Id>& ids)
{
    if (m_currentId.isNull() || m_editor->isNew() || m_editor->isDirty())
        return;
    if (!ids.isEmpty() && !ids.contains(m_currentId))
        return;
    auto product = m_service.product(m_actor, m_currentId);
    if (!product) {
        // Deleted elsewhere.
        m_currentId = Id();
        m_editor->clear();
        return;
    }
    m_editor->setProduct(*product);
}

Result<QList<Product>> ProductPage::selectedProducts() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> localIds;
    localIds.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        if (const qint64 localId = m_model->localIdAt(row); localId != 0)
            localIds.append(localId);
    }
    if (localIds.isEmpty())
        return QList<Product>();
    return m_service.productsByLocalIds(m_actor, localIds);
}

void ProductPage::printLabels()
{
    auto products = selectedProducts();
    if (!products) {
        MessageBox::warning(this, tr("Print labels"), products.error().toString());
        return;
    }
    if (products->isEmpty())
        return;
    LabelDialog dialog(std::move(*products), this);
    dialog.setSettings(m_labelSettings);
    dialog.exec();
    m_labelSettings = dialog.settings();
}

void ProductPage::openCategories()
{
    CategoryDialog dialog(m_service, m_actor, this);
    dialog.exec();
}

} // namespace kontor
