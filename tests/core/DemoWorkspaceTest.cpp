#include "demo/DemoWorkspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// The value of a result, by value: safe as the range of a for loop (unlike `.value()` of a
// temporary, which would dangle).
template<typename T>
T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.has_value());
    return std::move(*result);
}

struct WorkspaceCounts
{
    qsizetype scorecards = 0;
    qsizetype tickets = 0;
    qsizetype messages = 0;
    qsizetype people = 0;
    qsizetype evaluations = 0;
    qsizetype audits = 0;

    friend bool operator==(const WorkspaceCounts &, const WorkspaceCounts &) = default;
};

WorkspaceCounts countsOf(Database &db)
{
    WorkspaceCounts c;
    c.scorecards = ScorecardStore(db).list().value().size();
    const QList<Ticket> tickets = TicketStore(db).list().value();
    c.tickets = tickets.size();
    for (const Ticket &t : tickets)
        c.messages += t.messageCount;
    c.people = PeopleStore(db).list().value().size();
    c.evaluations = EvaluationStore(db).list().value().size();
    c.audits = AuditLog(db).list().value().size();
    return c;
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

TEST_CASE("the demo workspace seeds a complete, recent workspace once", "[import][demo]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const QDateTime now(QDate(2027, 3, 15), QTime(12, 0), QTimeZone::utc());

    REQUIRE(DemoWorkspace::isSeeded(t.db()).has_value());
    CHECK_FALSE(*DemoWorkspace::isSeeded(t.db()));

    const Result<DemoWorkspace::Report> report = DemoWorkspace::seed(t.db(), now);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK_FALSE(report->alreadySeeded);
    CHECK(DemoWorkspace::isSeeded(t.db()).value_or(false));
    const WorkspaceCounts seeded = countsOf(t.db());
    CHECK(report->scorecards == seeded.scorecards);
    CHECK(report->tickets == seeded.tickets);
    CHECK(report->evaluations == seeded.evaluations);
    CHECK(report->people > 0);
    CHECK(report->people <= seeded.people);

    SECTION("five scorecards whose main section weighs most")
    {
        ScorecardStore cards(t.db());
        QSet<QString> slugs;
        for (const ScorecardSummary &s : must(cards.list()))
            slugs.insert(s.slug);
        CHECK(slugs
              == QSet<QString>{u"first-line"_s, u"second-line"_s, u"calls"_s, u"chats"_s, u"paid-services"_s});
        for (const QString &slug : slugs) {
            INFO(slug.toStdString());
            const Scorecard card = cards.current(slug).value().card;
            REQUIRE(card.sections.size() >= 2);
            const auto main = std::max_element(card.sections.cbegin(), card.sections.cend(),
                                               [](const auto &a, const auto &b) { return a.weight < b.weight; });
            for (const ScorecardSection &section : card.sections) {
                if (&section != &*main)
                    CHECK(section.weight < main->weight);
            }
        }
    }

    SECTION("tickets with conversations in Russian and English, assigned to engineers")
    {
        TicketStore tickets(t.db());
        const QList<Ticket> listed = tickets.list().value();
        CHECK(listed.size() >= 140);
        QHash<QString, Person> people;
        for (const Person &p : must(PeopleStore(t.db()).list()))
            people.insert(p.email, p);

        int cyrillicSubjects = 0;
        int asciiSubjects = 0;
        int internalNotes = 0;
        int customerMessages = 0;
        int engineerMessages = 0;
        for (const Ticket &listedTicket : listed) {
            INFO(listedTicket.externalId.toStdString());
            CHECK(listedTicket.sourceName == DemoWorkspace::sourceName());
            CHECK_FALSE(listedTicket.stub);
            CHECK_FALSE(listedTicket.subject.isEmpty());
            CHECK(listedTicket.messageCount >= 2);
            CHECK(listedTicket.createdAt.isValid());
            CHECK(listedTicket.createdAt <= now);
            if (listedTicket.updatedAt.isValid())
                CHECK(listedTicket.updatedAt <= now);
            if (listedTicket.solvedAt.isValid())
                CHECK(listedTicket.solvedAt <= now);
            REQUIRE_FALSE(listedTicket.assigneeEmail.isEmpty());
            REQUIRE(people.contains(listedTicket.assigneeEmail));
            CHECK(people.value(listedTicket.assigneeEmail).hasRole(Role::Engineer));
            if (hasCyrillic(listedTicket.subject))
                ++cyrillicSubjects;
            if (isAscii(listedTicket.subject))
                ++asciiSubjects;

            const Ticket full = *tickets.get(listedTicket.id).value();
            for (const Message &m : full.messages) {
                CHECK(m.createdAt <= now);
                if (!m.isPublic)
                    ++internalNotes;
                if (m.authorKind == AuthorKind::Customer)
                    ++customerMessages;
                if (m.authorKind == AuthorKind::Engineer)
                    ++engineerMessages;
            }
        }
        CHECK(cyrillicSubjects > 0);
        CHECK(asciiSubjects > 0);
        CHECK(internalNotes > 0);
        CHECK(customerMessages > 0);
        CHECK(engineerMessages > 0);
    }

    SECTION("people in every role")
    {
        QSet<QString> roles;
        for (const Person &p : must(PeopleStore(t.db()).list())) {
            for (Role r : p.roles)
                roles.insert(roleId(r));
        }
        for (Role r : {Role::Admin, Role::Trainer, Role::Arbiter, Role::Engineer, Role::TeamLead}) {
            INFO(roleId(r).toStdString());
            CHECK(roles.contains(roleId(r)));
        }
    }

    SECTION("complete, scored evaluations over the three months before now")
    {
        const QList<Evaluation> evaluations = EvaluationStore(t.db()).list().value();
        CHECK(evaluations.size() >= 90);
        REQUIRE_FALSE(evaluations.isEmpty());
        QDateTime newest;
        QDateTime oldest;
        int calibrations = 0;
        for (const Evaluation &e : evaluations) {
            INFO(e.ticketExternalId.toStdString());
            CHECK(e.status == EvaluationStatus::Submitted);
            CHECK(e.complete);
            CHECK(e.score.has_value());
            CHECK_FALSE(e.scorecardVersion.isEmpty());
            REQUIRE(e.submittedAt.isValid());
            CHECK(e.submittedAt <= now);
            if (!newest.isValid() || e.submittedAt > newest)
                newest = e.submittedAt;
            if (!oldest.isValid() || e.submittedAt < oldest)
                oldest = e.submittedAt;
            if (e.kind == EvaluationKind::Calibration)
                ++calibrations;
        }
        INFO("newest " << newest.toString(Qt::ISODate).toStdString() << ", oldest "
                       << oldest.toString(Qt::ISODate).toStdString());
        CHECK(newest <= now);
        CHECK(newest >= now.addDays(-3));
        CHECK(oldest <= now.addDays(-60));
        CHECK(oldest >= now.addDays(-100));
        CHECK(calibrations > 0);
    }

    SECTION("seeding again changes nothing")
    {
        const Result<DemoWorkspace::Report> again = DemoWorkspace::seed(t.db(), now.addDays(10));
        REQUIRE(again.has_value());
        CHECK(again->alreadySeeded);
        CHECK(again->tickets == 0);
        CHECK(again->evaluations == 0);
        CHECK(countsOf(t.db()) == seeded);
        CHECK(DemoWorkspace::isSeeded(t.db()).value_or(false));
    }
}

TEST_CASE("the demo workspace lies before `now` also when `now` is given in another time zone", "[import][demo]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    // 00:01 at UTC+14 is 10:01Z of the previous day: a shift by calendar days counted in `now`'s
    // zone rather than in UTC would put the demo's newest events (afternoon, UTC) after now.
    const QDateTime now(QDate(2027, 3, 15), QTime(0, 1), QTimeZone(14 * 3600));
    const Result<DemoWorkspace::Report> report = DemoWorkspace::seed(t.db(), now);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());

    QDateTime newest;
    for (const Ticket &ticket : must(TicketStore(t.db()).list())) {
        for (const QDateTime &time : {ticket.createdAt, ticket.updatedAt, ticket.solvedAt}) {
            if (time.isValid() && (!newest.isValid() || time > newest))
                newest = time;
        }
    }
    for (const Evaluation &e : must(EvaluationStore(t.db()).list())) {
        if (!newest.isValid() || e.submittedAt > newest)
            newest = e.submittedAt;
    }
    INFO("newest " << newest.toString(Qt::ISODate).toStdString() << ", now "
                   << now.toUTC().toString(Qt::ISODate).toStdString());
    REQUIRE(newest.isValid());
    CHECK(newest <= now);
    CHECK(newest >= now.addDays(-3));
}
