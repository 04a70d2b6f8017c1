#include "CountingScreen.h"

#include "CountLineTableModel.h"
#include "ScanLineEdit.h"
#include "catalog/ProductService.h"
#include "products/ProductEditor.h"
#include "products/ProductSearchField.h"
#include "stock/CountService.h"
#include "stock/StockService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

namespace kontor {

namespace {

constexpr int RecentLines = 50;
constexpr int FlashMs = 900;
constexpr int MaxTypedUndo = 20;

void setPointSize(QWidget* widget, qreal points, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    widget->setFont(font);
}

struct FlashColors
{
    QColor strong;
    QColor pale;
};

FlashColors colorsFor(CountingScreen::Feedback feedback)
{
    switch (feedback) {
    case CountingScreen::Feedback::Counted:
        return {QColor(0x2E, 0x9D, 0x3A), QColor(0xE3, 0xF4, 0xE4)};
    case CountingScreen::Feedback::Unknown:
    case CountingScreen::Feedback::Problem:
        return {QColor(0xD3, 0x2F, 0x2F), QColor(0xFD, 0xE4, 0xE4)};
    case CountingScreen::Feedback::Undone:
        return {QColor(0xEF, 0x8A, 0x00), QColor(0xFF, 0xF1, 0xDC)};
    case CountingScreen::Feedback::None:
        break;
    }
    return {QColor(0xEE, 0xEE, 0xEE), QColor(0xF4, 0xF4, 0xF4)};
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QPushButton* keyButton(const QString& text)
{
    auto* button = new QPushButton(text);
    // The scanner's Enter belongs to the input line, never to a button.
    button->setAutoDefault(false);
    button->setDefault(false);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

CountingScreen::CountingScreen(CountService& counts, ProductService& products, StockService& stock,
                               Actor actor, const Id& sessionId, QWidget* parent)
    : QDialog(parent)
    , m_counts(counts)
    , m_products(products)
    , m_stock(stock)
    , m_actor(std::move(actor))
    , m_sessionId(sessionId)
{
    buildUi();
    loadSession();
    refreshLines();
    if (m_session.isOpen())
        flash(Feedback::None, tr("Ready: scan the first product."));
    focusInput();
}

std::pair<std::optional<Quantity>, QString> CountingScreen::splitQuantity(const QString& input)
{
    static const QRegularExpression prefix(u"^\\s*(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*\\*(.*)$"_qs,
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = prefix.match(input);
    if (!match.hasMatch())
        return {std::nullopt, input};
    auto quantity = Quantity::parse(match.captured(1), NumberFormat::fromLocale(QLocale()));
    if (!quantity)
        return {std::nullopt, input};
    return {*quantity, match.captured(2)};
}

void CountingScreen::buildUi()
{
    setObjectName(u"countingScreen"_qs);
    setMinimumSize(900, 640);
    resize(1100, 780);

    // ---- header: session, where and who ----
    m_title = new QLabel;
    m_title->setObjectName(u"countTitle"_qs);
    setPointSize(m_title, 18, true);
    m_location = new QComboBox;
    m_location->setObjectName(u"locationCombo"_qs);
    setPointSize(m_location, 14);
    m_counter = new QComboBox;
    m_counter->setObjectName(u"counterCombo"_qs);
    setPointSize(m_counter, 14);
    m_sound = new QCheckBox(tr("&Sound"));
    m_sound->setObjectName(u"soundCheck"_qs);
    m_sound->setToolTip(tr("Beep once for a counted product, three times for a problem"));
    setPointSize(m_sound, 14);
    auto* locationLabel = new QLabel(tr("&Location:"));
    locationLabel->setBuddy(m_location);
    setPointSize(locationLabel, 14);
    auto* counterLabel = new QLabel(tr("C&ounter:"));
    counterLabel->setBuddy(m_counter);
    setPointSize(counterLabel, 14);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(locationLabel);
    header->addWidget(m_location);
    header->addSpacing(12);
    header->addWidget(counterLabel);
    header->addWidget(m_counter);
    header->addSpacing(12);
    header->addWidget(m_sound);

    // ---- the input line ----
    m_input = new ScanLineEdit;
    m_input->setObjectName(u"scanInput"_qs);
    setPointSize(m_input, 26);
    m_input->setPlaceholderText(tr("Scan a barcode or type a SKU, then Enter"));
    m_input->setMinimumHeight(m_input->fontMetrics().height() + 24);
    m_hint =
        new QLabel(tr("<b>Enter</b> +1 · <b>5*</b> then scan: set to 5 · <b>5*</b> Enter: the last product "
                      "becomes 5 · <b>Ctrl+Z</b> undo · <b>Esc</b> close"));
    m_hint->setObjectName(u"keyHint"_qs);
    m_hint->setWordWrap(true);
    setPointSize(m_hint, 13);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // ---- the flash: what the last input did ----
    m_flash = new QFrame;
    m_flash->setObjectName(u"scanFlash"_qs);
    m_message = new QLabel;
    m_message->setObjectName(u"scanMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::NoTextInteraction);
    setPointSize(m_message, 22, true);
    auto* flashLayout = new QVBoxLayout(m_flash);
    flashLayout->setContentsMargins(18, 12, 18, 12);
    flashLayout->addWidget(m_message);
    m_flashAnimation = new QVariantAnimation(this);
    m_flashAnimation->setDuration(FlashMs);
    m_flashAnimation->setStartValue(0.0);
    m_flashAnimation->setEndValue(1.0);
    m_flashAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_flashAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        const FlashColors colors = colorsFor(m_feedback);
        const qreal t = value.toReal();
        const QColor background = mix(colors.strong, colors.pale, t);
        const QColor text = t < 0.45 ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
        m_flash->setStyleSheet(u"QFrame#scanFlash { background-color: %1; border-radius: 8px; }"
                               u"QFrame#scanFlash QLabel { color: %2; background: transparent; }"_qs.arg(
                                   background.name(), text.name()));
    });

    // ---- the last product, big ----
    m_productPanel = new QFrame;
    m_productPanel->setObjectName(u"productPanel"_qs);
    m_productPanel->setFrameShape(QFrame::StyledPanel);
    m_productName = new QLabel;
    m_productName->setObjectName(u"productName"_qs);
    m_productName->setWordWrap(true);
    setPointSize(m_productName, 28, true);
    m_productSku = new QLabel;
    m_productSku->setObjectName(u"productSku"_qs);
    setPointSize(m_productSku, 18);
    m_countedHere = new QLabel;
    m_countedHere->setObjectName(u"countedHere"_qs);
    m_countedHere->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPointSize(m_countedHere, 44, true);
    m_countedCaption = new QLabel(tr("counted here"));
    m_countedCaption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    setPointSize(m_countedCaption, 14);
    m_countedCaption->setForegroundRole(QPalette::PlaceholderText);
    m_expected = new QLabel;
    m_expected->setObjectName(u"expectedHere"_qs);
    m_expected->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPointSize(m_expected, 20);
    auto* productLayout = new QGridLayout(m_productPanel);
    productLayout->setContentsMargins(18, 12, 18, 12);
    productLayout->addWidget(m_productName, 0, 0);
    productLayout->addWidget(m_productSku, 1, 0);
    productLayout->addWidget(m_countedHere, 0, 1);
    productLayout->addWidget(m_countedCaption, 1, 1);
    productLayout->addWidget(m_expected, 2, 0, 1, 2, Qt::AlignRight);
    productLayout->setColumnStretch(0, 1);

    // ---- an unknown code: pick or create ----
    m_unknownPanel = new QFrame;
    m_unknownPanel->setObjectName(u"unknownPanel"_qs);
    m_unknownPanel->setFrameShape(QFrame::StyledPanel);
    m_unknownText = new QLabel;
    m_unknownText->setObjectName(u"unknownText"_qs);
    m_unknownText->setWordWrap(true);
    setPointSize(m_unknownText, 18, true);
    m_pickField = new ProductSearchField(m_products, m_actor);
    m_pickField->setObjectName(u"pickProductField"_qs);
    m_pickField->setPlaceholderText(tr("Name or SKU of the product this code belongs to"));
    setPointSize(m_pickField, 18);
    auto* pickLabel = new QLabel(tr("F2 · &Pick the product:"));
    pickLabel->setBuddy(m_pickField);
    setPointSize(pickLabel, 16);
    m_rememberBarcode = new QCheckBox(tr("Add this barcode to the product"));
    m_rememberBarcode->setObjectName(u"rememberBarcodeCheck"_qs);
    m_rememberBarcode->setChecked(true);
    setPointSize(m_rememberBarcode, 14);
    m_createButton = keyButton(tr("F3 · Create a product…"));
    m_createButton->setObjectName(u"createProductButton"_qs);
    setPointSize(m_createButton, 16);
    m_createButton->setVisible(m_actor.can(Permission::EditCatalog));
    auto* skipButton = keyButton(tr("Esc · Skip"));
    skipButton->setObjectName(u"skipUnknownButton"_qs);
    setPointSize(skipButton, 16);
    auto* unknownLayout = new QGridLayout(m_unknownPanel);
    unknownLayout->setContentsMargins(18, 12, 18, 12);
    unknownLayout->addWidget(m_unknownText, 0, 0, 1, 3);
    unknownLayout->addWidget(pickLabel, 1, 0);
    unknownLayout->addWidget(m_pickField, 1, 1, 1, 2);
    unknownLayout->addWidget(m_rememberBarcode, 2, 1);
    auto* unknownButtons = new QHBoxLayout;
    unknownButtons->addStretch(1);
    unknownButtons->addWidget(m_createButton);
    unknownButtons->addWidget(skipButton);
    unknownLayout->addLayout(unknownButtons, 3, 0, 1, 3);
    unknownLayout->setColumnStretch(1, 1);
    m_unknownPanel->setStyleSheet(
        u"QFrame#unknownPanel { background-color: #fff5f5; border: 1px solid #e57373; "
        u"border-radius: 8px; }"_qs);
    m_unknownPanel->hide();

    // ---- recent lines ----
    m_linesModel = new CountLineTableModel(this);
    m_linesView = new QTableView;
    m_linesView->setObjectName(u"recentLines"_qs);
    m_linesView->setModel(m_linesModel);
    m_linesView->setFocusPolicy(Qt::NoFocus);
    m_linesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->hide();
    setPointSize(m_linesView, 13);
    m_linesView->verticalHeader()->setDefaultSectionSize(m_linesView->fontMetrics().height() + 8);
    QHeaderView* header2 = m_linesView->horizontalHeader();
    header2->setStretchLastSection(false);
    setPointSize(header2, 12);
    header2->setSectionResizeMode(QHeaderView::Interactive);
    header2->setSectionResizeMode(CountLineTableModel::Name, QHeaderView::Stretch);
    // Widths from typical content, so an empty list already has its columns.
    const QFontMetrics metrics = m_linesView->fontMetrics();
    const QList<std::pair<int, QString>> samples{{CountLineTableModel::Time, u"00:00:00"_qs},
                                                 {CountLineTableModel::Sku, u"SKU-000000"_qs},
                                                 {CountLineTableModel::Quantity, u"00 000"_qs},
                                                 {CountLineTableModel::Location, u"Main stock 00"_qs},
                                                 {CountLineTableModel::Counter, u"Anna Ivanova"_qs},
                                                 {CountLineTableModel::Code, u"4006381333931 (0)"_qs}};
    for (const auto& [column, sample] : samples) {
        const QString title = m_linesModel->headerData(column, Qt::Horizontal).toString();
        header2->resizeSection(column, std::max(metrics.horizontalAdvance(sample),
                                                header2->fontMetrics().horizontalAdvance(title)) +
                                           20);
    }

    // ---- footer ----
    m_progress = new QLabel;
    m_progress->setObjectName(u"countProgress"_qs);
    setPointSize(m_progress, 14);
    auto* undoButton = keyButton(tr("Undo last (Ctrl+Z)"));
    undoButton->setObjectName(u"undoButton"_qs);
    setPointSize(undoButton, 14);
    auto* closeButton = keyButton(tr("Close (Esc)"));
    closeButton->setObjectName(u"closeButton"_qs);
    setPointSize(closeButton, 14);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_progress, 1);
    footer->addWidget(undoButton);
    footer->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_flash);
    layout->addWidget(m_unknownPanel);
    layout->addWidget(m_productPanel);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(footer);

    // ---- wiring ----
    connect(m_input, &QLineEdit::returnPressed, this, &CountingScreen::submit);
    connect(m_input, &ScanLineEdit::undoRequested, this, &CountingScreen::undo);
    connect(undoButton, &QPushButton::clicked, this, &CountingScreen::undo);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(skipButton, &QPushButton::clicked, this, &CountingScreen::hideUnknownPrompt);
    connect(m_createButton, &QPushButton::clicked, this, &CountingScreen::createProductForUnknown);
    connect(m_pickField, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { assignUnknownTo(entry.id); });
    connect(m_location, &QComboBox::activated, this, [this] {
        refreshProduct();
        focusInput();
    });
    connect(m_counter, &QComboBox::activated, this, &CountingScreen::focusInput);
    connect(m_sound, &QCheckBox::toggled, this, &CountingScreen::focusInput);
}

void CountingScreen::loadSession()
{
    auto session = m_counts.session(m_actor, m_sessionId);
    if (!session) {
        flash(Feedback::Problem, session.error().message);
        m_input->setEnabled(false);
        return;
    }
    m_session = *session;
    QString title = m_session.number + u" · "_qs + CountKinds::scopeName(m_session.scope);
    if (!m_session.name.isEmpty())
        title += u" · "_qs + m_session.name;
    m_title->setText(title);
    setWindowTitle(tr("Counting %1").arg(m_session.number));

    m_location->clear();
    if (auto locations = m_counts.sessionLocations(m_actor, m_sessionId)) {
        QHash<Id, QString> names;
        for (const Location& l : *locations) {
            m_location->addItem(StockService::displayName(l), QVariant::fromValue(l.id));
            names.insert(l.id, StockService::displayName(l));
        }
        m_linesModel->setLocationNames(names);
        // Goods usually are in storage: start there.
        for (int i = 0; i < locations->size(); ++i) {
            if (locations->at(i).kind == LocationKind::Storage) {
                m_location->setCurrentIndex(i);
                break;
            }
        }
    }
    m_location->setEnabled(m_location->count() > 1);
    m_location->setMinimumContentsLength(12);

    m_counter->clear();
    QStringList counters = m_session.counters;
    if (counters.isEmpty())
        counters.append(m_actor.name);
    m_counter->addItems(counters);
    m_counter->setEnabled(counters.size() > 1);

    if (!m_session.isOpen()) {
        m_input->setEnabled(false);
        flash(Feedback::Problem,
              m_session.isFinished()
                  ? tr("This count is closed: %1.").arg(CountKinds::statusName(m_session.status))
                  : tr("This count is in review: go back to counting from the review first."));
    }
    m_productName->setText(tr("No product scanned yet"));
    m_productName->setForegroundRole(QPalette::PlaceholderText);
    m_productSku->clear();
    m_countedHere->clear();
    m_countedCaption->hide();
    m_expected->setText(m_session.blind ? tr("Blind count: expected quantities are hidden") : QString());
}

Id CountingScreen::currentLocation() const
{
    return m_location->currentData().value<Id>();
}

QString CountingScreen::currentCounter() const
{
    return m_counter->currentText();
}

void CountingScreen::setCurrentLocation(const Id& locationId)
{
    const int index = m_location->findData(QVariant::fromValue(locationId));
    if (index >= 0)
        m_location->setCurrentIndex(index);
}

void CountingScreen::setCurrentCounter(const QString& counter)
{
    const int index = m_counter->findText(counter);
    if (index >= 0)
        m_counter->setCurrentIndex(index);
}

void CountingScreen::setSoundEnabled(bool enabled)
{
    m_sound->setChecked(enabled);
}

QString CountingScreen::messageText() const
{
    return m_message->text();
}

bool CountingScreen::unknownPromptVisible() const
{
    return !m_unknownPanel->isHidden();
}

void CountingScreen::focusInput()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

void CountingScreen::submit()
{
    const QString text = m_input->text();
    m_input->clear();
    if (text.trimmed().isEmpty() || !m_session.isOpen())
        return;
    // A new scan while the prompt asks about an unknown code: the counter has moved on.
    if (unknownPromptVisible())
        hideUnknownPrompt();

    const auto [quantity, rest] = splitQuantity(text);
    if (quantity && rest.trimmed().isEmpty()) {
        if (m_lastProduct.isNull()) {
            flash(Feedback::Problem, tr("Scan a product first: %1* then Enter sets the quantity of the last "
                                        "product scanned.")
                                         .arg(quantity->toLocaleString()));
            return;
        }
        auto change = m_counts.setQuantity(m_actor, m_sessionId, m_lastProduct, currentLocation(), *quantity,
                                           currentCounter());
        if (!change) {
            flash(Feedback::Problem, change.error().message);
            return;
        }
        ScanResult shown;
        shown.status = ScanResult::Status::QuantitySet;
        shown.productId = m_lastProduct;
        shown.sku = m_lastSku;
        shown.name = m_lastName;
        shown.line = change->line;
        shown.replaced = change->replaced;
        shown.countedHere = m_counts.countedQuantity(m_actor, m_sessionId, m_lastProduct, currentLocation())
                                .value_or(Quantity());
        shown.expected = expectedHere(m_lastProduct);
        showResult(shown);
        return;
    }
    auto result = m_counts.addScan(m_actor, m_sessionId, currentLocation(), quantity ? rest : text,
                                   currentCounter(), quantity);
    if (!result) {
        flash(Feedback::Problem, result.error().message);
        return;
    }
    showResult(*result);
}

void CountingScreen::showResult(const ScanResult& result)
{
    switch (result.status) {
    case ScanResult::Status::Counted:
    case ScanResult::Status::QuantitySet:
        if (result.status == ScanResult::Status::QuantitySet) {
            m_typedHistory.append(QuantityChange{result.line, result.replaced});
            if (m_typedHistory.size() > MaxTypedUndo)
                m_typedHistory.removeFirst();
        }
        showProduct(result.productId, result.sku, result.name, result.countedHere, result.expected);
        flash(Feedback::Counted, result.status == ScanResult::Status::Counted
                                     ? tr("+1  %1").arg(result.sku)
                                     : tr("%1 = %2").arg(result.sku, result.line.quantity.toLocaleString()));
        break;
    case ScanResult::Status::UnknownCode:
        flash(Feedback::Unknown,
              tr("Unknown code %1").arg(CountLineTableModel::displayCode(result.code.lookup)));
        showUnknownPrompt(result);
        break;
    case ScanResult::Status::DuplicateSerial:
    case ScanResult::Status::Refused:
        if (!result.productId.isNull())
            showProduct(result.productId, result.sku, result.name,
                        m_counts.countedQuantity(m_actor, m_sessionId, result.productId, currentLocation())
                            .value_or(Quantity()),
                        expectedHere(result.productId));
        flash(Feedback::Problem, result.message);
        break;
    }
    refreshLines();
}

std::optional<Quantity> CountingScreen::expectedHere(const Id& productId)
{
    if (m_session.hidesExpected())
        return std::nullopt;
    auto balance = m_stock.balance(m_actor, productId, currentLocation());
    return balance ? std::optional<Quantity>(balance->onHand) : std::nullopt;
}

void CountingScreen::showProduct(const Id& productId, const QString& sku, const QString& name,
                                 Quantity countedHere, std::optional<Quantity> expected)
{
    m_lastProduct = productId;
    m_lastSku = sku;
    m_lastName = name;
    m_productName->setText(name);
    m_productName->setForegroundRole(QPalette::WindowText);
    m_countedCaption->show();
    m_productSku->setText(sku);
    m_countedHere->setText(countedHere.toLocaleString());
    if (expected)
        m_expected->setText(tr("Expected here: %1").arg(expected->toLocaleString()));
    else
        m_expected->setText(m_session.blind ? tr("Blind count: expected quantities are hidden") : QString());
}

void CountingScreen::refreshProduct()
{
    if (m_lastProduct.isNull())
        return;
    showProduct(
        m_lastProduct, m_lastSku, m_lastName,
        m_counts.countedQuantity(m_actor, m_sessionId, m_lastProduct, currentLocation()).value_or(Quantity()),
        expectedHere(m_lastProduct));
}

void CountingScreen::flash(Feedback feedback, const QString& message)
{
    m_feedback = feedback;
    m_message->setText(message);
    m_flashAnimation->stop();
    if (feedback == Feedback::None) {
        const FlashColors colors = colorsFor(feedback);
        m_flash->setStyleSheet(
            u"QFrame#scanFlash { background-color: %1; border-radius: 8px; }"_qs.arg(colors.pale.name()));
        return;
    }
    m_flashAnimation->start();
    if (m_sound->isChecked()) {
        QApplication::beep();
        if (feedback == Feedback::Unknown || feedback == Feedback::Problem) {
            // Three beeps: a problem is heard from across the room.
            QTimer::singleShot(180, this, [] { QApplication::beep(); });
            QTimer::singleShot(360, this, [] { QApplication::beep(); });
        }
    }
}

void CountingScreen::refreshLines()
{
    if (auto lines = m_counts.lines(m_actor, m_sessionId, RecentLines))
        m_linesModel->setLines(*lines);
    if (auto session = m_counts.session(m_actor, m_sessionId)) {
        m_session.countedItems = session->countedItems;
        m_session.itemCount = session->itemCount;
        m_session.lineCount = session->lineCount;
        const QString lines =
            session->lineCount == 1 ? tr("1 line") : tr("%Ln lines", nullptr, session->lineCount);
        m_progress->setText(
            tr("%1 of %2 items counted")
                .arg(QLocale().toString(session->countedItems), QLocale().toString(session->itemCount)) +
            u" · "_qs + lines);
    }
}

void CountingScreen::undo()
{
    if (!m_session.isOpen())
        return;
    if (unknownPromptVisible())
        hideUnknownPrompt();
    auto line = m_counts.undoLastLine(m_actor, m_sessionId, currentCounter());
    if (!line) {
        flash(Feedback::Problem, line.error().message);
        return;
    }
    QString message = tr("Undone: %1 −%2").arg(line->sku, line->quantity.toLocaleString());
    // A typed quantity replaced earlier lines: undoing it brings them back.
    for (qsizetype i = m_typedHistory.size() - 1; i >= 0; --i) {
        if (m_typedHistory[i].line.id != line->id)
            continue;
        const QuantityChange change = m_typedHistory.takeAt(i);
        for (const CountLine& old : change.replaced) {
            auto restored = m_counts.addLine(m_actor, m_sessionId, old.productId, old.locationId,
                                             old.quantity, old.countedAt, old.counter, old.scan, old.serial);
            if (!restored) {
                message = restored.error().message;
                break;
            }
            // The line is back under a new id: an earlier typed quantity it was keeps its undo.
            for (QuantityChange& earlier : m_typedHistory) {
                if (earlier.line.id == old.id)
                    earlier.line = *restored;
            }
        }
        break;
    }
    const Quantity here = m_counts.countedQuantity(m_actor, m_sessionId, line->productId, line->locationId)
                              .value_or(Quantity());
    setCurrentLocation(line->locationId);
    showProduct(line->productId, line->sku, line->name, here, expectedHere(line->productId));
    flash(Feedback::Undone, message);
    refreshLines();
}

void CountingScreen::showUnknownPrompt(const ScanResult& result)
{
    m_unknown = result;
    m_unknownText->setText(
        tr("This code is not in the catalog: pick the product it belongs to, or create it. "
           "It is counted then."));
    const bool retail =
        result.code.kind != ScanKind::Sku && Barcodes::validate(result.code.lookup, false).has_value();
    m_rememberBarcode->setVisible(retail && m_actor.can(Permission::EditCatalog));
    m_pickField->clear();
    // The prompt takes the place of the last product, which this scan was not.
    m_productPanel->hide();
    m_unknownPanel->show();
}

void CountingScreen::hideUnknownPrompt()
{
    m_unknown.reset();
    m_unknownPanel->setStyleSheet(
        u"QFrame#unknownPanel { background-color: #fff5f5; border: 1px solid #e57373; "
        u"border-radius: 8px; }"_qs);
    m_unknownPanel->hide();
    m_productPanel->show();
    focusInput();
}

void CountingScreen::assignUnknownTo(const Id& productId)
{
    if (!m_unknown)
        return;
    const ScanResult unknown = *m_unknown;
    const bool remember = !m_rememberBarcode->isHidden() && m_rememberBarcode->isChecked();
    hideUnknownPrompt();
    QString note;
    if (remember) {
        auto product = m_products.product(m_actor, productId);
        auto barcode = Barcodes::validate(unknown.code.lookup, false);
        if (product && barcode) {
            product->barcodes.append(*barcode);
            auto saved = m_products.update(m_actor, *product, ProductField::Barcodes);
            note = saved ? tr("The barcode was added to the product.") : saved.error().message;
        }
    }
    auto line = m_counts.addLine(
        m_actor, m_sessionId, productId, currentLocation(), Quantity::fromUnits(1), 0, currentCounter(),
        unknown.code.raw, unknown.code.kind == ScanKind::MarkingCode ? unknown.code.serial : QString());
    if (!line) {
        flash(Feedback::Problem, line.error().message);
        refreshLines();
        return;
    }
    ScanResult counted;
    counted.status = ScanResult::Status::Counted;
    counted.productId = productId;
    counted.sku = line->sku;
    counted.name = line->name;
    counted.line = *line;
    counted.countedHere =
        m_counts.countedQuantity(m_actor, m_sessionId, productId, currentLocation()).value_or(Quantity());
    counted.expected = expectedHere(productId);
    showResult(counted);
    if (!note.isEmpty())
        m_message->setText(m_message->text() + u"\n"_qs + note);
}

void CountingScreen::createProductForUnknown()
{
    if (!m_unknown || !m_actor.can(Permission::EditCatalog))
        return;
    const ScanCode code = m_unknown->code;
    Product draft;
    if (auto barcode = Barcodes::validate(code.lookup, false); barcode && code.kind != ScanKind::Sku)
        draft.barcodes = {*barcode};
    else
        draft.sku = code.lookup;

    QDialog dialog(this);
    dialog.setObjectName(u"newProductDialog"_qs);
    dialog.setWindowTitle(tr("New product"));
    auto* editor = new ProductEditor(m_products, m_actor);
    editor->startNew(draft);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    dialog.resize(600, 800);
    Id created;
    connect(editor, &ProductEditor::saved, &dialog, [&](const Product& p) {
        created = p.id;
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || created.isNull()) {
        focusInput();
        return;
    }
    // The new product already carries the barcode: count it without adding it again.
    m_rememberBarcode->setChecked(false);
    assignUnknownTo(created);
    m_rememberBarcode->setChecked(true);
}

void CountingScreen::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Never closes the screen: Enter ends a scan.
        event->accept();
        return;
    case Qt::Key_F2:
        if (unknownPromptVisible()) {
            m_pickField->setFocus(Qt::ShortcutFocusReason);
            event->accept();
            return;
        }
        break;
    case Qt::Key_F3:
        if (unknownPromptVisible() && m_createButton->isVisible()) {
            createProductForUnknown();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

void CountingScreen::reject()
{
    if (unknownPromptVisible()) {
        hideUnknownPrompt();
        return;
    }
    QDialog::reject();
}

} // namespace kontor
