#include "OrderDocumentsDialog.h"

#include "OrderPrinting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

OrderDocumentsDialog::OrderDocumentsDialog(Services services, Actor actor, QList<Id> orderIds,
                                           QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_orderIds(std::move(orderIds))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("Order documents"));
    m_kind->setObjectName(u"documentKind"_qs);
    m_kind->addItem(tr("Picking list"), int(OrderDocumentKind::PickingList));
    m_kind->addItem(tr("Packing slip"), int(OrderDocumentKind::PackingSlip));
    m_kind->addItem(tr("Waybill (накладная)"), int(OrderDocumentKind::Waybill));
    m_kind->addItem(tr("Invoice (счёт)"), int(OrderDocumentKind::Invoice));

    auto* intro =
        new QLabel(tr("%n order(s) selected. Several orders make one file: a batch picking list, or one "
                      "document after another.",
                      nullptr, int(m_orderIds.size())),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"savePdfButton"_qs);
    QPushButton* printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(u"printButton"_qs);
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (savePdf())
            accept();
    });
    connect(printButton, &QPushButton::clicked, this, [this] {
        if (print())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool OrderDocumentsDialog::savePdf()
{
    const auto kind = OrderDocumentKind(m_kind->currentData().toInt());
    return !OrderPrinting::savePdf(this, m_services, m_services.shopDetails, m_actor, kind, m_orderIds)
                .isEmpty();
}

bool OrderDocumentsDialog::print()
{
    const auto kind = OrderDocumentKind(m_kind->currentData().toInt());
    return OrderPrinting::print(this, m_services, m_services.shopDetails, m_actor, kind, m_orderIds);
}

} // namespace kontor
