#include "ZendeskMapping.h"

#include "common/IsoTime.h"

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime time = IsoTime::fromText(value.toString());
    if (!time.isValid())
        problems.append(path + u'.' + key + u": "_s + ZendeskMapping::tr("must be an ISO-8601 time"));
    return time;
}
} // namespace

QString ZendeskMapping::idText(const QJsonValue &value)
{
    // Zendesk ids are numbers; exports made by other tools sometimes write them as strings.
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

void ZendeskMapping::Directory::addUsers(const QJsonArray &list)
{
    for (const QJsonValue &item : list) {
        const QJsonObject u = item.toObject();
        users.insert(idText(u.value(u"id"_s)),
                     {u.value(u"name"_s).toString(), u.value(u"email"_s).toString().toLower(), u.value(u"role"_s).toString()});
    }
}

void ZendeskMapping::Directory::addGroups(const QJsonArray &list)
{
    for (const QJsonValue &item : list)
        groups.insert(idText(item[u"id"_s]), item[u"name"_s].toString());
}

void ZendeskMapping::Directory::addMetricSets(const QJsonArray &list)
{
    for (const QJsonValue &item : list) {
        const QDateTime solved = IsoTime::fromText(item[u"solved_at"_s].toString());
        if (solved.isValid())
            solvedAt.insert(idText(item[u"ticket_id"_s]), solved);
    }
}

Ticket ZendeskMapping::ticket(const QJsonObject &z, const Directory &directory, const QString &sourceName,
                              const QString &baseUrl, const QString &path, QStringList &problems)
{
    Ticket t;
    t.sourceName = sourceName;
    t.externalId = idText(z.value(u"id"_s));
    if (t.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    t.subject = z.value(u"subject"_s).toString();
    t.status = z.value(u"status"_s).toString();
    t.channel = z.value(u"via"_s)[u"channel"_s].toString();
    for (const QJsonValue &tag : z.value(u"tags"_s).toArray())
        t.tags.append(tag.toString());
    t.team = directory.groups.value(idText(z.value(u"group_id"_s)));
    const User assignee = directory.users.value(idText(z.value(u"assignee_id"_s)));
    t.assigneeEmail = assignee.email;
    t.assigneeName = assignee.name;
    const User requester = directory.users.value(idText(z.value(u"requester_id"_s)));
    t.requesterEmail = requester.email;
    t.requesterName = requester.name;
    t.createdAt = readTime(z, u"created_at"_s, path, problems);
    t.updatedAt = readTime(z, u"updated_at"_s, path, problems);
    t.solvedAt = directory.solvedAt.value(t.externalId);
    if (!t.solvedAt.isValid() && (t.status == u"solved"_s || t.status == u"closed"_s))
        t.solvedAt = t.updatedAt;
    const QJsonObject rating = z.value(u"satisfaction_rating"_s).toObject();
    const QString score = rating.value(u"score"_s).toString();
    if (score == u"good"_s || score == u"bad"_s) {
        t.csat = score;
        t.csatComment = rating.value(u"comment"_s).toString();
    }
    const QString base = baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl;
    if (!base.isEmpty() && !t.externalId.isEmpty())
        t.url = base + u"/agent/tickets/"_s + t.externalId;
    return t;
}

Message ZendeskMapping::comment(const QJsonObject &zc, const Directory &directory, const QDateTime &fallbackTime,
                                const QString &path, QStringList &problems)
{
    Message m;
    m.externalId = idText(zc.value(u"id"_s));
    const QString authorId = idText(zc.value(u"author_id"_s));
    const auto author = directory.users.constFind(authorId);
    m.channel = zc.value(u"via"_s)[u"channel"_s].toString();
    if (author == directory.users.constEnd() || m.channel == u"system"_s || authorId == u"-1"_s) {
        m.authorKind = AuthorKind::System;
        m.authorName = author == directory.users.constEnd() ? tr("System") : author->name;
    } else {
        m.authorKind = author->role == u"end-user"_s ? AuthorKind::Customer : AuthorKind::Engineer;
        m.authorName = author->name;
        m.authorEmail = author->email;
    }
    m.isPublic = zc.value(u"public"_s).toBool(true);
    m.createdAt = readTime(zc, u"created_at"_s, path, problems);
    if (!m.createdAt.isValid())
        m.createdAt = fallbackTime;
    m.bodyText = zc.value(u"plain_body"_s).toString(zc.value(u"body"_s).toString());
    m.bodyHtml = zc.value(u"html_body"_s).toString();
    for (const QJsonValue &a : zc.value(u"attachments"_s).toArray())
        m.attachments.append({a[u"file_name"_s].toString(), qint64(a[u"size"_s].toDouble()), a[u"content_type"_s].toString(),
                              a[u"content_url"_s].toString()});
    return m;
}

} // namespace qadesk
