#include "EvaluationStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> readOptionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}
} // namespace

Result<qint64> EvaluationStore::insert(const EvaluationRecord &r)
{
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const QString now = IsoTime::nowText();
        const Result<qint64> inserted = m_db.insert(
            u"INSERT INTO evaluations (ticket_id, engineer_id, trainer_id, scorecard_version_id, status, kind, "
            u"created_at, updated_at, submitted_at, score, uncapped_score, critical_failed, complete, comment) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {r.ticketId, r.engineerId, r.trainerId, r.scorecardVersionId, evaluationStatusId(r.status),
             evaluationKindId(r.kind), now, now, IsoTime::toDb(r.submittedAt), optionalDouble(r.score),
             optionalDouble(r.uncappedScore), r.criticalFailed ? 1 : 0, r.complete ? 1 : 0, r.comment});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        for (auto it = r.answers.begin(); it != r.answers.end(); ++it) {
            const auto answer = m_db.run(
                u"INSERT INTO answers (evaluation_id, criterion_id, value, comment) VALUES (?, ?, ?, ?)"_s,
                {id, it.key(), answerValueId(it->value), it->comment});
            if (!answer)
                return std::unexpected(answer.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<bool> EvaluationStore::exists(qint64 ticketId, qint64 trainerId, const QDateTime &submittedAt)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT COUNT(*) FROM evaluations WHERE ticket_id = ? AND trainer_id = ? AND submitted_at = ?"_s,
        {ticketId, trainerId, IsoTime::toDb(submittedAt)});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<QList<Evaluation>> EvaluationStore::select(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT e.id, e.ticket_id, t.external_id, t.subject, s.name, en.email, en.name, tr.email, tr.name, "
        u"c.slug, c.title, v.id, v.content_hash, e.status, e.kind, e.created_at, e.submitted_at, e.score, "
        u"e.uncapped_score, e.critical_failed, e.complete, e.comment "
        u"FROM evaluations e JOIN tickets t ON t.id = e.ticket_id JOIN sources s ON s.id = t.source_id "
        u"JOIN people en ON en.id = e.engineer_id JOIN people tr ON tr.id = e.trainer_id "
        u"JOIN scorecard_versions v ON v.id = e.scorecard_version_id JOIN scorecards c ON c.id = v.scorecard_id "_s
            + where + u" ORDER BY COALESCE(e.submitted_at, e.created_at) DESC, e.id DESC"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<Evaluation> list;
    while (q->next()) {
        Evaluation e;
        e.id = q->value(0).toLongLong();
        e.ticketId = q->value(1).toLongLong();
        e.ticketExternalId = q->value(2).toString();
        e.ticketSubject = q->value(3).toString();
        e.sourceName = q->value(4).toString();
        e.engineerEmail = q->value(5).toString();
        e.engineerName = q->value(6).toString();
        e.trainerEmail = q->value(7).toString();
        e.trainerName = q->value(8).toString();
        e.scorecardId = q->value(9).toString();
        e.scorecardTitle = q->value(10).toString();
        e.scorecardVersionId = q->value(11).toLongLong();
        e.scorecardVersion = q->value(12).toString();
        e.status = q->value(13).toString() == u"submitted"_s ? EvaluationStatus::Submitted : EvaluationStatus::Draft;
        e.kind = evaluationKindFromId(q->value(14).toString()).value_or(EvaluationKind::Normal);
        e.createdAt = IsoTime::fromDb(q->value(15));
        e.submittedAt = IsoTime::fromDb(q->value(16));
        e.score = readOptionalDouble(q->value(17));
        e.uncappedScore = readOptionalDouble(q->value(18));
        e.criticalFailed = q->value(19).toInt() != 0;
        e.complete = q->value(20).toInt() != 0;
        e.comment = q->value(21).toString();
        list.append(std::move(e));
    }
    return list;
}

Result<QList<Evaluation>> EvaluationStore::list()
{
    return select(QString(), {});
}

Result<QList<Evaluation>> EvaluationStore::forTicket(qint64 ticketId)
{
    return select(u"WHERE e.ticket_id = ?"_s, {ticketId});
}

Result<std::optional<Evaluation>> EvaluationStore::get(qint64 id)
{
    Result<QList<Evaluation>> found = select(u"WHERE e.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Evaluation>();
    Evaluation evaluation = found->first();
    Result<QSqlQuery> q = m_db.run(u"SELECT criterion_id, value, comment FROM answers WHERE evaluation_id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const auto value = answerValueFromId(q->value(1).toString());
        if (value)
            evaluation.answers.insert(q->value(0).toString(), Answer{*value, q->value(2).toString()});
    }
    return std::optional(std::move(evaluation));
}

Result<QList<Evaluation>> EvaluationStore::submittedWithAnswers()
{
    Result<QList<Evaluation>> found = select(u"WHERE e.status = ?"_s, {u"submitted"_s});
    if (!found)
        return std::unexpected(found.error());
    // One query for all answers rather than one per evaluation.
    Result<QSqlQuery> q = m_db.run(u"SELECT a.evaluation_id, a.criterion_id, a.value, a.comment FROM answers a "
                                   u"JOIN evaluations e ON e.id = a.evaluation_id WHERE e.status = ?"_s,
                                   {u"submitted"_s});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, AnswerMap> answers;
    while (q->next()) {
        if (const auto value = answerValueFromId(q->value(2).toString()))
            answers[q->value(0).toLongLong()].insert(q->value(1).toString(), Answer{*value, q->value(3).toString()});
    }
    for (Evaluation &e : *found)
        e.answers = answers.value(e.id);
    return found;
}

} // namespace qadesk
