#include "AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_qs));
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.lastPage(), u"products"_qs);
        QCOMPARE(settings.language(), QString());
        QVERIFY(!settings.welcomeShown());
    }

    void roundTripsThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            AppSettings settings(path);
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setWindowState("state");
            settings.setLastPage(u"orders"_qs);
            settings.setLanguage(u"ru"_qs);
            settings.setWelcomeShown(true);
            settings.setProductPageState("columns");
            settings.setStockPageState("stock columns");
            settings.sync();
        }
        AppSettings settings(path);
        QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(settings.windowState(), QByteArray("state"));
        QCOMPARE(settings.lastPage(), u"orders"_qs);
        QCOMPARE(settings.language(), u"ru"_qs);
        QVERIFY(settings.welcomeShown());
        QCOMPARE(settings.productPageState(), QByteArray("columns"));
        QCOMPARE(settings.stockPageState(), QByteArray("stock columns"));
        // The file says which version wrote it.
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"settingsVersion"_qs).toInt(),
                 AppSettings::Version);
    }

    void unknownLanguageMeansSystem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        QSettings(path, QSettings::IniFormat).setValue(u"general/language"_qs, u"klingon"_qs);
        AppSettings settings(path);
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(u"de"_qs);
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(u"en"_qs);
        QCOMPARE(settings.language(), u"en"_qs);
    }
};

QTEST_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
