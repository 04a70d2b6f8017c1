#pragma once

// CountingScreen: counting one session with a handheld barcode scanner that types like a keyboard.
// A big input line always has the focus. The keyboard protocol (also shown on the screen):
//   code + Enter        +1 of the product (EAN/UPC, Code 128 SKU, Честный ЗНАК marking code)
//   5* then code+Enter  the counter's quantity of that product here becomes 5
//   5* + Enter          the last product's quantity here becomes 5
//   Ctrl+Z              undo the counter's last line (a typed quantity brings back what it replaced)
//   F2 / F3             after an unknown code: pick the product it belongs to / create it
//   Esc                 dismiss the unknown-code prompt, else close
// Each scan flashes green (counted) or red (unknown code, unit already counted, refused), with an
// optional beep, and shows the product big: name, SKU, counted here so far, expected (unless blind).

#include "security/Actor.h"
#include "stock/CountSession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QVariantAnimation;

namespace kontor {

class CountLineTableModel;
class CountService;
class ProductSearchField;
class ProductService;
class ScanLineEdit;
class StockService;

class CountingScreen : public QDialog
{
    Q_OBJECT

public:
    // How the last input ended, for the flash and for tests.
    enum class Feedback
    {
        None,
        Counted,
        Unknown,
        Problem, // a repeated serial, a refused or unreadable code, a failed undo
        Undone,
    };

    CountingScreen(CountService& counts, ProductService& products, StockService& stock, Actor actor,
                   const Id& sessionId, QWidget* parent = nullptr);

    // Splits "5*code" (or "5*") into the quantity and the rest; nullopt quantity when there is no
    // such prefix. At most 6 digits before the decimals, so a marking code is never read as one.
    static std::pair<std::optional<Quantity>, QString> splitQuantity(const QString& input);

    // Handles the input line as if Enter was pressed (for tests and the scanner's Enter).
    void submit();
    void undo();
    // The current location and counter the lines go to.
    Id currentLocation() const;
    QString currentCounter() const;
    void setCurrentLocation(const Id& locationId);
    void setCurrentCounter(const QString& counter);
    void setSoundEnabled(bool enabled);

    // ---- state, for tests ----
    ScanLineEdit* input() const { return m_input; }
    Feedback lastFeedback() const { return m_feedback; }
    QString messageText() const;
    Id lastProductId() const { return m_lastProduct; }
    bool unknownPromptVisible() const;
    ProductSearchField* pickField() const { return m_pickField; }
    CountLineTableModel* linesModel() const { return m_linesModel; }
    // Counts the pending unknown code as this product (what choosing it in the prompt does).
    void assignUnknownTo(const Id& productId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void reject() override;

private:
    void buildUi();
    void loadSession();
    void showResult(const ScanResult& result);
    void showProduct(const Id& productId, const QString& sku, const QString& name, Quantity countedHere,
                     std::optional<Quantity> expected);
    void refreshProduct();
    void flash(Feedback feedback, const QString& message);
    void refreshLines();
    void showUnknownPrompt(const ScanResult& result);
    void hideUnknownPrompt();
    void createProductForUnknown();
    void focusInput();
    std::optional<Quantity> expectedHere(const Id& productId);

    CountService& m_counts;
    ProductService& m_products;
    StockService& m_stock;
    Actor m_actor;
    Id m_sessionId;
    CountSession m_session;

    ScanLineEdit* m_input = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_counter = nullptr;
    QCheckBox* m_sound = nullptr;
    QLabel* m_hint = nullptr;
    QFrame* m_flash = nullptr;
    QLabel* m_message = nullptr;
    QVariantAnimation* m_flashAnimation = nullptr;
    QFrame* m_productPanel = nullptr;
    QLabel* m_countedCaption = nullptr;
    QLabel* m_productName = nullptr;
    QLabel* m_productSku = nullptr;
    QLabel* m_countedHere = nullptr;
    QLabel* m_expected = nullptr;
    QFrame* m_unknownPanel = nullptr;
    QLabel* m_unknownText = nullptr;
    ProductSearchField* m_pickField = nullptr;
    QCheckBox* m_rememberBarcode = nullptr;
    QPushButton* m_createButton = nullptr;
    QTableView* m_linesView = nullptr;
    CountLineTableModel* m_linesModel = nullptr;
    QLabel* m_progress = nullptr;

    Feedback m_feedback = Feedback::None;
    Id m_lastProduct;
    QString m_lastSku;
    QString m_lastName;
    std::optional<ScanResult> m_unknown;  // the code the prompt asks about
    QList<QuantityChange> m_typedHistory; // typed quantities, to undo them fully
};

} // namespace kontor
