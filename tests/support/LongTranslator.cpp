#include "LongTranslator.h"

#include <algorithm>

namespace kontor::test {

LongTranslator::LongTranslator(QStringList contextPrefixes, int extraPercent)
    : m_prefixes(std::move(contextPrefixes))
    , m_extraPercent(extraPercent)
{}

QString LongTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                  int n) const
{
    Q_UNUSED(disambiguation);
    Q_UNUSED(n); // Qt puts the number in for %n
    const QString ctx = QString::fromUtf8(context);
    const bool ours = std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                                  [&](const QString& prefix) { return ctx.startsWith(prefix); });
    if (!ours)
        return {};
    // Every word grows by the share (as Russian words are longer), so the text still wraps between
    // words; placeholders (%1, %n) and HTML tags stay as they are.
    const QString text = QString::fromUtf8(sourceText);
    QString out;
    out.reserve(text.size() * 2);
    bool inTag = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        if (!c.isLetter() || inTag || (i > 0 && text.at(i - 1) == u'%')) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        out.append(QStringView(text).mid(i, end - i));
        out.append(QString(((end - i) * m_extraPercent + 50) / 100, QChar(0x0436))); // ж
        i = end;
    }
    return out;
}

} // namespace kontor::test
