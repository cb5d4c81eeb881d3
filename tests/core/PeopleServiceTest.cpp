// People, roles, teams and trainer→team permissions: admin only, audited, enforced in services.
#include "evaluations/EvaluationService.h"
#include "people/PeopleService.h"
#include "people/TeamAccess.h"
#include "storage/AuditLog.h"
#include "support/AssignmentWorkspace.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {
QList<Role> sorted(QList<Role> roles)
{
    std::sort(roles.begin(), roles.end());
    return roles;
}
} // namespace

TEST_CASE("only an admin manages people, and every change is audited", "[people][roles]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    AssignmentWorkspace w(backend);
    PeopleService service(w.t.db());

    PeopleService::PersonInput input;
    input.email = u"New.Person@Example.ru"_s;
    input.name = u"Новый человек"_s;
    input.roles = QList<Role>{Role::Engineer, Role::TeamLead};
    input.teams = QStringList{u"l2"_s};
    const auto refused = service.addPerson(input, w.trainer);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message == u"Ольга is not an admin: only an admin may add people"_s);
    CHECK_FALSE(service.addPerson(input, 0).has_value()); // there is an admin: someone must act

    const Person added = service.addPerson(input, w.admin).value();
    CHECK(added.email == u"new.person@example.ru"_s);
    CHECK(sorted(added.roles) == QList<Role>{Role::Engineer, Role::TeamLead});
    CHECK(added.teams == QStringList{u"l2"_s});
    const auto twice = service.addPerson(input, w.admin);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == Error::Code::Conflict);

    PeopleService::PersonInput change;
    change.email = u"trainer@example.ru"_s;
    change.roles = QList<Role>{Role::Trainer, Role::Arbiter};
    change.evaluableTeams = QStringList{u"l1"_s, u"l2"_s};
    const Person changed = service.updatePerson(change, w.admin).value();
    CHECK(sorted(changed.roles) == QList<Role>{Role::Trainer, Role::Arbiter});
    CHECK(changed.evaluableTeams == (QStringList{u"l1"_s, u"l2"_s}));
    CHECK(changed.teams == QStringList{u"l1"_s}); // not given: unchanged

    const QList<AuditEntry> audit = AuditLog(w.t.db()).list(u"person"_s, u"trainer@example.ru"_s).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"person.change"_s);
    CHECK(audit.first().actorId == w.admin);
    CHECK(audit.first().before.value(u"roles"_s).toArray().contains(u"engineer"_s));
    CHECK(audit.first().after.value(u"evaluable_teams"_s).toArray().size() == 2);
    CHECK(AuditLog(w.t.db()).list(u"person"_s, u"new.person@example.ru"_s).value().size() == 1);

    // Bad input names the field.
    PeopleService::PersonInput bad;
    bad.email = u"engineer-not-trainer@example.ru"_s;
    bad.evaluableTeams = QStringList{u"l1"_s};
    CHECK(service.addPerson(bad, w.admin).error().message.contains(u"evaluable teams"_s));
    bad.email = u"not an email"_s;
    CHECK(service.addPerson(bad, w.admin).error().message.startsWith(u"email:"_s));
    change.evaluableTeams = QStringList{u"l9"_s};
    CHECK(service.updatePerson(change, w.admin).error().code == Error::Code::NotFound);
    // Nothing of a refused change is half-applied.
    CHECK(PeopleStore(w.t.db()).findByEmail(u"trainer@example.ru"_s).value()->evaluableTeams.size() == 2);
}

TEST_CASE("the last admin keeps the role, and an empty workspace gets its first admin", "[people][roles]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    PeopleService service(w.t.db());
    PeopleService::PersonInput demote;
    demote.email = u"admin@example.ru"_s;
    demote.roles = QList<Role>{Role::Trainer};
    const auto last = service.updatePerson(demote, w.admin);
    REQUIRE_FALSE(last.has_value());
    CHECK(last.error().message.contains(u"last admin"_s));

    TestDatabase empty(Backend::Sqlite);
    PeopleService fresh(empty.db());
    PeopleService::PersonInput first;
    first.email = u"boss@example.ru"_s;
    first.roles = QList<Role>{Role::Admin};
    REQUIRE(fresh.addPerson(first, 0).has_value());
    first.email = u"second@example.ru"_s;
    CHECK(fresh.addPerson(first, 0).error().code == Error::Code::Permission);
}

TEST_CASE("teams are added by an admin with a valid id", "[people][teams]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    PeopleService service(w.t.db());
    CHECK(service.addTeam(u"vip"_s, u"VIP"_s, w.admin).value().name == u"VIP"_s);
    CHECK(service.addTeam(u"vip"_s, u"VIP"_s, w.admin).error().code == Error::Code::Conflict);
    CHECK(service.addTeam(u"Bad Id"_s, {}, w.admin).error().isInvalidInput());
    CHECK(service.addTeam(u"x"_s, {}, w.trainer).error().code == Error::Code::Permission);
    CHECK(AuditLog(w.t.db()).list(u"team"_s, u"vip"_s).value().size() == 1);
}

TEST_CASE("a trainer evaluates only permitted teams once permissions exist", "[people][roles][evaluation]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    const QStringList l2 = w.engineers(u"l2"_s, 1);
    const qint64 ticket = w.ticket(u"500"_s, l2.first(), u"l2"_s, QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
    const qint64 noTeam = w.ticket(u"501"_s, l2.first(), {}, QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
    EvaluationService evaluations(w.t.db());
    PeopleStore people(w.t.db());

    // Nothing configured: every trainer may evaluate every team.
    CHECK_FALSE(TeamAccess::load(w.t.db()).value().restricted());
    REQUIRE(evaluations.openDraft(ticket, w.secondTrainer, w.card.id).has_value());

    // Configured for someone: Ольга has no teams listed, so she may evaluate none.
    REQUIRE(people.setEvaluableTeams(w.secondTrainer, {u"l2"_s}).has_value());
    const auto refused = evaluations.openDraft(ticket, w.trainer, w.card.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message.contains(u"Ольга may not evaluate team \"l2\""_s));
    CHECK(evaluations.openDraft(noTeam, w.trainer, w.card.id).has_value()); // nothing to restrict by
    REQUIRE(people.setEvaluableTeams(w.trainer, {u"l1"_s, u"l2"_s}).has_value());
    CHECK(evaluations.openDraft(ticket, w.trainer, w.card.id).has_value());
    // Admins are never restricted.
    CHECK(TeamAccess(true).mayEvaluate(PeopleStore(w.t.db()).findById(w.admin).value().value(), u"l2"_s));
}
