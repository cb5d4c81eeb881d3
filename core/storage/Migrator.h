#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace qadesk {

class Database;

// Numbered migrations (storage/migrations/NNN_name.sql, never edited once released), applied
// in one transaction with the new version written last.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static int latestVersion();
    // 0 for an empty database.
    static Result<int> currentVersion(Database &db);
    // Brings the schema up to `target` (default: the latest this build knows).
    static Status migrate(Database &db, int target = -1);
};

} // namespace qadesk
