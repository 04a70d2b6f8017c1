#include "common/AppInfo.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    kontor::AppInfo::setIdentity();
    kontor::AppInfo::installTranslations(app, {});
    return 0;
}
