#pragma once

// ProgressRunner: runs a long job (demo data, imports) on a worker thread while a window-modal
// progress dialog with Cancel is shown, and returns the job's result. The GUI thread keeps
// running its event loop; the job reports progress through a callback that returns false once
// the user cancelled, and then should stop and return an ErrorCode::Cancelled error.

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace kontor {

class ProgressRunner : public QObject
{
    Q_OBJECT

public:
    // Called from the worker thread; thread-safe. Returns false when the job should stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ProgressRunner(QWidget* parent, QString labelText);
    ~ProgressRunner() override;

    // Runs `work` on a worker thread and waits for it with a local event loop. Call only from
    // the GUI thread; the work must not touch widgets.
    template <typename T>
    Result<T> run(std::function<Result<T>(Progress)> work)
    {
        std::optional<Result<T>> result;
        runErased([&](const Progress& progress) { result.emplace(work(progress)); });
        return std::move(*result);
    }

    // The same as pressing Cancel: the next progress call returns false.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // How long the dialog waits before showing, so that quick jobs do not flash it.
    void setShowDelayMs(int ms) { m_showDelayMs = ms; }
    // The dialog while a job runs, otherwise nullptr (for tests).
    QProgressDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    // Emitted on the GUI thread when the job has started and the dialog exists.
    void started();

private:
    void runErased(const std::function<void(const Progress&)>& work);
    void updateDialog();

    QWidget* m_parent;
    QString m_labelText;
    int m_showDelayMs = 300;
    QProgressDialog* m_dialog = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
};

} // namespace kontor
