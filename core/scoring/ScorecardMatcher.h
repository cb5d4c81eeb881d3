#pragma once

#include "scoring/Scorecard.h"

#include <QList>

namespace qadesk {

struct Ticket;

// Chooses the scorecards that fit a ticket by their `applies_to`. Each non-empty list is a
// filter and all of them must match: the ticket's team is in `teams`, its channel is in
// `channels`, and one of its tags is in `tags`. A card with no lists fits every ticket. The card
// that names more lists is the more specific fit and comes first; ties go by card id.
class ScorecardMatcher final
{
public:
    struct Match
    {
        const Scorecard *card = nullptr;
        int specificity = 0;    // how many lists the card names; 0 applies to everything
    };

    // Best fit first; empty when no card fits.
    static QList<Match> rank(const QList<Scorecard> &cards, const Ticket &ticket);
};

} // namespace qadesk
