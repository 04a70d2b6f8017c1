#include "LocationCombo.h"

#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QStylePainter>

Q_LOGGING_CATEGORY(lcLocationCombo, "kontor.ui.locationcombo")

namespace kontor {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int ClosedTextRole = Qt::UserRole + 3;
} // namespace

LocationCombo::LocationCombo(StockService& stock, Actor actor, QString allText, QWidget* parent)
    : QComboBox(parent)
    , m_stock(stock)
    , m_actor(std::move(actor))
    , m_allText(std::move(allText))
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    connect(&stock, &StockService::locationsChanged, this, &LocationCombo::reload);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            Q_EMIT choiceChanged();
    });
    reload();
}

void LocationCombo::setWarehousesSelectable(bool selectable)
{
    m_warehousesSelectable = selectable;
    reload();
}

void LocationCombo::setLocationFilter(std::function<bool(const Location&)> accept)
{
    m_accept = std::move(accept);
    reload();
}

Id LocationCombo::currentLocationId() const
{
    return currentData(EntryRole).toInt() == int(Entry::Location) ? currentData(IdRole).value<Id>() : Id();
}

Id LocationCombo::currentWarehouseId() const
{
    return currentData(EntryRole).toInt() == int(Entry::Warehouse) ? currentData(IdRole).value<Id>() : Id();
}

int LocationCombo::indexOf(Entry entry, const Id& id) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, EntryRole).toInt() == int(entry) && itemData(i, IdRole).value<Id>() == id)
            return i;
    }
    return -1;
}

bool LocationCombo::setCurrentLocationId(const Id& id)
{
    const int index = id.isNull() ? indexOf(Entry::All, Id()) : indexOf(Entry::Location, id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool LocationCombo::setCurrentWarehouseId(const Id& id)
{
    const int index = indexOf(Entry::Warehouse, id);
    if (index < 0 || !m_warehousesSelectable)
        return false;
    setCurrentIndex(index);
    return true;
}

void LocationCombo::selectFirstChoosable()
{
    auto* items = qobject_cast<QStandardItemModel*>(model());
    for (int i = 0; i < count(); ++i) {
        if (items->item(i)->flags().testFlag(Qt::ItemIsSelectable)) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(-1);
}

void LocationCombo::reload()
{
    auto loaded = StockLocations::load(m_stock, m_actor, false);
    if (!loaded) {
        qCWarning(lcLocationCombo) << "cannot load locations:" << loaded.error().toString();
        return;
    }
    const auto keepEntry = Entry(currentData(EntryRole).toInt());
    const Id keepId = currentData(IdRole).value<Id>();
    const bool hadChoice = currentIndex() >= 0;

    m_reloading = true;
    m_snapshot = std::move(*loaded);
    clear();
    auto* items = qobject_cast<QStandardItemModel*>(model());
    if (!m_allText.isEmpty()) {
        addItem(m_allText);
        setItemData(0, int(Entry::All), EntryRole);
        setItemData(0, m_allText, ClosedTextRole);
    }
    for (const Warehouse& w : m_snapshot.warehouses()) {
        QList<Location> offered;
        for (const Location& l : m_snapshot.locationsOf(w.id)) {
            if (!m_accept || m_accept(l))
                offered.append(l);
        }
        if (offered.isEmpty())
            continue;
        const QString warehouseName = StockService::displayName(w);
        addItem(warehouseName);
        const int heading = count() - 1;
        setItemData(heading, int(Entry::Warehouse), EntryRole);
        setItemData(heading, QVariant::fromValue(w.id), IdRole);
        setItemData(heading, tr("%1 (all locations)").arg(warehouseName), ClosedTextRole);
        QFont bold = font();
        bold.setBold(true);
        setItemData(heading, bold, Qt::FontRole);
        if (!m_warehousesSelectable)
            items->item(heading)->setFlags(Qt::ItemIsEnabled);
        for (const Location& l : offered) {
            // Em spaces indent evenly in proportional fonts.
            addItem(QString(2, QChar(0x2003)) + StockService::displayName(l));
            const int row = count() - 1;
            setItemData(row, int(Entry::Location), EntryRole);
            setItemData(row, QVariant::fromValue(l.id), IdRole);
            setItemData(row, m_snapshot.name(l.id), ClosedTextRole);
            setItemData(row, m_snapshot.fullName(l.id), Qt::ToolTipRole);
        }
    }
    int index = hadChoice ? indexOf(keepEntry, keepId) : -1;
    if (index >= 0 && !items->item(index)->flags().testFlag(Qt::ItemIsSelectable))
        index = -1;
    if (index >= 0)
        setCurrentIndex(index);
    else
        selectFirstChoosable();
    m_reloading = false;
    if (hadChoice && index < 0)
        Q_EMIT choiceChanged(); // the chosen location was archived or filtered out
}

void LocationCombo::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    if (currentIndex() >= 0)
        option.currentText = itemData(currentIndex(), ClosedTextRole).toString();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace kontor
