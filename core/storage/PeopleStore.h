#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

class Database;

// People, their roles and their teams.
class PeopleStore final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleStore)

public:
    explicit PeopleStore(Database &db)
        : m_db(db)
    {
    }

    // The person with this email, created when unknown (name defaults to the email).
    Result<qint64> ensurePerson(const QString &email, const QString &name = {}, const QString &language = {});
    Status updateProfile(qint64 personId, const QString &name, const QString &language);
    Status addRole(qint64 personId, Role role);
    Result<qint64> ensureTeam(const QString &slug, const QString &name = {});
    Status addToTeam(const QString &teamSlug, qint64 personId);
    // Replace the whole set (roles, team memberships, teams a trainer may evaluate).
    Status setRoles(qint64 personId, const QList<Role> &roles);
    Status setTeams(qint64 personId, const QStringList &teamSlugs);
    Status setEvaluableTeams(qint64 trainerId, const QStringList &teamSlugs);
    // Whether any trainer→team permission exists in the workspace.
    Result<bool> evaluableTeamsConfigured();
    Result<std::optional<qint64>> findTeam(const QString &slug);

    Result<std::optional<Person>> findByEmail(const QString &email);
    Result<std::optional<Person>> findById(qint64 id);
    Result<QList<Person>> list();
    Result<QList<Team>> teams();

private:
    Database &m_db;
};

} // namespace qadesk
