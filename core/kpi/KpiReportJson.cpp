#include "KpiReportJson.h"

#include "common/IsoTime.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

QJsonObject periodJson(const KpiPeriod &period)
{
    return {{u"from"_s, period.from.toString(Qt::ISODate)},
            {u"to"_s, period.to.toString(Qt::ISODate)},
            {u"time_zone"_s, QString::fromUtf8(period.zone.id())}};
}

KpiPeriod periodFromJson(const QJsonObject &json)
{
    KpiPeriod period;
    period.from = QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate);
    period.to = QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate);
    const QTimeZone zone(json.value(u"time_zone"_s).toString().toUtf8());
    if (zone.isValid())
        period.zone = zone;
    return period;
}

KpiRow rowFromJson(const QJsonObject &o)
{
    KpiRow r;
    r.id = o.value(u"id"_s).toInteger();
    r.key = o.value(u"key"_s).toString();
    r.name = o.value(u"name"_s).toString();
    r.evaluations = o.value(u"evaluations"_s).toInt();
    r.kpi = optionalNumber(o.value(u"kpi"_s));
    r.lowest = optionalNumber(o.value(u"lowest"_s));
    r.highest = optionalNumber(o.value(u"highest"_s));
    r.criticalFails = o.value(u"critical_fails"_s).toInt();
    r.openDisputes = o.value(u"open_disputes"_s).toInt();
    r.overturnedDisputes = o.value(u"overturned_disputes"_s).toInt();
    r.bonusMultiplier = optionalNumber(o.value(u"bonus_multiplier"_s));
    r.previousKpi = optionalNumber(o.value(u"previous_kpi"_s));
    r.change = optionalNumber(o.value(u"change"_s));
    r.tooFewEvaluations = o.value(u"too_few_evaluations"_s).toBool();
    return r;
}

QJsonObject contextJson(const KpiReport &report)
{
    QJsonArray points;
    for (const auto &[kpi, multiplier] : report.bonusTable.points)
        points.append(QJsonArray{kpi, multiplier});
    QJsonObject source{{u"kind"_s, report.snapshot ? u"snapshot"_s : u"live"_s}};
    if (report.snapshot) {
        source.insert(u"snapshot_id"_s, report.snapshot->id);
        source.insert(u"month"_s, report.snapshot->month);
        source.insert(u"closed_at"_s, IsoTime::toText(report.snapshot->closedAt));
        source.insert(u"closed_by"_s, report.snapshot->closedBy);
    }
    return {{u"period"_s, periodJson(report.period)},
            {u"previous_period"_s, periodJson(report.previousPeriod)},
            {u"time_basis"_s, kpiTimeBasisId(report.basis)},
            {u"minimum_evaluations"_s, report.minimumEvaluations},
            {u"bonus_table"_s, QJsonObject{{u"version"_s, report.bonusTable.versionId},
                                           {u"hash"_s, report.bonusTable.contentHash},
                                           {u"points"_s, points}}},
            {u"source"_s, source},
            {u"generated_at"_s, IsoTime::toText(report.generatedAt)}};
}

} // namespace

QJsonObject KpiReportJson::rowJson(const KpiRow &r)
{
    return {{u"id"_s, r.id},
            {u"key"_s, r.key},
            {u"name"_s, r.name},
            {u"evaluations"_s, r.evaluations},
            {u"kpi"_s, number(r.kpi)},
            {u"bonus_multiplier"_s, number(r.bonusMultiplier)},
            {u"critical_fails"_s, r.criticalFails},
            {u"open_disputes"_s, r.openDisputes},
            {u"overturned_disputes"_s, r.overturnedDisputes},
            {u"lowest"_s, number(r.lowest)},
            {u"highest"_s, number(r.highest)},
            {u"previous_kpi"_s, number(r.previousKpi)},
            {u"change"_s, number(r.change)},
            {u"too_few_evaluations"_s, r.tooFewEvaluations}};
}

