#include "ProductSupplierDialog.h"

#include "prices/PriceText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor {

ProductSupplierDialog::ProductSupplierDialog(Services services, Actor actor, const Id& productId,
                                             const QString& productText, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_productId(productId)
    , m_supplier(new QComboBox)
    , m_dropship(new QCheckBox(tr("&Dropshipped by this supplier")))
    , m_hint(new QLabel)
    , m_error(PriceText::errorLabel(u"supplierError"_qs))
{
    setWindowTitle(tr("Supplier of %1").arg(productText));
    auto* intro =
        new QLabel(tr("The preferred supplier of %1: purchase orders drafted from replenishment go to "
                      "it.")
                       .arg(productText));
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    m_supplier->setObjectName(u"supplierCombo"_qs);
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dropship->setObjectName(u"dropshipCheck"_qs);
    m_dropship->setToolTip(
        tr("The supplier ships this product straight to the customer: an order line for it "
           "moves no stock"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    std::optional<ProductSupplier> current;
    if (auto link = m_services.suppliers.productSupplier(m_actor, productId))
        current = *link;
    m_supplier->addItem(tr("None"), QVariant::fromValue(Id()));
    SupplierFilter all;
    all.includeArchived = true;
    if (auto rows = m_services.suppliers.list(m_actor, all)) {
        for (const SupplierListRow& r : std::as_const(*rows)) {
            // An archived supplier is listed only while it is still this product's.
            if (r.archived && !(current && current->supplierId == r.id))
                continue;
            m_supplier->addItem(r.archived ? tr("%1 (archived)").arg(r.name) : r.name,
                                QVariant::fromValue(r.id));
            m_supplier->setItemData(m_supplier->count() - 1, int(r.models.toInt()), Qt::UserRole + 1);
        }
    }
    if (current) {
        for (int i = 0; i < m_supplier->count(); ++i) {
            if (m_supplier->itemData(i).value<Id>() == current->supplierId)
                m_supplier->setCurrentIndex(i);
        }
        m_dropship->setChecked(current->dropship);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Supplier:"), m_supplier);
    form->addRow(QString(), m_dropship);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductSupplierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &ProductSupplierDialog::updateDropship);
    connect(m_dropship, &QCheckBox::toggled, this, &ProductSupplierDialog::updateDropship);
    updateDropship();
}

QString ProductSupplierDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ProductSupplierDialog::updateDropship()
{
    const bool chosen = !m_supplier->currentData().value<Id>().isNull();
    m_dropship->setEnabled(chosen);
    const auto models = SupplierModels::fromInt(quint32(m_supplier->currentData(Qt::UserRole + 1).toUInt()));
    m_hint->setText(chosen && m_dropship->isChecked() && !models.testFlag(SupplierModel::Dropship)
                        ? tr("This supplier is not marked as dropshipping; mark it so in its details.")
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void ProductSupplierDialog::accept()
{
    PriceText::showError(m_error, {});
    const Id supplierId = m_supplier->currentData().value<Id>();
    auto done = supplierId.isNull()
                    ? m_services.suppliers.clearProductSupplier(m_actor, m_productId)
                    : m_services.suppliers.setProductSupplier(
                          m_actor, ProductSupplier{m_productId, supplierId, m_dropship->isChecked()});
    if (!done) {
        PriceText::showError(m_error, done.error().message);
        return;
    }
    QDialog::accept();
}

QString ProductSupplierDialog::describe(Services services, const Actor& actor, const Id& productId)
{
    auto link = services.suppliers.productSupplier(actor, productId);
    if (!link || !*link)
        return tr("none");
    auto s = services.suppliers.supplier(actor, (*link)->supplierId);
    const QString name = s ? s->name : tr("(missing supplier)");
    return (*link)->dropship ? tr("%1 · dropshipped").arg(name) : name;
}

} // namespace kontor
