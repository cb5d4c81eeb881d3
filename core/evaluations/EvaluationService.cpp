#include "EvaluationService.h"

#include "common/IsoTime.h"
#include "people/TeamAccess.h"
#include "mail/MailOutbox.h"
#include "scoring/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DisputeStore.h"
#include "storage/EvaluationDraftStore.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/TicketStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

Error permission(const QString &message)
{
    return {Error::Code::Permission, message};
}

Result<Person> personById(Database &db, qint64 id)
{
    const Result<QList<Person>> people = PeopleStore(db).list();
    if (!people)
        return std::unexpected(people.error());
    for (const Person &p : *people) {
        if (p.id == id)
            return p;
    }
    return std::unexpected(Error::notFound(EvaluationService::tr("no person with id %1").arg(id)));
}

Status audit(Database &db, qint64 actorId, const QString &action, qint64 evaluationId, const QJsonObject &before,
             const QJsonObject &after, const QString &reason = {})
{
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = action;
    entry.entity = u"evaluation"_s;
    entry.entityId = QString::number(evaluationId);
    entry.before = before;
    entry.after = after;
    entry.reason = reason;
    return AuditLog(db).append(entry);
}

} // namespace

Result<EvaluationDraft> EvaluationService::openDraft(qint64 ticketId, qint64 actorId, const QString &scorecardSlug,
                                                     EvaluationKind kind)
{
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    if (!actor->hasRole(Role::Trainer) && !actor->hasRole(Role::Admin))
        return std::unexpected(permission(tr("%1 is not a trainer and cannot evaluate tickets").arg(actor->name)));

    EvaluationDraftStore drafts(m_db);
    const Result<std::optional<qint64>> existing = drafts.find(ticketId, actorId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return loadDraft(**existing);

    const Result<std::optional<Ticket>> ticket = TicketStore(m_db).get(ticketId);
    if (!ticket)
        return std::unexpected(ticket.error());
    if (!*ticket)
        return std::unexpected(Error::notFound(tr("no ticket with id %1").arg(ticketId)));
    if ((*ticket)->assigneeEmail.isEmpty())
        return std::unexpected(Error::invalid(tr("ticket %1 has no engineer to evaluate").arg((*ticket)->externalId)));
    if ((*ticket)->assigneeEmail == actor->email)
        return std::unexpected(permission(tr("%1 worked on ticket %2 and cannot evaluate it")
                                              .arg(actor->name, (*ticket)->externalId)));
    const Result<TeamAccess> access = TeamAccess::load(m_db);
    if (!access)
        return std::unexpected(access.error());
    if (const Status allowed = access->check(*actor, (*ticket)->team); !allowed)
        return std::unexpected(allowed.error());
    if (kind == EvaluationKind::Normal) {
        const Result<QList<Evaluation>> others = EvaluationStore(m_db).forTicket(ticketId);
        if (!others)
            return std::unexpected(others.error());
        for (const Evaluation &e : *others) {
            if (e.kind == EvaluationKind::Normal && e.status == EvaluationStatus::Submitted)
                return std::unexpected(Error{Error::Code::Conflict,
                                             tr("ticket %1 has already been evaluated by %2")
                                                 .arg((*ticket)->externalId, e.trainerName)});
        }
    }
    const Result<ScorecardVersion> card = ScorecardStore(m_db).current(scorecardSlug);
    if (!card)
        return std::unexpected(card.error());
    const Result<std::optional<Person>> engineer = PeopleStore(m_db).findByEmail((*ticket)->assigneeEmail);
    if (!engineer)
        return std::unexpected(engineer.error());

    EvaluationRecord record;
    record.ticketId = ticketId;
    record.engineerId = (*engineer)->id;
    record.trainerId = actorId;
    record.scorecardVersionId = card->versionId;
    record.kind = kind;
    DraftState state;
    if (!card->card.sections.isEmpty() && !card->card.sections.first().criteria.isEmpty())
        state.focusedCriterion = card->card.sections.first().criteria.first().id;
    qint64 id = 0;
    const Status created = m_db.transaction([&]() -> Status {
        const Result<qint64> inserted = drafts.create(record, state.toJson());
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return audit(m_db, actorId, u"evaluation.start"_s, id, {},
                     {{u"ticket"_s, (*ticket)->externalId}, {u"scorecard_version"_s, card->contentHash},
                      {u"kind"_s, evaluationKindId(kind)}});
    });
    if (!created)
        return std::unexpected(created.error());
    return loadDraft(id);
}

Result<std::optional<EvaluationDraft>> EvaluationService::findDraft(qint64 ticketId, qint64 actorId)
{
    const Result<std::optional<qint64>> id = EvaluationDraftStore(m_db).find(ticketId, actorId);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return std::optional<EvaluationDraft>();
    const Result<EvaluationDraft> draft = loadDraft(**id);
    if (!draft)
        return std::unexpected(draft.error());
    return std::optional(*draft);
}

Result<EvaluationDraft> EvaluationService::loadDraft(qint64 evaluationId)
{
    const Result<std::optional<Evaluation>> evaluation = EvaluationStore(m_db).get(evaluationId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    if (!*evaluation)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    const Result<StoredDraft> stored = EvaluationDraftStore(m_db).load(evaluationId);
    if (!stored)
        return std::unexpected(stored.error());
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById((*evaluation)->scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    return EvaluationDraft{evaluationId, (*evaluation)->ticketId, stored->revision, (*evaluation)->kind, *card,
                           DraftState::fromJson(stored->state)};
}

Result<Evaluation> EvaluationService::ownedDraft(qint64 evaluationId, qint64 actorId)
{
    const Result<std::optional<Evaluation>> evaluation = EvaluationStore(m_db).get(evaluationId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    if (!*evaluation)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    if ((*evaluation)->status != EvaluationStatus::Draft)
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("evaluation %1 is submitted and locked; it changes only through "
                                        "arbitration or an admin's reopen").arg(evaluationId)});
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    if (actor->email != (*evaluation)->trainerEmail)
        return std::unexpected(permission(tr("only %1, who started this evaluation, can change it")
                                              .arg((*evaluation)->trainerName)));
    return **evaluation;
}

Result<int> EvaluationService::saveDraft(qint64 evaluationId, const DraftState &state, int expectedRevision,
                                         qint64 actorId)
{
    const Result<Evaluation> evaluation = ownedDraft(evaluationId, actorId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    return EvaluationDraftStore(m_db).save(evaluationId, state.toJson(), expectedRevision);
}

Result<EvaluationDraft> EvaluationService::switchScorecard(qint64 evaluationId, const QString &scorecardSlug,
                                                           int expectedRevision, qint64 actorId)
{
    const Result<Evaluation> evaluation = ownedDraft(evaluationId, actorId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    const Result<ScorecardVersion> card = ScorecardStore(m_db).current(scorecardSlug);
    if (!card)
        return std::unexpected(card.error());
    const Result<EvaluationDraft> draft = loadDraft(evaluationId);
    if (!draft)
        return std::unexpected(draft.error());
    DraftState state = draft->state;
    for (auto it = state.answers.begin(); it != state.answers.end();) {
        const Criterion *criterion = card->card.findCriterion(it.key());
        if (!criterion || (it->value == AnswerValue::NotApplicable && !criterion->naAllowed))
            it = state.answers.erase(it);
        else
            ++it;
    }
    if (!card->card.findCriterion(state.focusedCriterion))
        state.focusedCriterion = card->card.criterionIds().value(0);
    const Status switched = m_db.transaction([&]() -> Status {
        EvaluationDraftStore drafts(m_db);
        if (const Result<int> saved = drafts.save(evaluationId, state.toJson(), expectedRevision); !saved)
            return std::unexpected(saved.error());
        if (const Status s = drafts.repin(evaluationId, card->versionId); !s)
            return s;
        return audit(m_db, actorId, u"evaluation.scorecard"_s, evaluationId,
                     {{u"scorecard_version"_s, draft->scorecard.contentHash}},
                     {{u"scorecard_version"_s, card->contentHash}});
    });
    if (!switched)
        return std::unexpected(switched.error());
    return loadDraft(evaluationId);
}

Result<ScoreResult> EvaluationService::submit(qint64 evaluationId, const DraftState &state, int expectedRevision,
                                              qint64 actorId)
{
    const Result<Evaluation> evaluation = ownedDraft(evaluationId, actorId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById(evaluation->scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    const AnswerMap answers = state.answerMap();
    const QStringList problems = AnswerSheet::problemsUnder(card->card, answers, u"answers"_s);
    if (!problems.isEmpty())
        return std::unexpected(Error::invalid(problems.join(u'\n')));
    const ScoreResult result = ScoringEngine::score(card->card, answers);
    if (!result.complete) {
        QStringList missing;
        if (!result.missingAnswers.isEmpty())
            missing.append(tr("no answer for: %1").arg(result.missingAnswers.join(u", "_s)));
        if (!result.missingComments.isEmpty())
            missing.append(tr("no comment for: %1").arg(result.missingComments.join(u", "_s)));
        return std::unexpected(Error::invalid(tr("the evaluation is not complete: %1").arg(missing.join(u"; "_s))));
    }
    EvaluationRecord record;
    record.submittedAt = QDateTime::currentDateTimeUtc();
    record.score = result.score;
    record.uncappedScore = result.uncappedScore;
    record.criticalFailed = result.criticalFailed;
    record.complete = true;
    record.comment = state.comment;
    record.answers = answers;
    const Status submitted = m_db.transaction([&]() -> Status {
        if (const Status s = EvaluationDraftStore(m_db).submit(evaluationId, expectedRevision, record); !s)
            return s;
        // The engineer's mail is queued in the same transaction: no submit without its message.
        if (const Status s = MailOutbox::queueEvaluationSubmitted(m_db, evaluationId); !s)
            return s;
        return audit(m_db, actorId, u"evaluation.submit"_s, evaluationId, {},
                     {{u"score"_s, result.score ? QJsonValue(*result.score) : QJsonValue()},
                      {u"uncapped_score"_s, result.uncappedScore ? QJsonValue(*result.uncappedScore) : QJsonValue()},
                      {u"critical_failed"_s, result.criticalFailed},
                      {u"scorecard_version"_s, card->contentHash},
                      {u"answers"_s, AnswerSheet::answerMapToJson(answers)},
                      {u"comment"_s, state.comment}});
    });
    if (!submitted)
        return std::unexpected(submitted.error());
    return result;
}

Status EvaluationService::reopen(qint64 evaluationId, qint64 actorId, const QString &reason)
{
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    if (!actor->hasRole(Role::Admin))
        return std::unexpected(permission(tr("only a QA admin can reopen a submitted evaluation")));
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("reopening an evaluation needs a reason")));
    const Result<std::optional<Evaluation>> evaluation = EvaluationStore(m_db).get(evaluationId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    if (!*evaluation)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    const Evaluation &e = **evaluation;
    // A dispute keeps the answers it was opened on; they must not move under it.
    const Result<QList<qint64>> disputed = DisputeStore(m_db).activeEvaluationIds();
    if (!disputed)
        return std::unexpected(disputed.error());
    if (disputed->contains(evaluationId))
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("evaluation %1 has an open dispute; it can be reopened once the dispute is "
                                        "resolved, declined or withdrawn").arg(evaluationId)});
    return m_db.transaction([&]() -> Status {
        if (const Status s = EvaluationDraftStore(m_db).reopen(evaluationId, DraftState::fromAnswers(e.answers, e.comment).toJson());
            !s)
            return s;
        return audit(m_db, actorId, u"evaluation.reopen"_s, evaluationId,
                     {{u"status"_s, u"submitted"_s},
                      {u"score"_s, e.score ? QJsonValue(*e.score) : QJsonValue()},
                      {u"answers"_s, AnswerSheet::answerMapToJson(e.answers)}},
                     {{u"status"_s, u"draft"_s}}, reason.trimmed());
    });
}

} // namespace qadesk
