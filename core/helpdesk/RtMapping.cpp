#include "RtMapping.h"

#include "common/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// A header's value from RT's "Name: value\nName: value" block, without parameters unless asked.
QString headerValue(const QString &headers, const QString &name)
{
    for (const QString &line : headers.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QString withoutParameters(const QString &value)
{
    return value.section(u';', 0, 0).trimmed().toLower();
}

QString displayName(const RtMapping::User &user)
{
    return user.realName.isEmpty() ? user.name : user.realName;
}

QStringList customFieldValues(const QJsonObject &ticket, const QString &name)
{
    QStringList values;
    if (name.isEmpty())
        return values;
    for (const QJsonValue &field : ticket.value(u"CustomFields"_s).toArray()) {
        if (field[u"name"_s].toString().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue &value : field[u"values"_s].toArray()) {
            const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString().trimmed();
            if (!text.isEmpty())
                values.append(text);
        }
    }
    return values;
}

} // namespace

QString RtMapping::refId(const QJsonValue &value)
{
    if (value.isObject())
        return refId(value.toObject().value(u"id"_s));
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QStringList RtMapping::userRefs(const QJsonObject &ticket)
{
    QStringList refs;
    const QString owner = refId(ticket.value(u"Owner"_s));
    if (!owner.isEmpty())
        refs.append(owner);
    for (const QJsonValue &requestor : ticket.value(u"Requestor"_s).toArray())
        refs.append(refId(requestor));
    return refs;
}

QString RtMapping::queueRef(const QJsonObject &ticket)
{
    return refId(ticket.value(u"Queue"_s));
}

void RtMapping::Directory::addUser(const QJsonObject &json)
{
    User user;
    user.name = json.value(u"Name"_s).toString();
    user.realName = json.value(u"RealName"_s).toString();
    user.email = json.value(u"EmailAddress"_s).toString().trimmed().toLower();
    const QJsonValue privileged = json.value(u"Privileged"_s);
    user.privileged = privileged.isString() ? privileged.toString() == u"1"_s : privileged.toInt() == 1;
    const QString id = refId(json.value(u"id"_s));
    if (!id.isEmpty())
        users.insert(id, user);
    if (!user.name.isEmpty())
        users.insert(user.name, user);
}

void RtMapping::Directory::addQueue(const QJsonObject &json)
{
    const QString name = json.value(u"Name"_s).toString();
    const QString id = refId(json.value(u"id"_s));
    if (!id.isEmpty())
        queues.insert(id, name);
    if (!name.isEmpty())
        queues.insert(name, name);
}

const RtMapping::User *RtMapping::Directory::user(const QString &ref) const
{
    const auto found = users.constFind(ref);
    return found == users.constEnd() ? nullptr : &*found;
}

QString RtMapping::statusName(const QString &rtStatus)
{
    const QString status = rtStatus.trimmed().toLower();
    return status == u"resolved"_s ? u"solved"_s : status;
}

QDateTime RtMapping::readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return {};
    const QDateTime time = IsoTime::fromText(value.toString());
    if (!time.isValid()) {
        problems.append(path + u'.' + key + u": "_s + tr("must be an ISO-8601 time"));
        return {};
    }
    if (time.toSecsSinceEpoch() <= 0)
        return {}; // RT's "not set"
    return time;
}

Ticket RtMapping::ticket(const QJsonObject &json, const Directory &directory, const FieldNames &fields,
                         const QString &sourceName, const QString &baseUrl, const QString &path, QStringList &problems)
{
    Ticket t;
    t.sourceName = sourceName;
    t.externalId = refId(json.value(u"id"_s));
    if (t.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    t.subject = json.value(u"Subject"_s).toString();
    t.status = statusName(json.value(u"Status"_s).toString());

    const QString queue = queueRef(json);
    t.team = directory.queues.value(queue, queue);

    // Nobody is RT's owner of an unowned ticket: no assignee.
    const QString owner = refId(json.value(u"Owner"_s));
    if (const User *user = directory.user(owner); user && user->name != u"Nobody"_s) {
        t.assigneeEmail = user->email;
        t.assigneeName = displayName(*user);
    } else if (!user && !owner.isEmpty() && owner != u"Nobody"_s && owner != u"6"_s) {
        t.assigneeName = owner;
    }

    const QJsonArray requestors = json.value(u"Requestor"_s).toArray();
    if (!requestors.isEmpty()) {
        const QString requestor = refId(requestors.first());
        if (const User *user = directory.user(requestor)) {
            t.requesterEmail = user->email;
            t.requesterName = displayName(*user);
        } else if (requestor.contains(u'@')) {
            t.requesterEmail = requestor.toLower();   // RT names customers by their address
        } else {
            t.requesterName = requestor;
        }
    }

    t.createdAt = readTime(json, u"Created"_s, path, problems);
    t.updatedAt = readTime(json, u"LastUpdated"_s, path, problems);
    t.solvedAt = readTime(json, u"Resolved"_s, path, problems);

    t.tags = customFieldValues(json, fields.tags);
    t.channel = customFieldValues(json, fields.channel).value(0);
    t.csat = customFieldValues(json, fields.csat).value(0);

    const QString base = baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl;
    if (!base.isEmpty() && !t.externalId.isEmpty())
        t.url = base + u"/Ticket/Display.html?id="_s + t.externalId;
    return t;
}

bool RtMapping::isConversation(const QString &transactionType)
{
    return transactionType == u"Create"_s || transactionType == u"Correspond"_s || transactionType == u"Comment"_s;
}

RtMapping::Part RtMapping::part(const QJsonObject &json, const QString &path, QStringList &problems)
{
    Part p;
    p.id = refId(json.value(u"id"_s));
    p.parentId = refId(json.value(u"Parent"_s));
    if (p.parentId == u"0"_s)
        p.parentId.clear();
    const QString headers = json.value(u"Headers"_s).toString();
    p.contentType = withoutParameters(json.value(u"ContentType"_s).toString());
    if (p.contentType.isEmpty())
        p.contentType = withoutParameters(headerValue(headers, u"Content-Type"_s));
    p.fileName = json.value(u"Filename"_s).toString();
    p.disposition = withoutParameters(headerValue(headers, u"Content-Disposition"_s));

    const QJsonValue content = json.value(u"Content"_s);
    if (content.isString()) {
        // Base64 wrapped at 76 characters with "\n".
        QByteArray encoded = content.toString().toLatin1();
        encoded.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            p.content = *decoded;
        else
            problems.append(path + u".Content: "_s + tr("must be base64"));
        p.size = p.content.size();
    } else {
        bool ok = false;
        const qint64 length = headerValue(headers, u"Content-Length"_s).toLongLong(&ok);
        if (ok)
            p.size = length;
    }
    return p;
}

std::optional<Message> RtMapping::message(const QJsonObject &transaction, const QList<Part> &parts,
                                          const Directory &directory, const Ticket &ticket,
                                          const QStringList &requestorRefs, const QString &path, QStringList &problems)
{
    const QString type = transaction.value(u"Type"_s).toString();
    if (!isConversation(type))
        return std::nullopt;
    Message m;
    m.externalId = refId(transaction.value(u"id"_s));
    if (m.externalId.isEmpty())
        problems.append(path + u".id: "_s + tr("is required"));
    m.isPublic = type != u"Comment"_s;
    m.channel = ticket.channel;
    m.createdAt = readTime(transaction, u"Created"_s, path, problems);
    if (!m.createdAt.isValid())
        m.createdAt = ticket.createdAt;

    // The requestor is the customer even when privileged (an agent's own ticket); otherwise
    // RT's Privileged flag tells agents from customers. RT_System writes automatic messages.
    const QString creator = refId(transaction.value(u"Creator"_s));
    const User *user = directory.user(creator);
    const bool isRequestor = requestorRefs.contains(creator)
                             || (user && !user->email.isEmpty() && user->email == ticket.requesterEmail);
    if (isRequestor)
        m.authorKind = AuthorKind::Customer;
    else if (creator == u"RT_System"_s || (user && user->name == u"RT_System"_s))
        m.authorKind = AuthorKind::System;
    else if (user && user->privileged)
        m.authorKind = AuthorKind::Engineer;
    else
        m.authorKind = AuthorKind::Customer;
    if (user) {
        m.authorName = displayName(*user);
        m.authorEmail = user->email;
    } else if (m.authorKind == AuthorKind::System) {
        m.authorName = tr("System");
    } else {
        m.authorName = creator;
        if (creator.contains(u'@'))
            m.authorEmail = creator.toLower();
    }

    // Body: the first text/html part, else the first text/plain one; parts with a file name
    // (or marked as attachments) are files; multipart/* parts only hold the others.
    const Part *html = nullptr;
    const Part *plain = nullptr;
    for (const Part &p : parts) {
        if (p.contentType.startsWith(u"multipart/"_s))
            continue;
        if (!p.fileName.isEmpty() || p.disposition == u"attachment"_s) {
            m.attachments.append({p.fileName.isEmpty() ? tr("attachment %1").arg(p.id) : p.fileName,
                                  std::max<qint64>(0, p.size), p.contentType, QString()});
            continue;
        }
        if (p.contentType == u"text/html"_s && !html)
            html = &p;
        else if (p.contentType == u"text/plain"_s && !plain)
            plain = &p;
    }
    if (html)
        m.bodyHtml = QString::fromUtf8(html->content);
    if (plain)
        m.bodyText = QString::fromUtf8(plain->content);
    return m;
}

} // namespace qadesk
