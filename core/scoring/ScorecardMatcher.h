#pragma once

#include "scoring/Scorecard.h"

#include <QList>

namespace qadesk {

struct Ticket;

// Chooses the scorecards that fit a ticket by their `applies_to`: a card fits when at least
// one of its non-empty lists (teams, tags, channels) matches the ticket, or when it has none.
// The more lists match, the better the fit; ties go by card id.
class ScorecardMatcher final
{
public:
    struct Match
    {
        const Scorecard *card = nullptr;
        int matchedLists = 0;   // 0 for a card that applies to everything
    };

    // Best fit first; empty when no card fits.
    static QList<Match> rank(const QList<Scorecard> &cards, const Ticket &ticket);
};

} // namespace qadesk
