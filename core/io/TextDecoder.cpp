#include "TextDecoder.h"

#include <QCoreApplication>

#include <array>

namespace kontor {

namespace {

enum class Encoding
{
    Auto,
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1251,
    Unknown,
};

// Windows-1251 bytes 0x80-0xFF. 0x98 is undefined in the code page and decodes to U+FFFD.
constexpr std::array<char16_t, 128> Cp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, //
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, //
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, //
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, //
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, //
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, //
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, //
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, //
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, //
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, //
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, //
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, //
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, //
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F, //
};

Encoding parseEncoding(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'-' && c != u'_' && c != u' ')
            key.append(c.toLower());
    }
    if (key.isEmpty() || key == u"auto")
        return Encoding::Auto;
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf8bom")
        return Encoding::Utf8Bom;
    if (key == u"utf16le")
        return Encoding::Utf16Le;
    if (key == u"utf16be")
        return Encoding::Utf16Be;
    if (key == u"windows1251" || key == u"cp1251")
        return Encoding::Windows1251;
    return Encoding::Unknown;
}

// 1-based line of position `offset`; a line ends at LF, CRLF or a lone CR.
template <typename Char>
int lineAt(const Char* data, qsizetype size, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < size; ++i) {
        if (data[i] == Char('\n'))
            ++line;
        else if (data[i] == Char('\r') && (i + 1 >= size || data[i + 1] != Char('\n')))
            ++line;
    }
    return line;
}

int lineAt(const QString& text, qsizetype offset)
{
    return lineAt(reinterpret_cast<const char16_t*>(text.constData()), text.size(), offset);
}

// Offset of the first byte not part of a well-formed UTF-8 sequence (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when all bytes are valid.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = s[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

bool hasUtf8Bom(const QByteArray& bytes)
{
    return startsWith(bytes, {0xEF, 0xBB, 0xBF});
}

Error decodeError(QString message, int line)
{
    return Error{ErrorCode::Invalid, std::move(message), {}, {}, line};
}

Result<QString> decodeUtf8(const QByteArray& bytes, qsizetype from, bool validated)
{
    const qsizetype bad = validated ? -1 : firstInvalidUtf8(bytes, from);
    if (bad >= 0) {
        return fail(decodeError(
            QCoreApplication::translate("kontor::TextDecoder",
                                        "The file is not valid UTF-8 text (byte 0x%1 at offset %2). Choose "
                                        "the file's encoding, for example Windows-1251.")
                .arg(int(static_cast<unsigned char>(bytes.at(bad))), 2, 16, QChar(u'0'))
                .arg(bad),
            lineAt(bytes.constData(), bytes.size(), bad)));
    }
    return QString::fromUtf8(bytes.constData() + from, bytes.size() - from);
}

QString decodeWindows1251(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i)
        out[i] = in[i] < 0x80 ? char16_t(in[i]) : Cp1251High[in[i] - 0x80];
    return text;
}

Result<QString> decodeUtf16(const QByteArray& bytes, bool littleEndian)
{
    qsizetype from = 0;
    if (startsWith(bytes, littleEndian ? std::initializer_list<unsigned char>{0xFF, 0xFE}
                                       : std::initializer_list<unsigned char>{0xFE, 0xFF}))
        from = 2;
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype units = (bytes.size() - from) / 2;
    QString text(units, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = in[from + 2 * i];
        const unsigned char b = in[from + 2 * i + 1];
        out[i] = littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    }
    // Unpaired surrogates are not text: replace them so later code never sees half a character.
    for (qsizetype i = 0; i < units; ++i) {
        if (QChar::isHighSurrogate(out[i]) && i + 1 < units && QChar::isLowSurrogate(out[i + 1]))
            ++i;
        else if (QChar::isSurrogate(out[i]))
            out[i] = 0xFFFD;
    }
    if ((bytes.size() - from) % 2 != 0) {
        return fail(decodeError(
            QCoreApplication::translate(
                "kontor::TextDecoder", "The file ends in the middle of a UTF-16 character; it is truncated."),
            lineAt(text, text.size())));
    }
    return text;
}

