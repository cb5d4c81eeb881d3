#include "PeopleService.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

Error permission(const QString &message)
{
    return {Error::Code::Permission, message};
}

QJsonObject personJson(const Person &p)
{
    QJsonArray roles;
    for (Role role : p.roles)
        roles.append(roleId(role));
    return {{u"email"_s, p.email},
            {u"name"_s, p.name},
            {u"language"_s, p.language},
            {u"roles"_s, roles},
            {u"teams"_s, QJsonArray::fromStringList(p.teams)},
            {u"evaluable_teams"_s, QJsonArray::fromStringList(p.evaluableTeams)}};
}

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

} // namespace

Result<Person> PeopleService::actor(const QString &email)
{
    const Result<std::optional<Person>> found = PeopleStore(m_db).findByEmail(email);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("--as: nobody with the email \"%1\" in this workspace").arg(email)));
    return **found;
}

Status PeopleService::requireAdmin(qint64 actorId, const QString &what)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const bool anyAdmin = std::any_of(people->begin(), people->end(), [](const Person &p) { return p.hasRole(Role::Admin); });
    if (!anyAdmin)
        return {}; // bootstrap: the first admin is created by whoever sets up the workspace
    for (const Person &p : *people) {
        if (p.id == actorId) {
            if (p.hasRole(Role::Admin))
                return {};
            return std::unexpected(permission(tr("%1 is not an admin: only an admin may %2").arg(p.name, what)));
        }
    }
    return std::unexpected(permission(tr("only an admin may %1; say who is acting (--as EMAIL)").arg(what)));
}

