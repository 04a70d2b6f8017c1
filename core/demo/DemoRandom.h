#pragma once

// DemoRandom: the seeded generator of the demo data. The same seed gives the same shop on every
// run and every machine.

#include <QList>
#include <QRandomGenerator>

namespace kontor {

class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    {}
    int below(int n) { return int(m_generator.bounded(quint32(n))); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    qint64 between64(qint64 low, qint64 high)
    {
        return low + qint64(m_generator.bounded(double(high - low + 1)));
    }
    bool percent(int p) { return below(100) < p; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }
    quint32 bounded(quint32 n) { return m_generator.bounded(n); }

private:
    QRandomGenerator m_generator;
};

} // namespace kontor
