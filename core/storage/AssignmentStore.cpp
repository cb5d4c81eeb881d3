#include "AssignmentStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QString listText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(v.toString());
    return list;
}

QString objectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<AssignmentPlan>> AssignmentStore::plans()
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT a.trainer_id, p.email, p.name, a.per_week, a.teams_json, a.tags_json, a.channels_json, "
        u"a.scorecards_json, a.active FROM assignment_plans a JOIN people p ON p.id = a.trainer_id ORDER BY p.email"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<AssignmentPlan> plans;
    while (q->next()) {
        AssignmentPlan plan;
        plan.trainerId = q->value(0).toLongLong();
        plan.trainerEmail = q->value(1).toString();
        plan.trainerName = q->value(2).toString();
        plan.perWeek = q->value(3).toInt();
        plan.teams = listFromText(q->value(4).toString());
        plan.tags = listFromText(q->value(5).toString());
        plan.channels = listFromText(q->value(6).toString());
        plan.scorecards = listFromText(q->value(7).toString());
        plan.active = q->value(8).toInt() != 0;
        plan.stored = true;
        plans.append(plan);
    }
    return plans;
}

Status AssignmentStore::savePlan(const AssignmentPlan &plan)
{
    const auto done = m_db.run(
        u"INSERT INTO assignment_plans (trainer_id, per_week, teams_json, tags_json, channels_json, scorecards_json, "
        u"active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trainer_id) DO UPDATE SET "
        u"per_week = excluded.per_week, teams_json = excluded.teams_json, tags_json = excluded.tags_json, "
        u"channels_json = excluded.channels_json, scorecards_json = excluded.scorecards_json, "
        u"active = excluded.active, updated_at = excluded.updated_at"_s,
        {plan.trainerId, plan.perWeek, listText(plan.teams), listText(plan.tags), listText(plan.channels),
         listText(plan.scorecards), plan.active ? 1 : 0, IsoTime::nowText()});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<qint64> AssignmentStore::insertDraw(const DrawRecord &draw, std::optional<qint64> drawnBy)
{
    return m_db.insert(u"INSERT INTO assignment_draws (week, seed, drawn_at, drawn_by, inputs_json, result_json) "
                       u"VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {draw.week, draw.seed, IsoTime::nowText(),
                        drawnBy ? QVariant(*drawnBy) : QVariant(QMetaType::fromType<qint64>()),
                        objectText(draw.inputs), objectText(draw.result)});
}

Result<QList<DrawRecord>> AssignmentStore::draws(const QString &week)
{
    QString sql = u"SELECT d.id, d.week, d.seed, d.drawn_at, COALESCE(p.email, ''), d.inputs_json, d.result_json "
                  u"FROM assignment_draws d LEFT JOIN people p ON p.id = d.drawn_by"_s;
    QVariantList values;
    if (!week.isEmpty()) {
        sql += u" WHERE d.week = ?"_s;
        values.append(week);
    }
    Result<QSqlQuery> q = m_db.run(sql + u" ORDER BY d.id"_s, values);
    if (!q)
        return std::unexpected(q.error());
    QList<DrawRecord> draws;
    while (q->next()) {
        draws.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                      IsoTime::fromDb(q->value(3)), q->value(4).toString(),
                      QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object(),
                      QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object()});
    }
    return draws;
}

Result<std::optional<DrawRecord>> AssignmentStore::draw(qint64 id)
{
    const Result<QList<DrawRecord>> all = draws();
    if (!all)
        return std::unexpected(all.error());
    for (const DrawRecord &d : *all) {
        if (d.id == id)
            return std::optional(d);
    }
    return std::optional<DrawRecord>();
}

Result<qint64> AssignmentStore::insertTask(const AssignmentTask &task)
{
    return m_db.insert(u"INSERT INTO assignments (draw_id, week, trainer_id, ticket_id, engineer_id, due_date, status, "
                       u"created_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?) RETURNING id"_s,
                       {task.drawId ? QVariant(task.drawId) : QVariant(QMetaType::fromType<qint64>()), task.week,
                        task.trainerId, task.ticketId,
                        task.engineerId ? QVariant(task.engineerId) : QVariant(QMetaType::fromType<qint64>()),
                        task.dueDate.toString(Qt::ISODate), IsoTime::nowText()});
}

