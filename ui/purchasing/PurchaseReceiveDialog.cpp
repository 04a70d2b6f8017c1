#include "PurchaseReceiveDialog.h"

#include "PurchaseText.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "counts/ScanLineEdit.h"
#include "orders/OrderText.h"
#include "stock/LocationCombo.h"
#include "stock/ScanLookup.h"
#include "stock/StockService.h"
#include "stock/StockText.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace kontor {

namespace {

QTableWidgetItem* fixedItem(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Pieces are counted whole; weight, length and volume to the thousandth.
int decimalsOf(const QString& unit)
{
    return unit == Units::code(Unit::Piece) ? 0 : 3;
}

} // namespace

PurchaseReceiveDialog::PurchaseReceiveDialog(Services services, Actor actor, const Id& poId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_shopCurrency(services.products.currency())
    , m_title(new QLabel)
    , m_scan(new ScanLineEdit)
    , m_message(new QLabel)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_progress(new QLabel)
    , m_receivedOn(new QDateEdit)
    , m_location(new LocationCombo(services.stock, m_actor))
    , m_freight(new QLineEdit)
    , m_customs(new QLineEdit)
    , m_fees(new QLineEdit)
    , m_spread(new QComboBox)
    , m_note(new QLineEdit)
    , m_error(new QLabel)
    , m_acceptAll(new QPushButton(tr("Accept &all outstanding")))
    , m_receive(new QPushButton(tr("&Receive")))
{
    resize(1000, 620);
    QString problem;
    if (auto po = services.purchases.purchaseOrder(m_actor, poId))
        m_order = *po;
    else
        problem = po.error().message;
    setWindowTitle(tr("Receive %1").arg(m_order.number));

    m_title->setObjectName(u"receiveTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setText(m_order.id.isNull()
                         ? tr("Receive goods")
                         : tr("Receive %1 from %2").arg(m_order.number, m_order.supplierName));

    // ---- scanning ----
    m_scan->setObjectName(u"scanField"_qs);
    m_scan->setPlaceholderText(tr("Scan an item, or type its barcode or SKU and press Enter"));
    QFont scanFont = m_scan->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.3);
    m_scan->setFont(scanFont);
    m_message->setObjectName(u"scanMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 12);
    m_message->setMargin(6);

    // ---- lines ----
    m_lines->setObjectName(u"receiveLines"_qs);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Supplier SKU"), tr("Ordered"),
                                        tr("Outstanding"), tr("Accepted"), tr("Defective"),
                                        tr("Mis-sorted")});
    m_lines->horizontalHeaderItem(Outstanding)->setToolTip(tr("Units of the ordered product still expected"));
    m_lines->horizontalHeaderItem(Accepted)->setToolTip(
        tr("Good units of the ordered product: they go to stock"));
    m_lines->horizontalHeaderItem(Defective)->setToolTip(
        tr("Broken units of the ordered product: they go to quarantine and are claimed"));
    m_lines->horizontalHeaderItem(Missorted)->setToolTip(
        tr("A wrong item or variant delivered for this line: quarantined and claimed"));
    for (int column = Ordered; column < ColumnCount; ++column)
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 14);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(false);
    m_lines->setFocusPolicy(Qt::NoFocus);
    QHeaderView* header = m_lines->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_lines->fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : QList<std::pair<int, int>>{{Sku, 14},
                                                                  {SupplierSku, 14},
                                                                  {Ordered, 10},
                                                                  {Outstanding, 10},
                                                                  {Accepted, 13},
                                                                  {Defective, 13},
                                                                  {Missorted, 13}}) {
        const int needed =
            header->fontMetrics().horizontalAdvance(m_lines->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        header->resizeSection(column, std::max(charWidth * chars, needed));
    }
    m_lines->setRowCount(int(m_order.lines.size()));
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const PoLine& l = m_order.lines[row];
        const double outstanding = double(l.outstanding().milli()) / Quantity::One;
        m_lines->setItem(row, Sku, fixedItem(l.sku));
        m_lines->setItem(row, Name, fixedItem(l.name));
        m_lines->setItem(row, SupplierSku, fixedItem(l.supplierSku));
        m_lines->setItem(row, Ordered, fixedItem(StockText::quantity(l.quantity, l.unit), true));
        m_lines->setItem(row, Outstanding, fixedItem(StockText::quantity(l.outstanding(), l.unit), true));
        m_lines->setCellWidget(row, Accepted, makeSpin(row, outstanding));
        m_lines->setCellWidget(row, Defective, makeSpin(row, outstanding));
        // Mis-sorted units are not the ordered product: any number may come with the line.
        m_lines->setCellWidget(row, Missorted, makeSpin(row, 1e6));
    }
    m_progress->setObjectName(u"progressLabel"_qs);
    m_acceptAll->setObjectName(u"acceptAllButton"_qs);
    m_acceptAll->setToolTip(tr("Everything still expected arrived in good order"));
    auto* linesFooter = new QHBoxLayout;
    linesFooter->addWidget(m_progress, 1);
    linesFooter->addWidget(m_acceptAll);

    // ---- receipt ----
    m_receivedOn->setObjectName(u"receivedOnEdit"_qs);
    m_receivedOn->setCalendarPopup(true);
    // The service takes receipts dated between the order's date and today.
    if (m_order.orderedOn.isValid())
        m_receivedOn->setMinimumDate(m_order.orderedOn);
    m_receivedOn->setMaximumDate(services.purchases.today());
    m_receivedOn->setDate(services.purchases.today());
    m_receivedOn->setToolTip(tr("The day the goods arrived: lateness is counted to it"));
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setLocationFilter([](const Location& l) { return l.kind == LocationKind::Storage; });
    m_location->setCurrentLocationId(m_order.locationId.isNull() ? StockService::mainLocationId()
                                                                 : m_order.locationId);
    m_note->setObjectName(u"noteEdit"_qs);
    m_note->setPlaceholderText(tr("Waybill number, the driver, the state of the boxes"));
    auto* receiptForm = new QFormLayout;
    receiptForm->addRow(tr("Received &on:"), m_receivedOn);
    receiptForm->addRow(tr("Recei&ve at:"), m_location);
    receiptForm->addRow(tr("N&ote:"), m_note);

    auto* costsBox = new QGroupBox(tr("Landed costs (%1)").arg(Money::symbol(m_shopCurrency)));
    costsBox->setToolTip(tr("What getting the goods here cost besides their price; added to their cost"));
    auto* costs = new QFormLayout(costsBox);
    for (auto [edit, name, label] : {std::tuple{m_freight, u"freightEdit"_qs, tr("&Freight:")},
                                     std::tuple{m_customs, u"customsEdit"_qs, tr("C&ustoms:")},
                                     std::tuple{m_fees, u"feesEdit"_qs, tr("F&ees:")}}) {
        edit->setObjectName(name);
        edit->setAlignment(Qt::AlignRight);
        edit->setText(OrderText::moneyNumber(0, m_shopCurrency));
        edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 16);
        costs->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &PurchaseReceiveDialog::update);
    }
    m_spread->setObjectName(u"spreadCombo"_qs);
    m_spread->addItem(tr("by value"), int(SpreadBy::Value));
    m_spread->addItem(tr("by weight"), int(SpreadBy::Weight));
    m_spread->setToolTip(tr("How the landed costs are shared among the lines"));
    costs->addRow(tr("&Spread:"), m_spread);

    auto* bottom = new QHBoxLayout;
    bottom->addLayout(receiptForm, 3);
    bottom->addSpacing(16);
    bottom->addWidget(costsBox, 2);

    // ---- buttons: the scanner's Enter belongs to the scan field, never to a button ----
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_receive->setObjectName(u"receiveButton"_qs);
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"cancelButton"_qs);
    for (QPushButton* button : {m_receive, cancel, m_acceptAll}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    // Not a QDialogButtonBox: it makes its first accept button the default when shown, and a
    // scanner's Enter would then post the receipt.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_receive);
    buttons->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scan);
    layout->addWidget(m_message);
    layout->addWidget(m_lines, 1);
    layout->addLayout(linesFooter);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &PurchaseReceiveDialog::submitScan);
    connect(m_acceptAll, &QPushButton::clicked, this, &PurchaseReceiveDialog::acceptAllOutstanding);
    connect(m_receive, &QPushButton::clicked, this, &PurchaseReceiveDialog::receive);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (!problem.isEmpty())
        flash(Feedback::Problem, problem);
    else if (!m_order.isOpen())
        flash(Feedback::Problem,
              tr("%1 is %2: nothing can be received against it.")
                  .arg(m_order.number, PurchasingKinds::poStatusName(m_order.status).toLower()));
    else
        flash(Feedback::None, tr("Scan each item as it comes out of the box, or type the quantities."));
    update();
    m_scan->setFocus();
}

