#include "SourceSettings.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Result<QStringList> stringList(const QJsonObject &json, const QString &key, const QString &where)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::unexpected(Error::invalid(SourceSettings::tr("%1: \"%2\" must be a list of texts").arg(where, key)));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::unexpected(
                Error::invalid(SourceSettings::tr("%1: \"%2\" must be a list of texts").arg(where, key)));
        if (!item.toString().trimmed().isEmpty())
            list.append(item.toString().trimmed());
    }
    return list;
}

Result<QMap<QString, QString>> stringMap(const QJsonObject &json, const QString &key, const QString &where, bool lowerKeys)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QMap<QString, QString>();
    if (!value.isObject())
        return std::unexpected(Error::invalid(SourceSettings::tr("%1: \"%2\" must map texts to texts").arg(where, key)));
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return std::unexpected(Error::invalid(
                SourceSettings::tr("%1: \"%2\" -> \"%3\" needs a non-empty text").arg(where, key, it.key())));
        map.insert(lowerKeys ? it.key().trimmed().toLower() : it.key().trimmed(), it.value().toString().trimmed());
    }
    return map;
}

Result<QDate> date(const QJsonObject &json, const QString &key, const QString &where)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty())
        return QDate();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::unexpected(
            Error::invalid(SourceSettings::tr("%1: \"%2\" must be a date such as 2026-10-01").arg(where, key)));
    return parsed;
}

bool containsFolded(const QStringList &list, const QString &value)
{
    return list.contains(value.trimmed(), Qt::CaseInsensitive);
}

} // namespace

QJsonObject SourceSettings::toJson() const
{
    QJsonObject json;
    QJsonObject pull;
    if (!statuses.isEmpty())
        pull.insert(u"statuses"_s, toArray(statuses));
    if (solvedFrom.isValid())
        pull.insert(u"solved_from"_s, solvedFrom.toString(Qt::ISODate));
    if (solvedTo.isValid())
        pull.insert(u"solved_to"_s, solvedTo.toString(Qt::ISODate));
    if (!groups.isEmpty())
        pull.insert(u"groups"_s, toArray(groups));
    if (!tags.isEmpty())
        pull.insert(u"tags"_s, toArray(tags));
    if (!pull.isEmpty())
        json.insert(u"pull"_s, pull);
    if (!agentEmails.isEmpty())
        json.insert(u"agents"_s, toObject(agentEmails));
    if (!groupTeams.isEmpty())
        json.insert(u"group_teams"_s, toObject(groupTeams));
    return json;
}

Result<SourceSettings> SourceSettings::fromJson(const QJsonObject &json, const QString &where)
{
    SourceSettings s;
    const QJsonObject pull = json.value(u"pull"_s).toObject();
    const QString pullWhere = where + u".pull"_s;
    const Result<QStringList> statuses = stringList(pull, u"statuses"_s, pullWhere);
    const Result<QStringList> groups = stringList(pull, u"groups"_s, pullWhere);
    const Result<QStringList> tags = stringList(pull, u"tags"_s, pullWhere);
    const Result<QDate> from = date(pull, u"solved_from"_s, pullWhere);
    const Result<QDate> to = date(pull, u"solved_to"_s, pullWhere);
    const Result<QMap<QString, QString>> agents = stringMap(json, u"agents"_s, where, true);
    const Result<QMap<QString, QString>> teams = stringMap(json, u"group_teams"_s, where, false);
    for (const Error *error : {statuses ? nullptr : &statuses.error(), groups ? nullptr : &groups.error(),
                               tags ? nullptr : &tags.error(), from ? nullptr : &from.error(),
                               to ? nullptr : &to.error(), agents ? nullptr : &agents.error(),
                               teams ? nullptr : &teams.error()}) {
        if (error)
            return std::unexpected(*error);
    }
    s.statuses = *statuses;
    s.groups = *groups;
    s.tags = *tags;
    s.solvedFrom = *from;
    s.solvedTo = *to;
    if (s.solvedFrom.isValid() && s.solvedTo.isValid() && s.solvedTo < s.solvedFrom)
        return std::unexpected(Error::invalid(tr("%1: solved_to is before solved_from").arg(pullWhere)));
    s.agentEmails = *agents;
    s.groupTeams = *teams;
    return s;
}

bool SourceSettings::hasFilter() const
{
    return !statuses.isEmpty() || solvedFrom.isValid() || solvedTo.isValid() || !groups.isEmpty() || !tags.isEmpty();
}

QString SourceSettings::skipReason(const Ticket &ticket) const
{
    if (!statuses.isEmpty() && !containsFolded(statuses, ticket.status))
        return tr("status \"%1\" is not one of %2").arg(ticket.status, statuses.join(u", "_s));
    if (solvedFrom.isValid() || solvedTo.isValid()) {
        if (!ticket.solvedAt.isValid())
            return tr("not solved");
        const QDate day = ticket.solvedAt.toUTC().date();
        if (solvedFrom.isValid() && day < solvedFrom)
            return tr("solved before %1").arg(solvedFrom.toString(Qt::ISODate));
        if (solvedTo.isValid() && day > solvedTo)
            return tr("solved after %1").arg(solvedTo.toString(Qt::ISODate));
    }
    if (!groups.isEmpty() && !containsFolded(groups, ticket.team))
        return ticket.team.isEmpty() ? tr("no group") : tr("group \"%1\" is not pulled").arg(ticket.team);
    if (!tags.isEmpty()) {
        const bool tagged = std::any_of(ticket.tags.begin(), ticket.tags.end(),
                                        [this](const QString &tag) { return containsFolded(tags, tag); });
        if (!tagged)
            return tr("none of the tags %1").arg(tags.join(u", "_s));
    }
    return {};
}

void SourceSettings::mapPeople(Ticket &ticket) const
{
    if (!ticket.team.isEmpty()) {
        for (auto it = groupTeams.begin(); it != groupTeams.end(); ++it) {
            if (it.key().compare(ticket.team, Qt::CaseInsensitive) == 0) {
                ticket.team = it.value();
                break;
            }
        }
    }
    if (agentEmails.isEmpty())
        return;
    const auto mapped = [this](const QString &email) {
        return agentEmails.value(email.trimmed().toLower(), email);
    };
    ticket.assigneeEmail = mapped(ticket.assigneeEmail);
    for (Message &m : ticket.messages) {
        if (m.authorKind == AuthorKind::Engineer && !m.authorEmail.isEmpty())
            m.authorEmail = mapped(m.authorEmail);
    }
}

} // namespace qadesk
