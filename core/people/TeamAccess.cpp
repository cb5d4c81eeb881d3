#include "TeamAccess.h"

#include "storage/PeopleStore.h"

namespace qadesk {

Result<TeamAccess> TeamAccess::load(Database &db)
{
    const Result<bool> configured = PeopleStore(db).evaluableTeamsConfigured();
    if (!configured)
        return std::unexpected(configured.error());
    return TeamAccess(*configured);
}

bool TeamAccess::mayEvaluate(const Person &trainer, const QString &teamSlug) const
{
    if (!m_restricted || teamSlug.isEmpty() || trainer.hasRole(Role::Admin))
        return true;
    return trainer.evaluableTeams.contains(teamSlug);
}

Status TeamAccess::check(const Person &trainer, const QString &teamSlug) const
{
    if (mayEvaluate(trainer, teamSlug))
        return {};
    return std::unexpected(Error{Error::Code::Permission,
                                 tr("%1 may not evaluate team \"%2\" (an admin sets which teams each trainer "
                                    "evaluates)").arg(trainer.name, teamSlug)});
}

} // namespace qadesk