void KpiReportJson::addTrainerActivity(QJsonObject &table, const QList<TrainerActivity> &trainers)
{
    QHash<qint64, const TrainerActivity *> byId;
    for (const TrainerActivity &a : trainers)
        byId.insert(a.trainerId, &a);
    const auto withTasks = [](QJsonObject row, const TrainerActivity *a) {
        row.insert(u"assigned"_s, a ? a->assigned : 0);
        row.insert(u"done"_s, a ? a->assignedDone : 0);
        row.insert(u"overdue"_s, a ? a->overdue : 0);
        return row;
    };
    QJsonArray rows;
    QSet<qint64> seen;
    for (const QJsonValue &value : table.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const qint64 id = row.value(u"id"_s).toInteger();
        seen.insert(id);
        rows.append(withTasks(row, byId.value(id)));
    }
    // Someone with tasks who is no trainer any more and gave no evaluation still owes them.
    for (const TrainerActivity &a : trainers) {
        if (seen.contains(a.trainerId) || a.assigned == 0)
            continue;
        KpiRow row;
        row.id = a.trainerId;
        row.key = a.email;
        row.name = a.name;
        rows.append(withTasks(rowJson(row), &a));
    }
    table.insert(u"rows"_s, rows);
}

QJsonObject KpiReportJson::tableJson(const KpiReport &report, KpiGrouping grouping)
{
    QJsonObject json = contextJson(report);
    json.insert(u"by"_s, kpiGroupingId(grouping));
    QJsonArray rows;
    if (const KpiTable *table = report.table(grouping)) {
        for (const KpiRow &row : table->rows)
            rows.append(rowJson(row));
        json.insert(u"total"_s, rowJson(table->total));
    }
    json.insert(u"rows"_s, rows);
    return json;
}

QJsonObject KpiReportJson::toJson(const KpiReport &report)
{
    QJsonObject json = contextJson(report);
    json.insert(u"format"_s, u"qadesk.kpi/1"_s);
    QJsonArray tables;
    for (const KpiTable &table : report.tables) {
        QJsonArray rows;
        for (const KpiRow &row : table.rows)
            rows.append(rowJson(row));
        tables.append(QJsonObject{{u"by"_s, kpiGroupingId(table.grouping)}, {u"rows"_s, rows}, {u"total"_s, rowJson(table.total)}});
    }
    json.insert(u"tables"_s, tables);
    return json;
}

KpiReport KpiReportJson::fromJson(const QJsonObject &json)
{
    KpiReport report;
    report.period = periodFromJson(json.value(u"period"_s).toObject());
    report.previousPeriod = periodFromJson(json.value(u"previous_period"_s).toObject());
    report.basis = kpiTimeBasisFromId(json.value(u"time_basis"_s).toString()).value_or(KpiTimeBasis::Submitted);
    report.minimumEvaluations = json.value(u"minimum_evaluations"_s).toInt();
    const QJsonObject bonus = json.value(u"bonus_table"_s).toObject();
    report.bonusTable.versionId = bonus.value(u"version"_s).toInteger();
    report.bonusTable.contentHash = bonus.value(u"hash"_s).toString();
    for (const QJsonValue &point : bonus.value(u"points"_s).toArray())
        report.bonusTable.points.append({point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
    report.generatedAt = IsoTime::fromText(json.value(u"generated_at"_s).toString());
    for (const QJsonValue &t : json.value(u"tables"_s).toArray()) {
        const QJsonObject o = t.toObject();
        KpiTable table;
        table.grouping = kpiGroupingFromId(o.value(u"by"_s).toString()).value_or(KpiGrouping::Engineer);
        for (const QJsonValue &row : o.value(u"rows"_s).toArray())
            table.rows.append(rowFromJson(row.toObject()));
        table.total = rowFromJson(o.value(u"total"_s).toObject());
        report.tables.append(std::move(table));
    }
    return report;
}

} // namespace qadesk
