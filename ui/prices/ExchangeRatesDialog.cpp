#include "ExchangeRatesDialog.h"

#include "CbrRatesDialog.h"
#include "PriceText.h"
#include "catalog/ProductService.h"
#include "common/Money.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

ExchangeRatesDialog::ExchangeRatesDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_currency(services.products.currency())
    , m_canEdit(m_actor.can(Permission::EditPrices))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_currencyEdit(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_rate(new QLineEdit)
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_add(new QPushButton(tr("&Add rate")))
{
    setWindowTitle(tr("Exchange rates"));
    resize(620, 480);

    m_table->setObjectName(u"ratesTable"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Valid from"), tr("Rate, %1").arg(Money::symbol(m_currency))});
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
    header->resizeSection(Currency, ch * 12);
    header->resizeSection(ValidFrom, ch * 16);
    header->setSectionResizeMode(Rate, QHeaderView::Stretch);

    m_currencyEdit->setObjectName(u"currencyEdit"_qs);
    m_currencyEdit->setPlaceholderText(u"USD"_qs);
    m_currencyEdit->setMaxLength(3);
    m_currencyEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_qs), m_currencyEdit));
    m_currencyEdit->setMaximumWidth(ch * 8 + 16);
    connect(m_currencyEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_currencyEdit->setText(text.toUpper()); });
    m_date->setObjectName(u"validFromEdit"_qs);
    m_date->setCalendarPopup(true);
    m_rate->setObjectName(u"rateEdit"_qs);
    m_rate->setPlaceholderText(PriceText::rate(92500000));
    m_rate->setAlignment(Qt::AlignRight);
    m_rate->setMaximumWidth(ch * 14 + 16);
    m_add->setObjectName(u"addRateButton"_qs);
    m_add->setDefault(true);

    auto* formBox = new QGroupBox(tr("New rate"));
    formBox->setObjectName(u"rateForm"_qs);
    auto* row = new QHBoxLayout;
    auto* currencyLabel = new QLabel(tr("&Currency:"));
    currencyLabel->setBuddy(m_currencyEdit);
    auto* dateLabel = new QLabel(tr("&From:"));
    dateLabel->setBuddy(m_date);
    auto* rateLabel = new QLabel(tr("&Rate:"));
    rateLabel->setBuddy(m_rate);
    row->addWidget(currencyLabel);
    row->addWidget(m_currencyEdit);
    row->addSpacing(12);
    row->addWidget(dateLabel);
    row->addWidget(m_date);
    row->addSpacing(12);
    row->addWidget(rateLabel);
    row->addWidget(m_rate);
    row->addWidget(new QLabel(Money::symbol(m_currency)));
    row->addStretch(1);
    row->addWidget(m_add);
    auto* hint = new QLabel(
        tr("The rate is what one unit of the currency costs in %1: %2 means %3 for "
           "1 USD. An order takes the latest rate on or before its date; a rate for "
           "the same currency and date replaces the old one.")
            .arg(m_currency, PriceText::rate(92500000), Money(9250, m_currency).toDisplayString()));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(row);
    formLayout->addWidget(hint);
    formLayout->addWidget(m_error);
    formBox->setVisible(m_canEdit);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* bank = new QPushButton(tr("Rates of the &Bank of Russia…"));
    bank->setObjectName(u"cbrButton"_qs);
    bank->setAutoDefault(false);
    close->addButton(bank, QDialogButtonBox::ActionRole);
    bank->setVisible(m_canEdit); // after addButton, which shows it
    connect(bank, &QPushButton::clicked, this, [this] {
        CbrRatesDialog dialog(m_services, m_actor, m_date->date(), this);
        dialog.exec();
        reload();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(formBox);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ExchangeRatesDialog::addRate);
    connect(m_rate, &QLineEdit::returnPressed, this, &ExchangeRatesDialog::addRate);
    reload();
}

QString ExchangeRatesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExchangeRatesDialog::reload()
{
    auto rates = m_services.prices.exchangeRates(m_actor);
    if (!rates) {
        PriceText::showError(m_error, rates.error().message);
        return;
    }
    m_table->setRowCount(int(rates->size()));
    for (int row = 0; row < rates->size(); ++row) {
        const ExchangeRate& r = rates->at(row);
        m_table->setItem(row, Currency, new QTableWidgetItem(r.currency));
        m_table->setItem(row, ValidFrom, new QTableWidgetItem(PriceText::date(r.validFrom)));
        auto* rate = new QTableWidgetItem(PriceText::rate(r.rateE6, QLocale()));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Rate, rate);
    }
}

bool ExchangeRatesDialog::addRate()
{
    if (!m_canEdit)
        return false;
    auto rate = PriceText::parseRate(m_rate->text());
    if (!rate) {
        PriceText::showError(m_error, rate.error().message);
        m_rate->setFocus();
        return false;
    }
    const ExchangeRate r{m_currencyEdit->text().trimmed(), PriceText::startOfDay(m_date->date()), *rate};
    if (auto ok = m_services.prices.setExchangeRate(m_actor, r); !ok) {
        PriceText::showError(m_error, ok.error().message);
        (ok.error().field == u"currency"_qs ? static_cast<QWidget*>(m_currencyEdit) : m_rate)->setFocus();
        return false;
    }
    PriceText::showError(m_error, {});
    m_rate->clear();
    reload();
    return true;
}

} // namespace kontor
