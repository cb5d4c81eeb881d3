#include "ZendeskExportParser.h"

#include "common/IsoTime.h"
#include "common/JsonObjectReader.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

struct ZendeskUser
{
    QString name;
    QString email;
    QString role;
};

// Zendesk ids are numbers; exports made by other tools sometimes write them as strings.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime time = IsoTime::fromText(value.toString());
    if (!time.isValid())
        problems.append(path + u'.' + key + u": "_s + ZendeskExportParser::tr("must be an ISO-8601 time"));
    return time;
}

} // namespace

Result<QList<Ticket>> ZendeskExportParser::fromJson(const QJsonObject &document, const Options &options)
{
    QStringList problems;
    if (!document.value(u"tickets"_s).isArray())
        return std::unexpected(Error::invalid(u"tickets: "_s + tr("must be an array of Zendesk tickets")));

    QHash<QString, ZendeskUser> users;
    for (const QJsonValue &item : document.value(u"users"_s).toArray()) {
        const QJsonObject u = item.toObject();
        users.insert(idText(u.value(u"id"_s)), {u.value(u"name"_s).toString(), u.value(u"email"_s).toString().toLower(),
                                                u.value(u"role"_s).toString()});
    }
    QHash<QString, QString> groups;
    for (const QJsonValue &item : document.value(u"groups"_s).toArray())
        groups.insert(idText(item[u"id"_s]), item[u"name"_s].toString());
    QHash<QString, QDateTime> solvedAt;
    for (const QJsonValue &item : document.value(u"metric_sets"_s).toArray())
        solvedAt.insert(idText(item[u"ticket_id"_s]), IsoTime::fromText(item[u"solved_at"_s].toString()));

    const QString base = options.baseUrl.endsWith(u'/') ? options.baseUrl.chopped(1) : options.baseUrl;
    QList<Ticket> tickets;
    const QJsonArray items = document.value(u"tickets"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = u"tickets[%1]"_s.arg(i);
        const QJsonObject z = items.at(i).toObject();
        Ticket t;
        t.sourceName = options.sourceName;
        t.externalId = idText(z.value(u"id"_s));
        if (t.externalId.isEmpty()) {
            problems.append(path + u".id: "_s + tr("is required"));
            continue;
        }
        t.subject = z.value(u"subject"_s).toString();
        t.status = z.value(u"status"_s).toString();
        t.channel = z.value(u"via"_s)[u"channel"_s].toString();
        for (const QJsonValue &tag : z.value(u"tags"_s).toArray())
            t.tags.append(tag.toString());
        t.team = groups.value(idText(z.value(u"group_id"_s)));
        const ZendeskUser assignee = users.value(idText(z.value(u"assignee_id"_s)));
        t.assigneeEmail = assignee.email;
        t.assigneeName = assignee.name;
        const ZendeskUser requester = users.value(idText(z.value(u"requester_id"_s)));
        t.requesterEmail = requester.email;
        t.requesterName = requester.name;
        t.createdAt = readTime(z, u"created_at"_s, path, problems);
        t.updatedAt = readTime(z, u"updated_at"_s, path, problems);
        t.solvedAt = solvedAt.value(t.externalId);
        if (!t.solvedAt.isValid() && (t.status == u"solved"_s || t.status == u"closed"_s))
            t.solvedAt = t.updatedAt;
        const QJsonObject rating = z.value(u"satisfaction_rating"_s).toObject();
        const QString score = rating.value(u"score"_s).toString();
        if (score == u"good"_s || score == u"bad"_s) {
            t.csat = score;
            t.csatComment = rating.value(u"comment"_s).toString();
        }
        if (!base.isEmpty())
            t.url = base + u"/agent/tickets/"_s + t.externalId;

        const QJsonArray comments = z.value(u"comments"_s).toArray();
        for (qsizetype c = 0; c < comments.size(); ++c) {
            const QJsonObject zc = comments.at(c).toObject();
            const QString commentPath = path + u".comments[%1]"_s.arg(c);
            Message m;
            m.externalId = idText(zc.value(u"id"_s));
            const QString authorId = idText(zc.value(u"author_id"_s));
            const auto author = users.constFind(authorId);
            m.channel = zc.value(u"via"_s)[u"channel"_s].toString();
            if (author == users.constEnd() || m.channel == u"system"_s || authorId == u"-1"_s) {
                m.authorKind = AuthorKind::System;
                m.authorName = author == users.constEnd() ? tr("System") : author->name;
            } else {
                m.authorKind = author->role == u"end-user"_s ? AuthorKind::Customer : AuthorKind::Engineer;
                m.authorName = author->name;
                m.authorEmail = author->email;
            }
            m.isPublic = zc.value(u"public"_s).toBool(true);
            m.createdAt = readTime(zc, u"created_at"_s, commentPath, problems);
            if (!m.createdAt.isValid())
                m.createdAt = t.createdAt;
            m.bodyText = zc.value(u"plain_body"_s).toString(zc.value(u"body"_s).toString());
            m.bodyHtml = zc.value(u"html_body"_s).toString();
            for (const QJsonValue &a : zc.value(u"attachments"_s).toArray()) {
                m.attachments.append({a[u"file_name"_s].toString(), qint64(a[u"size"_s].toDouble()),
                                      a[u"content_type"_s].toString(), a[u"content_url"_s].toString()});
            }
            t.messages.append(std::move(m));
        }
        tickets.append(std::move(t));
    }
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return tickets;
}

Result<QList<Ticket>> ZendeskExportParser::parse(const QByteArray &json, const Options &options)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document, options);
}

} // namespace qadesk
