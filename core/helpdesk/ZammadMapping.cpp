#include "ZammadMapping.h"

#include "common/IsoTime.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Zammad's user 1 ("-") stands for nobody: an unassigned ticket has owner_id 1.
const QString nobodyId = u"1"_s;

QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime time = IsoTime::fromText(value.toString());
    if (!time.isValid())
        problems.append(path + u'.' + key + u": "_s + ZammadMapping::tr("must be an ISO-8601 time"));
    return time;
}

QString baseOf(const QString &baseUrl)
{
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// The user who wrote an article: an agent who records a phone call from a customer creates the
// article on the customer's behalf, and then origin_by_id names the customer.
QString authorIdOf(const QJsonObject &article)
{
    const QString origin = ZammadMapping::idText(article.value(u"origin_by_id"_s));
    return origin.isEmpty() ? ZammadMapping::idText(article.value(u"created_by_id"_s)) : origin;
}

// by_ticket names the sender; the numeric id is a fallback with Zammad's built-in ids.
QString senderOf(const QJsonObject &article)
{
    const QString sender = article.value(u"sender"_s).toString();
    if (!sender.isEmpty())
        return sender;
    static const QHash<QString, QString> builtIn{{u"1"_s, u"Agent"_s}, {u"2"_s, u"Customer"_s}, {u"3"_s, u"System"_s}};
    return builtIn.value(ZammadMapping::idText(article.value(u"sender_id"_s)));
}

struct Person
{
    QString name;
    QString email;
};

// A ticket's owner or customer: the directory's user, else the login `expand=true` gives when
// it is an address.
Person personOf(const QJsonObject &ticket, const QString &idKey, const QString &nameKey,
                const ZammadMapping::Directory &directory)
{
    const QString id = ZammadMapping::idText(ticket.value(idKey));
    if (id.isEmpty() || id == nobodyId)
        return {};
    const ZammadMapping::User user = directory.users.value(id);
    Person person{user.name, user.email};
    const QString login = ticket.value(nameKey).toString();
    if (person.email.isEmpty() && login.contains(u'@'))
        person.email = login.toLower();
    if (person.name.isEmpty())
        person.name = login;
    return person;
}

} // namespace

QString ZammadMapping::idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

void ZammadMapping::Directory::addUser(const QJsonObject &u)
{
    const QString id = idText(u.value(u"id"_s));
    if (id.isEmpty())
        return;
    const QString login = u.value(u"login"_s).toString();
    QString name = QString(u.value(u"firstname"_s).toString() + u' ' + u.value(u"lastname"_s).toString()).trimmed();
    if (name.isEmpty() || name == u"-"_s)
        name = login;
    users.insert(id, {name, u.value(u"email"_s).toString().toLower(), login});
}

void ZammadMapping::Directory::addStates(const QJsonArray &list)
{
    for (const QJsonValue &item : list)
        states.insert(idText(item[u"id"_s]), {item[u"name"_s].toString(), item[u"state_type"_s].toString()});
}

void ZammadMapping::Directory::addGroups(const QJsonArray &list)
{
    for (const QJsonValue &item : list)
        groups.insert(idText(item[u"id"_s]), item[u"name"_s].toString());
}

QStringList ZammadMapping::userIds(const QJsonObject &ticket, const QJsonArray &articles)
{
    QStringList ids{idText(ticket.value(u"owner_id"_s)), idText(ticket.value(u"customer_id"_s))};
    for (const QJsonValue &article : articles)
        ids.append(authorIdOf(article.toObject()));
    QStringList wanted;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (id.isEmpty() || id == nobodyId || seen.contains(id))
            continue;
        seen.insert(id);
        wanted.append(id);
    }
    return wanted;
}

QStringList ZammadMapping::tags(const QJsonObject &tagsAnswer)
{
    QStringList list;
    for (const QJsonValue &tag : tagsAnswer.value(u"tags"_s).toArray()) {
        if (!tag.toString().isEmpty())
            list.append(tag.toString());
    }
    return list;
}

std::pair<QString, QString> ZammadMapping::splitAddress(const QString &from)
{
    static const QRegularExpression angle(u"^(.*)<([^<>]*)>\\s*$"_s);
    const QString text = from.trimmed();
    if (const QRegularExpressionMatch m = angle.match(text); m.hasMatch()) {
        QString name = m.captured(1).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).trimmed();
        return {name, m.captured(2).trimmed().toLower()};
    }
    if (text.contains(u'@') && !text.contains(u' '))
        return {QString(), text.toLower()};
    return {text, QString()};
}

