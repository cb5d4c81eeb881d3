#include "WorkspaceLocation.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace qadesk {

QString WorkspaceLocation::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.qadesk"_s);
}

QString WorkspaceLocation::defaultUrl()
{
    return u"sqlite:"_s + demoDatabasePath();
}

QString WorkspaceLocation::resolve(const QString &commandLineUrl)
{
    if (!commandLineUrl.isEmpty())
        return commandLineUrl;
    const QString fromEnvironment = qEnvironmentVariable("QADESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultUrl();
}

bool WorkspaceLocation::isDefaultDemo(const QString &url)
{
    return url == defaultUrl();
}

} // namespace qadesk
