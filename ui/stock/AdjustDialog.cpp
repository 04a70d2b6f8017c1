#include "AdjustDialog.h"

#include "LocationCombo.h"
#include "StockText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

// The reasons offered, and the direction each implies (0: the user says).
struct ReasonChoice
{
    QStringView code;
    int sign;
};
constexpr ReasonChoice Reasons[] = {
    {MovementReasons::Damage, -1}, {MovementReasons::Loss, -1},      {MovementReasons::WriteOff, -1},
    {MovementReasons::Found, 1},   {MovementReasons::Correction, 0},
};

int signOf(QStringView code)
{
    for (const ReasonChoice& r : Reasons) {
        if (r.code == code)
            return r.sign;
    }
    return 0;
}

} // namespace

AdjustDialog::AdjustDialog(Services services, Actor actor, QWidget* parent)
    : PostingDialog(services, std::move(actor), tr("Adjust stock"), tr("&Adjust"), parent)
    , m_location(new LocationCombo(services.stock, m_actor))
    , m_reason(new QComboBox)
    , m_remove(new QRadioButton(tr("&Remove from stock")))
    , m_add(new QRadioButton(tr("A&dd to stock")))
    , m_quantity(new QLineEdit)
    , m_quantityError(makeErrorLabel(u"quantityError"_qs))
    , m_hint(new QLabel)
{
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setCurrentLocationId(StockService::mainLocationId());
    form()->addRow(tr("&Location:"), m_location);

    m_reason->setObjectName(u"reasonCombo"_qs);
    for (const ReasonChoice& r : Reasons)
        m_reason->addItem(StockKinds::reasonName(r.code), r.code.toString());
    form()->addRow(tr("R&eason:"), m_reason);

    m_remove->setObjectName(u"removeRadio"_qs);
    m_add->setObjectName(u"addRadio"_qs);
    auto* direction = new QButtonGroup(this);
    direction->addButton(m_remove);
    direction->addButton(m_add);
    m_remove->setChecked(true);
    auto* directionRow = new QWidget;
    auto* directionLayout = new QHBoxLayout(directionRow);
    directionLayout->setContentsMargins(0, 0, 0, 0);
    directionLayout->addWidget(m_remove);
    directionLayout->addWidget(m_add);
    directionLayout->addStretch();
    form()->addRow(tr("Direction:"), directionRow);

    m_quantity->setObjectName(u"quantityEdit"_qs);
    m_hint->setObjectName(u"balanceHint"_qs);
    m_hint->setEnabled(false);
    auto* quantityBox = new QWidget;
    auto* quantityLayout = new QVBoxLayout(quantityBox);
    quantityLayout->setContentsMargins(0, 0, 0, 0);
    quantityLayout->setSpacing(2);
    quantityLayout->addWidget(quantityField(m_quantity, m_quantityError));
    quantityLayout->addWidget(m_hint);
    form()->addRow(tr("&Quantity:"), quantityBox);

    connect(m_location, &LocationCombo::choiceChanged, this, [this] {
        updateHint();
        revalidate();
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this, &AdjustDialog::onReasonChanged);
    connect(m_add, &QRadioButton::toggled, this, [this] {
        updateHint();
        revalidate();
    });
    connect(m_quantity, &QLineEdit::textChanged, this, &AdjustDialog::updateHint);
    finishForm();
    onReasonChanged();
}

void AdjustDialog::setLocation(const Id& locationId)
{
    m_location->setCurrentLocationId(locationId);
}

void AdjustDialog::setReason(QStringView reasonCode)
{
    const int index = m_reason->findData(reasonCode.toString());
    if (index >= 0)
        m_reason->setCurrentIndex(index);
}

QString AdjustDialog::reason() const
{
    return m_reason->currentData().toString();
}

void AdjustDialog::setAdding(bool adding)
{
    if (signOf(reason()) == 0)
        (adding ? m_add : m_remove)->setChecked(true);
}

bool AdjustDialog::isAdding() const
{
    return m_add->isChecked();
}

void AdjustDialog::onReasonChanged()
{
    const int sign = signOf(reason());
    if (sign > 0)
        m_add->setChecked(true);
    else if (sign < 0)
        m_remove->setChecked(true);
    // Damaged goods never come in; found goods never go out.
    m_add->setEnabled(sign == 0 || sign > 0);
    m_remove->setEnabled(sign == 0 || sign < 0);
    updateHint();
    revalidate();
}

void AdjustDialog::productChanged()
{
    updateHint();
}

std::optional<Quantity> AdjustDialog::delta()
{
    auto quantity = readQuantity(m_quantity, m_quantityError);
    if (!quantity)
        return std::nullopt;
    return isAdding() ? *quantity : -*quantity;
}

void AdjustDialog::updateHint()
{
    const Id location = m_location->currentLocationId();
    if (productId().isNull() || location.isNull()) {
        m_hint->hide();
        return;
    }
    auto balance = m_services.stock.balance(m_actor, productId(), location);
    if (!balance) {
        m_hint->setText(balance.error().message);
        m_hint->show();
        return;
    }
    QString text = tr("On hand there now: %1").arg(StockText::quantity(balance->onHand, unitCode()));
    if (auto change = delta())
        text +=
            tr(", after the adjustment: %1").arg(StockText::quantity(balance->onHand + *change, unitCode()));
    m_hint->setText(text);
    m_hint->show();
}

bool AdjustDialog::validateFields()
{
    bool ok = !m_location->currentLocationId().isNull();
    if (!delta())
        ok = false;
    return ok;
}

Result<Id> AdjustDialog::post()
{
    auto change = delta();
    return m_services.stock.adjust(m_actor, productId(), m_location->currentLocationId(), *change, reason(),
                                   note(), occurredAt());
}

} // namespace kontor
