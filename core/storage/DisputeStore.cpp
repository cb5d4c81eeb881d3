#include "DisputeStore.h"

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

QVariant optionalAnswer(const std::optional<AnswerValue> &value)
{
    return value ? QVariant(answerValueId(*value)) : QVariant();
}

std::optional<AnswerValue> readOptionalAnswer(const QVariant &value)
{
    return value.isNull() ? std::nullopt : answerValueFromId(value.toString());
}

} // namespace

Result<qint64> DisputeStore::insert(const Dispute &d)
{
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const QString now = IsoTime::nowText();
        const Result<qint64> inserted = m_db.insert(
            u"INSERT INTO disputes (evaluation_id, opened_by, opened_at, status, original_score, "
            u"original_uncapped_score, original_critical_failed, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {d.evaluationId, d.openedBy, IsoTime::toDb(d.openedAt), disputeStatusId(DisputeStatus::Open),
             optionalDouble(d.originalScore), optionalDouble(d.originalUncappedScore), d.originalCriticalFailed ? 1 : 0,
             now});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        for (const DisputeItem &item : d.items) {
            const auto written = m_db.run(
                u"INSERT INTO dispute_items (dispute_id, criterion_id, reason, proposed_value, original_value, "
                u"original_comment) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {id, item.criterionId, item.reason, optionalAnswer(item.proposed), answerValueId(item.originalValue),
                 item.originalComment});
            if (!written)
                return std::unexpected(written.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<QList<Dispute>> DisputeStore::select(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT d.id, d.evaluation_id, d.status, d.outcome, d.opened_by, op.email, op.name, d.opened_at, "
        u"d.triaged_by, tr2.name, d.triaged_at, d.decline_reason, d.arbiter_id, ar.email, ar.name, d.assigned_at, "
        u"d.resolved_at, d.resolution_comment, d.original_score, d.original_uncapped_score, "
        u"d.original_critical_failed, d.resolved_score, d.updated_at, e.ticket_id, t.external_id, t.subject, "
        u"e.engineer_id, en.email, en.name, e.trainer_id, tr.email, tr.name, c.slug "
        u"FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id JOIN tickets t ON t.id = e.ticket_id "
        u"JOIN people op ON op.id = d.opened_by JOIN people en ON en.id = e.engineer_id "
        u"JOIN people tr ON tr.id = e.trainer_id LEFT JOIN people tr2 ON tr2.id = d.triaged_by "
        u"LEFT JOIN people ar ON ar.id = d.arbiter_id "
        u"JOIN scorecard_versions v ON v.id = e.scorecard_version_id JOIN scorecards c ON c.id = v.scorecard_id "_s
            + where + u" ORDER BY d.opened_at DESC, d.id DESC"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<Dispute> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Dispute d;
        d.id = q->value(0).toLongLong();
        d.evaluationId = q->value(1).toLongLong();
        d.status = disputeStatusFromId(q->value(2).toString()).value_or(DisputeStatus::Open);
        d.outcome = q->value(3).isNull() ? std::nullopt : disputeOutcomeFromId(q->value(3).toString());
        d.openedBy = q->value(4).toLongLong();
        d.openedByEmail = q->value(5).toString();
        d.openedByName = q->value(6).toString();
        d.openedAt = IsoTime::fromDb(q->value(7));
        if (!q->value(8).isNull())
            d.triagedBy = q->value(8).toLongLong();
        d.triagedByName = q->value(9).toString();
        d.triagedAt = IsoTime::fromDb(q->value(10));
        d.declineReason = q->value(11).toString();
        if (!q->value(12).isNull())
            d.arbiterId = q->value(12).toLongLong();
        d.arbiterEmail = q->value(13).toString();
        d.arbiterName = q->value(14).toString();
        d.assignedAt = IsoTime::fromDb(q->value(15));
        d.resolvedAt = IsoTime::fromDb(q->value(16));
        d.resolutionComment = q->value(17).toString();
        d.originalScore = readOptionalDouble(q->value(18));
        d.originalUncappedScore = readOptionalDouble(q->value(19));
        d.originalCriticalFailed = q->value(20).toInt() != 0;
        d.resolvedScore = readOptionalDouble(q->value(21));
        d.updatedAt = IsoTime::fromDb(q->value(22));
        d.ticketId = q->value(23).toLongLong();
        d.ticketExternalId = q->value(24).toString();
        d.ticketSubject = q->value(25).toString();
        d.engineerId = q->value(26).toLongLong();
        d.engineerEmail = q->value(27).toString();
        d.engineerName = q->value(28).toString();
        d.trainerId = q->value(29).toLongLong();
        d.trainerEmail = q->value(30).toString();
        d.trainerName = q->value(31).toString();
        d.scorecardId = q->value(32).toString();
        index.insert(d.id, list.size());
        list.append(std::move(d));
    }
    if (list.isEmpty())
        return list;
    // The items of exactly these disputes: one query, filtered here (the list is small).
    Result<QSqlQuery> items = m_db.run(
        u"SELECT i.dispute_id, i.criterion_id, i.reason, i.proposed_value, i.original_value, i.original_comment, "
        u"i.decision, i.decided_value, i.decision_comment FROM dispute_items i JOIN disputes d ON d.id = i.dispute_id "
        u"JOIN evaluations e ON e.id = d.evaluation_id "_s
            + where + u" ORDER BY i.dispute_id, i.criterion_id"_s,
        values);
    if (!items)
        return std::unexpected(items.error());
    while (items->next()) {
        const auto at = index.constFind(items->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        DisputeItem item;
        item.criterionId = items->value(1).toString();
        item.reason = items->value(2).toString();
        item.proposed = readOptionalAnswer(items->value(3));
        item.originalValue = answerValueFromId(items->value(4).toString()).value_or(AnswerValue::Yes);
        item.originalComment = items->value(5).toString();
        item.decision = items->value(6).isNull() ? std::nullopt : disputeDecisionFromId(items->value(6).toString());
        item.decidedValue = readOptionalAnswer(items->value(7));
        item.decisionComment = items->value(8).toString();
        list[*at].items.append(item);
    }
    return list;
}

Result<std::optional<Dispute>> DisputeStore::get(qint64 id)
{
    const Result<QList<Dispute>> found = select(u"WHERE d.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Dispute>();
    return std::optional(found->first());
}

Result<QList<Dispute>> DisputeStore::list()
{
    return select(QString(), {});
}

Result<QList<Dispute>> DisputeStore::forEvaluation(qint64 evaluationId)
{
    return select(u"WHERE d.evaluation_id = ?"_s, {evaluationId});
}

Result<QList<qint64>> DisputeStore::activeEvaluationIds()
{
    Result<QSqlQuery> q = m_db.run(u"SELECT DISTINCT evaluation_id FROM disputes WHERE status IN (?, ?, ?) "
                                   u"ORDER BY evaluation_id"_s,
                                   {disputeStatusId(DisputeStatus::Open), disputeStatusId(DisputeStatus::Accepted),
                                    disputeStatusId(DisputeStatus::InArbitration)});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Status DisputeStore::moved(const QSqlQuery &query, qint64 id)
{
    if (query.numRowsAffected() != 1)
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("dispute %1 was changed by someone else meanwhile; look at it again").arg(id)});
    return {};
}

Status DisputeStore::triage(qint64 id, DisputeStatus from, DisputeStatus to, qint64 actorId, const QString &declineReason)
{
    const QString now = IsoTime::nowText();
    const Result<QSqlQuery> q = m_db.run(
        u"UPDATE disputes SET status = ?, triaged_by = ?, triaged_at = ?, decline_reason = ?, updated_at = ? "
        u"WHERE id = ? AND status = ?"_s,
        {disputeStatusId(to), actorId, now, declineReason, now, id, disputeStatusId(from)});
    if (!q)
        return std::unexpected(q.error());
    return moved(*q, id);
}

Status DisputeStore::assign(qint64 id, DisputeStatus from, qint64 arbiterId)
{
    const QString now = IsoTime::nowText();
    const Result<QSqlQuery> q = m_db.run(
        u"UPDATE disputes SET status = ?, arbiter_id = ?, assigned_at = ?, updated_at = ? WHERE id = ? AND status = ?"_s,
        {disputeStatusId(DisputeStatus::InArbitration), arbiterId, now, now, id, disputeStatusId(from)});
    if (!q)
        return std::unexpected(q.error());
    return moved(*q, id);
}

Status DisputeStore::withdraw(qint64 id, DisputeStatus from)
{
    const QString now = IsoTime::nowText();
    const Result<QSqlQuery> q = m_db.run(u"UPDATE disputes SET status = ?, updated_at = ? WHERE id = ? AND status = ?"_s,
                                         {disputeStatusId(DisputeStatus::Withdrawn), now, id, disputeStatusId(from)});
    if (!q)
        return std::unexpected(q.error());
    return moved(*q, id);
}

Status DisputeStore::resolve(const Dispute &d, DisputeStatus from, const ArbitratedScore &score)
{
    return m_db.transaction([&]() -> Status {
        const QString now = IsoTime::nowText();
        const Result<QSqlQuery> q = m_db.run(
            u"UPDATE disputes SET status = ?, outcome = ?, resolved_at = ?, resolution_comment = ?, resolved_score = ?, "
            u"updated_at = ? WHERE id = ? AND status = ?"_s,
            {disputeStatusId(DisputeStatus::Resolved), d.outcome ? QVariant(disputeOutcomeId(*d.outcome)) : QVariant(),
             IsoTime::toDb(d.resolvedAt), d.resolutionComment, optionalDouble(score.score), now, d.id,
             disputeStatusId(from)});
        if (!q)
            return std::unexpected(q.error());
        if (const Status s = moved(*q, d.id); !s)
            return s;
        for (const DisputeItem &item : d.items) {
            const auto written = m_db.run(
                u"UPDATE dispute_items SET decision = ?, decided_value = ?, decision_comment = ? "
                u"WHERE dispute_id = ? AND criterion_id = ?"_s,
                {item.decision ? QVariant(disputeDecisionId(*item.decision)) : QVariant(),
                 optionalAnswer(item.decidedValue), item.decisionComment, d.id, item.criterionId});
            if (!written)
                return std::unexpected(written.error());
        }
        const auto evaluation = m_db.run(
            u"UPDATE evaluations SET score = ?, uncapped_score = ?, critical_failed = ?, updated_at = ? WHERE id = ?"_s,
            {optionalDouble(score.score), optionalDouble(score.uncappedScore), score.criticalFailed ? 1 : 0, now,
             d.evaluationId});
        if (!evaluation)
            return std::unexpected(evaluation.error());
        for (auto it = score.changedAnswers.begin(); it != score.changedAnswers.end(); ++it) {
            const auto answer = m_db.run(
                u"INSERT INTO answers (evaluation_id, criterion_id, value, comment) VALUES (?, ?, ?, ?) "
                u"ON CONFLICT (evaluation_id, criterion_id) DO UPDATE SET value = excluded.value, "
                u"comment = excluded.comment"_s,
                {d.evaluationId, it.key(), answerValueId(it->value), it->comment});
            if (!answer)
                return std::unexpected(answer.error());
        }
        return {};
    });
}

Result<std::optional<qint64>> DisputeStore::lastAssignedArbiter()
{
    Result<QSqlQuery> q = m_db.run(u"SELECT arbiter_id FROM disputes WHERE arbiter_id IS NOT NULL "
                                   u"ORDER BY assigned_at DESC, id DESC LIMIT 1"_s);
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional(q->value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace qadesk
