#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// A new, empty workspace gets its first person: the one who created it, as QA admin and trainer.
// Only an empty workspace can be claimed this way; everyone after is added by an admin.
class WorkspaceSetup final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSetup)

public:
    static Result<bool> hasPeople(Database &db);
    // Whether anyone holds the QA admin role: until then the workspace is being set up, and
    // imports from the command line need nobody to act as.
    static Result<bool> hasAdmin(Database &db);
    static Result<Person> createFirstAdmin(Database &db, const QString &name, const QString &email,
                                           const QString &language);
};

} // namespace qadesk
