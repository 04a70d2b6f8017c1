#include "CarriersDialog.h"

#include "OrderText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

CarriersDialog::CarriersDialog(OrderService& orders, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_orders(orders)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_showArchived(new QCheckBox(tr("Show &archived")))
    , m_formBox(new QGroupBox)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_error(new QLabel)
    , m_new(new QPushButton(tr("&New carrier")))
    , m_save(new QPushButton(tr("&Save")))
    , m_archive(new QPushButton(tr("A&rchive")))
{
    setWindowTitle(tr("Carriers"));
    resize(760, 480);
    const bool canEdit = m_actor.can(Permission::ManageOrders);

    m_table->setObjectName(u"carrierTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("On time"), tr("Tracking link"), tr("State")});
    m_table->horizontalHeaderItem(OnTime)->setToolTip(
        tr("Parcels delivered by the promised date, over the last %n day(s)", nullptr, OnTimeDays));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TrackingUrl, QHeaderView::Stretch);
    header->resizeSection(Name, m_table->fontMetrics().averageCharWidth() * 22);
    header->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OnTime, QHeaderView::ResizeToContents);
    m_showArchived->setObjectName(u"showArchivedCheck"_qs);

    m_name->setObjectName(u"nameEdit"_qs);
    m_url->setObjectName(u"urlEdit"_qs);
    m_url->setPlaceholderText(u"https://www.cdek.ru/ru/tracking?order_id={tracking}"_qs);
    auto* urlHint = new QLabel(tr("Where the carrier shows a parcel: {tracking} stands for the tracking "
                                  "number. Leave it empty if the carrier has no such page."));
    urlHint->setWordWrap(true);
    urlHint->setEnabled(false);
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(palette);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Tracking &link:"), m_url);
    form->addRow(QString(), urlHint);
    m_new->setObjectName(u"newCarrierButton"_qs);
    m_save->setObjectName(u"saveCarrierButton"_qs);
    m_archive->setObjectName(u"archiveCarrierButton"_qs);
    for (QPushButton* b : {m_new, m_save, m_archive})
        b->setAutoDefault(false);
    m_save->setDefault(true);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addStretch(1);
    formButtons->addWidget(m_archive);
    formButtons->addWidget(m_save);
    m_formBox->setObjectName(u"carrierForm"_qs);
    auto* formBox = new QVBoxLayout(m_formBox);
    formBox->addLayout(form);
    formBox->addWidget(m_error);
    formBox->addLayout(formButtons);
    m_formBox->setVisible(canEdit);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_formBox);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { reload(m_editing); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &CarriersDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &CarriersDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CarriersDialog::save);
    connect(m_archive, &QPushButton::clicked, this, &CarriersDialog::toggleArchived);
    connect(m_name, &QLineEdit::textChanged, this, &CarriersDialog::updateButtons);

    reload();
    if (m_carriers.isEmpty())
        startNew();
    else
        select(m_carriers.first().id);
}

QString CarriersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CarriersDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CarriersDialog::reload(const Id& select)
{
    auto list = m_orders.carriers(m_actor, m_showArchived->isChecked());
    if (!list) {
        showError(list.error().message);
        return;
    }
    m_carriers = *list;
    auto rates = m_orders.carrierOnTimeRates(m_actor, OnTimeDays);
    if (!rates)
        showError(rates.error().message);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_carriers.size()));
    int selectRow = -1;
    for (int row = 0; row < m_carriers.size(); ++row) {
        const Carrier& c = m_carriers[row];
        m_table->setItem(row, Name, new QTableWidgetItem(c.name));
        const auto rate = rates ? rates->constFind(c.id) : QHash<Id, int>::const_iterator();
        auto* onTime = new QTableWidgetItem(rates && rate != rates->cend()
                                                ? QLocale().toString(double(*rate) / 100.0, 'f', 1) + u" %"_qs
                                                : tr("—"));
        onTime->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, OnTime, onTime);
        auto* url = new QTableWidgetItem(c.trackingUrl);
        url->setToolTip(c.trackingUrl);
        m_table->setItem(row, TrackingUrl, url);
        m_table->setItem(row, State, new QTableWidgetItem(c.archived ? tr("Archived") : tr("Active")));
        if (c.archived) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (!select.isNull() && c.id == select)
            selectRow = row;
    }
    m_table->setColumnHidden(State, !m_showArchived->isChecked());
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        m_table->setCurrentCell(selectRow, Name);
    } else if (!select.isNull()) {
        m_table->clearSelection();
        startNew();
        return;
    }
    showSelected();
}

bool CarriersDialog::select(const Id& carrierId)
{
    for (int row = 0; row < m_carriers.size(); ++row) {
        if (m_carriers[row].id == carrierId) {
            m_table->setCurrentCell(row, Name);
            m_table->selectRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void CarriersDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_carriers.size() || m_table->selectedItems().isEmpty()) {
        if (m_editing.isNull())
            updateButtons();
        return;
    }
    const Carrier& c = m_carriers[row];
    m_editing = c.id;
    m_formBox->setTitle(tr("Carrier %1").arg(c.name));
    m_name->setText(c.name);
    m_url->setText(c.trackingUrl);
    showError({});
    updateButtons();
}

void CarriersDialog::startNew()
{
    m_editing = Id();
    m_table->clearSelection();
    m_formBox->setTitle(tr("New carrier"));
    m_name->clear();
    m_url->clear();
    showError({});
    m_name->setFocus();
    updateButtons();
}

void CarriersDialog::updateButtons()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
    m_archive->setVisible(!m_editing.isNull());
    for (const Carrier& c : std::as_const(m_carriers)) {
        if (c.id == m_editing)
            m_archive->setText(c.archived ? tr("&Restore") : tr("A&rchive"));
    }
}

bool CarriersDialog::save()
{
    Carrier carrier;
    for (const Carrier& c : std::as_const(m_carriers)) {
        if (c.id == m_editing)
            carrier = c;
    }
    carrier.id = m_editing;
    carrier.name = m_name->text();
    carrier.trackingUrl = m_url->text();
    auto saved = m_orders.saveCarrier(m_actor, carrier);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    showError({});
    reload(saved->id);
    return true;
}

bool CarriersDialog::toggleArchived()
{
    for (Carrier c : std::as_const(m_carriers)) {
        if (c.id != m_editing)
            continue;
        c.archived = !c.archived;
        auto saved = m_orders.saveCarrier(m_actor, c);
        if (!saved) {
            showError(saved.error().message);
            return false;
        }
        reload(saved->id);
        return true;
    }
    return false;
}

} // namespace kontor
