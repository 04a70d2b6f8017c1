#include "WelcomeDialog.h"

#include "AppSettings.h"
#include "catalog/ProductService.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor {

bool WelcomeDialog::shouldShow(ProductService& products, const Actor& actor, const AppSettings& settings)
{
    if (settings.welcomeShown())
        return false;
    auto count = products.count(actor, true);
    return count && *count == 0;
}

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Kontor"));

    auto* title = new QLabel(tr("Welcome to Kontor"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* text =
        new QLabel(tr("Kontor keeps your shop's catalog in a file on this computer; it works without "
                      "an internet connection. How would you like to start?"));
    text->setWordWrap(true);

    auto* empty = new QCommandLinkButton(tr("Start with an empty shop"),
                                         tr("Add products one by one, or import them from a file later."));
    empty->setObjectName(u"emptyShopButton"_qs);
    empty->setDefault(true);
    connect(empty, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::EmptyShop;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(empty);

    auto* demo = new QCommandLinkButton(
        tr("Load demo data"), tr("Sample products with four months of stock (receipts, sales, a "
                                 "marketplace warehouse) to look around with. Archive them when you "
                                 "are ready for your own."));
    demo->setObjectName(u"demoDataButton"_qs);
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::DemoData;
        accept();
    });
    layout->addWidget(demo);
    layout->addStretch();
    setMinimumWidth(480);
}

} // namespace kontor
