#pragma once

#include "domain/Person.h"

#include <QList>

namespace qadesk {

// Who stands in what relation to a dispute's engineer: the lookups the dispute rules and
// notifications share.
class DisputeParties final
{
public:
    static const Person *find(const QList<Person> &people, qint64 id);
    // A team lead leads the teams they belong to.
    static bool leadsTeamOf(const Person &lead, const Person &engineer);
    static QList<qint64> teamLeadsOf(const QList<Person> &people, const Person *engineer);
};

} // namespace qadesk
