#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qadesk {

class Database;

struct AuditEntry
{
    std::optional<qint64> actorId;
    QString actor;                 // shown name or "qadesk" for the system; defaults from actorId
    QString action;                // "evaluation.import", "scorecard.version", …
    QString entity;
    QString entityId;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QDateTime at;                  // filled on append
    qint64 id = 0;
};

// The append-only record of who changed what. The database itself refuses updates and
// deletes of this table (see SqlDialect::appendOnly).
class AuditLog final
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {
    }

    Status append(const AuditEntry &entry);
    Result<QList<AuditEntry>> list(const QString &entity = {}, const QString &entityId = {});

private:
    Database &m_db;
};

} // namespace qadesk
