#include "BenchTools.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>

namespace kontor::bench {

void fatal(const QString& message)
{
    QTextStream(stderr) << "kontor-bench: " << message << Qt::endl;
    std::exit(1);
}

void note(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

double threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

namespace {

QList<double> sorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

double Latencies::median() const
{
    if (m_ms.isEmpty())
        return 0;
    const QList<double> s = sorted(m_ms);
    const qsizetype n = s.size();
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

double Latencies::p95() const
{
    if (m_ms.isEmpty())
        return 0;
    const QList<double> s = sorted(m_ms);
    const auto rank = qsizetype(std::ceil(0.95 * double(s.size())));
    return s[std::clamp<qsizetype>(rank - 1, 0, s.size() - 1)];
}

double Latencies::max() const
{
    return m_ms.isEmpty() ? 0 : *std::max_element(m_ms.begin(), m_ms.end());
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue ratio(double kontor, double raw)
{
    return raw > 0 ? QJsonValue(rounded(kontor / raw, 2)) : QJsonValue();
}

QJsonObject secondsStep(double kontor, double raw)
{
    return {{QStringLiteral("seconds"), rounded(kontor, 3)},
            {QStringLiteral("raw_seconds"), rounded(raw, 3)},
            {QStringLiteral("ratio"), ratio(kontor, raw)}};
}

QJsonObject msStep(double kontor, double raw)
{
    return {{QStringLiteral("ms"), rounded(kontor, 2)},
            {QStringLiteral("raw_ms"), rounded(raw, 2)},
            {QStringLiteral("ratio"), ratio(kontor, raw)}};
}

QJsonObject latencyStep(const Latencies& kontor, const Latencies& raw)
{
    return {{QStringLiteral("median_ms"), rounded(kontor.median(), 3)},
            {QStringLiteral("p95_ms"), rounded(kontor.p95(), 3)},
            {QStringLiteral("max_ms"), rounded(kontor.max(), 3)},
            {QStringLiteral("raw_median_ms"), rounded(raw.median(), 3)},
            {QStringLiteral("raw_p95_ms"), rounded(raw.p95(), 3)},
            {QStringLiteral("ratio_median"), ratio(kontor.median(), raw.median())},
            {QStringLiteral("ratio_p95"), ratio(kontor.p95(), raw.p95())}};
}

} // namespace kontor::bench
