#include "SalesRatesDialog.h"

#include "orders/OrderService.h"
#include "orders/ReturnService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

enum View
{
    ReturnsByProduct,
    ReturnsByReason,
    BuyoutByProduct,
    BuyoutByChannel,
    BuyoutByCustomer
};

QTableWidgetItem* item(const QString& text, bool number = false)
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QString percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', 1) + u" %"_qs;
}

} // namespace

SalesRatesDialog::SalesRatesDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_period(new QComboBox(this))
    , m_view(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Returns and buyout"));
    m_period->setObjectName(u"periodCombo"_qs);
    m_period->addItem(tr("Shipped in the last 30 days"), 30);
    m_period->addItem(tr("Shipped in the last 90 days"), 90);
    m_period->addItem(tr("Shipped in the last 365 days"), 365);
    m_period->addItem(tr("All shipments"), 0);
    m_period->setCurrentIndex(1);
    m_view->setObjectName(u"viewCombo"_qs);
    m_view->addItem(tr("Return rate by product"), ReturnsByProduct);
    m_view->addItem(tr("Return rate by product and reason"), ReturnsByReason);
    m_view->addItem(tr("Buyout rate by product"), BuyoutByProduct);
    m_view->addItem(tr("Buyout rate by channel"), BuyoutByChannel);
    m_view->addItem(tr("Buyout rate by customer"), BuyoutByCustomer);
    m_table->setObjectName(u"ratesTable"_qs);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);

    auto* explain =
        new QLabel(tr("Return rate: units returned / units shipped, both of the shipments made in the "
                      "period. Buyout rate: orders collected / orders shipped that reached the pickup "
                      "point (marketplace and cash-on-delivery orders)."),
                   this);
    explain->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_view);
    bar->addWidget(m_period);
    bar->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SalesRatesDialog::refresh);
    connect(m_view, &QComboBox::currentIndexChanged, this, &SalesRatesDialog::refresh);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    refresh();
}

void SalesRatesDialog::refresh()
{
    const int days = m_period->currentData().toInt();
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 1;
    const qint64 from = days > 0 ? to - qint64(days) * 24 * 3600 * 1000 : 0;
    const auto view = View(m_view->currentData().toInt());
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
    if (view == ReturnsByProduct || view == ReturnsByReason) {
        const bool byReason = view == ReturnsByReason;
        auto rows = m_services.returns.returnRates(m_actor, from, to, byReason);
        QStringList headers{tr("SKU"), tr("Name")};
        if (byReason)
            headers.append(tr("Reason"));
        headers << tr("Shipped") << tr("Returned") << tr("Return rate");
        m_table->setColumnCount(int(headers.size()));
        m_table->setHorizontalHeaderLabels(headers);
        if (!rows) {
            m_table->setRowCount(1);
            m_table->setItem(0, 0, item(rows.error().message));
            return;
        }
        m_table->setRowCount(int(rows->size()));
        for (int r = 0; r < rows->size(); ++r) {
            const ReturnRateRow& row = rows->at(r);
            int c = 0;
            m_table->setItem(r, c++, item(row.sku));
            m_table->setItem(r, c++, item(row.name));
            if (byReason)
                m_table->setItem(r, c++,
                                 item(row.reason ? OrderKinds::returnReasonName(*row.reason) : QString()));
            m_table->setItem(r, c++, item(row.shipped.toLocaleString(), true));
            m_table->setItem(r, c++, item(row.returned.toLocaleString(), true));
            m_table->setItem(r, c++, item(percent(row.rateBp), true));
        }
    } else {
        const auto by = view == BuyoutByProduct   ? OrderService::BuyoutBy::Product
                        : view == BuyoutByChannel ? OrderService::BuyoutBy::Channel
                                                  : OrderService::BuyoutBy::Customer;
        auto rows = m_services.orders.buyoutRates(m_actor, by, from, to);
        const QString key = view == BuyoutByProduct   ? tr("SKU")
                            : view == BuyoutByChannel ? tr("Channel")
                                                      : tr("Customer");
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels(
            {key, tr("Reached the pickup point"), tr("Collected"), tr("Buyout rate")});
        if (!rows) {
            m_table->setRowCount(1);
            m_table->setItem(0, 0, item(rows.error().message));
            return;
        }
        m_table->setRowCount(int(rows->size()));
        for (int r = 0; r < rows->size(); ++r) {
            const BuyoutRow& row = rows->at(r);
            QString name = row.key;
            if (view == BuyoutByChannel) {
                if (auto channel = OrderKinds::channelFromCode(row.key))
                    name = OrderKinds::channelName(*channel);
            }
            m_table->setItem(r, 0, item(name));
            m_table->setItem(r, 1, item(QLocale().toString(row.shipped), true));
            m_table->setItem(r, 2, item(QLocale().toString(row.collected), true));
            m_table->setItem(r, 3, item(percent(row.rateBp), true));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
}

} // namespace kontor
