#include "ScorecardMatcher.h"

#include "domain/Ticket.h"

#include <algorithm>

namespace qadesk {

QList<ScorecardMatcher::Match> ScorecardMatcher::rank(const QList<Scorecard> &cards, const Ticket &ticket)
{
    QList<Match> matches;
    for (const Scorecard &card : cards) {
        const AppliesTo &rule = card.appliesTo;
        if (rule.isEmpty()) {
            matches.append({&card, 0});
            continue;
        }
        int matched = 0;
        if (!rule.teams.isEmpty() && rule.teams.contains(ticket.team))
            ++matched;
        if (!rule.channels.isEmpty() && rule.channels.contains(ticket.channel))
            ++matched;
        if (!rule.tags.isEmpty()
            && std::any_of(ticket.tags.begin(), ticket.tags.end(), [&](const QString &t) { return rule.tags.contains(t); }))
            ++matched;
        if (matched > 0)
            matches.append({&card, matched});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.matchedLists != b.matchedLists)
            return a.matchedLists > b.matchedLists;
        return a.card->id < b.card->id;
    });
    return matches;
}

} // namespace qadesk
