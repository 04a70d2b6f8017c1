#include "ChannelPricesDialog.h"

#include "PriceText.h"
#include "catalog/ProductService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

ChannelPricesDialog::ChannelPricesDialog(Services services, Actor actor, const Product& product,
                                         QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_product(product)
    , m_currency(product.listPrice.isValid() ? product.listPrice.currency() : services.products.currency())
    , m_canEdit(m_actor.can(Permission::EditPrices))
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_buttons(new QDialogButtonBox(
          m_canEdit ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel)
                    : QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)))
{
    setWindowTitle(tr("Channel prices — %1").arg(product.sku));

    const Money usual = product.salePrice ? *product.salePrice : product.listPrice;
    auto* intro = new QLabel(tr("<b>%1</b><br>A channel without its own price sells at %2 (the %3).")
                                 .arg(product.name.toHtmlEscaped(),
                                      Money(usual.minorUnits(), m_currency).toDisplayString(),
                                      product.salePrice ? tr("sale price") : tr("list price")));
    intro->setWordWrap(true);

    auto stored = m_services.prices.channelPrices(m_actor, product.id);
    if (!stored)
        PriceText::showError(m_error, stored.error().message);
    else
        for (const auto& [channel, price] : *stored)
            m_stored.insert(channel, price);

    auto* form = new QFormLayout;
    const int ch = fontMetrics().averageCharWidth();
    for (int c = int(SalesChannel::Site); c <= int(SalesChannel::InPerson); ++c) {
        const auto channel = SalesChannel(c);
        const QString code = OrderKinds::channelCode(channel);
        auto* edit = new QLineEdit;
        edit->setObjectName(u"priceEdit_"_qs + code);
        edit->setAlignment(Qt::AlignRight);
        edit->setFixedWidth(ch * 16 + 16);
        edit->setPlaceholderText(Money(usual.minorUnits(), m_currency).toLocaleNumber());
        edit->setReadOnly(!m_canEdit);
        if (m_stored.contains(code))
            edit->setText(Money(m_stored.value(code), m_currency).toLocaleNumber());
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit);
        row->addWidget(new QLabel(Money::symbol(m_currency)));
        row->addStretch(1);
        auto* label = new QLabel(OrderKinds::channelName(channel) + u':');
        label->setBuddy(edit);
        form->addRow(label, row);
        m_edits.append({channel, edit});
    }
    auto* hint = new QLabel(tr("Leave a field empty for the usual price."));
    hint->setEnabled(false);
    hint->setVisible(m_canEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelPricesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(ch * 60);
}

QLineEdit* ChannelPricesDialog::priceEdit(SalesChannel channel) const
{
    for (const auto& [c, edit] : m_edits) {
        if (c == channel)
            return edit;
    }
    return nullptr;
}

QString ChannelPricesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ChannelPricesDialog::save()
{
    if (!m_canEdit)
        return false;
    // Every field is read first so that a typing error changes nothing.
    QList<std::pair<QString, std::optional<qint64>>> changes;
    for (const auto& [channel, edit] : std::as_const(m_edits)) {
        const QString code = OrderKinds::channelCode(channel);
        const QString text = edit->text().trimmed();
        std::optional<qint64> price;
        if (!text.isEmpty()) {
            auto money = Money::parse(text, m_currency, NumberFormat::fromLocale(QLocale()));
            if (!money) {
                PriceText::showError(m_error, tr("%1: \"%2\" is not a price in %3.")
                                                  .arg(OrderKinds::channelName(channel), text, m_currency));
                edit->setFocus();
                return false;
            }
            price = money->minorUnits();
        }
        const bool stored = m_stored.contains(code);
        if (price.has_value() != stored || (price && *price != m_stored.value(code)))
            changes.append({code, price});
    }
    for (const auto& [code, price] : std::as_const(changes)) {
        if (auto ok = m_services.prices.setChannelPrice(m_actor, m_product.id, code, price); !ok) {
            const auto channel = OrderKinds::channelFromCode(code);
            PriceText::showError(m_error, tr("%1: %2").arg(channel ? OrderKinds::channelName(*channel) : code,
                                                           ok.error().message));
            return false;
        }
        if (price)
            m_stored.insert(code, *price);
        else
            m_stored.remove(code);
    }
    PriceText::showError(m_error, {});
    return true;
}

void ChannelPricesDialog::accept()
{
    if (!m_canEdit || save())
        QDialog::accept();
}

} // namespace kontor
