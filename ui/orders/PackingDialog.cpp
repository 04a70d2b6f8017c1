#include "PackingDialog.h"

#include "PackingLineModel.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "counts/ScanLineEdit.h"
#include "orders/OrderService.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

namespace {

void setPointSize(QWidget* widget, qreal points, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    widget->setFont(font);
}

QPushButton* keyButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    // The scanner's Enter belongs to the scan field, never to a button.
    button->setAutoDefault(false);
    button->setDefault(false);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

PackingDialog::PackingDialog(OrderService& orders, ProductService& products, const Actor& actor,
                             const Id& orderId, QWidget* parent)
    : QDialog(parent)
    , m_orders(orders)
    , m_products(products)
    , m_actor(actor)
    , m_orderId(orderId)
    , m_title(new QLabel)
    , m_details(new QLabel)
    , m_input(new ScanLineEdit)
    , m_flash(new QFrame)
    , m_message(new QLabel)
    , m_model(new PackingLineModel(this))
    , m_view(new QTableView)
    , m_progress(new QLabel)
    , m_undoButton(keyButton(tr("Undo last scan (Ctrl+Z)"), u"undoScanButton"_qs))
    , m_closeButton(keyButton(tr("Close parcel"), u"closeParcelButton"_qs))
{
    setWindowTitle(tr("Pack order"));
    m_title->setObjectName(u"packingTitle"_qs);
    setPointSize(m_title, 16, true);
    m_details->setObjectName(u"packingDetails"_qs);
    m_details->setWordWrap(true);

    m_input->setObjectName(u"packingScanField"_qs);
    m_input->setPlaceholderText(tr("Scan an item, or type its SKU and press Enter"));
    setPointSize(m_input, 16);

    m_flash->setObjectName(u"packingFlash"_qs);
    m_message->setObjectName(u"packingMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::NoTextInteraction);
    setPointSize(m_message, 15, true);
    // Room for two lines from the start, so a long refusal does not make the layout jump.
    m_message->setMinimumHeight(QFontMetrics(m_message->font()).lineSpacing() * 2 + 4);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    auto* flashLayout = new QVBoxLayout(m_flash);
    flashLayout->setContentsMargins(16, 10, 16, 10);
    flashLayout->addWidget(m_message);

    m_view->setObjectName(u"packingLines"_qs);
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    setPointSize(m_view, 12);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PackingLineModel::Name, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const QList<std::pair<int, QString>> samples{{PackingLineModel::Sku, u"SKU-000000"_qs},
                                                 {PackingLineModel::Expected, u"000 pcs."_qs},
                                                 {PackingLineModel::Scanned, u"0000"_qs},
                                                 {PackingLineModel::State, u"000 more"_qs}};
    for (const auto& [column, sample] : samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max({metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title),
                                        header->fontMetrics().horizontalAdvance(title)}) +
                                  24);
    }

    m_progress->setObjectName(u"packingProgress"_qs);
    setPointSize(m_progress, 12);
    m_closeButton->setEnabled(false);
    setPointSize(m_closeButton, 12, true);
    auto* cancelButton = keyButton(tr("Close (Esc)"), u"cancelPackingButton"_qs);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_progress, 1);
    footer->addWidget(m_undoButton);
    footer->addWidget(cancelButton);
    footer->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_input);
    layout->addWidget(m_flash);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_input, &QLineEdit::returnPressed, this, &PackingDialog::submit);
    connect(m_input, &ScanLineEdit::undoRequested, this, &PackingDialog::undoLastScan);
    connect(m_undoButton, &QPushButton::clicked, this, &PackingDialog::undoLastScan);
    connect(m_closeButton, &QPushButton::clicked, this, &PackingDialog::closeParcel);
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    resize(820, 600);
    load();
    m_input->setFocus();
}

PackingDialog::~PackingDialog() = default;

