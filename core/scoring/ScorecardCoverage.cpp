#include "ScorecardCoverage.h"

#include "domain/Ticket.h"
#include "scoring/ScorecardMatcher.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace qadesk {

ScorecardCoverage ScorecardCoverage::check(const QList<Scorecard> &cards, const QList<Ticket> &tickets)
{
    ScorecardCoverage coverage;
    coverage.tickets = int(tickets.size());
    QMap<QPair<QString, QString>, Overlap> overlaps;
    for (const Ticket &ticket : tickets) {
        const QList<ScorecardMatcher::Match> matches = ScorecardMatcher::rank(cards, ticket);
        if (matches.isEmpty()) {
            coverage.uncovered.append(ticket.externalId);
            continue;
        }
        // Every card as specific as the best one is an equal candidate.
        for (qsizetype i = 1; i < matches.size() && matches.at(i).specificity == matches.first().specificity; ++i) {
            QString a = matches.first().card->id;
            QString b = matches.at(i).card->id;
            if (b < a)
                std::swap(a, b);
            Overlap &o = overlaps[{a, b}];
            o.first = a;
            o.second = b;
            if (o.tickets++ == 0)
                o.example = ticket.externalId;
        }
    }
    coverage.overlaps = overlaps.values();
    return coverage;
}

QStringList ScorecardCoverage::warnings() const
{
    QStringList lines;
    for (const Overlap &o : overlaps)
        lines.append(tr("Cards \"%1\" and \"%2\" fit the same %n ticket(s) equally well (for example %3); "
                        "narrow one card's applies_to.", nullptr, o.tickets)
                         .arg(o.first, o.second, o.example));
    if (!uncovered.isEmpty()) {
        const QStringList shown = uncovered.mid(0, 10);
        lines.append(tr("%n ticket(s) fit no card: %1", nullptr, int(uncovered.size()))
                         .arg(shown.join(u", "_s) + (uncovered.size() > shown.size() ? u", …"_s : QString())));
    }
    return lines;
}

} // namespace qadesk
