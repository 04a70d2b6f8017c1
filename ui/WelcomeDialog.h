#pragma once

// WelcomeDialog: shown on the first start with an empty shop. Asks whether to start empty or with
// demo data and returns the choice; the caller acts on it.

#include <QDialog>

namespace kontor {

class AppSettings;
class ProductService;
struct Actor;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        EmptyShop,
        DemoData
    };

    explicit WelcomeDialog(QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // First start: the shop has no products at all and the dialog was never answered.
    static bool shouldShow(ProductService& products, const Actor& actor, const AppSettings& settings);

private:
    Choice m_choice = Choice::EmptyShop;
};

} // namespace kontor
