#pragma once

#include "common/Error.h"
#include "domain/SourceSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

class Database;

// A helpdesk a workspace pulls tickets from. Secrets are never stored here.
struct Source
{
    qint64 id = 0;
    QString name;
    QString kind;          // zendesk, freshdesk, zammad, omnidesk, rt, file, manual
    QString baseUrl;
    QString userName;
    QString tokenEnvironment;   // the name of the variable the token is read from, never the token
    SourceSettings settings = {}; // which tickets to pull, agents and groups mapping
};

class SourceStore final
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(Database &db)
        : m_db(db)
    {
    }

    // The source with this name, created with `kind` and `baseUrl` when unknown.
    Result<qint64> ensure(const QString &name, const QString &kind, const QString &baseUrl = {});
    Result<std::optional<Source>> find(const QString &name);
    Result<QList<Source>> list();
    // Adds a helpdesk to sync from; a second source with the same name is refused.
    Result<qint64> add(const Source &source);
    // Changes the source called `name` to `changed` (name, address, user, token variable,
    // settings; never its kind) and records the change in the audit log. A new name must be free.
    Status update(const QString &name, const Source &changed, std::optional<qint64> actorId = std::nullopt);
    // Removes a source that has no tickets yet; one with tickets is kept (evaluations need them).
    Status remove(const QString &name);
    // The sync checkpoint of a source; empty before its first sync.
    Result<QString> checkpoint(const QString &name);
    Status setCheckpoint(const QString &name, const QString &checkpoint);

private:
    Database &m_db;
};

} // namespace qadesk
