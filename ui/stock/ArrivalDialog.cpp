#include "ArrivalDialog.h"

#include "LocationCombo.h"
#include "StockText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kontor {

ArrivalDialog::ArrivalDialog(Services services, Actor actor, const Id& productId, const Id& transitLocationId,
                             QWidget* parent)
    : PostingDialog(services, std::move(actor), tr("Goods arrived"), tr("&Mark arrived"), parent)
    , m_transit(transitLocationId)
    , m_from(new QLabel)
    , m_to(new LocationCombo(services.stock, m_actor))
    , m_quantity(new QLineEdit)
    , m_quantityError(makeErrorLabel(u"quantityError"_qs))
{
    m_from->setObjectName(u"fromLabel"_qs);
    form()->addRow(tr("From:"), m_from);
    m_to->setObjectName(u"toCombo"_qs);
    form()->addRow(tr("Arrived &at:"), m_to);
    m_quantity->setObjectName(u"quantityEdit"_qs);
    form()->addRow(tr("&Quantity:"), quantityField(m_quantity, m_quantityError));

    auto transit = services.stock.location(m_actor, transitLocationId);
    if (transit) {
        // Into the same warehouse, anywhere but another in-transit location.
        const Id warehouse = transit->warehouseId;
        m_to->setLocationFilter([warehouse](const Location& l) {
            return l.warehouseId == warehouse && l.kind != LocationKind::Transit;
        });
        m_from->setText(m_to->snapshot().name(transitLocationId));
    }
    connect(m_to, &LocationCombo::choiceChanged, this, &ArrivalDialog::revalidate);
    finishForm();
    setProduct(productId);
    lockProduct();
    if (auto held = services.stock.balance(m_actor, productId, transitLocationId);
        held && held->onHand.milli() > 0) {
        m_quantity->setText(held->onHand.toLocaleString());
        m_from->setText(tr("%1 (%2 waiting)")
                            .arg(m_to->snapshot().name(transitLocationId),
                                 StockText::quantity(held->onHand, unitCode())));
    }
    revalidate();
}

bool ArrivalDialog::validateFields()
{
    bool ok = !m_to->currentLocationId().isNull();
    if (!readQuantity(m_quantity, m_quantityError))
        ok = false;
    return ok;
}

Result<Id> ArrivalDialog::post()
{
    return m_services.stock.transfer(m_actor, productId(), m_transit, m_to->currentLocationId(),
                                     *readQuantity(m_quantity, m_quantityError),
                                     MovementReasons::Arrival.toString(), occurredAt(), note());
}

} // namespace kontor
