#include "VatChangesDialog.h"

#include "PriceText.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

VatChangesDialog::VatChangesDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageSettings))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_oldRate(new QLineEdit)
    , m_newRate(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_add(new QPushButton(tr("&Add change")))
{
    setWindowTitle(tr("VAT rate changes"));
    resize(600, 460);

    auto* explanation = new QLabel(
        tr("Products carry today's VAT rate. An order dated before a change is taxed at the rate that "
           "applied before it: record each change here, with the day the new rate took effect."));
    explanation->setObjectName(u"explanationLabel"_qs);
    explanation->setWordWrap(true);

    m_table->setObjectName(u"changesTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Old rate"), tr("New rate"), tr("Effective from")});
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
    const int ch = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(OldRate, ch * 14);
    header->resizeSection(NewRate, ch * 14);
    header->setSectionResizeMode(EffectiveFrom, QHeaderView::Stretch);

    m_oldRate->setObjectName(u"oldRateEdit"_qs);
    m_newRate->setObjectName(u"newRateEdit"_qs);
    for (QLineEdit* e : {m_oldRate, m_newRate}) {
        e->setAlignment(Qt::AlignRight);
        e->setMaximumWidth(ch * 8 + 16);
    }
    m_oldRate->setPlaceholderText(u"20"_qs);
    m_newRate->setPlaceholderText(u"22"_qs);
    m_date->setObjectName(u"effectiveFromEdit"_qs);
    m_date->setCalendarPopup(true);
    m_add->setObjectName(u"addChangeButton"_qs);
    m_add->setDefault(true);

    auto* formBox = new QGroupBox(tr("New change"));
    formBox->setObjectName(u"changeForm"_qs);
    auto* row = new QHBoxLayout;
    auto* oldLabel = new QLabel(tr("&Old rate, %:"));
    oldLabel->setBuddy(m_oldRate);
    auto* newLabel = new QLabel(tr("&New rate, %:"));
    newLabel->setBuddy(m_newRate);
    auto* dateLabel = new QLabel(tr("Effective &from:"));
    dateLabel->setBuddy(m_date);
    row->addWidget(oldLabel);
    row->addWidget(m_oldRate);
    row->addWidget(newLabel);
    row->addWidget(m_newRate);
    row->addWidget(dateLabel);
    row->addWidget(m_date);
    row->addStretch(1);
    row->addWidget(m_add);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(row);
    formLayout->addWidget(m_error);
    formBox->setVisible(m_canEdit);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(formBox);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &VatChangesDialog::addChange);
    reload();
}

QString VatChangesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VatChangesDialog::reload()
{
    auto changes = m_services.prices.vatRateChanges(m_actor);
    if (!changes) {
        PriceText::showError(m_error, changes.error().message);
        return;
    }
    m_table->setRowCount(int(changes->size()));
    for (int row = 0; row < changes->size(); ++row) {
        const VatRateChange& c = changes->at(row);
        m_table->setItem(row, OldRate, new QTableWidgetItem(PriceText::percent(c.oldBp)));
        m_table->setItem(row, NewRate, new QTableWidgetItem(PriceText::percent(c.newBp)));
        m_table->setItem(row, EffectiveFrom, new QTableWidgetItem(PriceText::date(c.effectiveFrom)));
    }
}

bool VatChangesDialog::addChange()
{
    if (!m_canEdit)
        return false;
    auto oldBp = PriceText::parsePercent(m_oldRate->text());
    auto newBp = oldBp ? PriceText::parsePercent(m_newRate->text()) : Result<int>(0);
    if (!oldBp || !newBp) {
        PriceText::showError(m_error, (!oldBp ? oldBp : newBp).error().message);
        (!oldBp ? m_oldRate : m_newRate)->setFocus();
        return false;
    }
    const VatRateChange change{*oldBp, *newBp, PriceText::startOfDay(m_date->date())};
    if (auto ok = m_services.prices.addVatRateChange(m_actor, change); !ok) {
        PriceText::showError(m_error, ok.error().message);
        return false;
    }
    PriceText::showError(m_error, {});
    m_oldRate->clear();
    m_newRate->clear();
    reload();
    return true;
}

} // namespace kontor
