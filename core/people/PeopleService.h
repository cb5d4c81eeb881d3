#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

class Database;

// Managing people, their roles, teams and the teams each trainer may evaluate. Only an admin
// does this; every change is in the audit log. Bootstrap: while the workspace has no admin at
// all, anyone may act (with no acting person), so the first admin can be created. The last
// admin cannot lose the role.
class PeopleService final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    struct PersonInput
    {
        QString email;
        QString name;
        QString language;
        std::optional<QList<Role>> roles;       // unset: unchanged
        std::optional<QStringList> teams;
        std::optional<QStringList> evaluableTeams;
    };

    explicit PeopleService(Database &db)
        : m_db(db)
    {
    }

    // Creates the person; refuses an email that exists already.
    Result<Person> addPerson(const PersonInput &input, qint64 actorId);
    // Changes name/language (when not empty) and each set that is given.
    Result<Person> updatePerson(const PersonInput &input, qint64 actorId);
    Result<Team> addTeam(const QString &slug, const QString &name, qint64 actorId);

    // The acting person by email; a clear error when unknown.
    Result<Person> actor(const QString &email);
    // Ok when `actorId` may manage people (an admin, or anyone while there is no admin).
    Status requireAdmin(qint64 actorId, const QString &what);

private:
    Result<Person> apply(qint64 personId, const PersonInput &input, const Person &before, qint64 actorId,
                         const QString &action);

    Database &m_db;
};

} // namespace qadesk
