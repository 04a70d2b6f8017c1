#include "ShipDialog.h"

#include "OrderText.h"
#include "catalog/ProductService.h"
#include "orders/OrderService.h"
#include "stock/StockService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

ShipDialog::ShipDialog(Services services, Actor actor, const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_order(order)
    , m_carrier(new QComboBox)
    , m_tracking(new QLineEdit)
    , m_service(new QLineEdit)
    , m_link(new QLabel)
    , m_delayReason(new QLineEdit)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_partialHint(new QLabel)
    , m_error(new QLabel)
    , m_ship(new QPushButton(tr("&Ship")))
{
    setWindowTitle(tr("Ship order %1").arg(order.number));
    setMinimumWidth(640);
    const QLocale locale;

    auto* title = new QLabel(order.customerName.isEmpty()
                                 ? tr("Order %1").arg(order.number)
                                 : tr("Order %1 for %2").arg(order.number, order.customerName));
    title->setObjectName(u"shipTitle"_qs);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto* shipTo = new QLabel(order.shipTo);
    shipTo->setObjectName(u"shipToLabel"_qs);
    shipTo->setWordWrap(true);
    shipTo->setEnabled(false);
    shipTo->setVisible(!order.shipTo.isEmpty());

    // ---- shipping ----
    m_carrier->setObjectName(u"carrierCombo"_qs);
    m_carrier->addItem(tr("No carrier"));
    if (auto list = services.orders.carriers(m_actor))
        m_carriers = *list;
    for (const Carrier& c : std::as_const(m_carriers))
        m_carrier->addItem(c.name, QVariant::fromValue(c.id));
    if (!order.carrierId.isNull())
        setCarrier(order.carrierId);
    else if (!m_carriers.isEmpty())
        m_carrier->setCurrentIndex(1);
    m_tracking->setObjectName(u"trackingEdit"_qs);
    m_tracking->setText(order.trackingNumber);
    m_tracking->setPlaceholderText(tr("The number on the parcel's label"));
    m_service->setObjectName(u"serviceEdit"_qs);
    m_service->setText(order.shippingService);
    m_service->setPlaceholderText(tr("e.g. courier, pickup point, express"));
    m_link->setObjectName(u"trackingLink"_qs);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_delayReason->setObjectName(u"delayReasonEdit"_qs);
    m_delayReason->setText(order.delayReason);
    m_delayReason->setPlaceholderText(tr("Why it ships late, for the customer and the marketplace"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(tr("&Tracking number:"), m_tracking);
    form->addRow(QString(), m_link);
    form->addRow(tr("Ser&vice:"), m_service);
    const qint64 now = services.products.database().clock().nowMs();
    m_asksDelay = order.shipBy && *order.shipBy < now;
    if (m_asksDelay) {
        auto* late = new QLabel(
            tr("This order should have shipped by %1.").arg(OrderText::promisedDate(*order.shipBy, locale)));
        late->setObjectName(u"lateLabel"_qs);
        QPalette palette = late->palette();
        palette.setColor(QPalette::WindowText, OrderText::warningColor());
        late->setPalette(palette);
        form->addRow(QString(), late);
        form->addRow(tr("&Delay reason:"), m_delayReason);
    } else {
        m_delayReason->hide();
    }

    // ---- lines ----
    m_lines->setObjectName(u"shipLinesTable"_qs);
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Name"), tr("Ordered"), tr("Can ship"), tr("Ship now")});
    m_lines->horizontalHeaderItem(CanShip)->setToolTip(
        order.isFbo() ? tr("Ordered and not shipped yet") : tr("Reserved for the order: what can leave now"));
    m_lines->horizontalHeaderItem(ShipNow)->setToolTip(
        tr("Ship less to split the rest into a new order that keeps its reservations"));
    for (int column : {Ordered, CanShip, ShipNow})
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 10);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView* header = m_lines->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_lines->fontMetrics().averageCharWidth();
    header->resizeSection(Sku, charWidth * 14);
    for (int column : {Ordered, CanShip, ShipNow}) {
        const int needed =
            header->fontMetrics().horizontalAdvance(m_lines->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        header->resizeSection(column, std::max(charWidth * 10, needed));
    }
    m_filling = true;
    m_lines->setRowCount(int(order.lines.size()));
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLine& l = order.lines[row];
        const Quantity can = order.isFbo() ? l.quantity - l.shipped : l.reserved;
        m_canShip.append(can);
        auto fixed = [](const QString& text, bool number = false) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_lines->setItem(row, Sku, fixed(l.sku));
        m_lines->setItem(row, Name, fixed(l.name));
        m_lines->item(row, Name)->setToolTip(l.name);
        m_lines->setItem(row, Ordered, fixed(l.quantity.toLocaleString(locale), true));
        auto* canItem = fixed(can.milli() > 0 ? can.toLocaleString(locale) : tr("waits for stock"), true);
        if (can.milli() <= 0)
            canItem->setForeground(OrderText::warningColor());
        m_lines->setItem(row, CanShip, canItem);
        auto* shipNow = new QTableWidgetItem(can.toLocaleString(locale));
        shipNow->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The one column to type in.
        QFont bold = shipNow->font();
        bold.setBold(true);
        shipNow->setFont(bold);
        if (can.milli() <= 0)
            shipNow->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lines->setItem(row, ShipNow, shipNow);
    }
    m_filling = false;
    const int rows = std::clamp(int(order.lines.size()), 2, 8);
    m_lines->setMinimumHeight(m_lines->verticalHeader()->defaultSectionSize() * rows +
                              header->sizeHint().height() + 2 * m_lines->frameWidth());

    m_partialHint->setObjectName(u"partialHint"_qs);
    m_partialHint->setWordWrap(true);
    m_partialHint->hide();
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ship->setObjectName(u"shipButton"_qs);
    m_ship->setDefault(true);
    buttons->addButton(m_ship, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(shipTo);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_partialHint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ShipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == ShipNow)
            revalidate();
    });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &ShipDialog::updateLink);
    connect(m_tracking, &QLineEdit::textChanged, this, &ShipDialog::updateLink);
    updateLink();
    revalidate();
    m_tracking->setFocus();
}

