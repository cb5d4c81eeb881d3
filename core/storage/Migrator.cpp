#include "Migrator.h"

#include "storage/Database.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

struct Migration
{
    int version;
    const char16_t *resource;
};

// Append only; each file is a released schema step.
constexpr Migration migrations[] = {
    {1, u":/migrations/001_initial.sql"},
    {2, u":/migrations/002_evaluation_drafts.sql"},
    {3, u":/migrations/003_sync_state.sql"},
};

} // namespace

int Migrator::latestVersion()
{
    return std::end(migrations)[-1].version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    if (!db.connection().tables().contains(u"schema_meta"_s))
        return 0;
    Result<QSqlQuery> query = db.run(u"SELECT value FROM schema_meta WHERE key = ?"_s, {u"schema_version"_s});
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toString().toInt() : 0;
}

Status Migrator::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const Result<int> current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion()) {
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("the database %1 has schema version %2, newer than this QA Desk knows (%3); "
                                        "update QA Desk to open it")
                                         .arg(db.url().display())
                                         .arg(*current)
                                         .arg(latestVersion())});
    }
    if (*current >= target)
        return {};

    return db.transaction([&]() -> Status {
        if (*current == 0) {
            if (const auto created = db.run(u"CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
                !created)
                return std::unexpected(created.error());
        }
        for (const Migration &migration : migrations) {
            if (migration.version <= *current || migration.version > target)
                continue;
            QFile file(QString::fromUtf16(migration.resource));
            if (!file.open(QIODevice::ReadOnly))
                return std::unexpected(Error{Error::Code::Internal, tr("migration %1 is missing from the build")
                                                                        .arg(migration.version)});
            const QStringList statements = db.dialect().expandMigration(QString::fromUtf8(file.readAll()));
            for (const QString &statement : statements) {
                if (const auto done = db.run(statement); !done)
                    return std::unexpected(done.error().prefixed(tr("migration %1").arg(migration.version)));
            }
        }
        // The version is written last: a failed step leaves the old version and no new tables.
        const auto written = db.run(u"INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?) "
                                    u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                    {QString::number(target)});
        if (!written)
            return std::unexpected(written.error());
        return {};
    });
}

} // namespace qadesk
