#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace qadesk {

class Database;

// One close of a month: the frozen KPI report and, once reopened, who reopened it and why.
struct KpiMonthClose
{
    qint64 id = 0;
    QString month;                     // "2026-10"
    QString timeBasis;                 // "submitted" or "solved"
    qint64 bonusTableId = 0;           // 0: the built-in default table
    QDateTime closedAt;
    QString closedBy;
    QDateTime reopenedAt;              // invalid while the month is closed
    QString reopenedBy;
    QString reopenReason;
    QJsonObject snapshot;

    [[nodiscard]] bool isClosed() const { return !reopenedAt.isValid(); }
};

class KpiSnapshotStore final
{
    Q_DECLARE_TR_FUNCTIONS(KpiSnapshotStore)

public:
    explicit KpiSnapshotStore(Database &db)
        : m_db(db)
    {
    }

    // The close in force for a month, if the month is closed.
    Result<std::optional<KpiMonthClose>> closed(const QString &month);
    Result<QList<KpiMonthClose>> history(const QString &month = {});   // newest first
    Result<qint64> close(const QString &month, const QString &timeBasis, qint64 bonusTableId, std::optional<qint64> actorId,
                         const QJsonObject &snapshot);
    Status reopen(qint64 closeId, std::optional<qint64> actorId, const QString &reason);

private:
    Database &m_db;
};

} // namespace qadesk
