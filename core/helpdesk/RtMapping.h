#pragma once

#include "domain/Ticket.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace qadesk {

// Request Tracker 5 REST 2.0 JSON mapped to the common model: pure functions used by
// RtConnector and tested on fixtures captured from a real RT. Problems are collected as
// "path: rule".
//
// RT has no tags, channel or rating of its own; they are ticket custom fields, found by name.
// A conversation is the ticket's Create, Correspond (public) and Comment (internal) transactions;
// each one's text is a MIME tree of attachments (a multipart parent, body parts, file parts).
class RtMapping final
{
    Q_DECLARE_TR_FUNCTIONS(RtMapping)

public:
    struct FieldNames
    {
        QString tags = QStringLiteral("Tags");
        QString channel = QStringLiteral("Channel");
        QString csat = QStringLiteral("CSAT");
    };

    struct User
    {
        QString name;        // RT's login name
        QString realName;
        QString email;
        bool privileged = false;
    };

    // The users and queues a sync has read (GET /user/{id}, GET /queue/{id}), by every key RT
    // refers to them with: the login name in ticket fields, the numeric id in history values.
    struct Directory
    {
        QHash<QString, User> users;
        QHash<QString, QString> queues;   // queue id or name -> name

        void addUser(const QJsonObject &json);
        void addQueue(const QJsonObject &json);
        [[nodiscard]] const User *user(const QString &ref) const;
    };

    // One MIME part of a transaction: GET /attachment/{id}.
    struct Part
    {
        QString id;
        QString parentId;
        QString contentType;    // lower case, without parameters
        QString fileName;
        QString disposition;    // "inline", "attachment" or empty
        qint64 size = -1;       // from Content-Length when RT gives it, else from the content
        QByteArray content;     // decoded
    };

    // `{"id":"alice","type":"user",…}`, "alice" or 31 as text.
    static QString refId(const QJsonValue &value);
    // The users a ticket names (owner, requestors) and a transaction's creator.
    static QStringList userRefs(const QJsonObject &ticket);
    static QString queueRef(const QJsonObject &ticket);
    // RT's "resolved" is the model's "solved"; other statuses (new, open, stalled, rejected, …) stay.
    static QString statusName(const QString &rtStatus);
    // RT writes "Not set" times as 1970-01-01T00:00:00Z.
    static QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems);

    // A ticket from the search (with fields=…) or GET /ticket/{id}; messages are added by the caller.
    static Ticket ticket(const QJsonObject &json, const Directory &directory, const FieldNames &fields,
                         const QString &sourceName, const QString &baseUrl, const QString &path, QStringList &problems);

    // Whether a history entry is conversation: Create and Correspond (public), Comment (internal).
    static bool isConversation(const QString &transactionType);
    // One attachment (GET /attachment/{id}); `Content` is base64 with line breaks.
    static Part part(const QJsonObject &json, const QString &path, QStringList &problems);
    // A Create/Correspond/Comment history entry with its MIME parts as a message; nullopt for
    // every other transaction type (Status, Set, CustomField, EmailRecord, AddWatcher, …).
    static std::optional<Message> message(const QJsonObject &transaction, const QList<Part> &parts,
                                          const Directory &directory, const Ticket &ticket,
                                          const QStringList &requestorRefs, const QString &path,
                                          QStringList &problems);
};

} // namespace qadesk