Result<Person> PeopleService::addPerson(const PersonInput &input, qint64 actorId)
{
    if (const Status allowed = requireAdmin(actorId, tr("add people")); !allowed)
        return std::unexpected(allowed.error());
    const QString email = input.email.trimmed().toLower();
    if (!validEmail(email))
        return std::unexpected(Error::invalid(tr("email: \"%1\" is not an email address").arg(input.email)));
    PeopleStore store(m_db);
    const Result<std::optional<Person>> existing = store.findByEmail(email);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(Error{Error::Code::Conflict, tr("%1 exists already; change them instead").arg(email)});
    Result<Person> added = std::unexpected(Error{});
    const Status done = m_db.transaction([&]() -> Status {
        const Result<qint64> id = store.ensurePerson(email, input.name.trimmed(), input.language);
        if (!id)
            return std::unexpected(id.error());
        added = apply(*id, input, Person{}, actorId, u"person.add"_s);
        if (!added)
            return std::unexpected(added.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

Result<Person> PeopleService::updatePerson(const PersonInput &input, qint64 actorId)
{
    if (const Status allowed = requireAdmin(actorId, tr("change people")); !allowed)
        return std::unexpected(allowed.error());
    const Result<std::optional<Person>> existing = PeopleStore(m_db).findByEmail(input.email);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing)
        return std::unexpected(Error::notFound(tr("nobody with the email \"%1\"").arg(input.email)));
    Result<Person> updated = std::unexpected(Error{});
    const Status done = m_db.transaction([&]() -> Status {
        updated = apply((*existing)->id, input, **existing, actorId, u"person.change"_s);
        if (!updated)
            return std::unexpected(updated.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return updated;
}

Result<Person> PeopleService::apply(qint64 personId, const PersonInput &input, const Person &before, qint64 actorId,
                                    const QString &action)
{
    PeopleStore store(m_db);
    const Result<std::optional<Person>> current = store.findById(personId);
    if (!current || !*current)
        return std::unexpected(current ? Error::notFound(tr("no person with id %1").arg(personId)) : current.error());
    const QString name = input.name.trimmed().isEmpty() ? (*current)->name : input.name.trimmed();
    const QString language = input.language.isEmpty() ? (*current)->language : input.language;
    if (language != u"ru"_s && language != u"en"_s)
        return std::unexpected(Error::invalid(tr("language: \"%1\" is not one of ru, en").arg(language)));
    if (const Status done = store.updateProfile(personId, name, language); !done)
        return std::unexpected(done.error());

    if (input.roles) {
        const bool wasAdmin = (*current)->hasRole(Role::Admin);
        if (wasAdmin && !input.roles->contains(Role::Admin)) {
            const Result<QList<Person>> people = store.list();
            if (!people)
                return std::unexpected(people.error());
            const auto admins = std::count_if(people->begin(), people->end(),
                                              [](const Person &p) { return p.hasRole(Role::Admin); });
            if (admins <= 1)
                return std::unexpected(Error{Error::Code::Conflict,
                                             tr("%1 is the last admin: make someone else an admin first")
                                                 .arg((*current)->email)});
        }
        if (const Status done = store.setRoles(personId, *input.roles); !done)
            return std::unexpected(done.error());
    }
    if (input.teams) {
        for (const QString &slug : *input.teams) {
            const Result<std::optional<qint64>> team = store.findTeam(slug);
            if (!team)
                return std::unexpected(team.error());
            if (!*team)
                return std::unexpected(Error::notFound(tr("teams: no team \"%1\" (add it first)").arg(slug)));
        }
        if (const Status done = store.setTeams(personId, *input.teams); !done)
            return std::unexpected(done.error());
    }
    if (input.evaluableTeams) {
        const QList<Role> roles = input.roles ? *input.roles : (*current)->roles;
        if (!input.evaluableTeams->isEmpty() && !roles.contains(Role::Trainer))
            return std::unexpected(Error::invalid(tr("evaluable teams: %1 is not a trainer").arg((*current)->email)));
        if (const Status done = store.setEvaluableTeams(personId, *input.evaluableTeams); !done)
            return std::unexpected(done.error());
    }

    const Result<std::optional<Person>> after = store.findById(personId);
    if (!after || !*after)
        return std::unexpected(after ? Error::notFound(tr("no person with id %1").arg(personId)) : after.error());
    const QJsonObject beforeJson = before.id ? personJson(before) : QJsonObject();
    const QJsonObject afterJson = personJson(**after);
    if (beforeJson != afterJson) {
        AuditEntry entry;
        if (actorId)
            entry.actorId = actorId;
        entry.action = action;
        entry.entity = u"person"_s;
        entry.entityId = (*after)->email;
        entry.before = beforeJson;
        entry.after = afterJson;
        if (const Status logged = AuditLog(m_db).append(entry); !logged)
            return std::unexpected(logged.error());
    }
    return **after;
}

Result<Team> PeopleService::addTeam(const QString &slug, const QString &name, qint64 actorId)
{
    if (const Status allowed = requireAdmin(actorId, tr("add teams")); !allowed)
        return std::unexpected(allowed.error());
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!pattern.match(slug).hasMatch())
        return std::unexpected(Error::invalid(
            tr("team id: \"%1\" must be lower-case letters, digits, '-' or '_'").arg(slug)));
    PeopleStore store(m_db);
    const Result<std::optional<qint64>> existing = store.findTeam(slug);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(Error{Error::Code::Conflict, tr("team \"%1\" exists already").arg(slug)});
    Team team;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<qint64> id = store.ensureTeam(slug, name.trimmed());
        if (!id)
            return std::unexpected(id.error());
        team = {*id, slug, name.trimmed().isEmpty() ? slug : name.trimmed()};
        AuditEntry entry;
        if (actorId)
            entry.actorId = actorId;
        entry.action = u"team.add"_s;
        entry.entity = u"team"_s;
        entry.entityId = slug;
        entry.after = {{u"slug"_s, slug}, {u"name"_s, team.name}};
        return AuditLog(m_db).append(entry);
    });
    if (!done)
        return std::unexpected(done.error());
    return team;
}

} // namespace qadesk
