#include "DisputeParties.h"

#include <algorithm>

namespace qadesk {

const Person *DisputeParties::find(const QList<Person> &people, qint64 id)
{
    for (const Person &p : people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool DisputeParties::leadsTeamOf(const Person &lead, const Person &engineer)
{
    if (!lead.hasRole(Role::TeamLead))
        return false;
    return std::any_of(lead.teams.begin(), lead.teams.end(),
                       [&](const QString &team) { return engineer.teams.contains(team); });
}

QList<qint64> DisputeParties::teamLeadsOf(const QList<Person> &people, const Person *engineer)
{
    QList<qint64> leads;
    if (!engineer)
        return leads;
    for (const Person &p : people) {
        if (p.id != engineer->id && leadsTeamOf(p, *engineer))
            leads.append(p.id);
    }
    return leads;
}

} // namespace qadesk
