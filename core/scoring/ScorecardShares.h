#pragma once

#include <QtGlobal>

namespace qadesk {

struct Scorecard;

// What a weight means: the share of the total score (percent) a section or a question carries
// when every question is answered (N/A moves a question's share to the rest of its section).
class ScorecardShares final
{
public:
    static double section(const Scorecard &card, qsizetype sectionIndex);
    static double question(const Scorecard &card, qsizetype sectionIndex, qsizetype questionIndex);
};

} // namespace qadesk
