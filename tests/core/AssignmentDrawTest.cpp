// The assignment draw as a pure function, and ISO weeks.
#include "assignments/AssignmentDraw.h"
#include "assignments/IsoWeek.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <random>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

AssignmentDraw::Inputs inputs(int engineers, int ticketsEach, int perWeek, quint64 seed)
{
    AssignmentDraw::Inputs in;
    in.week = u"2026-W47"_s;
    in.seed = seed;
    in.plans.append({u"trainer@example.ru"_s, perWeek, {}, {}, {}, {}, std::nullopt});
    qint64 id = 1;
    for (int e = 0; e < engineers; ++e) {
        for (int t = 0; t < ticketsEach; ++t, ++id)
            in.candidates.append({id, QString::number(id), u"e%1@example.ru"_s.arg(e), u"l1"_s, u"email"_s,
                                  u"card"_s, {}});
    }
    return in;
}

QMap<QString, int> perEngineer(const AssignmentDraw::Outcome &outcome)
{
    QMap<QString, int> counts;
    for (const AssignmentDraw::Pick &p : outcome.picks)
        counts[p.engineer] += 1;
    return counts;
}

QList<qint64> tickets(const AssignmentDraw::Outcome &outcome)
{
    QList<qint64> ids;
    for (const AssignmentDraw::Pick &p : outcome.picks)
        ids.append(p.ticketId);
    return ids;
}

} // namespace

TEST_CASE("ISO weeks parse, print and know their Monday, due date and month", "[assignments][week]")
{
    const IsoWeek w47 = IsoWeek::parse(u"2026-W47"_s).value();
    CHECK(w47.monday() == QDate(2026, 11, 16));
    CHECK(w47.dueDate() == QDate(2026, 11, 20));
    CHECK(w47.sunday() == QDate(2026, 11, 22));
    CHECK(w47.toString() == u"2026-W47"_s);
    CHECK(w47.previous().toString() == u"2026-W46"_s);
    CHECK(IsoWeek::parse(u"2026w5"_s).value().toString() == u"2026-W05"_s);
    // 2026 starts on a Thursday, so it has a week 53 that ends in 2027; 2025 has none.
    CHECK(IsoWeek::parse(u"2026-W53"_s).value().monday() == QDate(2026, 12, 28));
    CHECK(IsoWeek::containing(QDate(2027, 1, 1)).toString() == u"2026-W53"_s);
    CHECK(IsoWeek::parse(u"2026-W53"_s).value().next().toString() == u"2027-W01"_s);
    CHECK(IsoWeek::containing(QDate(2025, 12, 29)).toString() == u"2026-W01"_s);
    CHECK_FALSE(IsoWeek::parse(u"2025-W53"_s).has_value());
    CHECK_FALSE(IsoWeek::parse(u"2026-W00"_s).has_value());
    const auto bad = IsoWeek::parse(u"next week"_s);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().isInvalidInput());
    CHECK(bad.error().message.contains(u"next week"_s));
    // A week counts towards the month of its Thursday.
    CHECK(IsoWeek::parse(u"2026-W49"_s).value().monthStart() == QDate(2026, 12, 1)); // Mon 30 Nov
    CHECK(IsoWeek::parse(u"2026-W44"_s).value().monthStart() == QDate(2026, 10, 1)); // Thu 29 Oct
}

TEST_CASE("the generator and the range mapping give the same numbers everywhere", "[assignments][draw]")
{
    // The C++ standard fixes the 10000th output of a default-seeded mt19937_64.
    std::mt19937_64 standard;
    standard.discard(9999);
    CHECK(standard() == 9981545732273789042ULL);

    std::mt19937_64 generator(42);
    QList<quint64> first;
    for (int i = 0; i < 5; ++i)
        first.append(AssignmentDraw::uniformBelow(generator, 10));
    std::mt19937_64 again(42);
    for (int i = 0; i < 5; ++i)
        CHECK(AssignmentDraw::uniformBelow(again, 10) == first.at(i));

    // Every value of a small range comes up about equally often.
    std::mt19937_64 counter(7);
    QList<int> seen(6, 0);
    for (int i = 0; i < 60000; ++i)
        seen[qsizetype(AssignmentDraw::uniformBelow(counter, 6))] += 1;
    for (int count : seen)
        CHECK((count > 9500 && count < 10500));
    CHECK(AssignmentDraw::uniformBelow(counter, 1) == 0);
}

