#include "Migrator.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

struct Migration
{
    int version;
    QString resource;
};

// Every storage/migrations/NNN_name.sql embedded in the build, in version order. The files are
// released schema steps: a new step is a new file, never an edit of an old one.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = [] {
        std::vector<Migration> found;
        static const QRegularExpression name(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
        const QStringList files = QDir(u":/migrations"_s).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QRegularExpressionMatch match = name.match(file);
            if (match.hasMatch())
                found.push_back({match.captured(1).toInt(), u":/migrations/"_s + file});
        }
        return found;
    }();
    return list;
}

} // namespace

int Migrator::latestVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
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
        // Steps are developed on parallel branches and numbered ahead; a gap is a number no
        // branch in this build took, but a step may never repeat.
        int previous = 0;
        for (const Migration &migration : migrations()) {
            if (migration.version <= previous)
                return std::unexpected(Error{Error::Code::Internal, tr("migration %1 is in the build twice")
                                                                        .arg(migration.version)});
            previous = migration.version;
            if (migration.version <= *current || migration.version > target)
                continue;
            QFile file(migration.resource);
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
