#pragma once

#include "common/Error.h"
#include "kpi/BonusTable.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

class Database;

// The versions of the KPI -> bonus multiplier table. A version is never changed: a closed month
// keeps naming the version it was computed with. The newest version is the current one; with
// none saved, the spec's default table applies.
class BonusTableStore final
{
    Q_DECLARE_TR_FUNCTIONS(BonusTableStore)

public:
    explicit BonusTableStore(Database &db)
        : m_db(db)
    {
    }

    Result<BonusTable> current();
    Result<std::optional<BonusTable>> byId(qint64 versionId);
    Result<QList<BonusTable>> versions();   // newest first
    // Adds a version (the points must be valid); nothing is added when they equal the current.
    Result<BonusTable> save(const QList<QPair<double, double>> &points, std::optional<qint64> actorId, const QString &note);

private:
    Result<QList<BonusTable>> query(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace qadesk