TEST_CASE("the same seed and data give the same draw, another seed another one", "[assignments][draw]")
{
    const AssignmentDraw::Outcome a = AssignmentDraw::run(inputs(8, 6, 10, 20261116));
    const AssignmentDraw::Outcome b = AssignmentDraw::run(inputs(8, 6, 10, 20261116));
    REQUIRE(a.picks.size() == 10);
    CHECK(tickets(a) == tickets(b));

    // The order the rows arrive in does not matter.
    AssignmentDraw::Inputs shuffled = inputs(8, 6, 10, 20261116);
    std::reverse(shuffled.candidates.begin(), shuffled.candidates.end());
    CHECK(tickets(AssignmentDraw::run(shuffled)) == tickets(a));

    const AssignmentDraw::Outcome c = AssignmentDraw::run(inputs(8, 6, 10, 20261117));
    REQUIRE(c.picks.size() == 10);
    CHECK(tickets(c) != tickets(a));

    // The recorded inputs give the draw back.
    const AssignmentDraw::Inputs original = inputs(8, 6, 10, 18446744073709551615ULL);
    const AssignmentDraw::Inputs restored =
        AssignmentDraw::inputsFromJson(AssignmentDraw::inputsToJson(original)).value();
    CHECK(restored.seed == 18446744073709551615ULL);
    CHECK(tickets(AssignmentDraw::run(restored)) == tickets(AssignmentDraw::run(original)));
}

TEST_CASE("a draw spreads tasks evenly over the engineers", "[assignments][draw][evenness]")
{
    const quint64 seed = GENERATE(1ULL, 2ULL, 3ULL, 99ULL, 123456789ULL);
    INFO("seed " << seed);
    // 13 engineers, 37 tasks: everybody gets 2 or 3.
    const AssignmentDraw::Outcome outcome = AssignmentDraw::run(inputs(13, 10, 37, seed));
    REQUIRE(outcome.picks.size() == 37);
    const QMap<QString, int> counts = perEngineer(outcome);
    CHECK(counts.size() == 13);
    const auto [min, max] = std::minmax_element(counts.begin(), counts.end());
    CHECK(*max - *min <= 1);
    const QList<qint64> picked = tickets(outcome);
    CHECK(QSet<qint64>(picked.begin(), picked.end()).size() == 37); // no ticket twice

    // Engineers evaluated earlier this month come last.
    AssignmentDraw::Inputs withHistory = inputs(4, 5, 4, seed);
    withHistory.priorCounts = {{u"e0@example.ru"_s, 2}, {u"e1@example.ru"_s, 1}};
    const QMap<QString, int> next = perEngineer(AssignmentDraw::run(withHistory));
    CHECK(next.value(u"e0@example.ru"_s) == 0);
    CHECK(next.value(u"e2@example.ru"_s) >= 1);
    CHECK(next.value(u"e3@example.ru"_s) >= 1);
    QList<int> month;
    for (int e = 0; e < 4; ++e) {
        const QString email = u"e%1@example.ru"_s.arg(e);
        month.append(withHistory.priorCounts.value(email) + next.value(email));
    }
    CHECK(*std::max_element(month.begin(), month.end()) - *std::min_element(month.begin(), month.end()) <= 1);
}

TEST_CASE("a draw keeps to the plan's filters, permitted teams and never the trainer's own ticket",
          "[assignments][draw][exclusions]")
{
    AssignmentDraw::Inputs in;
    in.seed = 5;
    in.candidates = {
        {1, u"1"_s, u"trainer@example.ru"_s, u"l1"_s, u"email"_s, u"card"_s, {u"vip"_s}},   // own ticket
        {2, u"2"_s, u"a@example.ru"_s, u"l2"_s, u"email"_s, u"card"_s, {u"vip"_s}},         // team not allowed
        {3, u"3"_s, u"b@example.ru"_s, u"l1"_s, u"chat"_s, u"card"_s, {u"vip"_s}},          // other channel
        {4, u"4"_s, u"c@example.ru"_s, u"l1"_s, u"email"_s, u"other"_s, {u"vip"_s}},        // other card
        {5, u"5"_s, u"d@example.ru"_s, u"l1"_s, u"email"_s, u"card"_s, {u"billing"_s}},     // no wanted tag
        {6, u"6"_s, u"e@example.ru"_s, u"l1"_s, u"email"_s, u"card"_s, {u"x"_s, u"vip"_s}}, // fits
        {7, u"7"_s, u"f@example.ru"_s, u""_s, u"email"_s, u"card"_s, {u"vip"_s}},           // no team: open
    };
    AssignmentDraw::Plan plan{u"trainer@example.ru"_s, 10, {}, {u"vip"_s}, {u"email"_s}, {u"card"_s},
                              QStringList{u"l1"_s}};
    in.plans = {plan};
    const AssignmentDraw::Outcome outcome = AssignmentDraw::run(in);
    QList<qint64> ids = tickets(outcome);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QList<qint64>{6, 7});
    CHECK(outcome.shortfall.value(u"trainer@example.ru"_s) == 8);

    plan.teams = {u"l1"_s}; // a team filter leaves out tickets without a team
    in.plans = {plan};
    CHECK(tickets(AssignmentDraw::run(in)) == QList<qint64>{6});

    // Two trainers never get the same ticket.
    in.plans = {{u"x@example.ru"_s, 4, {}, {}, {}, {}, std::nullopt}, {u"y@example.ru"_s, 4, {}, {}, {}, {}, std::nullopt}};
    const QList<qint64> both = tickets(AssignmentDraw::run(in));
    CHECK(both.size() == 7);
    CHECK(QSet<qint64>(both.begin(), both.end()).size() == 7);
}
