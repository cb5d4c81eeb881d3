#include "demo/DemoWorkspace.h"
#include "scorecards/ScorecardAdminService.h"
#include "scoring/ScoringEngine.h"
#include "storage/EvaluationStore.h"
#include "scoring/ScorecardParser.h"
#include "storage/AuditLog.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

struct AdminWorkspace
{
    explicit AdminWorkspace(Backend backend)
        : t(backend)
    {
        card = ScorecardParser::parse(readData(u"scorecard-all-options.json"_s)).value();
        PeopleStore people(t.db());
        admin = people.ensurePerson(u"admin@example.ru"_s, u"Елена"_s).value();
        REQUIRE(people.addRole(admin, Role::Admin).has_value());
        trainer = people.ensurePerson(u"trainer@example.ru"_s, u"Ольга"_s).value();
        REQUIRE(people.addRole(trainer, Role::Trainer).has_value());
    }

    TestDatabase t;
    Scorecard card;
    qint64 admin = 0;
    qint64 trainer = 0;
};

} // namespace

TEST_CASE("only a QA admin saves, duplicates or archives a card", "[scorecard][admin][roles]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    AdminWorkspace w(backend);
    ScorecardAdminService service(w.t.db());

    const auto refused = service.save(w.card, w.trainer);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message == u"Ольга is not a QA admin and cannot change scorecards"_s);
    CHECK(ScorecardStore(w.t.db()).list().value().isEmpty());

    REQUIRE(service.save(w.card, w.admin).has_value());
    CHECK(service.setArchived(w.card.id, true, w.trainer).error().code == Error::Code::Permission);
    CHECK(service.duplicate(w.card.id, u"copy"_s, {}, w.trainer).error().code == Error::Code::Permission);
    CHECK_FALSE(ScorecardStore(w.t.db()).list().value().first().archived);

    REQUIRE(service.setArchived(w.card.id, true, w.admin).has_value());
    CHECK(ScorecardStore(w.t.db()).list().value().first().archived);
    const QList<AuditEntry> audit = AuditLog(w.t.db()).list(u"scorecard"_s, w.card.id).value();
    QStringList actions;
    for (const AuditEntry &e : audit)
        actions.append(e.action);
    CHECK(actions.contains(u"scorecard.create"_s));
    CHECK(actions.contains(u"scorecard.archive"_s));
}

TEST_CASE("saving a changed card makes a new version and keeps the old one", "[scorecard][admin][version]")
{
    AdminWorkspace w(Backend::Sqlite);
    ScorecardAdminService service(w.t.db());
    const ScorecardImportResult first = service.save(w.card, w.admin).value();
    CHECK(first.newCard);
    Scorecard edited = w.card;
    edited.sections[0].criteria[1].weight = 3;
    const ScorecardImportResult second = service.save(edited, w.admin).value();
    CHECK(second.newVersion);
    CHECK(second.version != first.version);
    ScorecardStore store(w.t.db());
    CHECK(store.versions(w.card.id).value().size() == 2);
    CHECK(store.current(w.card.id).value().contentHash == second.version);
    CHECK(store.version(w.card.id, first.version).value().card.sections[0].criteria[1].weight == 1.5);
    // Saving the same content again is no new version.
    CHECK_FALSE(service.save(edited, w.admin).value().newVersion);
}

TEST_CASE("an invalid card is refused with the file format's messages", "[scorecard][admin][validation]")
{
    AdminWorkspace w(Backend::Sqlite);
    Scorecard bad = w.card;
    bad.sections[0].weight = 0;
    bad.sections[1].criteria[0].text.clear();
    const auto result = ScorecardAdminService(w.t.db()).save(bad, w.admin);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().isInvalidInput());
    CHECK(result.error().message.contains(u"first-line: sections[0].weight: must be > 0"_s));
    CHECK(result.error().message.contains(u"first-line: sections[1].criteria[0].text"_s));
    CHECK(ScorecardStore(w.t.db()).list().value().isEmpty());
}

TEST_CASE("a duplicated card is a new card with the same questions", "[scorecard][admin]")
{
    AdminWorkspace w(Backend::Sqlite);
    ScorecardAdminService service(w.t.db());
    REQUIRE(service.save(w.card, w.admin).has_value());
    const ScorecardImportResult copy = service.duplicate(w.card.id, u"first-line-2027"_s, {}, w.admin).value();
    CHECK(copy.newCard);
    const Scorecard stored = ScorecardStore(w.t.db()).current(u"first-line-2027"_s).value().card;
    CHECK(stored.title == u"Первая линия (copy)"_s);
    CHECK(stored.criterionIds() == w.card.criterionIds());
    // Not onto a card that already exists.
    CHECK(service.duplicate(w.card.id, u"first-line-2027"_s, {}, w.admin).error().isInvalidInput());
}

TEST_CASE("editing a card leaves an old evaluation's score and version unchanged", "[scorecard][admin][version]")
{
    TestDatabase t(Backend::Sqlite);
    REQUIRE(DemoWorkspace::seed(t.db()).has_value());
    EvaluationStore evaluations(t.db());
    std::optional<Evaluation> old;
    const QList<Evaluation> all = evaluations.list().value();
    for (const Evaluation &e : all) {
        if (e.scorecardId == u"first-line"_s && e.status == EvaluationStatus::Submitted && e.score && *e.score < 100) {
            old = evaluations.get(e.id).value();
            break;
        }
    }
    REQUIRE(old.has_value());
    const qint64 admin = PeopleStore(t.db()).findByEmail(u"e.kuznetsova@demo.qadesk.example"_s).value()->id;
    Scorecard edited = ScorecardStore(t.db()).current(u"first-line"_s).value().card;
    for (ScorecardSection &s : edited.sections) {
        for (qsizetype i = 0; i < s.criteria.size(); ++i)
            s.criteria[i].weight *= double(5 + i); // every weight changes, unevenly
    }
    edited.sections[0].weight = 9;
    REQUIRE(ScorecardAdminService(t.db()).save(edited, admin).value().newVersion);

    const Evaluation after = evaluations.get(old->id).value().value();
    CHECK(after.score == old->score);
    CHECK(after.scorecardVersion == old->scorecardVersion);
    // The pinned version still scores the answers to the stored score; the new one would not.
    const Scorecard pinned = ScorecardStore(t.db()).versionById(after.scorecardVersionId).value().card;
    CHECK(ScoringEngine::score(pinned, after.answers).score.value() == Approx(*old->score));
    CHECK(ScoringEngine::score(edited, after.answers).score != old->score);
}
