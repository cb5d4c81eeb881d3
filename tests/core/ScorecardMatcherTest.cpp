#include "domain/Ticket.h"
#include "scoring/ScorecardMatcher.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {
Scorecard card(const QString &id, AppliesTo appliesTo)
{
    Scorecard c;
    c.id = id;
    c.appliesTo = std::move(appliesTo);
    return c;
}

Ticket ticket(const QString &team, const QString &channel, const QStringList &tags)
{
    Ticket t;
    t.team = team;
    t.channel = channel;
    t.tags = tags;
    return t;
}

QStringList ids(const QList<ScorecardMatcher::Match> &matches)
{
    QStringList list;
    for (const auto &m : matches)
        list.append(m.card->id);
    return list;
}
} // namespace

TEST_CASE("a card fits a ticket when every list it names matches", "[scoring][matcher]")
{
    const QList<Scorecard> cards{
        card(u"first-line"_s, {{u"first-line"_s}, {u"l1"_s}, {u"email"_s, u"web"_s}}),
        card(u"second-line"_s, {{u"second-line"_s}, {u"l2"_s}, {u"email"_s, u"web"_s}}),
        card(u"calls"_s, {{}, {}, {u"voice"_s}}),
        card(u"generic"_s, {}),
    };
    CHECK(ids(ScorecardMatcher::rank(cards, ticket(u"first-line"_s, u"email"_s, {u"dns"_s, u"l1"_s})))
          == QStringList{u"first-line"_s, u"generic"_s});
    // Same team and channel but not the tag: the first-line card does not fit.
    CHECK(ids(ScorecardMatcher::rank(cards, ticket(u"first-line"_s, u"email"_s, {u"l2"_s})))
          == QStringList{u"generic"_s});
    CHECK(ids(ScorecardMatcher::rank(cards, ticket(u"calls"_s, u"voice"_s, {})))
          == QStringList{u"calls"_s, u"generic"_s});
    CHECK(ScorecardMatcher::rank({cards.at(0)}, ticket(u"chats"_s, u"chat"_s, {})).isEmpty());
    CHECK(ScorecardMatcher::rank(cards, ticket(u"first-line"_s, u"email"_s, {u"l1"_s})).first().specificity == 3);
}

TEST_CASE("cards equally specific are ordered by id", "[scoring][matcher]")
{
    const QList<Scorecard> cards{card(u"b"_s, {{u"t"_s}, {}, {}}), card(u"a"_s, {{u"t"_s}, {}, {}})};
    CHECK(ids(ScorecardMatcher::rank(cards, ticket(u"t"_s, u"x"_s, {}))) == QStringList{u"a"_s, u"b"_s});
}
