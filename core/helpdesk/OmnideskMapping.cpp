#include "OmnideskMapping.h"

#include "common/IsoTime.h"
#include "common/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Omnidesk writes "-" for a time that has not come yet (closed_at of an open case).
bool isNone(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return value.isUndefined() || value.isNull() || (value.isString() && (text.isEmpty() || text == u"-"_s));
}

QDateTime readTime(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (isNone(value))
        return {};
    const QDateTime time = OmnideskMapping::timeFromText(value.toString());
    if (!time.isValid())
        problems.append(path + u'.' + key + u": "_s
                        + OmnideskMapping::tr("must be a time like \"Mon, 05 May 2014 00:15:17 +0300\""));
    return time;
}

// Flags are JSON booleans; 0/1 and "true" are read as well rather than taken for false.
bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString text = value.toString().trimmed().toLower();
    return text == u"true"_s || text == u"1"_s;
}

qint64 number(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : value.toString().trimmed().toLongLong();
}

OmnideskMapping::Person personOr(const QHash<QString, OmnideskMapping::Person> &people, const QString &id)
{
    return id.isEmpty() ? OmnideskMapping::Person() : people.value(id);
}

} // namespace

QString OmnideskMapping::idText(const QJsonValue &value)
{
    QString text = value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString().trimmed();
    return text == u"0"_s ? QString() : text;
}

QDateTime OmnideskMapping::timeFromText(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text == u"-"_s)
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid()) {
        // Qt refuses a weekday that does not match the date and the zone names RFC 2822 still
        // allows ("GMT"); the date and the offset are what count.
        QString fixed = text;
        const qsizetype comma = fixed.indexOf(u',');
        if (comma >= 0 && comma <= 4)
            fixed = fixed.mid(comma + 1).trimmed();
        static const QRegularExpression zoneName(u"\\s(GMT|UTC|UT|Z)$"_s);
        fixed.replace(zoneName, u" +0000"_s);
        time = QDateTime::fromString(fixed, Qt::RFC2822Date);
    }
    if (!time.isValid())
        time = IsoTime::fromText(text);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString OmnideskMapping::statusName(const QString &status)
{
    if (status == u"waiting"_s)
        return u"pending"_s; // waiting for the customer's answer
    return status;
}

QString OmnideskMapping::channelName(const QString &channel)
{
    // The common names other helpdesks use; the rest (email, web, chat, telegram, wa_chat,
    // custom "cch…" channels) stay as Omnidesk names them.
    if (channel == u"call"_s)
        return u"voice"_s;
    return channel;
}

