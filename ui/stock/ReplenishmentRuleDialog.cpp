#include "ReplenishmentRuleDialog.h"

#include "ReplenishmentTableModel.h"
#include "catalog/Product.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

QLabel* unitLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(u"days"_qs) + 8);
    return label;
}

// The field with its unit beside it.
QWidget* withUnit(QLineEdit* edit, const QString& unit)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(unitLabel(unit));
    return box;
}

} // namespace

ReplenishmentRuleDialog::ReplenishmentRuleDialog(ReplenishmentService& service, StockService& stock,
                                                 Actor actor, const ReplenishmentLine& line,
                                                 const Id& warehouseId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_line(line)
    , m_location(new QComboBox)
    , m_reorderPoint(new QLineEdit)
    , m_target(new QLineEdit)
    , m_safetyStock(new QLineEdit)
    , m_leadTime(new QLineEdit)
    , m_error(new QLabel)
    , m_remove(new QPushButton(tr("&Remove rule")))
{
    setWindowTitle(tr("Replenishment rule — %1").arg(line.sku));
    const QLocale locale;

    auto* product = new QLabel(u"<b>%1</b> %2"_qs.arg(line.sku.toHtmlEscaped(), line.name.toHtmlEscaped()));
    product->setWordWrap(true);

    // Sellable locations of the scope, named with their warehouse when there are several.
    auto warehouses = stock.warehouses(m_actor);
    auto locations = stock.locations(m_actor);
    QHash<Id, QString> warehouseNames;
    if (warehouses) {
        for (const Warehouse& w : std::as_const(*warehouses))
            warehouseNames.insert(w.id, StockService::displayName(w));
    }
    if (locations) {
        for (const Location& l : std::as_const(*locations)) {
            if (!l.sellable() || (!warehouseId.isNull() && l.warehouseId != warehouseId))
                continue;
            const QString name = warehouseNames.size() > 1 ? warehouseNames.value(l.warehouseId) + u" / "_qs +
                                                                 StockService::displayName(l)
                                                           : StockService::displayName(l);
            m_location->addItem(name, QVariant::fromValue(l.id));
        }
    }
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setEnabled(m_location->count() > 1);
    m_location->setToolTip(
        tr("Rules are kept per location; the figures of a warehouse add up its locations' rules"));

    const QString computed = tr("computed");
    const QString unit = Units::displayName(Units::fromText(line.unit).value_or(Unit::Piece));
    for (auto [edit, name] :
         {std::pair{m_reorderPoint, u"reorderPointEdit"_qs}, std::pair{m_target, u"targetEdit"_qs},
          std::pair{m_safetyStock, u"safetyStockEdit"_qs}, std::pair{m_leadTime, u"leadTimeEdit"_qs}}) {
        edit->setObjectName(name);
        edit->setPlaceholderText(computed);
        edit->setClearButtonEnabled(true);
        edit->setAlignment(Qt::AlignRight);
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000000.000"_qs) + 24);
    }

    auto quantity = [&](Quantity q) { return q.toLocaleString(locale); };
    auto* now = new QLabel(
        tr("Now: reorder point %1, target %2, safety stock %3 %4; lead time %5 (%6); sold %7 a day.")
            .arg(quantity(line.reorderPoint), quantity(line.target), quantity(line.safetyStock), unit,
                 ReplenishmentTableModel::leadTimeText(line.leadTimeDays),
                 ReplenishmentService::leadTimeSourceName(line.leadTimeSource),
                 locale.toString(line.dailyDemand, 'f', 2)));
    now->setObjectName(u"currentFigures"_qs);
    now->setWordWrap(true);
    now->setEnabled(false);
    auto* hint =
        new QLabel(tr("Leave a field empty to compute it from sales: reorder point = demand x lead time + "
                      "safety stock; target = reorder point + demand x review period."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Re&order point:"), withUnit(m_reorderPoint, unit));
    form->addRow(tr("&Target (max):"), withUnit(m_target, unit));
    form->addRow(tr("&Safety stock:"), withUnit(m_safetyStock, unit));
    form->addRow(tr("L&ead time:"), withUnit(m_leadTime, tr("days")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_remove->setObjectName(u"removeRuleButton"_qs);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_qs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(product);
    layout->addWidget(now);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_location, &QComboBox::currentIndexChanged, this, &ReplenishmentRuleDialog::loadRule);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplenishmentRuleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &ReplenishmentRuleDialog::removeRule);
    loadRule();
}

Id ReplenishmentRuleDialog::locationId() const
{
    return m_location->currentData().value<Id>();
}

void ReplenishmentRuleDialog::setLocation(const Id& locationId)
{
    const int index = m_location->findData(QVariant::fromValue(locationId));
    if (index >= 0)
        m_location->setCurrentIndex(index);
}

QString ReplenishmentRuleDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReplenishmentRuleDialog::loadRule()
{
    m_error->hide();
    const QLocale locale;
    auto rule = m_service.rule(m_actor, m_line.productId, locationId());
    if (!rule) {
        showError(rule.error().toString());
        return;
    }
    const ReplenishmentRule r = rule->value_or(ReplenishmentRule{});
    auto text = [&](const std::optional<Quantity>& q) { return q ? q->toLocaleString(locale) : QString(); };
    m_reorderPoint->setText(text(r.reorderPoint));
    m_target->setText(text(r.target));
    m_safetyStock->setText(text(r.safetyStock));
    m_leadTime->setText(r.leadTimeDays ? locale.toString(*r.leadTimeDays) : QString());
    m_remove->setEnabled(rule->has_value() && m_actor.can(Permission::EditCatalog));
}

std::optional<ReplenishmentRule> ReplenishmentRuleDialog::ruleFromFields()
{
    const QLocale locale;
    ReplenishmentRule rule{m_line.productId, locationId(), {}, {}, {}, {}};
    const std::pair<QLineEdit*, std::optional<Quantity>*> quantities[] = {
        {m_reorderPoint, &rule.reorderPoint}, {m_target, &rule.target}, {m_safetyStock, &rule.safetyStock}};
    for (const auto& [edit, slot] : quantities) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        auto q = Quantity::parse(text, NumberFormat::fromLocale(locale));
        if (!q) {
            edit->setFocus();
            showError(tr("\"%1\" is not a quantity.").arg(text));
            return std::nullopt;
        }
        *slot = *q;
    }
    const QString lead = m_leadTime->text().trimmed();
    if (!lead.isEmpty()) {
        bool ok = false;
        const int days = locale.toInt(lead, &ok);
        if (!ok) {
            m_leadTime->setFocus();
            showError(tr("The lead time is a whole number of days."));
            return std::nullopt;
        }
        rule.leadTimeDays = days;
    }
    return rule;
}

void ReplenishmentRuleDialog::showError(const QString& message, const QString& field)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QLineEdit*> edits{{u"reorder_point"_qs, m_reorderPoint},
                                           {u"target"_qs, m_target},
                                           {u"safety_stock"_qs, m_safetyStock},
                                           {u"lead_time_days"_qs, m_leadTime}};
    if (QLineEdit* edit = edits.value(field)) {
        edit->setFocus();
        edit->selectAll();
    }
}

bool ReplenishmentRuleDialog::save()
{
    m_error->hide();
    auto rule = ruleFromFields();
    if (!rule)
        return false;
    if (auto ok = m_service.setRule(m_actor, *rule); !ok) {
        showError(ok.error().message, ok.error().field);
        return false;
    }
    accept();
    return true;
}

bool ReplenishmentRuleDialog::removeRule()
{
    m_error->hide();
    if (auto ok = m_service.removeRule(m_actor, m_line.productId, locationId()); !ok) {
        showError(ok.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace kontor
