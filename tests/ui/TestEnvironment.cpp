#include <QFontDatabase>
#include <QFontMetrics>
#include <QLibraryInfo>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

// The machine facts Kontor relies on: without a font with Cyrillic, Russian renders as boxes in
// screenshots and PDFs; without tzdata QTimeZone is silently invalid; without Qt's translations its
// own dialogs stay English in a Russian session.
class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeZonesAreAvailable()
    {
        const QTimeZone moscow("Europe/Moscow");
        QVERIFY(moscow.isValid());
        QCOMPARE(moscow.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)), 3 * 3600);
    }

    void aFontCoversCyrillic()
    {
        const QStringList families = QFontDatabase::families(QFontDatabase::Cyrillic);
        QVERIFY2(!families.isEmpty(), "no font with Cyrillic glyphs is installed");
        const QFontMetrics metrics{QFont(families.front())};
        QVERIFY(metrics.inFontUcs4(U'Ж'));
        QVERIFY(metrics.inFontUcs4(U'ё'));
    }

    void qtsOwnRussianTranslationIsInstalled()
    {
        QTranslator qt;
        QVERIFY(qt.load(u"qtbase_ru"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }

    void kontorsRussianTranslationIsEmbedded()
    {
        QTranslator kontor;
        QVERIFY(kontor.load(u":/i18n/kontor_ru.qm"_qs));
    }
};

QTEST_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
