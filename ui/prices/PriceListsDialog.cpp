#include "PriceListsDialog.h"

#include "PriceText.h"
#include "catalog/ProductService.h"
#include "common/Money.h"
#include "products/ProductSearchField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString quantityText(Quantity q, const QLocale& locale = QLocale())
{
    QString text = q.toString();
    text.replace(u'.', locale.decimalPoint());
    return text;
}
} // namespace

PriceListsDialog::PriceListsDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_currency(services.products.currency())
    , m_canEdit(m_actor.can(Permission::EditPrices))
    , m_lists(new QListWidget)
    , m_name(new QLineEdit)
    , m_tiers(new QTableWidget(0, TierColumnCount))
    , m_productField(new ProductSearchField(services.products, m_actor))
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_new(new QPushButton(tr("&New list")))
    , m_archive(new QPushButton(tr("A&rchive")))
    , m_removeTier(new QPushButton(tr("Re&move tier")))
    , m_save(new QPushButton(tr("&Save")))
{
    setWindowTitle(tr("Price lists"));
    resize(900, 540);

    m_lists->setObjectName(u"priceLists"_qs);
    m_lists->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setPlaceholderText(tr("Wholesale, Dealers, …"));
    m_name->setReadOnly(!m_canEdit);

    m_tiers->setObjectName(u"tiersTable"_qs);
    m_tiers->setHorizontalHeaderLabels(
        {tr("Product"), tr("From quantity"), tr("Price, %1").arg(Money::symbol(m_currency))});
    m_tiers->verticalHeader()->hide();
    m_tiers->verticalHeader()->setDefaultSectionSize(m_tiers->fontMetrics().height() + 10);
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->setAlternatingRowColors(true);
    m_tiers->setWordWrap(false);
    m_tiers->setEditTriggers(m_canEdit ? QAbstractItemView::AllEditTriggers
                                       : QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_tiers->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TierProduct, QHeaderView::Stretch);
    const int ch = m_tiers->fontMetrics().averageCharWidth();
    header->resizeSection(TierMinQuantity, ch * 16);
    header->resizeSection(TierPrice, ch * 16);

    m_productField->setObjectName(u"productField"_qs);
    m_productField->setPlaceholderText(tr("Add a tier: type a SKU or a product name"));
    m_productField->setClearOnChoose(true);
    auto* hint = new QLabel(tr("A customer with this list pays the price of the largest tier their quantity "
                               "reaches; below the first tier, the usual price."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_new->setObjectName(u"newListButton"_qs);
    m_archive->setObjectName(u"archiveListButton"_qs);
    m_removeTier->setObjectName(u"removeTierButton"_qs);
    m_save->setObjectName(u"saveListButton"_qs);
    for (QPushButton* b : {m_new, m_archive, m_removeTier, m_save})
        b->setAutoDefault(false);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_lists, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_new);
    leftButtons->addWidget(m_archive);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_tiers, 1);
    auto* tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_productField, 1);
    tierButtons->addWidget(m_removeTier);
    rightLayout->addLayout(tierButtons);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_error);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);

    auto* splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    for (QWidget* w :
         {static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_archive), static_cast<QWidget*>(m_removeTier),
          static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_productField), static_cast<QWidget*>(hint)})
        w->setVisible(m_canEdit);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lists, &QListWidget::currentRowChanged, this, &PriceListsDialog::onListChanged);
    connect(m_new, &QPushButton::clicked, this, &PriceListsDialog::startNew);
    connect(m_archive, &QPushButton::clicked, this, &PriceListsDialog::toggleArchived);
    connect(m_removeTier, &QPushButton::clicked, this, &PriceListsDialog::removeCurrentTier);
    connect(m_save, &QPushButton::clicked, this, &PriceListsDialog::save);
    connect(m_name, &QLineEdit::textChanged, this, &PriceListsDialog::updateButtons);
    connect(m_tiers, &QTableWidget::currentCellChanged, this, &PriceListsDialog::updateButtons);
    // A product typed over is looked up again on save.
    connect(m_tiers, &QTableWidget::itemChanged, this, [](QTableWidgetItem* item) {
        if (item->column() == TierProduct && item->data(IdRole).isValid() &&
            item->text() != item->data(Qt::UserRole).toString())
            item->setData(IdRole, QVariant());
    });
    connect(m_productField, &ProductSearchField::productChosen, this, [this](const ProductListEntry& entry) {
        auto product = m_services.products.product(m_actor, entry.id);
        const QString price =
            product ? Money(product->listPrice.minorUnits(), m_currency).toLocaleNumber() : QString();
        addTierRow(entry.id, ProductSearchField::displayText(entry.sku, entry.name),
                   quantityText(Quantity::fromUnits(1)), price);
        m_tiers->setCurrentCell(m_tiers->rowCount() - 1, TierMinQuantity);
    });

    reload();
    if (m_all.isEmpty() && m_canEdit)
        startNew();
    else if (!m_all.isEmpty())
        select(m_all.first().id);
    updateButtons();
}

