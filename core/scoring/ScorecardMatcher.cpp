#include "ScorecardMatcher.h"

#include "domain/Ticket.h"

#include <algorithm>

namespace qadesk {

QList<ScorecardMatcher::Match> ScorecardMatcher::rank(const QList<Scorecard> &cards, const Ticket &ticket)
{
    QList<Match> matches;
    for (const Scorecard &card : cards) {
        const AppliesTo &rule = card.appliesTo;
        int specificity = 0;
        bool fits = true;
        if (!rule.teams.isEmpty()) {
            ++specificity;
            fits = fits && rule.teams.contains(ticket.team);
        }
        if (!rule.channels.isEmpty()) {
            ++specificity;
            fits = fits && rule.channels.contains(ticket.channel);
        }
        if (!rule.tags.isEmpty()) {
            ++specificity;
            fits = fits && std::any_of(ticket.tags.begin(), ticket.tags.end(),
                                       [&](const QString &tag) { return rule.tags.contains(tag); });
        }
        if (fits)
            matches.append({&card, specificity});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.specificity != b.specificity)
            return a.specificity > b.specificity;
        return a.card->id < b.card->id;
    });
    return matches;
}

} // namespace qadesk