void PackingDialog::load()
{
    auto order = m_orders.order(m_actor, m_orderId);
    if (!order) {
        m_title->setText(tr("Pack order"));
        flash(Feedback::Problem, order.error().message);
        refresh();
        return;
    }
    m_orderNumber = order->number;
    m_title->setText(tr("Pack order %1").arg(order->number));
    QStringList details{order->customerName};
    if (!order->shipTo.trimmed().isEmpty())
        details.append(order->shipTo.simplified());
    m_details->setText(details.join(u" · "_qs));

    QString problem;
    if (!m_actor.can(Permission::FulfilOrders))
        problem = tr("You may not pack orders: ask someone who fulfils orders.");
    else if (order->status == OrderStatus::Confirmed || order->status == OrderStatus::Draft)
        problem = tr("Order %1 is %2: start picking it before packing.")
                      .arg(order->number, OrderKinds::statusName(order->status).toLower());
    else if (order->status != OrderStatus::Picking)
        problem = tr("Order %1 is %2: there is nothing to pack.")
                      .arg(order->number, OrderKinds::statusName(order->status).toLower());
    auto verifier = PackingVerifier::forOrder(m_products, m_actor, *order);
    if (!verifier) {
        flash(Feedback::Problem, verifier.error().message);
        refresh();
        return;
    }
    m_verifier.emplace(std::move(*verifier));
    if (problem.isEmpty() && m_verifier->isEmpty())
        problem = tr("Nothing of order %1 is reserved yet: there is nothing to pack.").arg(order->number);
    m_canPack = problem.isEmpty();
    m_model->setLines(m_verifier->lines());
    if (m_canPack)
        flash(Feedback::None, tr("Scan every item as it goes into the parcel."));
    else
        flash(Feedback::Problem, problem);
    refresh();
}

std::optional<PackingScan> PackingDialog::scan(const QString& text)
{
    if (!m_canPack || !m_verifier)
        return std::nullopt;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto result = m_verifier->scan(text);
    if (!result) {
        flash(Feedback::Problem, result.error().message);
        return std::nullopt;
    }
    m_model->setLines(m_verifier->lines());
    if (result->accepted()) {
        m_model->setCurrentRow(result->line);
        m_view->scrollTo(m_model->index(result->line, 0));
        if (m_verifier->isComplete())
            flash(Feedback::Done, result->message + u'\n' + tr("Everything is in the parcel: close it."));
        else
            flash(Feedback::Good, result->message);
    } else {
        if (result->line >= 0)
            m_model->setCurrentRow(result->line);
        flash(Feedback::Problem, result->message);
    }
    refresh();
    return *result;
}

void PackingDialog::submit()
{
    const QString text = m_input->text();
    m_input->clear();
    // The scan field shows the group separator as a visible symbol; the parser reads it as such.
    scan(text);
    m_input->setFocus();
}

void PackingDialog::undoLastScan()
{
    if (!m_canPack || !m_verifier)
        return;
    const auto undone = m_verifier->undo();
    if (!undone) {
        flash(Feedback::None, tr("Nothing to undo."));
        return;
    }
    m_model->setLines(m_verifier->lines());
    m_model->setCurrentRow(undone->line);
    const PackingLine& line = m_verifier->lines().at(undone->line);
    flash(Feedback::None,
          tr("Taken back: %1 %2 (%3 of %4).")
              .arg(line.sku, line.name, line.scanned.toLocaleString(), line.expected.toLocaleString()));
    refresh();
}

bool PackingDialog::closeParcel()
{
    if (!m_canPack || !m_verifier || !m_verifier->isComplete())
        return false;
    auto done = m_orders.markPacked(m_actor, m_orderId);
    if (!done) {
        MessageBox::critical(this, tr("Parcel not closed"), done.error().toString());
        return false;
    }
    Q_EMIT packed(m_orderId);
    accept();
    return true;
}

void PackingDialog::refresh()
{
    const bool ready = m_canPack && m_verifier && m_verifier->isComplete();
    m_input->setEnabled(m_canPack);
    m_undoButton->setEnabled(m_canPack && m_verifier && m_verifier->acceptedScans() > 0);
    m_closeButton->setEnabled(ready);
    if (!m_verifier || m_verifier->isEmpty()) {
        m_progress->clear();
        return;
    }
    int done = 0;
    for (const PackingLine& l : m_verifier->lines())
        done += l.isComplete() ? 1 : 0;
    m_progress->setText(
        tr("%1 of %2 scanned · %3 of %n line(s) complete", nullptr, int(m_verifier->lines().size()))
            .arg(m_verifier->scannedTotal().toLocaleString(), m_verifier->expectedTotal().toLocaleString(),
                 QLocale().toString(done)));
}

void PackingDialog::flash(Feedback feedback, const QString& message)
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
    case Feedback::Done:
        background = u"#1565c0"_qs;
        break;
    case Feedback::Problem:
        background = u"#c62828"_qs;
        break;
    }
    m_flash->setStyleSheet(
        u"QFrame#packingFlash { background-color: %1; border-radius: 8px; }"
        u"QFrame#packingFlash QLabel { color: %2; background: transparent; }"_qs.arg(background, text));
    if (feedback == Feedback::Problem && isVisible()) {
        // Three beeps: a wrong item is heard across the packing table.
        QApplication::beep();
        QTimer::singleShot(180, this, [] { QApplication::beep(); });
        QTimer::singleShot(360, this, [] { QApplication::beep(); });
    }
}

} // namespace kontor
