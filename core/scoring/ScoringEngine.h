#pragma once

#include "scoring/AnswerSheet.h"
#include "scoring/ScoreResult.h"

namespace qadesk {

struct Scorecard;

// The scoring math of docs/scoring.md: credits, N/A renormalisation within a section,
// left-out sections, the critical cap, completeness. Pure and deterministic.
class ScoringEngine final
{
public:
    // `answers` must be valid for `card` (see AnswerSheet::problemsUnder); answers to unknown
    // criteria are ignored. Unanswered criteria are left out of the score and reported missing.
    static ScoreResult score(const Scorecard &card, const AnswerMap &answers);
};

} // namespace qadesk
