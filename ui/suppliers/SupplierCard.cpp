#include "SupplierCard.h"

#include "SupplierText.h"
#include "catalog/ProductService.h"
#include "common/TableViews.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QColor expiringBackground()
{
    return QColor(0xFF, 0xE8, 0xC2);
}

QTableWidget* makeTable(const QStringList& titles, const QString& objectName)
{
    auto* table = new QTableWidget(0, int(titles.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(titles);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

} // namespace

SupplierCard::SupplierCard(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_details(new QTextBrowser)
    , m_placeholder(new QLabel(tr("Select a supplier to see its details, contracts and products.")))
    , m_body(new QWidget)
    , m_contractsTitle(sectionTitle(tr("Contracts")))
    , m_contractTable(makeTable({tr("Number"), tr("Validity"), tr("Status")}, u"cardContractTable"_qs))
    , m_productsTitle(sectionTitle(tr("Preferred supplier of")))
    , m_productTable(makeTable({tr("SKU"), tr("Product"), tr("Dropship")}, u"cardProductTable"_qs))
{
    m_title->setObjectName(u"cardTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"cardSubtitle"_qs);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);
    // A browser rather than a label: long bank details or notes scroll instead of pushing the
    // contracts out of the panel.
    m_details->setObjectName(u"cardDetails"_qs);
    m_details->setOpenExternalLinks(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->viewport()->setAutoFillBackground(false);
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // The details take the height of their text (up to the space there is); the tables the rest.
    connect(m_details->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this](const QSizeF& size) {
                const int height = int(std::ceil(size.height())) + 2 * m_details->frameWidth() + 4;
                m_details->setMaximumHeight(std::max(height, fontMetrics().height() * 2));
            });
    m_placeholder->setObjectName(u"cardPlaceholder"_qs);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    QHeaderView* contracts = m_contractTable->horizontalHeader();
    // Contract numbers and SKUs are mostly capitals and digits, wider than average characters.
    contracts->resizeSection(ContractNumber, fontMetrics().horizontalAdvance(u"ДД-2026/000"_qs) + 16);
    contracts->resizeSection(ContractValidity, fontMetrics().horizontalAdvance(SupplierText::validity(
                                                   QDate(2026, 12, 28), QDate(2027, 12, 27))) +
                                                   24);
    contracts->setSectionResizeMode(ContractStatus, QHeaderView::Stretch);
    m_contractTable->setToolTip(tr("Double-click a contract to open it"));
    QHeaderView* products = m_productTable->horizontalHeader();
    products->resizeSection(ProductSku, fontMetrics().horizontalAdvance(u"WWWW-00000"_qs) + 16);
    products->setSectionResizeMode(ProductName, QHeaderView::Stretch);
    products->resizeSection(ProductDropship, products->fontMetrics().horizontalAdvance(tr("Dropship")) + 24);
    TableViews::fitTitles(m_contractTable);
    m_productTable->horizontalHeaderItem(ProductDropship)
        ->setToolTip(tr("The supplier ships this product straight to the customer"));

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_subtitle);
    bodyLayout->addWidget(m_details, 3);
    bodyLayout->addWidget(m_contractsTitle);
    bodyLayout->addWidget(m_contractTable, 2);
    bodyLayout->addWidget(m_productsTitle);
    bodyLayout->addWidget(m_productTable, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_contractTable, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        Q_EMIT contractActivated(
            m_contractTable->item(item->row(), ContractNumber)->data(IdRole).value<Id>());
    });
    connect(m_contractTable, &QTableWidget::itemSelectionChanged, this,
            &SupplierCard::currentContractChanged);
    // The card follows changes made elsewhere (a dialog, another page).
    connect(&m_services.suppliers, &SupplierService::suppliersChanged, this, &SupplierCard::load);
    connect(&m_services.suppliers, &SupplierService::contractsChanged, this, [this](const Id& supplierId) {
        if (supplierId == m_supplierId)
            load();
    });
}

void SupplierCard::showSupplier(const Id& supplierId)
{
    m_supplierId = supplierId;
    load();
}

Id SupplierCard::currentContractId() const
{
    const int row = m_contractTable->currentRow();
    if (row < 0 || !m_contractTable->item(row, ContractNumber) ||
        !m_contractTable->selectionModel()->isRowSelected(row, {}))
        return {};
    return m_contractTable->item(row, ContractNumber)->data(IdRole).value<Id>();
}

bool SupplierCard::isContractHighlighted(int row) const
{
    return row >= 0 && row < m_contracts.size() && m_highlighted.contains(m_contracts.at(row).id);
}

QString SupplierCard::titleText() const
{
    return m_title->text();
}

QString SupplierCard::detailsText() const
{
    return m_details->toPlainText();
}

void SupplierCard::setDetails(const Supplier& s)
{
    m_title->setText(s.archived ? tr("%1 (archived)").arg(s.name) : s.name);
    m_subtitle->setText(tr("%1 · prices in %2").arg(SupplierText::models(s.models), s.currency));
    QString html = u"<table cellspacing='0' cellpadding='2'>"_qs;
    const auto line = [&html](const QString& title, const QString& value, bool isHtml = false) {
        if (value.trimmed().isEmpty())
            return;
        html += u"<tr><td style='color:gray; padding-right:8px'>"_qs + title.toHtmlEscaped() +
                u"</td><td>"_qs + (isHtml ? value : escaped(value)) + u"</td></tr>"_qs;
    };
    line(tr("Legal name"), s.legalName);
    QString codes = s.taxId.isEmpty() ? QString() : tr("INN %1").arg(s.taxId);
    if (!s.taxReasonCode.isEmpty())
        codes += (codes.isEmpty() ? QString() : u", "_qs) + tr("KPP %1").arg(s.taxReasonCode);
    line(tr("Tax codes"), codes);
    line(tr("Address"), s.legalAddress);
    line(tr("Email"),
         s.email.isEmpty() ? QString() : u"<a href='mailto:%1'>%1</a>"_qs.arg(s.email.toHtmlEscaped()), true);
    line(tr("Phone"), s.phone);
    line(tr("Website"), s.website);
    line(tr("Bank"), s.bankDetails);
    QStringList people;
    for (const SupplierContact& c : s.contacts) {
        QStringList parts{c.name.toHtmlEscaped()};
        if (!c.role.isEmpty())
            parts.first() += u" <span style='color:gray'>(%1)</span>"_qs.arg(c.role.toHtmlEscaped());
        for (const QString& how : {c.phone, c.email}) {
            if (!how.isEmpty())
                parts.append(how.toHtmlEscaped());
        }
        people.append(parts.join(u", "_qs));
    }
    line(tr("Contacts"), people.join(u"<br>"_qs), true);
    line(tr("Notes"), s.notes);
    html += u"</table>"_qs;
    m_details->setHtml(html);
}

void SupplierCard::load()
{
    m_contracts.clear();
    m_highlighted.clear();
    m_contractTable->setRowCount(0);
    m_productTable->setRowCount(0);
    if (m_supplierId.isNull()) {
        m_body->hide();
        m_placeholder->show();
        return;
    }
    auto s = m_services.suppliers.supplier(m_actor, m_supplierId);
    if (!s) {
        m_body->hide();
        m_placeholder->setText(s.error().message);
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_body->show();
    setDetails(*s);

    const bool seesContracts = m_actor.can(Permission::ManageSuppliers) || m_actor.can(Permission::ViewCosts);
    m_contractsTitle->setVisible(seesContracts);
    m_contractTable->setVisible(seesContracts);
    if (seesContracts) {
        if (auto list = m_services.suppliers.contracts(m_actor, m_supplierId))
            m_contracts = *list;
        const QDate today =
            m_services.products.database().clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
        QHash<Id, ContractReminder> reminders;
        if (auto due = m_services.suppliers.expiringContracts(m_actor, today)) {
            for (const ContractReminder& r : std::as_const(*due))
                reminders.insert(r.contractId, r);
        }
        m_contractTable->setRowCount(int(m_contracts.size()));
        for (int row = 0; row < m_contracts.size(); ++row) {
            const Contract& c = m_contracts.at(row);
            QString status = PurchasingKinds::contractStatusName(c.status);
            const auto reminder = reminders.constFind(c.id);
            const bool expiring = reminder != reminders.cend();
            if (expiring)
                status += u" · "_qs + SupplierText::daysLeft(reminder->daysLeft);
            const QStringList texts = {c.number, SupplierText::validity(c.validFrom, c.validTo), status};
            for (int column = 0; column < ContractColumnCount; ++column) {
                auto* item = new QTableWidgetItem(texts.at(column));
                if (expiring) {
                    item->setBackground(expiringBackground());
                    item->setToolTip(tr("Contract %1 %2: time to agree the next one.")
                                         .arg(c.number, SupplierText::daysLeft(reminder->daysLeft)));
                } else if (c.status == ContractStatus::Terminated) {
                    item->setForeground(QColor(Qt::gray));
                }
                m_contractTable->setItem(row, column, item);
            }
            m_contractTable->item(row, ContractNumber)->setData(IdRole, QVariant::fromValue(c.id));
            if (expiring)
                m_highlighted.append(c.id);
        }
    }

    auto links = m_services.suppliers.productsOf(m_actor, m_supplierId);
    const qsizetype total = links ? links->size() : 0;
    int shown = 0;
    if (links) {
        for (const ProductSupplier& link : std::as_const(*links)) {
            if (shown >= ProductsShown)
                break;
            auto p = m_services.products.product(m_actor, link.productId);
            if (!p)
                continue;
            m_productTable->insertRow(shown);
            m_productTable->setItem(shown, ProductSku, new QTableWidgetItem(p->sku));
            m_productTable->setItem(shown, ProductName, new QTableWidgetItem(p->name));
            auto* dropship = new QTableWidgetItem(link.dropship ? tr("yes") : QString());
            m_productTable->setItem(shown, ProductDropship, dropship);
            ++shown;
        }
    }
    m_productsTitle->setText(
        total > shown
            ? tr("Preferred supplier of %n products, the first %1 shown", nullptr, int(total)).arg(shown)
        : total == 1 ? tr("Preferred supplier of 1 product")
                     : tr("Preferred supplier of %n products", nullptr, int(total)));
}

} // namespace kontor
