#include "domain/Ticket.h"
#include "scoring/ScorecardCoverage.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

Scorecard card(const QString &id, const QStringList &teams, const QStringList &channels = {})
{
    Scorecard c;
    c.id = id;
    c.title = id;
    c.appliesTo.teams = teams;
    c.appliesTo.channels = channels;
    return c;
}

Ticket ticket(const QString &id, const QString &team, const QString &channel)
{
    Ticket t;
    t.externalId = id;
    t.team = team;
    t.channel = channel;
    return t;
}

} // namespace

TEST_CASE("coverage finds tickets no card fits and equally good cards", "[scorecard][coverage]")
{
    const QList<Scorecard> cards{card(u"l1"_s, {u"first-line"_s}), card(u"l1-mail"_s, {u"first-line"_s}),
                                 card(u"calls"_s, {u"first-line"_s}, {u"phone"_s})};
    const QList<Ticket> tickets{ticket(u"1"_s, u"first-line"_s, u"email"_s), ticket(u"2"_s, u"first-line"_s, u"phone"_s),
                                ticket(u"3"_s, u"billing"_s, u"email"_s), ticket(u"4"_s, u"first-line"_s, u"chat"_s)};
    const ScorecardCoverage coverage = ScorecardCoverage::check(cards, tickets);
    CHECK(coverage.tickets == 4);
    CHECK(coverage.uncovered == QStringList{u"3"_s});
    // Ticket 2 has a more specific card (calls): no overlap there.
    REQUIRE(coverage.overlaps.size() == 1);
    CHECK(coverage.overlaps.first().first == u"l1"_s);
    CHECK(coverage.overlaps.first().second == u"l1-mail"_s);
    CHECK(coverage.overlaps.first().tickets == 2);
    CHECK(coverage.overlaps.first().example == u"1"_s);
    const QStringList warnings = coverage.warnings();
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).contains(u"\"l1\" and \"l1-mail\""_s));
    CHECK(warnings.at(1) == u"1 ticket(s) fit no card: 3"_s);
}
