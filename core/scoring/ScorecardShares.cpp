#include "ScorecardShares.h"

#include "scoring/Scorecard.h"

namespace qadesk {

// Weights that the file format refuses (0 or less) carry no share, so a half-typed card still shows numbers.
static double usable(double weight)
{
    return weight > 0 ? weight : 0.0;
}

double ScorecardShares::section(const Scorecard &card, qsizetype sectionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= card.sections.size())
        return 0;
    double sum = 0;
    for (const ScorecardSection &s : card.sections)
        sum += usable(s.weight);
    return sum > 0 ? 100.0 * usable(card.sections.at(sectionIndex).weight) / sum : 0.0;
}

double ScorecardShares::question(const Scorecard &card, qsizetype sectionIndex, qsizetype questionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= card.sections.size())
        return 0;
    const ScorecardSection &s = card.sections.at(sectionIndex);
    if (questionIndex < 0 || questionIndex >= s.criteria.size())
        return 0;
    double sum = 0;
    for (const Criterion &c : s.criteria)
        sum += usable(c.weight);
    return sum > 0 ? section(card, sectionIndex) * usable(s.criteria.at(questionIndex).weight) / sum : 0.0;
}

} // namespace qadesk