QDoubleSpinBox* PurchaseReceiveDialog::makeSpin(int row, double maximum)
{
    const PoLine& l = m_order.lines[row];
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(decimalsOf(l.unit));
    spin->setRange(0, maximum);
    spin->setAlignment(Qt::AlignRight);
    spin->setFrame(false);
    spin->setSpecialValueText(u"–"_qs);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &PurchaseReceiveDialog::update);
    return spin;
}

QDoubleSpinBox* PurchaseReceiveDialog::spinAt(int row, Column column) const
{
    return qobject_cast<QDoubleSpinBox*>(m_lines->cellWidget(row, column));
}

Quantity PurchaseReceiveDialog::valueAt(int row, Column column) const
{
    const QDoubleSpinBox* spin = spinAt(row, column);
    return spin ? Quantity::fromMilli(std::llround(spin->value() * Quantity::One)) : Quantity();
}

QString PurchaseReceiveDialog::messageText() const
{
    return m_message->text();
}

QString PurchaseReceiveDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// ---- scanning -----------------------------------------------------------------------------------

void PurchaseReceiveDialog::submitScan()
{
    const QString text = m_scan->text();
    m_scan->clear();
    scan(text);
    m_scan->setFocus();
}

void PurchaseReceiveDialog::refuse(const QString& message)
{
    ++m_refused;
    flash(Feedback::Problem, message);
    // Heard across the receiving table: the wrong item is put aside, nothing was counted.
    QApplication::beep();
}

