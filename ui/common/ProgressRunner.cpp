#include "ProgressRunner.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace kontor {

namespace {

// A progress dialog that stays up after Cancel (or Escape, or the close button) until the job
// has actually stopped, so the window behind it cannot be used while the job still runs.
class StayingProgressDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

    void reject() override { Q_EMIT canceled(); }

protected:
    void closeEvent(QCloseEvent* event) override
    {
        event->ignore();
        Q_EMIT canceled();
    }
};

// Swallows user input while the job runs but before the dialog shows (and window modality takes
// over), so a click in the main window cannot start a second job from inside the local event loop.
class InputBlocker : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Wheel:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride:
        case QEvent::Close:
            return true;
        default:
            return QObject::eventFilter(watched, event);
        }
    }
};

constexpr int PollIntervalMs = 50;

} // namespace

ProgressRunner::ProgressRunner(QWidget* parent, QString labelText)
    : QObject(parent)
    , m_parent(parent)
    , m_labelText(std::move(labelText))
{}

ProgressRunner::~ProgressRunner() = default;

void ProgressRunner::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_dialog->setCancelButton(nullptr);
    }
}

void ProgressRunner::updateDialog()
{
    if (!m_dialog)
        return;
    const qint64 total = m_total.load();
    const qint64 done = m_done.load();
    // QProgressDialog takes int; scale large totals down so they fit.
    const qint64 divisor = total > 1'000'000'000 ? total / 1'000'000 : 1;
    const int maximum = int(total / divisor);
    if (m_dialog->maximum() != maximum)
        m_dialog->setMaximum(maximum); // 0: a busy indicator until the job knows its total
    if (total > 0)
        m_dialog->setValue(int(std::min(done, total) / divisor));
}

void ProgressRunner::runErased(const std::function<void(const Progress&)>& work)
{
    m_cancelled = false;
    m_done = 0;
    m_total = 0;

    StayingProgressDialog dialog(m_labelText, tr("Cancel"), 0, 0, m_parent);
    dialog.setWindowTitle(tr("Please wait"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(std::numeric_limits<int>::max()); // shown by our own timer below
    dialog.setMinimumWidth(360);
    // Keep the dialog open after Cancel: the job stops at its next progress call.
    disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    connect(&dialog, &QProgressDialog::canceled, this, &ProgressRunner::cancel);
    m_dialog = &dialog;

    InputBlocker blocker;
    QCoreApplication::instance()->installEventFilter(&blocker);
    QTimer showTimer;
    showTimer.setSingleShot(true);
    connect(&showTimer, &QTimer::timeout, &dialog, [&] {
        QCoreApplication::instance()->removeEventFilter(&blocker);
        dialog.show();
    });
    showTimer.start(m_showDelayMs);

    QTimer poll;
    connect(&poll, &QTimer::timeout, this, &ProgressRunner::updateDialog);
    poll.start(PollIntervalMs);

    const Progress progress = [this](qint64 done, qint64 total) {
        m_done.store(done);
        m_total.store(total);
        return !m_cancelled.load();
    };

    QEventLoop loop;
    QFutureWatcher<void> watcher;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&work, &progress] { work(progress); }));
    Q_EMIT started();
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    QCoreApplication::instance()->removeEventFilter(&blocker);

    m_dialog = nullptr;
}

} // namespace kontor
