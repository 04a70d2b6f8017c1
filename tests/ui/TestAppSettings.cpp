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

    void replenishmentSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            AppSettings settings(path);
            QCOMPARE(settings.replenishmentDemandDays(), 28);
            QCOMPARE(settings.replenishmentServiceLevel(), 0.95);
            QCOMPARE(settings.replenishmentLeadTimeDays(), 14);
            QCOMPARE(settings.replenishmentView(), 0);
            settings.setReplenishmentDemandDays(56);
            settings.setReplenishmentServiceLevel(0.975);
            settings.setReplenishmentLeadTimeDays(0);
            settings.setReplenishmentView(3);
            settings.sync();
        }
        {
            AppSettings settings(path);
            QCOMPARE(settings.replenishmentDemandDays(), 56);
            QCOMPARE(settings.replenishmentServiceLevel(), 0.975);
            QCOMPARE(settings.replenishmentLeadTimeDays(), 0);
            QCOMPARE(settings.replenishmentView(), 3);
        }
        // A hand-edited file with values core would refuse reads as the defaults.
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"replenishment/demandDays"_qs, 0);
        raw.setValue(u"replenishment/serviceLevel"_qs, u"lots"_qs);
        raw.setValue(u"replenishment/leadTimeDays"_qs, -3);
        raw.sync();
        AppSettings settings(path);
        QCOMPARE(settings.replenishmentDemandDays(), 28);
        QCOMPARE(settings.replenishmentServiceLevel(), 0.95);
        QCOMPARE(settings.replenishmentLeadTimeDays(), 14);
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
