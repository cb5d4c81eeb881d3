#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// Which teams a trainer may evaluate. The rule, in one place for every service:
// - admins may evaluate every team;
// - while no trainer→team permission is configured anywhere in the workspace, every trainer
//   may evaluate every team (a new or imported workspace works without setup);
// - once any permission exists, a trainer evaluates only the teams listed for them (a trainer
//   with none listed evaluates no team);
// - a ticket without a team is open to every trainer: there is nothing to restrict it by.
class TeamAccess final
{
    Q_DECLARE_TR_FUNCTIONS(TeamAccess)

public:
    TeamAccess() = default;
    explicit TeamAccess(bool restricted)
        : m_restricted(restricted)
    {
    }

    static Result<TeamAccess> load(Database &db);

    [[nodiscard]] bool restricted() const { return m_restricted; }
    [[nodiscard]] bool mayEvaluate(const Person &trainer, const QString &teamSlug) const;
    // A Permission error naming the trainer and the team when they may not evaluate it.
    [[nodiscard]] Status check(const Person &trainer, const QString &teamSlug) const;

private:
    bool m_restricted = false;
};

} // namespace qadesk
