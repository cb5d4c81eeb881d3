#include "DisputeArbitration.h"

#include "domain/Evaluation.h"
#include "scoring/Scorecard.h"
#include "scoring/ScoringEngine.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<ArbitrationResult> DisputeArbitration::decide(const Dispute &d, const Evaluation &e, const Scorecard &card,
                                                     const QList<DisputeRuling> &rulings)
{
    QStringList problems;
    QMap<QString, DisputeRuling> byQuestion;
    for (const DisputeRuling &r : rulings) {
        if (!d.item(r.criterionId))
            problems.append(tr("%1: not a disputed question of dispute %2").arg(r.criterionId).arg(d.id));
        else if (byQuestion.contains(r.criterionId))
            problems.append(tr("%1: decided twice").arg(r.criterionId));
        else
            byQuestion.insert(r.criterionId, r);
    }
    ArbitrationResult result;
    result.scoreBefore = e.score;
    AnswerMap answers = e.answers;
    int changed = 0;
    for (DisputeItem item : d.items) {
        const auto ruling = byQuestion.constFind(item.criterionId);
        if (ruling == byQuestion.constEnd()) {
            problems.append(tr("%1: no decision").arg(item.criterionId));
            continue;
        }
        if (ruling->comment.trimmed().isEmpty())
            problems.append(tr("%1: the decision needs a comment").arg(item.criterionId));
        std::optional<AnswerValue> value;
        switch (ruling->decision) {
        case DisputeDecision::Keep: value = item.originalValue; break;
        case DisputeDecision::AcceptProposal:
            if (!item.proposed)
                problems.append(tr("%1: the engineer proposed no answer to accept").arg(item.criterionId));
            value = item.proposed;
            break;
        case DisputeDecision::Other:
            if (!ruling->value)
                problems.append(tr("%1: which answer instead?").arg(item.criterionId));
            value = ruling->value;
            break;
        }
        if (!value)
            continue;
        const Criterion *criterion = card.findCriterion(item.criterionId);
        if (*value == AnswerValue::NotApplicable && criterion && !criterion->naAllowed) {
            problems.append(tr("%1: N/A is not allowed for this question").arg(item.criterionId));
            continue;
        }
        // The same answer means the same decision, however it was chosen.
        item.decision = *value == item.originalValue                 ? DisputeDecision::Keep
                        : (item.proposed && *value == *item.proposed) ? DisputeDecision::AcceptProposal
                                                                      : DisputeDecision::Other;
        item.decidedValue = value;
        item.decisionComment = ruling->comment.trimmed();
        if (item.changed()) {
            ++changed;
            answers[item.criterionId] = Answer{*value, item.decisionComment};
        }
        result.items.append(item);
    }
    if (!problems.isEmpty())
        return std::unexpected(Error::invalid(problems.join(u'\n')));
    result.outcome = changed == 0                     ? DisputeOutcome::Upheld
                     : changed == int(d.items.size()) ? DisputeOutcome::Overturned
                                                      : DisputeOutcome::Partial;
    result.score = ScoringEngine::score(card, answers);
    return result;
}

} // namespace qadesk