bool ShipDialog::setCarrier(const Id& carrierId)
{
    for (int i = 1; i < m_carrier->count(); ++i) {
        if (m_carrier->itemData(i).value<Id>() == carrierId) {
            m_carrier->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ShipDialog::setShipNowText(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_lines->item(row, ShipNow))
        item->setText(text);
}

QString ShipDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ShipDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ShipDialog::updateLink()
{
    const int index = m_carrier->currentIndex();
    const QString link = index > 0 && index <= m_carriers.size()
                             ? m_carriers[index - 1].trackingLink(m_tracking->text().trimmed())
                             : QString();
    m_link->setText(link.isEmpty()
                        ? QString()
                        : u"<a href=\"%1\">%2</a>"_qs.arg(link.toHtmlEscaped(), tr("Tracking page")));
    m_link->setVisible(!link.isEmpty());
}

std::optional<Quantity> ShipDialog::shipNowAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, ShipNow);
    const QString text = item ? item->text().trimmed() : QString();
    if (text.isEmpty())
        return Quantity();
    auto q = Quantity::parse(text, NumberFormat::fromLocale(QLocale()));
    if (!q) {
        if (problem)
            *problem = tr("Line %1: %2").arg(row + 1).arg(q.error().message);
        return std::nullopt;
    }
    if (q->milli() < 0 || *q > m_canShip.value(row)) {
        if (problem)
            *problem =
                tr("Line %1 can ship from 0 to %2.").arg(row + 1).arg(m_canShip.value(row).toLocaleString());
        return std::nullopt;
    }
    return *q;
}

std::optional<ShipRequest> ShipDialog::request() const
{
    ShipRequest r;
    const int index = m_carrier->currentIndex();
    if (index > 0)
        r.carrierId = m_carrier->itemData(index).value<Id>();
    r.trackingNumber = m_tracking->text().trimmed();
    r.shippingService = m_service->text().trimmed();
    if (m_asksDelay)
        r.delayReason = m_delayReason->text().trimmed();
    bool partial = false;
    QList<std::pair<Id, Quantity>> lines;
    for (int row = 0; row < m_order.lines.size(); ++row) {
        auto q = shipNowAt(row);
        if (!q)
            return std::nullopt;
        if (*q != m_canShip[row])
            partial = true;
        lines.append({m_order.lines[row].id, *q});
    }
    // All that can ship: let the service decide line by line.
    if (partial)
        r.lines = lines;
    return r;
}

void ShipDialog::revalidate()
{
    QString problem;
    Quantity total;
    Quantity most;
    bool valid = true;
    for (int row = 0; row < m_order.lines.size(); ++row) {
        QString lineProblem;
        auto q = shipNowAt(row, &lineProblem);
        QTableWidgetItem* item = m_lines->item(row, ShipNow);
        {
            const bool block = m_filling;
            m_filling = true;
            item->setForeground(q ? QBrush() : QBrush(OrderText::warningColor()));
            item->setToolTip(lineProblem);
            m_filling = block;
        }
        if (!q) {
            valid = false;
            if (problem.isEmpty())
                problem = lineProblem;
            continue;
        }
        total = total + *q;
        most = most + m_canShip[row];
    }
    if (valid && total.milli() <= 0)
        problem =
            most.milli() > 0 ? tr("Ship at least one unit.") : tr("Nothing of this order is reserved yet.");
    showError(problem);
    bool partial = false;
    for (int row = 0; valid && row < m_order.lines.size(); ++row)
        partial = partial || shipNowAt(row) != m_order.lines[row].quantity - m_order.lines[row].shipped;
    m_partialHint->setText(tr("Not everything ships now: what stays goes to a new order that keeps its "
                              "reservations and ships later."));
    m_partialHint->setVisible(valid && total.milli() > 0 && partial);
    m_ship->setEnabled(problem.isEmpty());
}

void ShipDialog::accept()
{
    auto r = request();
    if (!r) {
        revalidate();
        return;
    }
    auto shipped = m_services.orders.ship(m_actor, m_order.id, *r);
    if (!shipped) {
        showError(shipped.error().message);
        return;
    }
    m_result = *shipped;
    QDialog::accept();
}

} // namespace kontor
