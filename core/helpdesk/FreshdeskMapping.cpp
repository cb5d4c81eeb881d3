#include "FreshdeskMapping.h"

#include "common/IsoTime.h"

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

constexpr int sourceOutboundEmail = 10;

QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime time = IsoTime::fromText(value.toString());
    if (!time.isValid())
        problems.append(path + u'.' + key + u": "_s + FreshdeskMapping::tr("must be an ISO-8601 time"));
    return time;
}

// Freshdesk writes senders as `"Name" <address>` or a bare address.
FreshdeskMapping::Person personFromAddress(const QString &text)
{
    const qsizetype open = text.lastIndexOf(u'<');
    const qsizetype close = text.lastIndexOf(u'>');
    if (open < 0 || close < open)
        return {QString(), text.trimmed().toLower()};
    QString name = text.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    return {name, text.mid(open + 1, close - open - 1).trimmed().toLower()};
}

QList<Attachment> attachmentsOf(const QJsonObject &json)
{
    QList<Attachment> list;
    // attachment_url is a signed link that expires within minutes: it is not kept.
    for (const QJsonValue &a : json.value(u"attachments"_s).toArray())
        list.append({a[u"name"_s].toString(), qint64(a[u"size"_s].toDouble()), a[u"content_type"_s].toString(),
                     QString()});
    return list;
}

} // namespace

QString FreshdeskMapping::idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QString FreshdeskMapping::statusName(int status)
{
    switch (status) {
    case 2:
        return u"open"_s;
    case 3:
        return u"pending"_s;
    case 4:
        return u"solved"_s;   // Freshdesk says "resolved"; the model says "solved" for every helpdesk
    case 5:
        return u"closed"_s;
    default:
        return u"status-%1"_s.arg(status);   // an account's custom status
    }
}

QString FreshdeskMapping::channelName(int source)
{
    switch (source) {
    case 1:
        return u"email"_s;
    case 2:
        return u"web"_s;      // the customer portal
    case 3:
        return u"voice"_s;
    case 7:
        return u"chat"_s;
    case 9:
        return u"feedback_widget"_s;
    case sourceOutboundEmail:
        return u"outbound_email"_s;
    default:
        return u"source-%1"_s.arg(source);
    }
}

void FreshdeskMapping::Directory::addAgents(const QJsonArray &list)
{
    for (const QJsonValue &item : list) {
        const QJsonValue contact = item[u"contact"_s];
        agents.insert(idText(item[u"id"_s]), {contact[u"name"_s].toString(), contact[u"email"_s].toString().toLower()});
    }
}

void FreshdeskMapping::Directory::addGroups(const QJsonArray &list)
{
    for (const QJsonValue &item : list)
        groups.insert(idText(item[u"id"_s]), item[u"name"_s].toString());
}

void FreshdeskMapping::Directory::addContact(const QJsonObject &contact)
{
    const QString id = idText(contact.value(u"id"_s));
    if (!id.isEmpty())
        contacts.insert(id, {contact.value(u"name"_s).toString(), contact.value(u"email"_s).toString().toLower()});
}

