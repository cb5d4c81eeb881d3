#pragma once

#include "common/Error.h"
#include "disputes/Dispute.h"
#include "scoring/ScoreResult.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

struct Evaluation;
struct Scorecard;

// The arbiter's ruling on one disputed question; `value` is needed for DisputeDecision::Other.
struct DisputeRuling
{
    QString criterionId;
    DisputeDecision decision = DisputeDecision::Keep;
    std::optional<AnswerValue> value;
    QString comment;
};

// What a set of rulings does to the evaluation (before it is written, or once it is).
struct ArbitrationResult
{
    DisputeOutcome outcome = DisputeOutcome::Upheld;
    std::optional<double> scoreBefore;
    ScoreResult score;        // the evaluation rescored with its pinned scorecard version
    QList<DisputeItem> items; // each with its decision filled in
};

// The arbiter's decisions applied to an evaluation: every disputed question needs a decision with
// a comment; the evaluation is rescored with the card given (its pinned version). Pure: nothing is
// read or written, so the arbitration view previews exactly what resolving will store.
class DisputeArbitration final
{
    Q_DECLARE_TR_FUNCTIONS(DisputeArbitration)

public:
    static Result<ArbitrationResult> decide(const Dispute &dispute, const Evaluation &evaluation, const Scorecard &card,
                                            const QList<DisputeRuling> &rulings);
};

} // namespace qadesk
