#pragma once

#include "common/Error.h"
#include "domain/Evaluation.h"
#include "evaluations/DraftState.h"
#include "scoring/ScoreResult.h"
#include "storage/ScorecardStore.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// An open draft: what the trainer edits, with the card version it is pinned to.
struct EvaluationDraft
{
    qint64 evaluationId = 0;
    qint64 ticketId = 0;
    int revision = 0;
    EvaluationKind kind = EvaluationKind::Normal;
    ScorecardVersion scorecard;
    DraftState state;
};

// The evaluation workflow and its rules, for the window and the command line alike:
// only trainers (and admins) evaluate, never a ticket they worked on themselves; one normal
// evaluation per ticket; drafts are saved with revisions; submit needs a complete evaluation
// and locks it; only an admin reopens one, with a reason, and every step is in the audit log.
class EvaluationService final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    explicit EvaluationService(Database &db)
        : m_db(db)
    {
    }

    // The actor's draft of this ticket, created (pinned to the card's current version) if none.
    Result<EvaluationDraft> openDraft(qint64 ticketId, qint64 actorId, const QString &scorecardSlug,
                                      EvaluationKind kind = EvaluationKind::Normal);
    Result<EvaluationDraft> loadDraft(qint64 evaluationId);
    // The actor's open draft of this ticket, if there is one (nothing is created).
    Result<std::optional<EvaluationDraft>> findDraft(qint64 ticketId, qint64 actorId);
    // Saves the state; gives the new revision, or a Conflict when the draft changed elsewhere.
    Result<int> saveDraft(qint64 evaluationId, const DraftState &state, int expectedRevision, qint64 actorId);
    // Pins the draft to another card's current version, keeping answers to questions both share.
    Result<EvaluationDraft> switchScorecard(qint64 evaluationId, const QString &scorecardSlug, int expectedRevision,
                                            qint64 actorId);
    // Submits a complete draft: answers and score are written and the evaluation is locked.
    Result<ScoreResult> submit(qint64 evaluationId, const DraftState &state, int expectedRevision, qint64 actorId);
    // An admin makes a submitted evaluation editable again; the reason goes to the audit log.
    Status reopen(qint64 evaluationId, qint64 actorId, const QString &reason);

private:
    Result<Evaluation> ownedDraft(qint64 evaluationId, qint64 actorId);

    Database &m_db;
};

} // namespace qadesk
