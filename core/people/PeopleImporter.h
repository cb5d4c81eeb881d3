#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>

namespace qadesk {

class Database;

struct PeopleDirectory
{
    QList<Team> teams;
    QList<Person> people;
};

// Reads a `qadesk.people/1` file (teams, and people with roles, teams and language) and
// writes it in one transaction. People and teams already present are updated, not duplicated.
class PeopleImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImporter)

public:
    explicit PeopleImporter(Database &db)
        : m_db(db)
    {
    }

    static Result<PeopleDirectory> parse(const QByteArray &json);
    Status write(const PeopleDirectory &directory);

private:
    Database &m_db;
};

} // namespace qadesk