char cp1251Byte(char32_t cp)
{
    if (cp < 0x80)
        return char(cp);
    if (cp >= 0x0410 && cp <= 0x044F)
        return char(0xC0 + (cp - 0x0410));
    for (int i = 0; i < 64; ++i) {
        if (Cp1251High[i] == cp && cp != 0xFFFD)
            return char(0x80 + i);
    }
    return '?';
}

QByteArray encodeWindows1251(const QString& text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    const auto* s = reinterpret_cast<const char16_t*>(text.constData());
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = s[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            ++i; // nothing outside the BMP exists in Windows-1251: one '?' per character
            bytes.append('?');
        } else {
            bytes.append(cp1251Byte(c));
        }
    }
    return bytes;
}

QByteArray encodeUtf16(const QString& text, bool littleEndian)
{
    QByteArray bytes;
    bytes.reserve(2 * text.size() + 2);
    const auto put = [&](char16_t unit) {
        const char low = char(unit & 0xFF);
        const char high = char(unit >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    };
    put(0xFEFF);
    for (const QChar c : text)
        put(c.unicode());
    return bytes;
}

} // namespace

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& encoding)
{
    Encoding chosen = parseEncoding(encoding);
    bool validUtf8 = false;
    if (chosen == Encoding::Unknown) {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::TextDecoder", "Unknown text encoding \"%1\".")
                        .arg(encoding));
    }
    if (chosen == Encoding::Auto) {
        if (hasUtf8Bom(bytes))
            chosen = Encoding::Utf8Bom;
        else if (startsWith(bytes, {0xFF, 0xFE}))
            chosen = Encoding::Utf16Le;
        else if (startsWith(bytes, {0xFE, 0xFF}))
            chosen = Encoding::Utf16Be;
        else if ((validUtf8 = firstInvalidUtf8(bytes, 0) < 0))
            chosen = Encoding::Utf8;
        else
            chosen = Encoding::Windows1251;
    }

    DecodedText decoded;
    switch (chosen) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        // An explicit "UTF-8" still drops a BOM: it must never end up in the first column name.
        const bool bom = hasUtf8Bom(bytes);
        auto text = decodeUtf8(bytes, bom ? 3 : 0, validUtf8);
        if (!text)
            return fail(text.error());
        decoded.text = std::move(*text);
        decoded.encoding = bom ? QStringLiteral("UTF-8 BOM") : QStringLiteral("UTF-8");
        break;
    }
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        const bool littleEndian = chosen == Encoding::Utf16Le;
        auto text = decodeUtf16(bytes, littleEndian);
        if (!text)
            return fail(text.error());
        decoded.text = std::move(*text);
        decoded.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        break;
    }
    case Encoding::Windows1251:
        decoded.text = decodeWindows1251(bytes);
        decoded.encoding = QStringLiteral("Windows-1251");
        break;
    case Encoding::Auto:
    case Encoding::Unknown:
        Q_UNREACHABLE();
    }

    const qsizetype nul = decoded.text.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        return fail(decodeError(QCoreApplication::translate(
                                    "kontor::TextDecoder",
                                    "The file contains a NUL character: it is probably a binary file, not "
                                    "text (or UTF-16 without a byte order mark)."),
                                lineAt(decoded.text, nul)));
    }
    return decoded;
}

QByteArray encodeText(const QString& text, const QString& encoding)
{
    switch (parseEncoding(encoding)) {
    case Encoding::Utf8Bom:
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    case Encoding::Utf16Le:
        return encodeUtf16(text, true);
    case Encoding::Utf16Be:
        return encodeUtf16(text, false);
    case Encoding::Windows1251:
        return encodeWindows1251(text);
    case Encoding::Auto:
    case Encoding::Utf8:
    case Encoding::Unknown:
        break;
    }
    return text.toUtf8();
}

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-8 BOM"), QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"), QStringLiteral("Windows-1251")};
}

} // namespace kontor
