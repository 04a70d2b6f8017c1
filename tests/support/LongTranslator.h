#pragma once

// LongTranslator: a stand-in for a translation that is not written yet. It answers the strings of
// the given contexts with the English text made longer by a share (Russian runs 30-50 % longer
// than English), so a test can check that labels still fit and screenshots show where they would
// not. Other contexts fall through to the real translations.

#include <QStringList>
#include <QTranslator>

namespace kontor::test {

class LongTranslator : public QTranslator
{
public:
    LongTranslator(QStringList contextPrefixes, int extraPercent);

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;

private:
    QStringList m_prefixes;
    int m_extraPercent;
};

} // namespace kontor::test