bool PurchaseReceiveDialog::scan(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty() || !m_order.isOpen())
        return false;
    auto code = ScanCodes::parse(typed);
    if (!code) {
        refuse(tr("“%1” is not a code that can be read: %2").arg(typed, code.error().message));
        return false;
    }
    auto product = ScanLookup::findProduct(m_services.products, m_actor, *code);
    if (!product) {
        refuse(product.error().message);
        return false;
    }
    if (!*product) {
        refuse(tr("No product has the code “%1”. Put the item aside and check it against the waybill.")
                   .arg(typed));
        return false;
    }
    const Product& p = **product;
    int row = -1;
    for (int i = 0; i < m_order.lines.size(); ++i) {
        if (m_order.lines[i].productId == p.id) {
            row = i;
            break;
        }
    }
    if (row < 0) {
        refuse(tr("%1 %2 is not on %3. If it came instead of an ordered item, count it as mis-sorted on that "
                  "line.")
                   .arg(p.sku, p.name, m_order.number));
        return false;
    }
    const PoLine& l = m_order.lines[row];
    const Quantity one = Quantity::fromUnits(1);
    const Quantity counted = valueAt(row, Accepted) + valueAt(row, Defective);
    if (counted + one > l.outstanding()) {
        refuse(tr("All %1 of %2 still expected are counted already: the extra unit stays with the supplier.")
                   .arg(StockText::quantity(l.outstanding(), l.unit), l.sku));
        return false;
    }
    QDoubleSpinBox* accepted = spinAt(row, Accepted);
    accepted->setValue(accepted->value() + 1);
    m_lines->scrollToItem(m_lines->item(row, Sku));
    const Quantity now = valueAt(row, Accepted) + valueAt(row, Defective);
    flash(Feedback::Good, tr("%1 %2: %3 of %4 counted.")
                              .arg(l.sku, l.name, now.toLocaleString(), l.outstanding().toLocaleString()));
    return true;
}

void PurchaseReceiveDialog::acceptAllOutstanding()
{
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const Quantity rest = m_order.lines[row].outstanding() - valueAt(row, Defective);
        spinAt(row, Accepted)->setValue(double(std::max<qint64>(0, rest.milli())) / Quantity::One);
    }
}

void PurchaseReceiveDialog::flash(Feedback feedback, const QString& message)
{
    m_message->setText(message);
    QString background;
    QString text = u"#ffffff"_qs;
    switch (feedback) {
    case Feedback::None:
        background = u"#eceff1"_qs;
        text = u"#212121"_qs;
        break;
    case Feedback::Good:
        background = u"#2e7d32"_qs;
        break;
    case Feedback::Problem:
        background = u"#c62828"_qs;
        break;
    }
    m_message->setStyleSheet(
        u"QLabel#scanMessage { background-color: %1; color: %2; border-radius: 6px; }"_qs.arg(background,
                                                                                              text));
}

