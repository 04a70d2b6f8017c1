#include "TransferDialog.h"

#include "LocationCombo.h"
#include "StockText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kontor {

TransferDialog::TransferDialog(Services services, Actor actor, QWidget* parent)
    : PostingDialog(services, std::move(actor), tr("Transfer stock"), tr("&Transfer"), parent)
    , m_from(new LocationCombo(services.stock, m_actor))
    , m_fromHint(new QLabel)
    , m_to(new LocationCombo(services.stock, m_actor))
    , m_toError(makeErrorLabel(u"toError"_qs))
    , m_inTransit(new QCheckBox(tr("&Goods arrive later (in transit)")))
    , m_routeHint(new QLabel)
    , m_quantity(new QLineEdit)
    , m_quantityError(makeErrorLabel(u"quantityError"_qs))
{
    m_from->setObjectName(u"fromCombo"_qs);
    m_from->setCurrentLocationId(StockService::mainLocationId());
    m_fromHint->setObjectName(u"balanceHint"_qs);
    m_fromHint->setEnabled(false);
    m_fromHint->hide();
    form()->addRow(tr("&From:"), withError(m_from, m_fromHint));

    m_to->setObjectName(u"toCombo"_qs);
    m_to->setCurrentLocationId(StockService::packingLocationId());
    m_inTransit->setObjectName(u"inTransitCheck"_qs);
    m_inTransit->setToolTip(tr("The goods leave now and wait in the destination's in-transit location until "
                               "you mark them arrived. Without this, they arrive at once."));
    m_routeHint->setObjectName(u"routeHint"_qs);
    m_routeHint->setWordWrap(true);
    m_routeHint->setEnabled(false);
    auto* toBox = new QWidget;
    auto* toLayout = new QVBoxLayout(toBox);
    toLayout->setContentsMargins(0, 0, 0, 0);
    toLayout->setSpacing(2);
    toLayout->addWidget(m_to);
    toLayout->addWidget(m_toError);
    toLayout->addWidget(m_inTransit);
    toLayout->addWidget(m_routeHint);
    form()->addRow(tr("&To:"), toBox);

    m_quantity->setObjectName(u"quantityEdit"_qs);
    form()->addRow(tr("&Quantity:"), quantityField(m_quantity, m_quantityError));

    connect(m_from, &LocationCombo::choiceChanged, this, [this] {
        updateRoute();
        updateHint();
        revalidate();
    });
    connect(m_to, &LocationCombo::choiceChanged, this, [this] {
        updateRoute();
        revalidate();
    });
    connect(m_inTransit, &QCheckBox::toggled, this, &TransferDialog::updateRoute);
    finishForm();
    updateRoute();
    updateHint();
    revalidate();
}

void TransferDialog::setFrom(const Id& locationId)
{
    m_from->setCurrentLocationId(locationId);
}

void TransferDialog::setTo(const Id& locationId)
{
    m_to->setCurrentLocationId(locationId);
}

void TransferDialog::productChanged()
{
    updateHint();
}

Id TransferDialog::transitLocation() const
{
    const StockLocations& names = m_to->snapshot();
    const Location* from = names.location(m_from->currentLocationId());
    const Location* to = names.location(m_to->currentLocationId());
    if (!from || !to || from->warehouseId == to->warehouseId || to->kind == LocationKind::Transit)
        return {};
    for (const Location& l : names.locationsOf(to->warehouseId)) {
        if (l.kind == LocationKind::Transit && l.id != from->id)
            return l.id;
    }
    return {};
}

void TransferDialog::updateRoute()
{
    const Id transit = transitLocation();
    m_inTransit->setVisible(!transit.isNull());
    if (transit.isNull()) {
        m_routeHint->hide();
        return;
    }
    m_routeHint->setText(
        m_inTransit->isChecked()
            ? tr("The goods wait in %1 until you mark them arrived.").arg(m_to->snapshot().name(transit))
            : tr("The goods arrive at once."));
    m_routeHint->show();
}

void TransferDialog::updateHint()
{
    const Id from = m_from->currentLocationId();
    if (productId().isNull() || from.isNull()) {
        m_fromHint->hide();
        return;
    }
    auto balance = m_services.stock.balance(m_actor, productId(), from);
    if (!balance) {
        m_fromHint->setText(balance.error().message);
    } else if (balance->reserved.milli() > 0) {
        m_fromHint->setText(tr("On hand there: %1, of which %2 reserved for orders")
                                .arg(StockText::quantity(balance->onHand, unitCode()),
                                     StockText::quantity(balance->reserved, unitCode())));
    } else {
        m_fromHint->setText(tr("On hand there: %1").arg(StockText::quantity(balance->onHand, unitCode())));
    }
    m_fromHint->show();
}

bool TransferDialog::validateFields()
{
    bool ok = !m_from->currentLocationId().isNull() && !m_to->currentLocationId().isNull();
    if (ok && m_from->currentLocationId() == m_to->currentLocationId()) {
        setError(m_toError, tr("Choose another location than the one the goods leave."));
        ok = false;
    } else {
        setError(m_toError, {});
    }
    if (!readQuantity(m_quantity, m_quantityError))
        ok = false;
    return ok;
}

Result<Id> TransferDialog::post()
{
    const Quantity quantity = *readQuantity(m_quantity, m_quantityError);
    const Id from = m_from->currentLocationId();
    const Id to = m_to->currentLocationId();
    const Id transit = transitLocation();
    if (!transit.isNull() && m_inTransit->isChecked()) {
        return m_services.stock.transfer(m_actor, productId(), from, transit, quantity,
                                         MovementReasons::Dispatch.toString(), occurredAt(), note());
    }
    // The reason tells the history what the move was, where the locations say it.
    QString reason;
    const Location* source = m_from->snapshot().location(from);
    const Location* target = m_to->snapshot().location(to);
    if (source && target && source->warehouseId == target->warehouseId) {
        if (source->kind == LocationKind::Transit)
            reason = MovementReasons::Arrival.toString();
        else if (target->kind == LocationKind::Packing)
            reason = MovementReasons::Pick.toString();
    }
    return m_services.stock.transfer(m_actor, productId(), from, to, quantity, reason, occurredAt(), note());
}

} // namespace kontor