Result<QList<AssignmentTask>> AssignmentStore::select(const QString &where, const QVariantList &values)
{
    // The assigned trainer's own evaluation of the ticket (any kind) decides whether it is done.
    Result<QSqlQuery> q = m_db.run(
        u"SELECT a.id, COALESCE(a.draw_id, 0), a.week, a.trainer_id, tr.email, tr.name, a.ticket_id, t.external_id, "
        u"t.subject, s.name, COALESCE(tm.slug, ''), COALESCE(a.engineer_id, 0), COALESCE(en.email, ''), "
        u"COALESCE(en.name, ''), a.due_date, a.status, COALESCE(a.replaced_by, 0), a.created_at, "
        u"(SELECT MAX(e.id) FROM evaluations e WHERE e.ticket_id = a.ticket_id AND e.trainer_id = a.trainer_id), "
        u"(SELECT COUNT(*) FROM evaluations e WHERE e.ticket_id = a.ticket_id AND e.trainer_id = a.trainer_id "
        u"AND e.status = 'submitted') "
        u"FROM assignments a JOIN people tr ON tr.id = a.trainer_id JOIN tickets t ON t.id = a.ticket_id "
        u"JOIN sources s ON s.id = t.source_id LEFT JOIN teams tm ON tm.id = t.team_id "
        u"LEFT JOIN people en ON en.id = a.engineer_id "_s
            + where + u" ORDER BY a.week, tr.email, a.id"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<AssignmentTask> tasks;
    while (q->next()) {
        AssignmentTask t;
        t.id = q->value(0).toLongLong();
        t.drawId = q->value(1).toLongLong();
        t.week = q->value(2).toString();
        t.trainerId = q->value(3).toLongLong();
        t.trainerEmail = q->value(4).toString();
        t.trainerName = q->value(5).toString();
        t.ticketId = q->value(6).toLongLong();
        t.ticketExternalId = q->value(7).toString();
        t.ticketSubject = q->value(8).toString();
        t.sourceName = q->value(9).toString();
        t.team = q->value(10).toString();
        t.engineerId = q->value(11).toLongLong();
        t.engineerEmail = q->value(12).toString();
        t.engineerName = q->value(13).toString();
        t.dueDate = QDate::fromString(q->value(14).toString(), Qt::ISODate);
        t.status = q->value(15).toString() == u"replaced"_s ? AssignmentTask::Status::Replaced
                                                            : AssignmentTask::Status::Active;
        t.replacedBy = q->value(16).toLongLong();
        t.createdAt = IsoTime::fromDb(q->value(17));
        t.evaluationId = q->value(18).isNull() ? 0 : q->value(18).toLongLong();
        t.done = q->value(19).toLongLong() > 0;
        tasks.append(t);
    }
    return tasks;
}

Result<QList<AssignmentTask>> AssignmentStore::tasks(const QString &week, qint64 trainerId, bool withReplaced)
{
    QStringList conditions;
    QVariantList values;
    if (!week.isEmpty()) {
        conditions.append(u"a.week = ?"_s);
        values.append(week);
    }
    if (trainerId) {
        conditions.append(u"a.trainer_id = ?"_s);
        values.append(trainerId);
    }
    if (!withReplaced)
        conditions.append(u"a.status = 'active'"_s);
    return select(conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), values);
}

Result<QList<AssignmentTask>> AssignmentStore::tasksDue(const QDate &from, const QDate &to)
{
    // Due dates are stored as ISO days, so text order is day order on both engines.
    return select(u"WHERE a.status = 'active' AND a.due_date >= ? AND a.due_date <= ?"_s,
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<std::optional<AssignmentTask>> AssignmentStore::task(qint64 id)
{
    const Result<QList<AssignmentTask>> found = select(u"WHERE a.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<AssignmentTask>();
    return std::optional(found->first());
}

Status AssignmentStore::setTrainer(qint64 taskId, qint64 trainerId)
{
    const auto done = m_db.run(u"UPDATE assignments SET trainer_id = ? WHERE id = ?"_s, {trainerId, taskId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status AssignmentStore::markReplaced(qint64 taskId, qint64 replacementId)
{
    const auto done = m_db.run(u"UPDATE assignments SET status = 'replaced', replaced_by = ? WHERE id = ?"_s,
                               {replacementId, taskId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace qadesk
