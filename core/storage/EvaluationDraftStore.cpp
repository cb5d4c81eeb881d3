#include "EvaluationDraftStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error conflict(const QString &message)
{
    return {Error::Code::Conflict, message};
}
} // namespace

Result<qint64> EvaluationDraftStore::create(const EvaluationRecord &record, const QJsonObject &state)
{
    EvaluationRecord draft = record;
    draft.status = EvaluationStatus::Draft;
    draft.submittedAt = {};
    draft.answers.clear();
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<qint64> inserted = EvaluationStore(m_db).insert(draft);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        const auto saved = m_db.run(
            u"INSERT INTO evaluation_drafts (evaluation_id, state_json, revision, saved_at) VALUES (?, ?, 1, ?)"_s,
            {id, jsonText(state), IsoTime::nowText()});
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<std::optional<qint64>> EvaluationDraftStore::find(qint64 ticketId, qint64 trainerId)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT id FROM evaluations WHERE ticket_id = ? AND trainer_id = ? AND status = 'draft' ORDER BY id DESC"_s,
        {ticketId, trainerId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<qint64>();
    return std::optional(q->value(0).toLongLong());
}

Result<StoredDraft> EvaluationDraftStore::load(qint64 evaluationId)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT state_json, revision FROM evaluation_drafts WHERE evaluation_id = ?"_s, {evaluationId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(Error::notFound(tr("evaluation %1 has no draft").arg(evaluationId)));
    return StoredDraft{evaluationId, QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(),
                       q->value(1).toInt()};
}

Result<int> EvaluationDraftStore::save(qint64 evaluationId, const QJsonObject &state, int expectedRevision)
{
    Result<QSqlQuery> q = m_db.run(
        u"UPDATE evaluation_drafts SET state_json = ?, revision = revision + 1, saved_at = ? "
        u"WHERE evaluation_id = ? AND revision = ?"_s,
        {jsonText(state), IsoTime::nowText(), evaluationId, expectedRevision});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(conflict(tr("this draft was changed elsewhere (another window or person) since it "
                                           "was opened; reload it to see the newer version")));
    if (const auto touched = m_db.run(u"UPDATE evaluations SET updated_at = ? WHERE id = ?"_s,
                                      {IsoTime::nowText(), evaluationId});
        !touched)
        return std::unexpected(touched.error());
    return expectedRevision + 1;
}

Status EvaluationDraftStore::repin(qint64 evaluationId, qint64 scorecardVersionId)
{
    const auto done = m_db.run(
        u"UPDATE evaluations SET scorecard_version_id = ?, updated_at = ? WHERE id = ? AND status = 'draft'"_s,
        {scorecardVersionId, IsoTime::nowText(), evaluationId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status EvaluationDraftStore::submit(qint64 evaluationId, int expectedRevision, const EvaluationRecord &r)
{
    return m_db.transaction([&]() -> Status {
        Result<QSqlQuery> gone = m_db.run(
            u"DELETE FROM evaluation_drafts WHERE evaluation_id = ? AND revision = ?"_s, {evaluationId, expectedRevision});
        if (!gone)
            return std::unexpected(gone.error());
        if (gone->numRowsAffected() != 1)
            return std::unexpected(conflict(tr("this draft was changed elsewhere since it was opened; "
                                               "reload it before submitting")));
        const auto updated = m_db.run(
            u"UPDATE evaluations SET status = 'submitted', submitted_at = ?, updated_at = ?, score = ?, "
            u"uncapped_score = ?, critical_failed = ?, complete = ?, comment = ? WHERE id = ? AND status = 'draft'"_s,
            {IsoTime::toDb(r.submittedAt), IsoTime::nowText(),
             r.score ? QVariant(*r.score) : QVariant(), r.uncappedScore ? QVariant(*r.uncappedScore) : QVariant(),
             r.criticalFailed ? 1 : 0, r.complete ? 1 : 0, r.comment, evaluationId});
        if (!updated)
            return std::unexpected(updated.error());
        if (const auto cleared = m_db.run(u"DELETE FROM answers WHERE evaluation_id = ?"_s, {evaluationId}); !cleared)
            return std::unexpected(cleared.error());
        for (auto it = r.answers.begin(); it != r.answers.end(); ++it) {
            const auto answer = m_db.run(
                u"INSERT INTO answers (evaluation_id, criterion_id, value, comment) VALUES (?, ?, ?, ?)"_s,
                {evaluationId, it.key(), answerValueId(it->value), it->comment});
            if (!answer)
                return std::unexpected(answer.error());
        }
        return {};
    });
}

Status EvaluationDraftStore::reopen(qint64 evaluationId, const QJsonObject &state)
{
    return m_db.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_db.run(
            u"UPDATE evaluations SET status = 'draft', updated_at = ? WHERE id = ? AND status = 'submitted'"_s,
            {IsoTime::nowText(), evaluationId});
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->numRowsAffected() != 1)
            return std::unexpected(conflict(tr("evaluation %1 is not submitted").arg(evaluationId)));
        const auto saved = m_db.run(
            u"INSERT INTO evaluation_drafts (evaluation_id, state_json, revision, saved_at) VALUES (?, ?, 1, ?)"_s,
            {evaluationId, jsonText(state), IsoTime::nowText()});
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
}

} // namespace qadesk
