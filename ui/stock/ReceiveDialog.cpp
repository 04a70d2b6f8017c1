#include "ReceiveDialog.h"

#include "LocationCombo.h"
#include "StockText.h"
#include "catalog/ProductService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kontor {

ReceiveDialog::ReceiveDialog(Services services, Actor actor, QWidget* parent)
    : PostingDialog(services, std::move(actor), tr("Receive stock"), tr("&Receive"), parent)
    , m_location(new LocationCombo(services.stock, m_actor))
    , m_hint(new QLabel)
    , m_quantity(new QLineEdit)
    , m_quantityError(makeErrorLabel(u"quantityError"_qs))
    , m_currency(services.products.currency())
{
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setCurrentLocationId(StockService::mainLocationId());
    m_hint->setObjectName(u"balanceHint"_qs);
    m_hint->setEnabled(false);
    form()->addRow(tr("&Location:"), withError(m_location, m_hint));
    m_quantity->setObjectName(u"quantityEdit"_qs);
    form()->addRow(tr("&Quantity:"), quantityField(m_quantity, m_quantityError));

    if (m_actor.can(Permission::ViewCosts)) {
        m_cost = new QLineEdit;
        m_cost->setObjectName(u"unitCostEdit"_qs);
        m_cost->setAlignment(Qt::AlignRight);
        m_cost->setPlaceholderText(tr("optional"));
        m_cost->setMaximumWidth(m_cost->fontMetrics().averageCharWidth() * 16);
        m_cost->setToolTip(tr("The purchase price of one unit; it updates the product's average cost."));
        m_costError = makeErrorLabel(u"unitCostError"_qs);
        auto* row = new QWidget;
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_cost);
        layout->addWidget(new QLabel(Money::symbol(m_currency)));
        layout->addStretch();
        form()->addRow(tr("Unit &cost:"), withError(row, m_costError));
        connect(m_cost, &QLineEdit::textChanged, this, &ReceiveDialog::revalidate);
    }
    connect(m_location, &LocationCombo::choiceChanged, this, [this] {
        updateHint();
        revalidate();
    });
    finishForm();
    updateHint();
    revalidate();
}

void ReceiveDialog::setLocation(const Id& locationId)
{
    m_location->setCurrentLocationId(locationId);
}

void ReceiveDialog::productChanged()
{
    updateHint();
}

void ReceiveDialog::updateHint()
{
    const Id location = m_location->currentLocationId();
    if (productId().isNull() || location.isNull()) {
        setError(m_hint, {});
        return;
    }
    auto balance = m_services.stock.balance(m_actor, productId(), location);
    m_hint->setText(balance
                        ? tr("On hand there now: %1").arg(StockText::quantity(balance->onHand, unitCode()))
                        : balance.error().message);
    m_hint->show();
}

bool ReceiveDialog::validateFields()
{
    bool ok = !m_location->currentLocationId().isNull();
    if (!readQuantity(m_quantity, m_quantityError))
        ok = false;
    if (m_cost && !m_cost->text().trimmed().isEmpty()) {
        auto cost = Money::parse(m_cost->text(), m_currency, NumberFormat::fromLocale(QLocale()));
        if (!cost) {
            setError(m_costError, tr("Not an amount of money: type a price such as %1.")
                                      .arg(Money(12550, m_currency).toLocaleNumber(QLocale())));
            ok = false;
        } else if (cost->minorUnits() < 0) {
            setError(m_costError, tr("A cost cannot be negative."));
            ok = false;
        } else {
            setError(m_costError, {});
        }
    } else if (m_costError) {
        setError(m_costError, {});
    }
    return ok;
}

Result<Id> ReceiveDialog::post()
{
    auto quantity = readQuantity(m_quantity, m_quantityError);
    std::optional<qint64> unitCost;
    if (m_cost && !m_cost->text().trimmed().isEmpty()) {
        auto cost = Money::parse(m_cost->text(), m_currency, NumberFormat::fromLocale(QLocale()));
        if (!cost)
            return fail(cost.error());
        unitCost = cost->minorUnits();
    }
    return m_services.stock.receive(m_actor, productId(), m_location->currentLocationId(), *quantity,
                                    unitCost, occurredAt(), note());
}

} // namespace kontor
