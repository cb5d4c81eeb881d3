#include "WorkspaceLocation.h"

#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
const QString urlKey = u"workspace/url"_s;
const QString passwordKey = u"workspace/passwordInKeychain"_s;

QString expanded(const QString &url)
{
    return url == u"demo"_s ? WorkspaceLocation::defaultUrl() : url;
}

// A URL as it may be stored in settings: never with a password.
QString withoutPassword(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    return parsed ? parsed->display() : url;
}
} // namespace

QString WorkspaceLocation::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.qadesk"_s);
}

QString WorkspaceLocation::defaultUrl()
{
    return u"sqlite:"_s + demoDatabasePath();
}

std::optional<QString> WorkspaceLocation::chosen(const QString &commandLineUrl)
{
    if (!commandLineUrl.isEmpty())
        return expanded(commandLineUrl);
    const QString fromEnvironment = qEnvironmentVariable("QADESK_DB");
    if (!fromEnvironment.isEmpty())
        return expanded(fromEnvironment);
    const QString saved = remembered();
    if (!saved.isEmpty())
        return saved;
    return std::nullopt;
}

QString WorkspaceLocation::resolve(const QString &commandLineUrl)
{
    return chosen(commandLineUrl).value_or(defaultUrl());
}

bool WorkspaceLocation::isDefaultDemo(const QString &url)
{
    return url == defaultUrl();
}

QString WorkspaceLocation::remembered()
{
    return QSettings().value(urlKey).toString();
}

void WorkspaceLocation::remember(const QString &url, bool passwordInKeychain)
{
    QSettings settings;
    settings.setValue(urlKey, withoutPassword(url));
    settings.setValue(passwordKey, passwordInKeychain);
}

bool WorkspaceLocation::passwordInKeychain()
{
    return QSettings().value(passwordKey, false).toBool();
}

void WorkspaceLocation::forget()
{
    QSettings settings;
    settings.remove(urlKey);
    settings.remove(passwordKey);
}

QString WorkspaceLocation::secretName(const QString &url)
{
    return u"database "_s + withoutPassword(url);
}

} // namespace qadesk