QString PriceListsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PriceListsDialog::reload(const Id& selectId)
{
    auto lists = m_services.prices.priceLists(m_actor, true);
    if (!lists) {
        PriceText::showError(m_error, lists.error().message);
        return;
    }
    m_all = *lists;
    const QSignalBlocker block(m_lists);
    m_lists->clear();
    for (const PriceList& list : std::as_const(m_all)) {
        auto* item = new QListWidgetItem(list.archived ? tr("%1 (archived)").arg(list.name) : list.name);
        item->setData(IdRole, QVariant::fromValue(list.id));
        if (list.archived)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_lists->addItem(item);
    }
    if (!selectId.isNull())
        select(selectId);
}

bool PriceListsDialog::select(const Id& listId)
{
    for (int row = 0; row < m_all.size(); ++row) {
        if (m_all[row].id == listId) {
            m_lists->setCurrentRow(row);
            showList(m_all[row]); // also when the row was current already: the list may have changed
            return true;
        }
    }
    return false;
}

void PriceListsDialog::onListChanged()
{
    const int row = m_lists->currentRow();
    if (row >= 0 && row < m_all.size())
        showList(m_all[row]);
}

void PriceListsDialog::startNew()
{
    {
        const QSignalBlocker block(m_lists);
        m_lists->setCurrentRow(-1);
        m_lists->clearSelection();
    }
    showList(PriceList{});
    m_name->setFocus();
}

void PriceListsDialog::showList(const PriceList& list)
{
    m_current = list;
    m_name->setText(list.name);
    m_tiers->setRowCount(0);
    for (const PriceTier& t : list.tiers) {
        auto product = m_services.products.product(m_actor, t.productId);
        addTierRow(t.productId,
                   product ? ProductSearchField::displayText(product->sku, product->name) : t.sku,
                   quantityText(t.minQuantity), Money(t.price, m_currency).toLocaleNumber());
    }
    PriceText::showError(m_error, {});
    updateButtons();
}

void PriceListsDialog::addTierRow(const Id& productId, const QString& productText, const QString& minQuantity,
                                  const QString& price)
{
    const QSignalBlocker block(m_tiers);
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    auto* product = new QTableWidgetItem(productText);
    if (!productId.isNull()) {
        product->setData(IdRole, QVariant::fromValue(productId));
        product->setData(Qt::UserRole, productText);
    }
    m_tiers->setItem(row, TierProduct, product);
    auto* quantity = new QTableWidgetItem(minQuantity);
    quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tiers->setItem(row, TierMinQuantity, quantity);
    auto* money = new QTableWidgetItem(price);
    money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tiers->setItem(row, TierPrice, money);
    updateButtons();
}

void PriceListsDialog::addTier(const QString& product, const QString& minQuantity, const QString& price)
{
    addTierRow({}, product, minQuantity, price);
}

void PriceListsDialog::removeCurrentTier()
{
    const int row = m_tiers->currentRow();
    if (row >= 0)
        m_tiers->removeRow(row);
    updateButtons();
}

