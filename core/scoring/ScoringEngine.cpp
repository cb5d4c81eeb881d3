#include "ScoringEngine.h"

#include "scoring/Scorecard.h"

namespace qadesk {

namespace {

double creditOf(const Scorecard &card, const Criterion &criterion, AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes: return 1.0;
    case AnswerValue::No: return 0.0;
    case AnswerValue::Partly: return card.partialCreditFor(criterion);
    case AnswerValue::NotApplicable: break;
    }
    return 0.0;
}

} // namespace

ScoreResult ScoringEngine::score(const Scorecard &card, const AnswerMap &answers)
{
    ScoreResult result;
    double weightedSum = 0;
    double sectionWeightSum = 0;

    for (const ScorecardSection &section : card.sections) {
        SectionResult sectionResult;
        sectionResult.id = section.id;
        sectionResult.weight = section.weight;
        double creditSum = 0;

        for (const Criterion &criterion : section.criteria) {
            CriterionTrace trace;
            trace.id = criterion.id;
            trace.weight = criterion.weight;
            const auto found = answers.constFind(criterion.id);
            if (found == answers.constEnd()) {
                result.missingAnswers.append(criterion.id);
                sectionResult.criteria.append(trace);
                continue;
            }
            const Answer &answer = *found;
            trace.answer = answer.value;
            if (card.commentRequired(criterion, answer.value) && answer.comment.trimmed().isEmpty()) {
                trace.commentMissing = true;
                result.missingComments.append(criterion.id);
            }
            if (criterion.critical && card.criticalFailsOn.contains(answer.value)) {
                trace.criticalFailed = true;
                result.criticalFailed = true;
                result.failedCriticals.append(criterion.id);
            }
            if (answer.value == AnswerValue::NotApplicable) {
                sectionResult.naWeight += criterion.weight;
            } else {
                trace.credit = creditOf(card, criterion, answer.value);
                creditSum += criterion.weight * *trace.credit;
                sectionResult.countedWeight += criterion.weight;
            }
            sectionResult.criteria.append(trace);
        }

        if (sectionResult.countedWeight > 0) {
            const double sectionScore = creditSum / sectionResult.countedWeight;
            sectionResult.included = true;
            sectionResult.score = 100.0 * sectionScore;
            weightedSum += section.weight * sectionScore;
            sectionWeightSum += section.weight;
        }
        result.sections.append(sectionResult);
    }

    result.complete = result.missingAnswers.isEmpty() && result.missingComments.isEmpty();
    if (sectionWeightSum > 0) {
        result.scored = true;
        result.uncappedScore = 100.0 * weightedSum / sectionWeightSum;
        result.score = result.criticalFailed ? 0.0 : *result.uncappedScore;
    }
    return result;
}

} // namespace qadesk