Ticket ZammadMapping::ticket(const QJsonObject &z, const QJsonArray &articles, const QStringList &tags,
                             const Directory &directory, const QString &sourceName, const QString &baseUrl,
                             const QString &path, QStringList &problems)
{
    Ticket t;
    t.sourceName = sourceName;
    t.externalId = idText(z.value(u"id"_s));
    if (t.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    t.subject = z.value(u"title"_s).toString();
    const State state = directory.states.value(idText(z.value(u"state_id"_s)));
    t.status = z.value(u"state"_s).toString(state.name);
    t.tags = tags;
    t.team = z.value(u"group"_s).toString(directory.groups.value(idText(z.value(u"group_id"_s))));
    const Person owner = personOf(z, u"owner_id"_s, u"owner"_s, directory);
    t.assigneeName = owner.name;
    t.assigneeEmail = owner.email;
    const Person customer = personOf(z, u"customer_id"_s, u"customer"_s, directory);
    t.requesterName = customer.name;
    t.requesterEmail = customer.email;
    t.createdAt = readTime(z, u"created_at"_s, path, problems);
    t.updatedAt = readTime(z, u"updated_at"_s, path, problems);
    t.solvedAt = readTime(z, u"close_at"_s, path, problems);
    const bool closed = state.type.isEmpty() ? t.status == u"closed"_s : state.type == u"closed"_s;
    if (!t.solvedAt.isValid() && closed)
        t.solvedAt = t.updatedAt;
    const QString base = baseOf(baseUrl);
    if (!base.isEmpty() && !t.externalId.isEmpty())
        t.url = base + u"/#ticket/zoom/"_s + t.externalId;

    QSet<QString> messageIds;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Message m = article(articles.at(i).toObject(), directory, baseUrl, t.createdAt,
                            path + u".articles[%1]"_s.arg(i), problems);
        if (!m.externalId.isEmpty() && messageIds.contains(m.externalId))
            continue;
        messageIds.insert(m.externalId);
        t.messages.append(std::move(m));
    }
    // The channel the ticket came in by; an older server without expand names leaves it to the
    // first article.
    t.channel = z.value(u"create_article_type"_s).toString();
    if (t.channel.isEmpty() && !t.messages.isEmpty())
        t.channel = t.messages.first().channel;
    return t;
}

Message ZammadMapping::article(const QJsonObject &za, const Directory &directory, const QString &baseUrl,
                               const QDateTime &fallbackTime, const QString &path, QStringList &problems)
{
    Message m;
    m.externalId = idText(za.value(u"id"_s));
    if (m.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    const QString sender = senderOf(za);
    m.authorKind = sender == u"Customer"_s ? AuthorKind::Customer
                   : sender == u"Agent"_s  ? AuthorKind::Engineer
                                           : AuthorKind::System;
    const auto [fromName, fromEmail] = splitAddress(za.value(u"from"_s).toString());
    const auto user = directory.users.constFind(authorIdOf(za));
    const bool known = user != directory.users.constEnd();
    m.authorName = !fromName.isEmpty()                  ? fromName
                   : known && !user->name.isEmpty()     ? user->name
                   : m.authorKind == AuthorKind::System ? tr("System")
                                                        : fromEmail;
    // An agent's e-mail goes out from the group's shared address: only the user says who wrote it.
    if (m.authorKind != AuthorKind::System)
        m.authorEmail = known && !user->email.isEmpty() ? user->email
                        : m.authorKind == AuthorKind::Customer ? fromEmail
                                                               : QString();
    m.isPublic = !za.value(u"internal"_s).toBool(false);
    m.channel = za.value(u"type"_s).toString();
    m.createdAt = readTime(za, u"created_at"_s, path, problems);
    if (!m.createdAt.isValid())
        m.createdAt = fallbackTime;
    const QString body = za.value(u"body"_s).toString();
    if (za.value(u"content_type"_s).toString().startsWith(u"text/html"_s, Qt::CaseInsensitive))
        m.bodyHtml = body;
    else
        m.bodyText = body;
    const QString ticketId = idText(za.value(u"ticket_id"_s));
    const QString base = baseOf(baseUrl);
    for (const QJsonValue &a : za.value(u"attachments"_s).toArray()) {
        const QJsonObject preferences = a[u"preferences"_s].toObject();
        // Zammad gives the size as a string ("1234"); accept a number too.
        const QJsonValue size = a[u"size"_s];
        const qint64 bytes = size.isDouble() ? qint64(size.toDouble()) : size.toString().toLongLong();
        const QString contentType = preferences.value(u"Content-Type"_s)
                                        .toString(preferences.value(u"Mime-Type"_s).toString(
                                            preferences.value(u"mime-type"_s).toString()));
        const QString attachmentId = idText(a[u"id"_s]);
        QString url;
        if (!base.isEmpty() && !ticketId.isEmpty() && !attachmentId.isEmpty())
            url = base + u"/api/v1/ticket_attachment/%1/%2/%3"_s.arg(ticketId, m.externalId, attachmentId);
        m.attachments.append({a[u"filename"_s].toString(), bytes, contentType, url});
    }
    return m;
}

} // namespace qadesk
