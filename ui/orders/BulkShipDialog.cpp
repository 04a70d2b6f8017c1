#include "BulkShipDialog.h"

#include "OrderText.h"
#include "orders/OrderService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

BulkShipDialog::BulkShipDialog(Services services, Actor actor, const QList<Order>& orders, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_carrier(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_skipped(new QLabel)
    , m_summary(new QLabel)
    , m_ship(new QPushButton(tr("&Mark shipped")))
{
    setWindowTitle(tr("Mark orders shipped"));
    resize(760, 460);

    QStringList skipped;
    for (const Order& o : orders) {
        if (OrderService::canTransition(o.status, OrderStatus::Shipped))
            m_orders.append(o);
        else
            skipped.append(u"%1 (%2)"_qs.arg(o.number, OrderKinds::statusName(o.status).toLower()));
    }

    m_carrier->setObjectName(u"carrierCombo"_qs);
    m_carrier->addItem(tr("No carrier"));
    if (auto list = services.orders.carriers(m_actor)) {
        for (const Carrier& c : std::as_const(*list))
            m_carrier->addItem(c.name, QVariant::fromValue(c.id));
        if (!list->isEmpty())
            m_carrier->setCurrentIndex(1);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier for all:"), m_carrier);

    m_table->setObjectName(u"bulkShipTable"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Customer"), tr("Status"), tr("Tracking number"), tr("Problem")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(Number, charWidth * 12);
    header->resizeSection(Customer, charWidth * 22);
    header->resizeSection(Status, charWidth * 12);
    header->resizeSection(TrackingNumber, charWidth * 22);
    header->setSectionResizeMode(Problem, QHeaderView::Stretch);
    m_table->setRowCount(int(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order& o = m_orders[row];
        auto fixed = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(text);
            return item;
        };
        m_table->setItem(row, Number, fixed(o.number));
        m_table->setItem(row, Customer, fixed(o.customerName));
        m_table->setItem(row, Status, fixed(OrderKinds::statusName(o.status)));
        m_table->setItem(row, TrackingNumber, new QTableWidgetItem(o.trackingNumber));
        auto* problem = fixed(QString());
        problem->setForeground(OrderText::warningColor());
        m_table->setItem(row, Problem, problem);
    }
    if (!m_orders.isEmpty())
        m_table->setCurrentCell(0, TrackingNumber);

    m_skipped->setObjectName(u"skippedLabel"_qs);
    m_skipped->setWordWrap(true);
    m_skipped->setEnabled(false);
    m_skipped->setText(tr("Left out, they cannot ship now: %1").arg(skipped.join(u", "_qs)));
    m_skipped->setVisible(!skipped.isEmpty());
    m_summary->setObjectName(u"summaryLabel"_qs);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_ship->setObjectName(u"shipButton"_qs);
    m_ship->setAutoDefault(false);
    buttons->addButton(m_ship, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* hint = new QLabel(tr("Each order ships everything reserved for it. Type or scan the tracking "
                               "numbers; Enter moves to the next order."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &BulkShipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A scanner ends with Enter: go down to the next order's tracking number.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == TrackingNumber && item->row() + 1 < m_table->rowCount() &&
            m_table->currentRow() == item->row())
            m_table->setCurrentCell(item->row() + 1, TrackingNumber);
    });
    updateSummary();
}

bool BulkShipDialog::setCarrier(const Id& carrierId)
{
    for (int i = 1; i < m_carrier->count(); ++i) {
        if (m_carrier->itemData(i).value<Id>() == carrierId) {
            m_carrier->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool BulkShipDialog::setTrackingNumber(const Id& orderId, const QString& number)
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders[row].id == orderId) {
            m_table->item(row, TrackingNumber)->setText(number);
            return true;
        }
    }
    return false;
}

QList<Id> BulkShipDialog::pendingOrders() const
{
    QList<Id> ids;
    for (const Order& o : m_orders)
        ids.append(o.id);
    return ids;
}

void BulkShipDialog::updateSummary()
{
    QString text = m_orders.size() == 1 ? tr("1 order to ship")
                                        : tr("%Ln orders to ship", nullptr, int(m_orders.size()));
    if (!m_shipped.isEmpty())
        text += u" · "_qs + tr("%n shipped", nullptr, int(m_shipped.size()));
    m_summary->setText(text);
    m_ship->setEnabled(!m_orders.isEmpty());
}

void BulkShipDialog::accept()
{
    const int index = m_carrier->currentIndex();
    const Id carrier = index > 0 ? m_carrier->itemData(index).value<Id>() : Id();
    for (int row = int(m_orders.size()) - 1; row >= 0; --row) {
        ShipRequest request;
        request.carrierId = carrier;
        request.trackingNumber = m_table->item(row, TrackingNumber)->text().trimmed();
        auto shipped = m_services.orders.ship(m_actor, m_orders[row].id, request);
        if (!shipped) {
            m_table->item(row, Problem)->setText(shipped.error().message);
            m_table->item(row, Problem)->setToolTip(shipped.error().message);
            continue;
        }
        m_shipped.prepend(m_orders[row].id);
        m_orders.removeAt(row);
        m_table->removeRow(row);
    }
    updateSummary();
    if (m_orders.isEmpty())
        QDialog::accept();
}

} // namespace kontor
