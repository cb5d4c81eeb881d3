#include "KpiSnapshotStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<QList<KpiMonthClose>> KpiSnapshotStore::history(const QString &month)
{
    QString where;
    QVariantList values;
    if (!month.isEmpty()) {
        where = u" WHERE k.month = ?"_s;
        values << month;
    }
    Result<QSqlQuery> q = m_db.run(
        u"SELECT k.id, k.month, k.time_basis, k.bonus_table_id, k.closed_at, COALESCE(c.name, ''), k.reopened_at, "
        u"COALESCE(r.name, ''), k.reopen_reason, k.snapshot_json FROM kpi_month_closes k "
        u"LEFT JOIN people c ON c.id = k.closed_by LEFT JOIN people r ON r.id = k.reopened_by"_s
            + where + u" ORDER BY k.id DESC"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiMonthClose> list;
    while (q->next()) {
        KpiMonthClose c;
        c.id = q->value(0).toLongLong();
        c.month = q->value(1).toString();
        c.timeBasis = q->value(2).toString();
        c.bonusTableId = q->value(3).toLongLong();
        c.closedAt = IsoTime::fromDb(q->value(4));
        c.closedBy = q->value(5).toString();
        c.reopenedAt = IsoTime::fromDb(q->value(6));
        c.reopenedBy = q->value(7).toString();
        c.reopenReason = q->value(8).toString();
        c.snapshot = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        list.append(std::move(c));
    }
    return list;
}

Result<std::optional<KpiMonthClose>> KpiSnapshotStore::closed(const QString &month)
{
    Result<QList<KpiMonthClose>> all = history(month);
    if (!all)
        return std::unexpected(all.error());
    for (const KpiMonthClose &c : *all) {
        if (c.isClosed())
            return std::optional(c);
    }
    return std::optional<KpiMonthClose>();
}

Result<qint64> KpiSnapshotStore::close(const QString &month, const QString &timeBasis, qint64 bonusTableId,
                                       std::optional<qint64> actorId, const QJsonObject &snapshot)
{
    return m_db.insert(u"INSERT INTO kpi_month_closes (month, time_basis, bonus_table_id, closed_at, closed_by, snapshot_json) "
                       u"VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {month, timeBasis, bonusTableId > 0 ? QVariant(bonusTableId) : QVariant(QMetaType::fromType<qint64>()),
                        IsoTime::nowText(), optionalId(actorId),
                        QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))});
}

Status KpiSnapshotStore::reopen(qint64 closeId, std::optional<qint64> actorId, const QString &reason)
{
    const auto done = m_db.run(u"UPDATE kpi_month_closes SET reopened_at = ?, reopened_by = ?, reopen_reason = ? "
                               u"WHERE id = ? AND reopened_at IS NULL"_s,
                               {IsoTime::nowText(), optionalId(actorId), reason, closeId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace qadesk
