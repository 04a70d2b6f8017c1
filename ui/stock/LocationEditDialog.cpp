#include "LocationEditDialog.h"

#include "stock/StockService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor {

LocationEditDialog::LocationEditDialog(Services services, Actor actor, const Warehouse& warehouse,
                                       QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_new(true)
{
    m_location.warehouseId = warehouse.id;
    m_location.kind =
        warehouse.kind == WarehouseKind::Marketplace ? LocationKind::Fbo : LocationKind::Storage;
    setWindowTitle(tr("New location in %1").arg(StockService::displayName(warehouse)));
    build(&warehouse);
}

LocationEditDialog::LocationEditDialog(Services services, Actor actor, const Location& location,
                                       QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_location(location)
    , m_new(false)
{
    setWindowTitle(tr("Location %1").arg(StockService::displayName(location)));
    build(nullptr);
}

void LocationEditDialog::build(const Warehouse* warehouse)
{
    m_code = new QLineEdit(m_location.code);
    m_code->setObjectName(u"codeEdit"_qs);
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("Required, e.g. A-1"));
    m_name = new QLineEdit(m_location.name);
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setMaxLength(200);
    // Built-in locations have no stored name: they are shown translated until named.
    m_name->setPlaceholderText(m_new ? tr("e.g. Shelf A-1") : StockService::displayName(m_location));
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindCombo"_qs);
    QList<LocationKind> kinds;
    if (!m_new)
        kinds = {m_location.kind};
    else if (warehouse && warehouse->kind == WarehouseKind::Marketplace)
        kinds = {LocationKind::Fbo};
    else
        kinds = {LocationKind::Storage, LocationKind::Packing, LocationKind::Quarantine,
                 LocationKind::Transit};
    for (LocationKind kind : kinds)
        m_kind->addItem(StockKinds::locationKindName(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(m_location.kind))));
    m_kind->setEnabled(kinds.size() > 1);
    if (!m_new)
        m_kind->setToolTip(tr("The kind of a location cannot change; create a new location instead."));
    m_priority = new QSpinBox;
    m_priority->setObjectName(u"prioritySpin"_qs);
    m_priority->setRange(0, 9999);
    m_priority->setValue(m_location.priority);
    m_priority->setToolTip(tr("Orders take stock from locations with a lower number first."));

    m_error = new QLabel;
    m_error->setObjectName(u"serviceError"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();

    auto* priorityHint = new QLabel(tr("lower ships first"));
    priorityHint->setEnabled(false);
    auto* priorityRow = new QWidget;
    auto* priorityLayout = new QHBoxLayout(priorityRow);
    priorityLayout->setContentsMargins(0, 0, 0, 0);
    priorityLayout->addWidget(m_priority);
    priorityLayout->addWidget(priorityHint);
    priorityLayout->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto* priorityLabel = new QLabel(tr("&Priority:"));
    priorityLabel->setBuddy(m_priority);
    form->addRow(priorityLabel, priorityRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_new ? tr("&Add") : tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LocationEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &LocationEditDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &LocationEditDialog::validate);
    validate();
}

void LocationEditDialog::validate()
{
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_code->text().trimmed().isEmpty());
}

QString LocationEditDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LocationEditDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Location l = m_location;
    l.code = m_code->text().trimmed();
    l.name = m_name->text().trimmed();
    l.kind = LocationKind(m_kind->currentData().toInt());
    l.priority = m_priority->value();
    Result<void> saved;
    if (m_new) {
        auto created = m_services.stock.createLocation(m_actor, l);
        if (created)
            l = *created;
        else
            saved = fail(created.error());
    } else {
        saved = m_services.stock.updateLocation(m_actor, l);
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_location = l;
    QDialog::accept();
}

} // namespace kontor
