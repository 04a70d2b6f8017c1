#pragma once

// Id: the UUID primary key of every synced row, created on the device. Version 7 (time-ordered)
// so that inserts land at the end of the B-tree instead of bloating indexes at a million rows;
// stored as a 16-byte blob.

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace kontor {

class Id
{
public:
    Id() = default;
    explicit Id(const QUuid& uuid)
        : m_uuid(uuid)
    {}

    static Id create();
    static Id fromBytes(QByteArrayView bytes); // 16 bytes, else a null id
    static Id fromString(QStringView text);
    // The same id on every device for the same key (a name-based UUIDv5): the change-log id of a
    // row whose key is not an id, e.g. "exchange_rates/USD/1767225600000".
    static Id fromKey(QStringView key);

    bool isNull() const { return m_uuid.isNull(); }
    QByteArray toBytes() const { return m_uuid.toRfc4122(); }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }
    const QUuid& uuid() const { return m_uuid; }

    friend bool operator==(const Id&, const Id&) = default;
    friend bool operator<(const Id& a, const Id& b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const Id& id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

} // namespace kontor

Q_DECLARE_METATYPE(kontor::Id)