qint64 OmnideskMapping::updatedAtSecs(const QJsonObject &json)
{
    const QDateTime time = timeFromText(json.value(u"updated_at"_s).toString());
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

Result<OmnideskMapping::ListPage> OmnideskMapping::listPage(const QByteArray &payload, const QString &wrapper)
{
    ListPage page;
    if (payload.trimmed() == "[]")
        return page; // PHP's empty list: no items at all
    const Result<QJsonObject> json = parseJsonObject(payload);
    if (!json)
        return std::unexpected(json.error());
    QList<std::pair<qint64, QJsonObject>> indexed;
    for (auto it = json->constBegin(); it != json->constEnd(); ++it) {
        if (it.key() == u"total_count"_s) {
            page.totalCount = number(it.value());
            continue;
        }
        bool numeric = false;
        const qint64 index = it.key().toLongLong(&numeric);
        if (!numeric)
            continue; // a field the list may gain later
        const QJsonValue item = it.value().toObject().value(wrapper);
        if (!item.isObject())
            return std::unexpected(Error::invalid(tr("\"%1\": expected an object {\"%2\": {…}}").arg(it.key(), wrapper)));
        indexed.append({index, item.toObject()});
    }
    std::sort(indexed.begin(), indexed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &entry : indexed)
        page.items.append(std::move(entry.second));
    return page;
}

void OmnideskMapping::Directory::addLabels(const QList<QJsonObject> &list)
{
    for (const QJsonObject &label : list)
        labels.insert(idText(label.value(u"label_id"_s)), label.value(u"label_title"_s).toString());
}

void OmnideskMapping::Directory::addGroups(const QList<QJsonObject> &list)
{
    for (const QJsonObject &group : list)
        groups.insert(idText(group.value(u"group_id"_s)),
                      group.value(u"group_title"_s).toString(group.value(u"group_name"_s).toString()));
}

void OmnideskMapping::Directory::addStaff(const QList<QJsonObject> &list)
{
    for (const QJsonObject &member : list) {
        const QString email = member.value(u"staff_email"_s).toString().trimmed().toLower();
        const QString name = member.value(u"staff_full_name"_s).toString().trimmed();
        staff.insert(idText(member.value(u"staff_id"_s)), {name.isEmpty() ? email : name, email});
    }
}

void OmnideskMapping::Directory::addUser(const QJsonObject &user)
{
    const QString email = user.value(u"user_email"_s).toString().trimmed().toLower();
    QString name = user.value(u"user_full_name"_s).toString().trimmed();
    // Messenger and phone users often have no name: show what identifies them instead.
    for (const QString &key : {u"user_email"_s, u"user_phone"_s, u"user_whatsapp_phone"_s, u"telegram_id"_s})
        if (name.isEmpty())
            name = user.value(key).toString().trimmed();
    users.insert(idText(user.value(u"user_id"_s)), {name, email});
}

QStringList OmnideskMapping::unknownIds(const QJsonObject &json, const Directory &directory)
{
    QStringList unknown;
    for (const QString &key : {u"labels"_s, u"locked_labels"_s}) {
        for (const QJsonValue &label : json.value(key).toArray()) {
            const QString id = idText(label);
            if (!id.isEmpty() && !directory.labels.contains(id))
                unknown.append(u"label:"_s + id);
        }
    }
    const QString group = idText(json.value(u"group_id"_s));
    if (!group.isEmpty() && !directory.groups.contains(group))
        unknown.append(u"group:"_s + group);
    const QString staff = idText(json.value(u"staff_id"_s));
    if (!staff.isEmpty() && !directory.staff.contains(staff))
        unknown.append(u"staff:"_s + staff);
    return unknown;
}

Ticket OmnideskMapping::ticket(const QJsonObject &c, const Directory &directory, const QString &sourceName,
                               const QString &baseUrl, const QString &path, QStringList &problems)
{
    Ticket t;
    t.sourceName = sourceName;
    t.externalId = idText(c.value(u"case_id"_s));
    if (t.externalId.isEmpty())
        problems.append(path + u".case_id: "_s + tr("is required"));
    t.subject = c.value(u"subject"_s).toString();
    const QString status = c.value(u"status"_s).toString();
    t.status = statusName(status);
    // Kept with their own status (not dropped) so that a case moved to spam or trash after an
    // earlier sync changes too; QA filters them out by status.
    if (flag(c.value(u"spam"_s)))
        t.status = u"spam"_s;
    else if (flag(c.value(u"deleted"_s)))
        t.status = u"deleted"_s;
    t.channel = channelName(c.value(u"channel"_s).toString());

    QSet<QString> seen;
    for (const QString &key : {u"labels"_s, u"locked_labels"_s}) {
        for (const QJsonValue &label : c.value(key).toArray()) {
            const QString id = idText(label);
            const QString title = directory.labels.value(id, id); // a deleted label keeps its id
            if (!id.isEmpty() && !seen.contains(title)) {
                seen.insert(title);
                t.tags.append(title);
            }
        }
    }
    t.team = directory.groups.value(idText(c.value(u"group_id"_s)));
    const Person assignee = personOr(directory.staff, idText(c.value(u"staff_id"_s)));
    t.assigneeEmail = assignee.email;
    t.assigneeName = assignee.name;
    const Person requester = personOr(directory.users, idText(c.value(u"user_id"_s)));
    t.requesterEmail = requester.email;
    t.requesterName = requester.name;

    t.createdAt = readTime(c, u"created_at"_s, path, problems);
    t.updatedAt = readTime(c, u"updated_at"_s, path, problems);
    const QDateTime closedAt = readTime(c, u"closed_at"_s, path, problems);
    if (status == u"closed"_s)
        t.solvedAt = closedAt.isValid() ? closedAt : t.updatedAt;

    const QString rating = c.value(u"rating"_s).toString().trimmed();
    if (!rating.isEmpty() && rating != u"-"_s) {
        t.csat = rating; // low, middle or high
        t.csatComment = c.value(u"rating_comment"_s).toString();
    }
    const QString number = c.value(u"case_number"_s).toString().trimmed();
    const QString base = baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl;
    if (!base.isEmpty() && !number.isEmpty())
        t.url = base + u"/staff/cases/record/"_s + number + u'/';
    return t;
}

Message OmnideskMapping::message(const QJsonObject &json, const Directory &directory, const Ticket &ticket,
                                 const QString &path, QStringList &problems)
{
    Message m;
    m.externalId = idText(json.value(u"message_id"_s));
    if (m.externalId.isEmpty())
        problems.append(path + u".message_id: "_s + tr("is required"));
    const QString staffId = idText(json.value(u"staff_id"_s));
    const QString userId = idText(json.value(u"user_id"_s));
    if (flag(json.value(u"sent_via_rule"_s))) {
        // An automatic message: no engineer wrote it, so it must not count for or against one.
        m.authorKind = AuthorKind::System;
        m.authorName = tr("Omnidesk rule");
    } else if (!staffId.isEmpty()) {
        m.authorKind = AuthorKind::Engineer;
        const Person staff = directory.staff.value(staffId);
        m.authorName = staff.name.isEmpty() ? tr("staff member %1").arg(staffId) : staff.name;
        m.authorEmail = staff.email;
    } else if (!userId.isEmpty()) {
        m.authorKind = AuthorKind::Customer;
        const Person user = directory.users.value(userId);
        m.authorName = user.name.isEmpty() ? tr("user %1").arg(userId) : user.name;
        m.authorEmail = user.email;
    } else {
        m.authorKind = AuthorKind::System;
        m.authorName = tr("System");
    }
    m.isPublic = !flag(json.value(u"note"_s));
    m.channel = ticket.channel;
    m.createdAt = readTime(json, u"created_at"_s, path, problems);
    if (!m.createdAt.isValid())
        m.createdAt = ticket.createdAt;
    m.bodyHtml = json.value(u"content_html"_s).toString();
    m.bodyText = json.value(u"content"_s).toString();
    for (const QJsonValue &a : json.value(u"attachments"_s).toArray())
        m.attachments.append({a[u"file_name"_s].toString(), number(a[u"file_size"_s]), a[u"mime_type"_s].toString(),
                              a[u"url"_s].toString()});
    return m;
}

} // namespace qadesk
