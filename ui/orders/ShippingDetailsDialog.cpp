#include "ShippingDetailsDialog.h"

#include "OrderText.h"
#include "orders/OrderService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

ShippingDetailsDialog::ShippingDetailsDialog(Services services, Actor actor, Order order, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_order(std::move(order))
    , m_carrier(new QComboBox(this))
    , m_service(new QLineEdit(m_order.shippingService, this))
    , m_tracking(new QLineEdit(m_order.trackingNumber, this))
    , m_promisedCheck(new QCheckBox(tr("Promised &delivery:"), this))
    , m_promised(new QDateEdit(this))
    , m_delayReason(new QLineEdit(m_order.delayReason, this))
    , m_shipTo(new QPlainTextEdit(m_order.shipTo, this))
    , m_note(new QPlainTextEdit(m_order.note, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Shipping details of order %1").arg(m_order.number));
    m_carrier->setObjectName(u"carrierCombo"_qs);
    m_carrier->addItem(tr("No carrier"), QString());
    if (auto list = m_services.orders.carriers(m_actor, true)) {
        for (const Carrier& c : *list) {
            if (!c.archived || c.id == m_order.carrierId)
                m_carrier->addItem(c.name, c.id.toString());
        }
    }
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(m_order.carrierId.toString())));
    m_tracking->setObjectName(u"trackingEdit"_qs);
    m_delayReason->setObjectName(u"delayReasonEdit"_qs);
    m_promised->setCalendarPopup(true);
    m_promisedCheck->setChecked(m_order.promisedDelivery.has_value());
    m_promised->setDate(m_order.promisedDelivery
                            ? QDateTime::fromMSecsSinceEpoch(*m_order.promisedDelivery).date()
                            : QDate::currentDate().addDays(3));
    m_promised->setEnabled(m_promisedCheck->isChecked());
    connect(m_promisedCheck, &QCheckBox::toggled, m_promised, &QWidget::setEnabled);
    for (QPlainTextEdit* edit : {m_shipTo, m_note})
        edit->setFixedHeight(fontMetrics().height() * 3 + 12);
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_qs);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Tracking number:"), m_tracking);
    form->addRow(m_promisedCheck, m_promised);
    form->addRow(tr("Delay &reason:"), m_delayReason);
    form->addRow(tr("Ship &to:"), m_shipTo);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

bool ShippingDetailsDialog::save()
{
    Order changed = m_order;
    changed.carrierId = Id::fromString(m_carrier->currentData().toString());
    changed.shippingService = m_service->text();
    changed.trackingNumber = m_tracking->text();
    changed.promisedDelivery = m_promisedCheck->isChecked()
                                   ? std::optional<qint64>(OrderText::endOfDay(m_promised->date()))
                                   : std::nullopt;
    changed.delayReason = m_delayReason->text();
    changed.shipTo = m_shipTo->toPlainText();
    changed.note = m_note->toPlainText();
    auto saved = m_services.orders.updateShipping(m_actor, changed);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_order = *saved;
    return true;
}

} // namespace kontor
