#include "common/AppInfo.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    kontor::AppInfo::setIdentity();
    kontor::AppInfo::installTranslations(app, {});
    QLabel label(QObject::tr("Kontor"));
    label.show();
    return app.exec();
}
