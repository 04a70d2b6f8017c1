#include "PostingDialog.h"

#include "StockText.h"
#include "catalog/ProductService.h"
#include "products/ProductSearchField.h"
#include "stock/StockService.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

// The service accepts postings dated up to ten minutes ahead (clock skew); the form says no
// to anything later already.
constexpr qint64 FutureToleranceMs = 10 * 60 * 1000;

QColor errorColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

} // namespace

PostingDialog::PostingDialog(Services services, Actor actor, const QString& title, const QString& okText,
                             QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_form(new QFormLayout)
    , m_product(new ProductSearchField(services.products, m_actor))
    , m_productError(makeErrorLabel(u"productError"_qs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    setMinimumWidth(540);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_product->setObjectName(u"productField"_qs);
    m_product->setPlaceholderText(tr("Type a SKU, name or barcode"));
    m_product->setMinimumWidth(m_product->fontMetrics().averageCharWidth() * 44);
    m_form->addRow(tr("&Product:"), withError(m_product, m_productError));
    m_product->installEventFilter(this);

    connect(m_product, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { chooseProduct(entry.id); });
    connect(m_product, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Typing over a chosen product means it is no longer chosen.
        if (!m_productId.isNull() && text != m_product->property("chosenText").toString()) {
            m_productId = Id();
            m_unitCode.clear();
            m_productSku.clear();
            for (QLabel* label : std::as_const(m_unitLabels))
                label->clear();
            productChanged();
        }
        revalidate();
    });
}

bool PostingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_product && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // A line edit passes Enter on to the dialog after picking: keep it here.
            Q_EMIT m_product->returnPressed();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PostingDialog::finishForm()
{
    m_when = new QDateTimeEdit;
    m_when->setObjectName(u"occurredAtEdit"_qs);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setToolTip(tr("When the goods physically moved. Change it to record something that happened "
                          "earlier."));
    m_settingWhen = true;
    m_when->setDateTime(m_services.stock.database().clock().now().toLocalTime());
    m_settingWhen = false;
    m_whenError = makeErrorLabel(u"occurredAtError"_qs);
    auto* whenRow = new QWidget;
    auto* whenLayout = new QHBoxLayout(whenRow);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_when);
    whenLayout->addStretch();
    m_form->addRow(tr("&When:"), withError(whenRow, m_whenError));
    m_note = new QLineEdit;
    m_note->setObjectName(u"noteEdit"_qs);
    m_note->setPlaceholderText(tr("Optional: waybill number, who brought it, …"));
    m_form->addRow(tr("N&ote:"), m_note);

    m_serviceError = makeErrorLabel(u"serviceError"_qs);
    m_serviceError->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_serviceError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PostingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingWhen)
            m_whenEdited = true;
        revalidate();
    });
}

QLabel* PostingDialog::makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget* PostingDialog::withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void PostingDialog::setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QWidget* PostingDialog::quantityField(QLineEdit* edit, QLabel* error)
{
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(Quantity().toLocaleString());
    edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 16);
    auto* unit = new QLabel(StockText::unitName(m_unitCode));
    unit->setMinimumWidth(unit->fontMetrics().horizontalAdvance(u"pcs."_qs) + 4);
    m_unitLabels.append(unit);
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(unit);
    layout->addStretch();
    connect(edit, &QLineEdit::textChanged, this, &PostingDialog::revalidate);
    return withError(row, error);
}

std::optional<Quantity> PostingDialog::readQuantity(QLineEdit* edit, QLabel* error, bool positive)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        setError(error, {});
        return std::nullopt;
    }
    auto quantity = Quantity::parse(text, NumberFormat::fromLocale(QLocale()));
    if (!quantity) {
        setError(
            error,
            tr("Not a quantity: type a number such as %1.").arg(Quantity::fromMilli(2500).toLocaleString()));
        return std::nullopt;
    }
    if (positive && quantity->milli() <= 0) {
        setError(error, tr("The quantity must be more than zero."));
        return std::nullopt;
    }
    if (m_unitCode == u"pcs" && !quantity->isWhole()) {
        setError(error, tr("%1 is counted in pieces: use a whole number.").arg(m_productSku));
        return std::nullopt;
    }
    setError(error, {});
    return *quantity;
}

void PostingDialog::setProduct(const Id& productId)
{
    chooseProduct(productId);
}

void PostingDialog::chooseProduct(const Id& productId)
{
    auto product = productId.isNull() ? Result<Product>(fail(ErrorCode::NotFound, {}))
                                      : m_services.products.product(m_actor, productId);
    if (!product) {
        m_productId = Id();
        m_unitCode.clear();
        m_productSku.clear();
        m_product->clear();
    } else {
        m_productId = product->id;
        m_unitCode = Units::code(product->unit);
        m_productSku = product->sku;
        const QString text = ProductSearchField::displayText(product->sku, product->name);
        m_product->setProperty("chosenText", text);
        m_product->setText(text);
        m_product->setCursorPosition(0);
    }
    for (QLabel* label : std::as_const(m_unitLabels))
        label->setText(StockText::unitName(m_unitCode));
    productChanged();
    revalidate();
}

void PostingDialog::lockProduct()
{
    m_product->setReadOnly(true);
    m_product->setClearButtonEnabled(false);
    m_product->setFocusPolicy(Qt::NoFocus);
}

void PostingDialog::setOccurredAt(const QDateTime& when)
{
    m_when->setDateTime(when.toLocalTime());
}

void PostingDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

qint64 PostingDialog::occurredAt() const
{
    return m_whenEdited ? m_when->dateTime().toMSecsSinceEpoch() : 0;
}

QString PostingDialog::note() const
{
    return m_note->text().trimmed();
}

QPushButton* PostingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PostingDialog::errorText() const
{
    return m_serviceError && m_serviceError->isVisibleTo(this) ? m_serviceError->text() : QString();
}

void PostingDialog::showServiceError(const Error& error)
{
    setError(m_serviceError, error.message);
}

bool PostingDialog::validateCommon()
{
    bool ok = true;
    if (m_productId.isNull()) {
        ok = false;
        setError(m_productError, m_product->text().trimmed().isEmpty()
                                     ? QString()
                                     : tr("Choose a product from the list that appears as you type."));
    } else {
        setError(m_productError, {});
    }
    if (m_when) {
        const qint64 now = m_services.stock.database().clock().nowMs();
        if (m_whenEdited && m_when->dateTime().toMSecsSinceEpoch() > now + FutureToleranceMs) {
            ok = false;
            setError(m_whenError, tr("This is in the future: stock can only be recorded once it has moved."));
        } else {
            setError(m_whenError, {});
        }
    }
    return ok;
}

void PostingDialog::revalidate()
{
    if (!m_buttons || !m_when)
        return; // still being built
    // Something changed: the old refusal no longer applies.
    setError(m_serviceError, {});
    const bool common = validateCommon();
    const bool fields = validateFields();
    okButton()->setEnabled(common && fields);
}

void PostingDialog::accept()
{
    revalidate();
    if (!okButton()->isEnabled())
        return;
    setError(m_serviceError, {});
    auto posted = post();
    if (!posted) {
        showServiceError(posted.error());
        return;
    }
    m_document = *posted;
    QDialog::accept();
}

} // namespace kontor
