#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace qadesk {

// The Omnidesk API's JSON (omnidesk.ru/api, the same API as deskie.io) mapped to the common
// model: pure functions used by the live connector and tested on fixtures. Problems are
// collected as "path: rule".
class OmnideskMapping final
{
    Q_DECLARE_TR_FUNCTIONS(OmnideskMapping)

public:
    struct Person
    {
        QString name;
        QString email;
    };

    // What the account tells about ids in cases: labels (GET /api/labels.json), groups
    // (GET /api/groups.json), staff (GET /api/staff.json) and the users met so far
    // (GET /api/users/{id}.json, one at a time).
    struct Directory
    {
        QHash<QString, QString> labels;
        QHash<QString, QString> groups;
        QHash<QString, Person> staff;
        QHash<QString, Person> users;

        void addLabels(const QList<QJsonObject> &labels);
        void addGroups(const QList<QJsonObject> &groups);
        void addStaff(const QList<QJsonObject> &staff);
        void addUser(const QJsonObject &user);
    };

    // Omnidesk lists are objects keyed "0", "1", … each wrapping one item ({"case": {…}}), plus
    // "total_count". Items come back in the order of their keys, which is not the order of a
    // JSON object's keys ("10" sorts before "2").
    struct ListPage
    {
        QList<QJsonObject> items;
        std::optional<qint64> totalCount;
    };
    static Result<ListPage> listPage(const QByteArray &payload, const QString &wrapper);

    static QString idText(const QJsonValue &value);      // "" for 0 and null: Omnidesk's "none"
    // "Mon, 05 May 2014 00:15:17 +0300" (RFC 2822) in UTC; invalid for "-" and empty text.
    static QDateTime timeFromText(const QString &text);
    static QString statusName(const QString &status);    // open, waiting, closed → open, pending, closed
    static QString channelName(const QString &channel);
    static qint64 updatedAtSecs(const QJsonObject &json); // -1 when missing or unreadable

    // A case without its messages; the labels and ids it names are resolved with `directory`.
    static Ticket ticket(const QJsonObject &json, const Directory &directory, const QString &sourceName,
                         const QString &baseUrl, const QString &path, QStringList &problems);
    // One entry of GET /api/cases/{id}/messages.json; `ticket` is the mapped case it belongs to.
    static Message message(const QJsonObject &json, const Directory &directory, const Ticket &ticket,
                           const QString &path, QStringList &problems);

    // The labels, groups and staff members a case or a message names that `directory` does not
    // know (yet), as "label:7", "group:3", "staff:5".
    static QStringList unknownIds(const QJsonObject &json, const Directory &directory);
};

} // namespace qadesk
