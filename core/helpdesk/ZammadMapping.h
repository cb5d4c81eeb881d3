#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace qadesk {

// The Zammad REST API's JSON mapped to the common model: pure functions used by the live
// connector and tested on fixtures. Tickets are read as `expand=true` gives them (state, group,
// owner and customer by name beside their ids); what the ids alone do not tell (user names and
// e-mails, state types) comes from a Directory the connector fills from /users and
// /ticket_states. Problems are collected as "path: rule".
class ZammadMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ZammadMapping)

public:
    struct User
    {
        QString name;       // "firstname lastname", else the login
        QString email;
        QString login;
    };

    struct State
    {
        QString name;       // new, open, pending reminder, closed, … or a custom one
        QString type;       // the state type: new, open, pending reminder, pending action, closed, merged, removed
    };

    struct Directory
    {
        QHash<QString, User> users;
        QHash<QString, State> states;
        QHash<QString, QString> groups;   // only for tickets read without expand=true

        void addUser(const QJsonObject &user);
        void addStates(const QJsonArray &states);
        void addGroups(const QJsonArray &groups);
    };

    static QString idText(const QJsonValue &value);
    // The users a ticket and its articles refer to (owner, customer, authors), without the
    // "nobody" user 1.
    static QStringList userIds(const QJsonObject &ticket, const QJsonArray &articles);
    // The answer of GET /api/v1/tags?object=Ticket&o_id=ID.
    static QStringList tags(const QJsonObject &tagsAnswer);

    // A ticket with its articles (GET /api/v1/ticket_articles/by_ticket/ID) and tags.
    static Ticket ticket(const QJsonObject &json, const QJsonArray &articles, const QStringList &tags,
                         const Directory &directory, const QString &sourceName, const QString &baseUrl,
                         const QString &path, QStringList &problems);
    static Message article(const QJsonObject &json, const Directory &directory, const QString &baseUrl,
                           const QDateTime &fallbackTime, const QString &path, QStringList &problems);

    // "Name" <mail@host>, Name <mail@host>, mail@host or Name: the display name and the address.
    static std::pair<QString, QString> splitAddress(const QString &from);
};

} // namespace qadesk
