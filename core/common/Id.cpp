#include "Id.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace kontor {

Id Id::fromKey(QStringView key)
{
    static const QUuid Namespace(u"6b6f6e74-6f72-4b4e-9452-000000000001"_qs);
    return Id(QUuid::createUuidV5(Namespace, key.toString()));
}

Id Id::create()
{
    // RFC 9562 UUIDv7: 48-bit Unix milliseconds, version, 12 bits of a per-process counter that
    // keeps ids from one millisecond ordered, variant, then 62 random bits.
    static std::atomic<quint64> lastStamp{0};
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint64 stamp = (ms << 12);
    quint64 previous = lastStamp.load();
    quint64 next;
    do {
        next = stamp > previous ? stamp : previous + 1;
    } while (!lastStamp.compare_exchange_weak(previous, next));

    const quint64 unixMs = next >> 12;
    const quint16 counter = quint16(next & 0x0FFF);
    quint64 random = QRandomGenerator::system()->generate64();

    QByteArray bytes(16, Qt::Uninitialized);
    auto* b = reinterpret_cast<unsigned char*>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(unixMs >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (counter >> 8));
    b[7] = static_cast<unsigned char>(counter & 0xFF);
    b[8] = static_cast<unsigned char>(0x80 | ((random >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>(random >> (8 * (15 - i)));
    return Id(QUuid::fromRfc4122(bytes));
}

Id Id::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 16)
        return Id();
    return Id(QUuid::fromRfc4122(bytes));
}

Id Id::fromString(QStringView text)
{
    return Id(QUuid::fromString(text));
}

} // namespace kontor
