#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace qadesk {

// The Zendesk Support API's JSON mapped to the common model: pure functions used both by the
// export-file import and by the live connector. Problems are collected as "path: rule".
class ZendeskMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ZendeskMapping)

public:
    struct User
    {
        QString name;
        QString email;
        QString role;   // end-user, agent, admin
    };

    // What side-loads tell about tickets: users, groups (teams) and solved times.
    struct Directory
    {
        QHash<QString, User> users;
        QHash<QString, QString> groups;
        QHash<QString, QDateTime> solvedAt;

        void addUsers(const QJsonArray &users);
        void addGroups(const QJsonArray &groups);
        void addMetricSets(const QJsonArray &metricSets);
    };

    static QString idText(const QJsonValue &value);
    static Ticket ticket(const QJsonObject &json, const Directory &directory, const QString &sourceName,
                         const QString &baseUrl, const QString &path, QStringList &problems);
    static Message comment(const QJsonObject &json, const Directory &directory, const QDateTime &fallbackTime,
                           const QString &path, QStringList &problems);
};

} // namespace qadesk
