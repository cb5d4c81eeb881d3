#include "PeopleStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<qint64> PeopleStore::ensurePerson(const QString &email, const QString &name, const QString &language)
{
    const QString normalized = email.trimmed().toLower();
    if (normalized.isEmpty())
        return std::unexpected(Error::invalid(tr("a person needs an email")));
    Result<QSqlQuery> found = m_db.run(u"SELECT id FROM people WHERE email = ?"_s, {normalized});
    if (!found)
        return std::unexpected(found.error());
    if (found->next()) {
        const qint64 id = found->value(0).toLongLong();
        if (!name.isEmpty()) {
            if (const auto updated = m_db.run(u"UPDATE people SET name = ? WHERE id = ? AND name = email"_s, {name, id});
                !updated)
                return std::unexpected(updated.error());
        }
        return id;
    }
    return m_db.insert(u"INSERT INTO people (email, name, language, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                       {normalized, name.isEmpty() ? normalized : name,
                        language.isEmpty() ? u"ru"_s : language, IsoTime::nowText()});
}

Status PeopleStore::updateProfile(qint64 personId, const QString &name, const QString &language)
{
    const auto done = m_db.run(u"UPDATE people SET name = ?, language = ? WHERE id = ?"_s, {name, language, personId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status PeopleStore::addRole(qint64 personId, Role role)
{
    const auto done = m_db.run(u"INSERT INTO person_roles (person_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                               {personId, roleId(role)});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<qint64> PeopleStore::ensureTeam(const QString &slug, const QString &name)
{
    Result<QSqlQuery> found = m_db.run(u"SELECT id FROM teams WHERE slug = ?"_s, {slug});
    if (!found)
        return std::unexpected(found.error());
    if (found->next()) {
        const qint64 id = found->value(0).toLongLong();
        if (!name.isEmpty()) {
            if (const auto updated = m_db.run(u"UPDATE teams SET name = ? WHERE id = ?"_s, {name, id}); !updated)
                return std::unexpected(updated.error());
        }
        return id;
    }
    return m_db.insert(u"INSERT INTO teams (slug, name) VALUES (?, ?) RETURNING id"_s,
                       {slug, name.isEmpty() ? slug : name});
}

Status PeopleStore::addToTeam(const QString &teamSlug, qint64 personId)
{
    const Result<qint64> team = ensureTeam(teamSlug);
    if (!team)
        return std::unexpected(team.error());
    const auto done = m_db.run(u"INSERT INTO team_members (team_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                               {*team, personId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QList<Person>> PeopleStore::list()
{
    Result<QSqlQuery> query = m_db.run(u"SELECT id, email, name, language FROM people ORDER BY name, email"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Person> people;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        Person p;
        p.id = query->value(0).toLongLong();
        p.email = query->value(1).toString();
        p.name = query->value(2).toString();
        p.language = query->value(3).toString();
        index.insert(p.id, people.size());
        people.append(p);
    }
    Result<QSqlQuery> roles = m_db.run(u"SELECT person_id, role FROM person_roles ORDER BY person_id, role"_s);
    if (!roles)
        return std::unexpected(roles.error());
    while (roles->next()) {
        const auto role = roleFromId(roles->value(1).toString());
        if (role && index.contains(roles->value(0).toLongLong()))
            people[index.value(roles->value(0).toLongLong())].roles.append(*role);
    }
    Result<QSqlQuery> teams = m_db.run(
        u"SELECT m.person_id, t.slug FROM team_members m JOIN teams t ON t.id = m.team_id ORDER BY t.slug"_s);
    if (!teams)
        return std::unexpected(teams.error());
    while (teams->next()) {
        if (index.contains(teams->value(0).toLongLong()))
            people[index.value(teams->value(0).toLongLong())].teams.append(teams->value(1).toString());
    }
    Result<QSqlQuery> evaluable = m_db.run(
        u"SELECT p.trainer_id, t.slug FROM trainer_teams p JOIN teams t ON t.id = p.team_id ORDER BY t.slug"_s);
    if (!evaluable)
        return std::unexpected(evaluable.error());
    while (evaluable->next()) {
        if (index.contains(evaluable->value(0).toLongLong()))
            people[index.value(evaluable->value(0).toLongLong())].evaluableTeams.append(evaluable->value(1).toString());
    }
    return people;
}

Result<std::optional<Person>> PeopleStore::findById(qint64 id)
{
    Result<QList<Person>> people = list();
    if (!people)
        return std::unexpected(people.error());
    for (const Person &p : *people) {
        if (p.id == id)
            return std::optional(p);
    }
    return std::optional<Person>();
}

Status PeopleStore::setRoles(qint64 personId, const QList<Role> &roles)
{
    return m_db.transaction([&]() -> Status {
        if (const auto done = m_db.run(u"DELETE FROM person_roles WHERE person_id = ?"_s, {personId}); !done)
            return std::unexpected(done.error());
        for (Role role : roles) {
            if (const Status added = addRole(personId, role); !added)
                return added;
        }
        return {};
    });
}

Status PeopleStore::setTeams(qint64 personId, const QStringList &teamSlugs)
{
    return m_db.transaction([&]() -> Status {
        if (const auto done = m_db.run(u"DELETE FROM team_members WHERE person_id = ?"_s, {personId}); !done)
            return std::unexpected(done.error());
        for (const QString &slug : teamSlugs) {
            if (const Status added = addToTeam(slug, personId); !added)
                return added;
        }
        return {};
    });
}

Status PeopleStore::setEvaluableTeams(qint64 trainerId, const QStringList &teamSlugs)
{
    return m_db.transaction([&]() -> Status {
        if (const auto done = m_db.run(u"DELETE FROM trainer_teams WHERE trainer_id = ?"_s, {trainerId}); !done)
            return std::unexpected(done.error());
        for (const QString &slug : teamSlugs) {
            const Result<std::optional<qint64>> team = findTeam(slug);
            if (!team)
                return std::unexpected(team.error());
            if (!*team)
                return std::unexpected(Error::notFound(tr("no team \"%1\"").arg(slug)));
            const auto done = m_db.run(
                u"INSERT INTO trainer_teams (trainer_id, team_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                {trainerId, **team});
            if (!done)
                return std::unexpected(done.error());
        }
        return {};
    });
}

Result<bool> PeopleStore::evaluableTeamsConfigured()
{
    Result<QSqlQuery> query = m_db.run(u"SELECT COUNT(*) FROM trainer_teams"_s);
    if (!query)
        return std::unexpected(query.error());
    return query->next() && query->value(0).toLongLong() > 0;
}

Result<std::optional<qint64>> PeopleStore::findTeam(const QString &slug)
{
    Result<QSqlQuery> query = m_db.run(u"SELECT id FROM teams WHERE slug = ?"_s, {slug});
    if (!query)
        return std::unexpected(query.error());
    if (query->next())
        return std::optional(query->value(0).toLongLong());
    return std::optional<qint64>();
}

Result<std::optional<Person>> PeopleStore::findByEmail(const QString &email)
{
    Result<QList<Person>> people = list();
    if (!people)
        return std::unexpected(people.error());
    const QString normalized = email.trimmed().toLower();
    for (const Person &p : *people) {
        if (p.email == normalized)
            return std::optional(p);
    }
    return std::optional<Person>();
}

Result<QList<Team>> PeopleStore::teams()
{
    Result<QSqlQuery> query = m_db.run(u"SELECT id, slug, name FROM teams ORDER BY slug"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Team> teams;
    while (query->next())
        teams.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return teams;
}

} // namespace qadesk
