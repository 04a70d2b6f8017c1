#include "AppSettings.h"
#include "SettingsDialog.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void changingTheLanguageOffersARestart()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_qs));
        SettingsDialog dialog(settings);
        QComboBox* language = dialog.languageCombo();
        QCOMPARE(language->currentData().toString(), QString()); // system default
        QCOMPARE(language->itemText(2), u"Русский"_qs);
        language->setCurrentIndex(language->findData(u"ru"_qs));
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(MessageBox::count(), asked + 1);
        QCOMPARE(settings.language(), u"ru"_qs);
        QVERIFY(dialog.restartRequested());
    }

    void laterKeepsRunning()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_qs));
        SettingsDialog dialog(settings);
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_qs));
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QCOMPARE(settings.language(), u"en"_qs);
        QVERIFY(!dialog.restartRequested());
    }

    void unchangedLanguageAsksNothing()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_qs));
        settings.setLanguage(u"ru"_qs);
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), u"ru"_qs);
        const int asked = MessageBox::count();
        dialog.accept();
        QCOMPARE(MessageBox::count(), asked);
        QVERIFY(!dialog.restartRequested());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
