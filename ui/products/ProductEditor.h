#pragma once

// ProductEditor: the detail form of the products page. Shows one product (or a new draft), checks
// typed values as they are entered (prices and weights are parsed exactly, barcodes by their check
// digit) and shows what is wrong under the field, saves through ProductService and shows its
// refusals. Also archives, restores and deletes, and lists a product's variants.

#include "Services.h"
#include "catalog/ProductService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class CategoryCombo;
class ProductSearchField;

class ProductEditor : public QWidget
{
    Q_OBJECT

public:
    ProductEditor(ProductService& service, Actor actor, QWidget* parent = nullptr);

    // Shows a stored product; the form is clean afterwards.
    void setProduct(const Product& product);
    // Starts a new product prefilled from `draft` (category, parent for a variant, ...).
    void startNew(const Product& draft = {});
    // Shows no product.
    void clear();

    bool hasProduct() const { return m_mode != Mode::Empty; }
    bool isNew() const { return m_mode == Mode::New; }
    bool isDirty() const { return m_dirty; }
    Id productId() const { return m_original.id; }
    const Product& original() const { return m_original; }
    // True when Save would be accepted by the form (the service may still refuse).
    bool canSave() const;

    // Reads the form into a product, or nullopt when a field is invalid (its error is shown).
    std::optional<Product> productFromFields();
    // Saves the form; on refusal shows the service's error and returns false.
    bool save();
    void revert();
    void toggleArchived();
    // Asks for confirmation, then deletes a product without history.
    bool deleteProduct();
    // Before showing something else: asks whether to save unsaved changes. False = stay here.
    bool confirmLeave();

    // Offers "Channel prices…" for a saved product to those who may edit prices, and shows its
    // preferred supplier (changed with "Change…" by those who manage suppliers); the editor alone
    // knows only the catalog.
    void enableChannelPrices(Services services);
    QPushButton* channelPricesButton() const { return m_channelPrices; }
    QPushButton* supplierButton() const { return m_supplierButton; }
    QString supplierText() const;

Q_SIGNALS:
    void saved(const kontor::Product& product);
    void deleted(const kontor::Id& id);
    void dirtyChanged(bool dirty);
    void stateChanged(); // what the buttons allow changed
    // The user wants to see another product (a variant in the list) or start a variant.
    void openProductRequested(const kontor::Id& id);
    void addVariantRequested(const kontor::Product& draft);

private:
    enum class Mode
    {
        Empty,
        Existing,
        New
    };

    void buildUi();
    void load(const Product& product, Mode mode);
    void onFieldChanged();
    void setDirty(bool dirty);
    // Checks every field, shows errors inline; true when all are valid.
    bool validateFields();
    void updateButtons();
    void updateVariantWidgets();
    void updateSupplier();
    void setParent(const Id& parentId, const QString& displayText);
    void addBarcode();
    void removeBarcode();
    void addAttributeRow(const QString& name = {}, const QString& value = {});
    void showServiceError(const Error& error);
    QString currency() const;

    ProductService& m_service;
    std::optional<Services> m_services; // for the channel prices and the supplier
    QLabel* m_supplierLabel = nullptr;
    QLabel* m_supplierText = nullptr;
    QPushButton* m_supplierButton = nullptr;
    Actor m_actor;
    Mode m_mode = Mode::Empty;
    Product m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_hasHistory = false;
    bool m_hasVariants = false;
    Id m_parentId;
    QString m_parentText;

    QWidget* m_form = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_sku = nullptr;
    QLabel* m_skuError = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QPlainTextEdit* m_description = nullptr;
    CategoryCombo* m_category = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceError = nullptr;
    QLineEdit* m_salePrice = nullptr;
    QLabel* m_salePriceError = nullptr;
    QLabel* m_costLabel = nullptr;
    QWidget* m_costField = nullptr;
    QLineEdit* m_cost = nullptr;
    QLabel* m_costError = nullptr;
    QComboBox* m_vat = nullptr;
    QLabel* m_vatError = nullptr;
    QLineEdit* m_weight = nullptr;
    QLabel* m_weightError = nullptr;
    QPushButton* m_channelPrices = nullptr;
    QListWidget* m_barcodes = nullptr;
    QLineEdit* m_barcodeInput = nullptr;
    QCheckBox* m_barcodeInternal = nullptr;
    QPushButton* m_addBarcode = nullptr;
    QPushButton* m_removeBarcode = nullptr;
    QLabel* m_barcodeError = nullptr;
    ProductSearchField* m_parentPicker = nullptr;
    QLabel* m_parentError = nullptr;
    QWidget* m_attributesBox = nullptr;
    QTableWidget* m_attributes = nullptr;
    QLabel* m_attributesError = nullptr;
    QWidget* m_variantsBox = nullptr;
    QListWidget* m_variants = nullptr;
    QPushButton* m_addVariant = nullptr;
    QLabel* m_serviceError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace kontor
