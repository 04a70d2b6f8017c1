#include "common/ProgressRunner.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace kontor;

class TestProgressRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnsTheResultAndKeepsTheGuiThreadResponsive()
    {
        QWidget window;
        window.show();
        ProgressRunner runner(&window, u"Working"_qs);
        runner.setShowDelayMs(0);

        // A timer on the GUI thread must keep ticking while the job runs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);

        Qt::HANDLE guiThread = QThread::currentThreadId();
        Qt::HANDLE workThread = nullptr;
        int maximumSeen = -1;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (runner.dialog())
                maximumSeen = std::max(maximumSeen, runner.dialog()->maximum());
        });
        watcher.start(20);

        QElapsedTimer elapsed;
        elapsed.start();
        auto result = runner.run<int>([&](const ProgressRunner::Progress& progress) -> Result<int> {
            workThread = QThread::currentThreadId();
            for (int i = 0; i <= 40; ++i) {
                if (!progress(i, 40))
                    return fail(ErrorCode::Cancelled, u"cancelled"_qs);
                QThread::msleep(10);
            }
            return 42;
        });
        QVERIFY(result);
        QCOMPARE(*result, 42);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != guiThread);
        QVERIFY(elapsed.elapsed() >= 350);
        QVERIFY2(ticks >= 10, qPrintable(u"only %1 GUI ticks while the job ran"_qs.arg(ticks)));
        QCOMPARE(maximumSeen, 40); // the dialog showed the job's total
        QVERIFY(!runner.isCancelled());
        QVERIFY(runner.dialog() == nullptr);
    }

    void cancelButtonStopsTheJob()
    {
        QWidget window;
        window.show();
        ProgressRunner runner(&window, u"Working"_qs);
        runner.setShowDelayMs(0);

        // Press the dialog's own Cancel button once it is up.
        bool clicked = false;
        QTimer clicker;
        connect(&clicker, &QTimer::timeout, this, [&] {
            QProgressDialog* dialog = runner.dialog();
            if (clicked || !dialog || !dialog->isVisible())
                return;
            const auto buttons = dialog->findChildren<QAbstractButton*>();
            if (buttons.isEmpty())
                return;
            buttons.front()->click();
            clicked = true;
        });
        clicker.start(50);

        int calls = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        auto result = runner.run<int>([&](const ProgressRunner::Progress& progress) -> Result<int> {
            // Would run 10 s if nobody cancelled.
            for (int i = 0; i < 1000; ++i) {
                ++calls;
                if (!progress(i, 1000))
                    return fail(ErrorCode::Cancelled, u"cancelled"_qs);
                QThread::msleep(10);
            }
            return 1;
        });
        QVERIFY(clicked);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(runner.isCancelled());
        QVERIFY(calls < 1000);
        QVERIFY(elapsed.elapsed() < 5000);
    }

    void quickJobsDoNotShowTheDialog()
    {
        QWidget window;
        window.show();
        ProgressRunner runner(&window, u"Working"_qs);
        runner.setShowDelayMs(2000); // far longer than the job, even on a loaded machine
        bool shown = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this,
                [&] { shown = shown || (runner.dialog() && runner.dialog()->isVisible()); });
        probe.start(5);
        auto result = runner.run<QString>([](const ProgressRunner::Progress&) -> Result<QString> {
            QThread::msleep(50);
            return u"done"_qs;
        });
        QVERIFY(result);
        QCOMPARE(*result, u"done"_qs);
        QVERIFY(!shown);
    }

    void errorsComeBackUnchanged()
    {
        ProgressRunner runner(nullptr, u"Working"_qs);
        auto result = runner.run<int>([](const ProgressRunner::Progress& progress) -> Result<int> {
            progress(1, 2);
            return fail(ErrorCode::Invalid, u"bad row"_qs, u"Price"_qs);
        });
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"bad row"_qs);
        QCOMPARE(result.error().field, u"Price"_qs);
    }
};

QTEST_MAIN(TestProgressRunner)
#include "TestProgressRunner.moc"
