#pragma once

// Small helpers shared by kontor-bench's steps: a stopwatch, latency statistics (median, p95),
// figures rounded for reading, the Kontor-versus-raw JSON of one step, and a fatal exit: a step
// that cannot run must stop the benchmark rather than print made-up figures.

#include "common/Result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kontor::bench {

[[noreturn]] void fatal(const QString& message);

// The value of a Result, or a fatal exit naming what failed.
template <typename T>
T check(Result<T> result, const char* what)
{
    if (!result)
        fatal(QString::fromUtf8(what) + QStringLiteral(": ") + result.error().toString());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

// A progress line on stderr (stdout carries only the JSON).
void note(const QString& message);

class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    void restart() { m_timer.restart(); }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

// CPU time used by this thread so far, in ms (0 where the platform cannot tell). Reported beside
// wall time: on a shared machine other work stretches the wall time of a read, not its CPU time.
double threadCpuMs();

class Latencies
{
public:
    void add(double ms) { m_ms.append(ms); }
    qsizetype count() const { return m_ms.size(); }
    double median() const;
    double p95() const; // nearest rank
    double max() const;

private:
    QList<double> m_ms;
};

double rounded(double value, int decimals);
// kontor / raw, two decimals; null when raw is 0.
QJsonValue ratio(double kontor, double raw);

// {"seconds": k, "raw_seconds": r, "ratio": k/r}
QJsonObject secondsStep(double kontor, double raw);
// {"ms": k, "raw_ms": r, "ratio": k/r}
QJsonObject msStep(double kontor, double raw);
// {"median_ms", "p95_ms", "raw_median_ms", "raw_p95_ms", "ratio_median", "ratio_p95"}
QJsonObject latencyStep(const Latencies& kontor, const Latencies& raw);

} // namespace kontor::bench
