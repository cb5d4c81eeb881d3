#include "KpiAdministration.h"

#include "kpi/KpiReportBuilder.h"
#include "kpi/KpiReportJson.h"
#include "storage/AuditLog.h"
#include "storage/BonusTableStore.h"
#include "storage/Database.h"
#include "storage/KpiSnapshotStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

Status KpiAdministration::requireAdmin(const Person &actor, const QString &what) const
{
    if (actor.hasRole(Role::Admin))
        return {};
    return std::unexpected(Error{Error::Code::Permission, tr("only a QA admin may %1; %2 is not one").arg(what, actor.email)});
}

Result<KpiPeriod> KpiAdministration::monthPeriod(const QString &month, const QTimeZone &zone)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    if (!first.isValid() || month.size() != 7)
        return std::unexpected(Error::invalid(tr("month \"%1\": expected yyyy-MM, e.g. 2026-10").arg(month)));
    return KpiPeriod{first, first.addMonths(1).addDays(-1), zone};
}

Result<BonusTable> KpiAdministration::saveBonusTable(const Person &actor, const QList<QPair<double, double>> &points,
                                                     const QString &note)
{
    if (const Status allowed = requireAdmin(actor, tr("change the bonus multiplier table")); !allowed)
        return std::unexpected(allowed.error());
    BonusTable saved;
    const Status done = m_db.transaction([&]() -> Status {
        BonusTableStore store(m_db);
        Result<BonusTable> before = store.current();
        if (!before)
            return std::unexpected(before.error());
        Result<BonusTable> after = store.save(points, actor.id, note);
        if (!after)
            return std::unexpected(after.error());
        saved = *after;
        if (after->versionId == before->versionId)
            return {};
        return AuditLog(m_db).append({actor.id, {}, u"bonus_table.version"_s, u"bonus_table"_s,
                                      QString::number(after->versionId),
                                      QJsonObject{{u"points"_s, BonusTable::pointsText(before->points)}},
                                      QJsonObject{{u"points"_s, BonusTable::pointsText(after->points)}}, note, {}, 0});
    });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

Result<qint64> KpiAdministration::closeMonth(const Person &actor, const QString &month, KpiTimeBasis basis,
                                             int minimumPerMonth)
{
    if (const Status allowed = requireAdmin(actor, tr("close a month")); !allowed)
        return std::unexpected(allowed.error());
    Result<KpiPeriod> period = monthPeriod(month);
    if (!period)
        return std::unexpected(period.error());
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        KpiSnapshotStore snapshots(m_db);
        Result<std::optional<KpiMonthClose>> closed = snapshots.closed(month);
        if (!closed)
            return std::unexpected(closed.error());
        if (*closed)
            return std::unexpected(Error{Error::Code::Conflict,
                                         tr("%1 is already closed (by %2); reopen it first").arg(month, (*closed)->closedBy)});
        KpiReportOptions options;
        options.period = *period;
        options.basis = basis;
        options.minimumPerMonth = minimumPerMonth;
        Result<KpiReport> report = KpiReportBuilder(m_db).buildLive(options);
        if (!report)
            return std::unexpected(report.error());
        Result<qint64> inserted = snapshots.close(month, kpiTimeBasisId(basis), report->bonusTable.versionId, actor.id,
                                                  KpiReportJson::toJson(*report));
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        const KpiTable *engineers = report->table(KpiGrouping::Engineer);
        return AuditLog(m_db).append(
            {actor.id, {}, u"kpi.month_close"_s, u"kpi_month"_s, month, {},
             QJsonObject{{u"snapshot"_s, id},
                         {u"time_basis"_s, kpiTimeBasisId(basis)},
                         {u"bonus_table"_s, report->bonusTable.versionId},
                         {u"evaluations"_s, engineers ? engineers->total.evaluations : 0}},
             {}, {}, 0});
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Status KpiAdministration::reopenMonth(const Person &actor, const QString &month, const QString &reason)
{
    if (const Status allowed = requireAdmin(actor, tr("reopen a closed month")); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("reason: reopening a closed month needs a reason")));
    if (const Result<KpiPeriod> period = monthPeriod(month); !period)
        return std::unexpected(period.error());
    return m_db.transaction([&]() -> Status {
        KpiSnapshotStore snapshots(m_db);
        Result<std::optional<KpiMonthClose>> closed = snapshots.closed(month);
        if (!closed)
            return std::unexpected(closed.error());
        if (!*closed)
            return std::unexpected(Error{Error::Code::Conflict, tr("%1 is not closed").arg(month)});
        if (const Status reopened = snapshots.reopen((*closed)->id, actor.id, reason); !reopened)
            return reopened;
        return AuditLog(m_db).append({actor.id, {}, u"kpi.month_reopen"_s, u"kpi_month"_s, month,
                                      QJsonObject{{u"snapshot"_s, (*closed)->id}}, {}, reason.trimmed(), {}, 0});
    });
}

} // namespace qadesk