Result<Id> PriceListsDialog::resolveProduct(int row)
{
    const QTableWidgetItem* item = m_tiers->item(row, TierProduct);
    if (item && item->data(IdRole).isValid())
        return item->data(IdRole).value<Id>();
    QString text = item ? item->text().trimmed() : QString();
    // "SKU — Name" as the picker shows a product: the SKU decides.
    const QString separator = ProductSearchField::displayText(QString(), QString()).trimmed();
    if (!separator.isEmpty() && text.contains(u' ' + separator + u' '))
        text = text.section(u' ' + separator + u' ', 0, 0).trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::Invalid, tr("Tier %1: choose a product.").arg(row + 1), u"product"_qs);
    auto bySku = m_services.products.productBySku(m_actor, text);
    if (!bySku)
        return fail(bySku.error());
    if (*bySku)
        return (*bySku)->id;
    auto found = m_services.products.search(m_actor, text, 2);
    if (!found)
        return fail(found.error());
    if (found->size() == 1 || (!found->isEmpty() && found->first().rank == 0))
        return found->first().id;
    if (found->isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("Tier %1: no product has the SKU or name \"%2\".").arg(row + 1).arg(text),
                    u"product"_qs);
    return fail(ErrorCode::Invalid,
                tr("Tier %1: several products match \"%2\"; type the SKU.").arg(row + 1).arg(text),
                u"product"_qs);
}

std::optional<PriceList> PriceListsDialog::listFromFields()
{
    PriceList list = m_current;
    list.name = m_name->text().trimmed();
    list.tiers.clear();
    const NumberFormat format = NumberFormat::fromLocale(QLocale());
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        PriceTier tier;
        auto product = resolveProduct(row);
        if (!product) {
            PriceText::showError(m_error, product.error().message);
            m_tiers->setCurrentCell(row, TierProduct);
            return std::nullopt;
        }
        tier.productId = *product;
        const QString quantityText = m_tiers->item(row, TierMinQuantity)->text().trimmed();
        auto quantity = Quantity::parse(quantityText, format);
        if (!quantity) {
            PriceText::showError(m_error,
                                 tr("Tier %1: \"%2\" is not a quantity.").arg(row + 1).arg(quantityText));
            m_tiers->setCurrentCell(row, TierMinQuantity);
            return std::nullopt;
        }
        tier.minQuantity = *quantity;
        const QString priceText = m_tiers->item(row, TierPrice)->text().trimmed();
        auto price = Money::parse(priceText, m_currency, format);
        if (priceText.isEmpty() || !price) {
            PriceText::showError(
                m_error, tr("Tier %1: \"%2\" is not a price in %3.").arg(row + 1).arg(priceText, m_currency));
            m_tiers->setCurrentCell(row, TierPrice);
            return std::nullopt;
        }
        tier.price = price->minorUnits();
        list.tiers.append(tier);
    }
    return list;
}

bool PriceListsDialog::save()
{
    if (!m_canEdit)
        return false;
    const auto list = listFromFields();
    if (!list)
        return false;
    auto saved = m_services.prices.savePriceList(m_actor, *list);
    if (!saved) {
        PriceText::showError(m_error, saved.error().message);
        return false;
    }
    reload(saved->id);
    return true;
}

bool PriceListsDialog::toggleArchived()
{
    if (!m_canEdit || m_current.id.isNull())
        return false;
    PriceList list = m_current; // the stored list: edits not saved yet stay out of it
    list.archived = !list.archived;
    auto saved = m_services.prices.savePriceList(m_actor, list);
    if (!saved) {
        PriceText::showError(m_error, saved.error().message);
        return false;
    }
    reload(saved->id);
    return true;
}

void PriceListsDialog::updateButtons()
{
    m_archive->setEnabled(!m_current.id.isNull());
    m_archive->setText(m_current.archived ? tr("Rest&ore") : tr("A&rchive"));
    m_removeTier->setEnabled(m_tiers->currentRow() >= 0);
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace kontor