// ---- the receipt --------------------------------------------------------------------------------

std::optional<qint64> PurchaseReceiveDialog::moneyOf(QLineEdit* edit, QString* problem) const
{
    auto amount = OrderText::parseMoney(edit->text(), m_shopCurrency);
    if (!amount) {
        if (problem && problem->isEmpty())
            *problem = amount.error().message;
        return std::nullopt;
    }
    return *amount;
}

void PurchaseReceiveDialog::update()
{
    QString problem;
    Quantity total;
    int linesCounted = 0;
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const PoLine& l = m_order.lines[row];
        const Quantity ofProduct = valueAt(row, Accepted) + valueAt(row, Defective);
        const bool over = ofProduct > l.outstanding();
        for (Column column : {Accepted, Defective}) {
            QDoubleSpinBox* spin = spinAt(row, column);
            QPalette palette = spin->palette();
            palette.setColor(QPalette::Text,
                             over ? OrderText::warningColor() : QPalette().color(QPalette::Text));
            spin->setPalette(palette);
        }
        if (over && problem.isEmpty())
            problem = tr("%1: %2 accepted and defective, but only %3 still expected.")
                          .arg(l.sku, ofProduct.toLocaleString(), l.outstanding().toLocaleString());
        const Quantity line = ofProduct + valueAt(row, Missorted);
        total += line;
        linesCounted += line.milli() > 0 ? 1 : 0;
    }
    for (QLineEdit* edit : {m_freight, m_customs, m_fees}) {
        QString editProblem;
        const bool ok = moneyOf(edit, &editProblem).has_value();
        QPalette palette = edit->palette();
        palette.setColor(QPalette::Text, ok ? QPalette().color(QPalette::Text) : OrderText::warningColor());
        edit->setPalette(palette);
        if (!ok && problem.isEmpty())
            problem = editProblem;
    }
    m_progress->setText(tr("Counted: %1 unit(s) on %2 of %n line(s)", nullptr, int(m_order.lines.size()))
                            .arg(total.toLocaleString(), QLocale().toString(linesCounted)));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_receive->setEnabled(m_order.isOpen() && problem.isEmpty() && total.milli() > 0);
}

std::optional<ReceiptDraft> PurchaseReceiveDialog::formDraft()
{
    QString problem;
    ReceiptDraft d;
    d.poId = m_order.id;
    d.receivedOn = m_receivedOn->date();
    d.locationId = m_location->currentLocationId();
    auto freight = moneyOf(m_freight, &problem);
    auto customs = moneyOf(m_customs, &problem);
    auto fees = moneyOf(m_fees, &problem);
    if (!freight || !customs || !fees) {
        m_error->setText(problem);
        m_error->show();
        return std::nullopt;
    }
    d.freight = *freight;
    d.customs = *customs;
    d.fees = *fees;
    d.spreadBy = SpreadBy(m_spread->currentData().toInt());
    d.note = m_note->text().trimmed();
    for (int row = 0; row < m_order.lines.size(); ++row) {
        ReceiptLineDraft l;
        l.poLineId = m_order.lines[row].id;
        l.accepted = valueAt(row, Accepted);
        l.defective = valueAt(row, Defective);
        l.missorted = valueAt(row, Missorted);
        if (l.accepted.milli() > 0 || l.defective.milli() > 0 || l.missorted.milli() > 0)
            d.lines.append(l);
    }
    return d;
}

bool PurchaseReceiveDialog::receive()
{
    update();
    if (!m_receive->isEnabled())
        return false;
    auto draft = formDraft();
    if (!draft)
        return false;
    auto done = m_services.purchases.receive(m_actor, *draft);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_result = *done;
    if (done->claim) {
        const Claim& c = *done->claim;
        MessageBox::information(this, tr("Claim opened"),
                                tr("Receipt %1 is posted. The defective and mis-sorted units went to "
                                   "quarantine, and claim %2 for %3 "
                                   "was opened to %4. Send it to the supplier from Supplier claims.")
                                    .arg(done->receipt.number, c.number,
                                         OrderText::money(c.amount, c.currency), m_order.supplierName));
    }
    QDialog::accept();
    return true;
}

} // namespace kontor
