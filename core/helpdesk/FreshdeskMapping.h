#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace qadesk {

// The Freshdesk API v2 JSON mapped to the common model: pure functions used by the live
// connector and tested on fixtures. Problems are collected as "path: rule".
class FreshdeskMapping final
{
    Q_DECLARE_TR_FUNCTIONS(FreshdeskMapping)

public:
    struct Person
    {
        QString name;
        QString email;
    };

    // What the account tells about people and teams: agents (GET /api/v2/agents), contacts
    // seen as ticket requesters (the `requester` side-load) and groups (GET /api/v2/groups).
    // Agent and contact ids are separate namespaces, so they are kept apart.
    struct Directory
    {
        QHash<QString, Person> agents;
        QHash<QString, Person> contacts;
        QHash<QString, QString> groups;

        void addAgents(const QJsonArray &agents);
        void addGroups(const QJsonArray &groups);
        void addContact(const QJsonObject &contact);
    };

    static QString idText(const QJsonValue &value);
    static QString statusName(int status);      // 2 open, 3 pending, 4 solved, 5 closed
    static QString channelName(int source);     // 1 email, 2 web, 3 voice, 7 chat, …

    // The ticket with its description as the first message; conversations are added by the caller.
    static Ticket ticket(const QJsonObject &json, const Directory &directory, const QString &sourceName,
                         const QString &baseUrl, const QString &path, QStringList &problems);
    // One entry of GET /api/v2/tickets/{id}/conversations; `ticket` is the mapped ticket it belongs to.
    static Message conversation(const QJsonObject &json, const Directory &directory, const Ticket &ticket,
                                const QString &requesterId, const QString &path, QStringList &problems);
};

} // namespace qadesk
