#include "CbrRatesDialog.h"

#include "PriceText.h"
#include "catalog/ProductService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

CbrRatesDialog::CbrRatesDialog(Services services, Actor actor, QDate day, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_client(new CbrRatesClient(services.products.currency(), this))
    , m_date(new QDateEdit(day.isValid() ? day : QDate::currentDate()))
    , m_download(new QPushButton(tr("&Download")))
    , m_status(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_save(new QPushButton(tr("&Save ticked rates")))
{
    setWindowTitle(tr("Rates of the Bank of Russia"));
    resize(460, 520);
    m_date->setObjectName(u"dayEdit"_qs);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1)); // the Bank sets tomorrow's rate in the afternoon
    m_download->setObjectName(u"downloadButton"_qs);
    m_download->setDefault(true);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"ratesTable"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Rate, %1").arg(Money::symbol(services.products.currency()))});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(Currency, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Rate, QHeaderView::Stretch);
    m_save->setObjectName(u"saveButton"_qs);
    m_save->setEnabled(false);

    auto* row = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("Rates &of:"));
    dayLabel->setBuddy(m_date);
    row->addWidget(dayLabel);
    row->addWidget(m_date);
    row->addWidget(m_download);
    row->addStretch(1);
    auto* hint =
        new QLabel(tr("Each ticked rate is saved as valid from that day; a rate already there for the "
                      "same currency and day is replaced."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_client->cancel();
        reject();
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (m_busy)
            m_client->cancel();
        else
            download();
    });
    connect(m_save, &QPushButton::clicked, this, &CbrRatesDialog::save);
    connect(m_client, &CbrRatesClient::finished, this, &CbrRatesDialog::showResult);
}

QString CbrRatesDialog::statusText() const
{
    return m_status->text();
}

void CbrRatesDialog::download()
{
    m_busy = true;
    m_download->setText(tr("&Cancel"));
    m_save->setEnabled(false);
    m_status->setText(
        tr("Downloading the rates of %1…").arg(QLocale().toString(m_date->date(), QLocale::ShortFormat)));
    m_client->fetch(m_date->date());
}

void CbrRatesDialog::showResult()
{
    m_busy = false;
    m_download->setText(tr("&Download"));
    const Result<CbrDay>& result = m_client->result();
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    m_rates = result->rates;
    // Tick what the shop already uses, and the usual three.
    QSet<QString> wanted{u"USD"_qs, u"EUR"_qs, u"CNY"_qs};
    if (auto known = m_services.prices.exchangeRates(m_actor)) {
        for (const ExchangeRate& r : *known)
            wanted.insert(r.currency);
    }
    m_table->setRowCount(int(m_rates.size()));
    for (int i = 0; i < m_rates.size(); ++i) {
        auto* code = new QTableWidgetItem(m_rates[i].currency);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        code->setCheckState(wanted.contains(m_rates[i].currency) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(i, Currency, code);
        auto* rate = new QTableWidgetItem(PriceText::rate(m_rates[i].rateE6));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, Rate, rate);
    }
    m_status->setText(tr("The Bank of Russia's rates set for %1.")
                          .arg(QLocale().toString(result->date, QLocale::ShortFormat)));
    m_save->setEnabled(m_actor.can(Permission::EditPrices) && !m_rates.isEmpty());
    Q_EMIT downloaded();
}

bool CbrRatesDialog::save()
{
    int saved = 0;
    for (int i = 0; i < m_rates.size(); ++i) {
        if (m_table->item(i, Currency)->checkState() != Qt::Checked)
            continue;
        if (auto ok = m_services.prices.setExchangeRate(m_actor, m_rates[i]); !ok) {
            m_status->setText(ok.error().message);
            return false;
        }
        ++saved;
    }
    m_status->setText(tr("%n rate(s) saved.", nullptr, saved));
    return true;
}

} // namespace kontor