Ticket FreshdeskMapping::ticket(const QJsonObject &f, const Directory &directory, const QString &sourceName,
                                const QString &baseUrl, const QString &path, QStringList &problems)
{
    Ticket t;
    t.sourceName = sourceName;
    t.externalId = idText(f.value(u"id"_s));
    if (t.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    t.subject = f.value(u"subject"_s).toString();
    t.status = statusName(f.value(u"status"_s).toInt());
    const int source = f.value(u"source"_s).toInt();
    t.channel = channelName(source);
    for (const QJsonValue &tag : f.value(u"tags"_s).toArray())
        t.tags.append(tag.toString());
    t.team = directory.groups.value(idText(f.value(u"group_id"_s)));
    const QString responderId = idText(f.value(u"responder_id"_s));
    const Person assignee = directory.agents.value(responderId);
    t.assigneeEmail = assignee.email;
    t.assigneeName = assignee.name;
    // The requester side-load (include=requester) when present, else what the directory knows.
    const QString requesterId = idText(f.value(u"requester_id"_s));
    const QJsonObject requester = f.value(u"requester"_s).toObject();
    const Person known = directory.contacts.value(requesterId);
    t.requesterName = requester.isEmpty() ? known.name : requester.value(u"name"_s).toString();
    t.requesterEmail = requester.isEmpty() ? known.email : requester.value(u"email"_s).toString().toLower();
    t.createdAt = readTime(f, u"created_at"_s, path, problems);
    t.updatedAt = readTime(f, u"updated_at"_s, path, problems);
    const QJsonObject stats = f.value(u"stats"_s).toObject();
    t.solvedAt = readTime(stats, u"resolved_at"_s, path + u".stats"_s, problems);
    if (!t.solvedAt.isValid() && (t.status == u"solved"_s || t.status == u"closed"_s))
        t.solvedAt = t.updatedAt;
    const QString base = baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl;
    if (!base.isEmpty() && !t.externalId.isEmpty())
        t.url = base + u"/a/tickets/"_s + t.externalId;

    // The ticket's own description is the first message, not a conversation. An outbound
    // email is written by an agent to the requester, so its author is the agent.
    Message first;
    first.externalId = u"description"_s;
    const auto sender = directory.agents.constFind(responderId);
    if (source == sourceOutboundEmail && sender != directory.agents.constEnd()) {
        first.authorKind = AuthorKind::Engineer;
        first.authorName = sender->name;
        first.authorEmail = sender->email;
    } else {
        first.authorKind = AuthorKind::Customer;
        first.authorName = t.requesterName;
        first.authorEmail = t.requesterEmail;
    }
    first.isPublic = true;
    first.channel = t.channel;
    first.createdAt = t.createdAt;
    first.bodyHtml = f.value(u"description"_s).toString();
    first.bodyText = f.value(u"description_text"_s).toString();
    first.attachments = attachmentsOf(f);
    t.messages.append(std::move(first));
    return t;
}

Message FreshdeskMapping::conversation(const QJsonObject &fc, const Directory &directory, const Ticket &ticket,
                                       const QString &requesterId, const QString &path, QStringList &problems)
{
    Message m;
    m.externalId = idText(fc.value(u"id"_s));
    if (m.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    const QString userId = idText(fc.value(u"user_id"_s));
    const auto agent = directory.agents.constFind(userId);
    const auto contact = directory.contacts.constFind(userId);
    // incoming: the message came from outside the helpdesk, i.e. from the customer's side.
    const bool incoming = fc.value(u"incoming"_s).toBool(false);
    const bool isAgent = agent != directory.agents.constEnd();
    const bool isContact = contact != directory.contacts.constEnd();
    const bool isRequester = !userId.isEmpty() && userId == requesterId;
    if (incoming || (!isAgent && (isRequester || isContact))) {
        m.authorKind = AuthorKind::Customer;
        Person author;
        if (isRequester)
            author = {ticket.requesterName, ticket.requesterEmail};
        else if (isContact)
            author = *contact;
        else if (isAgent)
            author = *agent;
        else
            author = personFromAddress(fc.value(u"from_email"_s).toString());
        m.authorName = author.name;
        m.authorEmail = author.email;
    } else if (isAgent) {
        m.authorKind = AuthorKind::Engineer;
        m.authorName = agent->name;
        m.authorEmail = agent->email;
    } else {
        // A deleted agent or an automation: nobody the account still lists.
        m.authorKind = AuthorKind::System;
        m.authorName = tr("System");
    }
    m.isPublic = !fc.value(u"private"_s).toBool(false);
    // Freshdesk's conversation `source` tells reply from note, not the channel: the ticket's counts.
    m.channel = ticket.channel;
    m.createdAt = readTime(fc, u"created_at"_s, path, problems);
    if (!m.createdAt.isValid())
        m.createdAt = ticket.createdAt;
    m.bodyHtml = fc.value(u"body"_s).toString();
    m.bodyText = fc.value(u"body_text"_s).toString();
    m.attachments = attachmentsOf(fc);
    return m;
}

} // namespace qadesk
