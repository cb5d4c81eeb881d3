// Assignment plans, draws, tasks, progress, reassign and replace through the real stores.
#include "assignments/AssignmentService.h"
#include "storage/AuditLog.h"
#include "storage/PeopleStore.h"
#include "support/AssignmentWorkspace.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const IsoWeek w47 = IsoWeek::parse(u"2026-W47"_s).value();

AssignmentService::DrawRequest request(const IsoWeek &week, quint64 seed, const QString &trainer = {},
                                       bool dryRun = false)
{
    return {week, seed, trainer, dryRun};
}

QList<qint64> ticketIds(const QList<AssignmentTask> &tasks)
{
    QList<qint64> ids;
    for (const AssignmentTask &t : tasks)
        ids.append(t.ticketId);
    return ids;
}

QMap<QString, int> perEngineer(const QList<AssignmentTask> &tasks)
{
    QMap<QString, int> counts;
    for (const AssignmentTask &t : tasks)
        counts[t.engineerEmail] += 1;
    return counts;
}

void onlyTrainer(AssignmentWorkspace &w, const QString &email)
{
    // The second trainer has no tasks in tests that watch a single trainer.
    AssignmentPlan off;
    off.trainerEmail = email;
    off.active = false;
    REQUIRE(AssignmentService(w.t.db()).setPlan(off, w.admin).has_value());
}

} // namespace

TEST_CASE("a draw stores its seed, inputs and tasks due on Friday, and can be re-run", "[assignments][service]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    AssignmentWorkspace w(backend);
    const QStringList engineers = w.engineers(u"l1"_s, 5);
    w.ticketsSolvedIn(w47.previous(), engineers, u"l1"_s, 4, u"t"_s);
    AssignmentService service(w.t.db());

    const auto report = service.draw(request(w47, 77), w.admin);
    REQUIRE(report.has_value());
    CHECK(report->seed == 77);
    CHECK(report->drawId > 0);
    CHECK(report->solvedFrom == QDate(2026, 11, 9));
    CHECK(report->solvedTo == QDate(2026, 11, 15));
    CHECK(report->candidateCount == 20);
    REQUIRE(report->tasks.size() == 20); // two trainers with the default 10 a week
    for (const AssignmentTask &t : report->tasks) {
        CHECK(t.dueDate == QDate(2026, 11, 20));
        CHECK(t.week == u"2026-W47"_s);
        CHECK(t.id > 0);
    }
    const QList<AssignmentTask> stored = service.tasks(u"2026-W47"_s).value();
    CHECK(stored.size() == 20);
    CHECK(service.tasks(u"2026-W47"_s, u"second@example.ru"_s).value().size() == 10);
    const QList<qint64> storedIds = ticketIds(stored);
    CHECK(QSet<qint64>(storedIds.begin(), storedIds.end()).size() == 20);

    const AssignmentService::VerifyReport verified = service.verify(report->drawId).value();
    CHECK(verified.identical);
    CHECK(verified.rerun.size() == 20);

    const QList<AuditEntry> audit = AuditLog(w.t.db()).list(u"assignment_draw"_s).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().after.value(u"seed"_s).toString() == u"77"_s);
    CHECK(audit.first().actorId == w.admin);

    // The week is drawn: a second draw is refused rather than doubling the work.
    const auto again = service.draw(request(w47, 77), w.admin);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(again.error().message.contains(u"2026-W47"_s));
}

TEST_CASE("the same seed on the same data draws the same tickets, another seed others", "[assignments][service]")
{
    auto drawIn = [](quint64 seed) {
        AssignmentWorkspace w(Backend::Sqlite);
        w.ticketsSolvedIn(w47.previous(), w.engineers(u"l1"_s, 6), u"l1"_s, 5, u"t"_s);
        AssignmentService service(w.t.db());
        const QList<qint64> dry = ticketIds(service.draw(request(w47, seed, {}, true), w.admin).value().tasks);
        const QList<qint64> real = ticketIds(service.draw(request(w47, seed), w.admin).value().tasks);
        CHECK(dry == real); // a dry run shows exactly what the real draw will store
        return real;
    };
    const QList<qint64> first = drawIn(4242);
    CHECK(first.size() == 20);
    CHECK(drawIn(4242) == first);
    CHECK(drawIn(4243) != first);
}

TEST_CASE("weekly draws keep every engineer within one evaluation of the others across the month",
          "[assignments][service][evenness]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    onlyTrainer(w, u"second@example.ru"_s);
    const QStringList engineers = w.engineers(u"l1"_s, 12);
    AssignmentService service(w.t.db());
    // November 2026: weeks 45 to 48 (their Thursdays are in November); 10 tasks a week.
    int round = 0;
    for (const QString &week : {u"2026-W45"_s, u"2026-W46"_s, u"2026-W47"_s, u"2026-W48"_s}) {
        const IsoWeek iso = IsoWeek::parse(week).value();
        REQUIRE(iso.monthStart() == QDate(2026, 11, 1));
        w.ticketsSolvedIn(iso.previous(), engineers, u"l1"_s, 3, u"r%1"_s.arg(round++));
        const auto report = service.draw(request(iso, quint64(1000 + round)), w.admin);
        REQUIRE(report.has_value());
        CHECK(report->tasks.size() == 10);
        const QMap<QString, int> counts = perEngineer(service.tasks().value());
        const int total = int(service.tasks().value().size());
        INFO(week.toStdString() << ": " << total << " tasks over " << counts.size() << " engineers");
        int min = total;
        int max = 0;
        for (const QString &e : engineers) {
            min = std::min(min, counts.value(e));
            max = std::max(max, counts.value(e));
        }
        CHECK(max - min <= 1);
    }
    CHECK(service.tasks().value().size() == 40);
}

TEST_CASE("a draw leaves out evaluated, assigned, own, unpermitted and out-of-period tickets",
          "[assignments][service][exclusions]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    onlyTrainer(w, u"second@example.ru"_s);
    const QStringList l1 = w.engineers(u"l1"_s, 2);
    const QStringList l2 = w.engineers(u"l2"_s, 2);
    const QDateTime lastWeek(QDate(2026, 11, 11), QTime(10, 0), Qt::UTC);
    const qint64 evaluated = w.ticket(u"evaluated"_s, l1.at(0), u"l1"_s, lastWeek);
    const qint64 calibrated = w.ticket(u"calibrated"_s, l1.at(0), u"l1"_s, lastWeek);
    const qint64 drafted = w.ticket(u"drafted"_s, l1.at(1), u"l1"_s, lastWeek);
    w.ticket(u"own"_s, u"trainer@example.ru"_s, u"l1"_s, lastWeek);
    w.ticket(u"too-old"_s, l1.at(1), u"l1"_s, QDateTime(QDate(2026, 11, 8), QTime(23, 59), Qt::UTC));
    w.ticket(u"this-week"_s, l1.at(1), u"l1"_s, QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC));
    w.ticket(u"ok-monday"_s, l1.at(1), u"l1"_s, QDateTime(QDate(2026, 11, 9), QTime(0, 0), Qt::UTC));
    w.ticket(u"ok-l2"_s, l2.at(0), u"l2"_s, lastWeek, {u"vip"_s}, u"chat"_s);
    w.ticket(u"ok-l2-b"_s, l2.at(1), u"l2"_s, lastWeek);
    w.evaluate(evaluated, w.secondTrainer, w.idOf(l1.at(0)));
    w.evaluate(calibrated, w.secondTrainer, w.idOf(l1.at(0)), EvaluationKind::Calibration);
    w.evaluate(drafted, w.secondTrainer, w.idOf(l1.at(1)), EvaluationKind::Normal, EvaluationStatus::Draft);
    AssignmentService service(w.t.db());

    auto drawn = [&](quint64 seed) {
        QStringList ids;
        const AssignmentService::DrawReport report =
            service.draw(request(w47, seed, u"trainer@example.ru"_s, true), w.admin).value();
        for (const AssignmentTask &t : report.tasks)
            ids.append(t.ticketExternalId);
        ids.sort();
        return ids;
    };
    CHECK(drawn(1) == QStringList{u"calibrated"_s, u"ok-l2"_s, u"ok-l2-b"_s, u"ok-monday"_s});

    // Permissions: once any is configured, a trainer draws only from the teams listed for them.
    PeopleStore people(w.t.db());
    REQUIRE(people.setEvaluableTeams(w.secondTrainer, {u"l2"_s}).has_value());
    CHECK(drawn(1).isEmpty());
    REQUIRE(people.setEvaluableTeams(w.trainer, {u"l1"_s}).has_value());
    CHECK(drawn(1) == QStringList{u"calibrated"_s, u"ok-monday"_s});
    REQUIRE(people.setEvaluableTeams(w.trainer, {u"l1"_s, u"l2"_s}).has_value());

    // The plan's filters.
    AssignmentPlan plan;
    plan.trainerEmail = u"trainer@example.ru"_s;
    plan.perWeek = 3;
    plan.teams = {u"l2"_s};
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    CHECK(drawn(1) == QStringList{u"ok-l2"_s, u"ok-l2-b"_s});
    plan.channels = {u"chat"_s};
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    CHECK(drawn(1) == QStringList{u"ok-l2"_s});
    plan.channels.clear();
    plan.teams.clear();
    plan.tags = {u"vip"_s};
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    CHECK(drawn(1) == QStringList{u"ok-l2"_s});
    plan.tags.clear();
    // So is a team the trainer may not evaluate (Ольга may evaluate l1 and l2; Виктор only l2).
    AssignmentPlan forbidden;
    forbidden.trainerEmail = u"second@example.ru"_s;
    forbidden.teams = {u"l1"_s};
    const auto notAllowed = service.setPlan(forbidden, w.admin);
    REQUIRE_FALSE(notAllowed.has_value());
    CHECK(notAllowed.error().message == u"teams: Виктор may not evaluate team \"l1\" (see People and roles)"_s);
    // A card nobody has is refused, naming the field, rather than silently drawing nothing.
    plan.scorecards = {u"no-such-card"_s};
    const auto unknown = service.setPlan(plan, w.admin);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message == u"scorecards: no scorecard \"no-such-card\""_s);
    const auto problems = service.checkPlan(plan).value();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == AssignmentService::PlanProblem::Field::Scorecards);
    plan.tags = {u"vip"_s, u" "_s};
    plan.perWeek = 501;
    CHECK(service.checkPlan(plan).value().size() == 3);
    plan.tags.clear();
    plan.perWeek = 3;
    plan.scorecards = {w.card.id};
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    CHECK(drawn(1).size() == 3); // per week caps it
    CHECK(AuditLog(w.t.db()).list(u"assignment_plan"_s, u"trainer@example.ru"_s).value().size() == 4);
}

TEST_CASE("only an admin changes plans, draws, reassigns and replaces", "[assignments][service][roles]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    w.ticketsSolvedIn(w47.previous(), w.engineers(u"l1"_s, 3), u"l1"_s, 3, u"t"_s);
    AssignmentService service(w.t.db());
    auto refused = [](const auto &result) {
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == Error::Code::Permission);
        return result.error().message;
    };
    CHECK(refused(service.draw(request(w47, 1), w.trainer)).contains(u"only an admin may draw assignments"_s));
    CHECK(refused(service.draw(request(w47, 1), 0)).contains(u"--as"_s));
    AssignmentPlan plan;
    plan.trainerEmail = u"trainer@example.ru"_s;
    refused(service.setPlan(plan, w.secondTrainer));
    const qint64 task = service.draw(request(w47, 1), w.admin).value().tasks.first().id;
    refused(service.reassign(task, u"second@example.ru"_s, u"holiday"_s, w.trainer));
    refused(service.replace(task, {}, u"holiday"_s, w.trainer));
    CHECK(AuditLog(w.t.db()).list(u"assignment"_s).value().isEmpty());
}

TEST_CASE("progress counts assigned, done and overdue tasks per trainer", "[assignments][service][progress]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    AssignmentWorkspace w(backend);
    w.ticketsSolvedIn(w47.previous(), w.engineers(u"l1"_s, 4), u"l1"_s, 2, u"t"_s);
    AssignmentService service(w.t.db());
    AssignmentPlan plan;
    plan.trainerEmail = u"trainer@example.ru"_s;
    plan.perWeek = 3;
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    plan.trainerEmail = u"second@example.ru"_s;
    plan.perWeek = 2;
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    const QList<AssignmentTask> tasks = service.draw(request(w47, 9), w.admin).value().tasks;
    REQUIRE(tasks.size() == 5);
    // The trainer submits one task, only drafts another, and someone else's calibration does not count.
    const AssignmentTask first = service.tasks({}, u"trainer@example.ru"_s).value().at(0);
    const AssignmentTask second = service.tasks({}, u"trainer@example.ru"_s).value().at(1);
    w.evaluate(first.ticketId, w.trainer, first.engineerId);
    w.evaluate(second.ticketId, w.trainer, second.engineerId, EvaluationKind::Normal, EvaluationStatus::Draft);

    auto byTrainer = [&](const QDate &today) {
        QMap<QString, AssignmentProgress> map;
        const QList<AssignmentProgress> progress = service.progress(u"2026-W47"_s, today).value();
        for (const AssignmentProgress &p : progress)
            map.insert(p.trainerEmail, p);
        return map;
    };
    const auto friday = byTrainer(QDate(2026, 11, 20));
    CHECK(friday.value(u"trainer@example.ru"_s).assigned == 3);
    CHECK(friday.value(u"trainer@example.ru"_s).done == 1);
    CHECK(friday.value(u"trainer@example.ru"_s).overdue == 0);
    CHECK(friday.value(u"second@example.ru"_s).assigned == 2);
    CHECK(friday.value(u"second@example.ru"_s).done == 0);
    const auto saturday = byTrainer(QDate(2026, 11, 21));
    CHECK(saturday.value(u"trainer@example.ru"_s).overdue == 2);
    CHECK(saturday.value(u"second@example.ru"_s).overdue == 2);
    const AssignmentTask refreshed = service.tasks({}, u"trainer@example.ru"_s).value().at(1);
    CHECK(refreshed.evaluationId > 0);
    CHECK_FALSE(refreshed.done);
    CHECK(service.progress(u"2026-W48"_s, QDate(2026, 11, 21)).value().isEmpty());
}

TEST_CASE("an admin reassigns or replaces a task with a reason, in the audit log", "[assignments][service][audit]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    onlyTrainer(w, u"second@example.ru"_s);
    const QStringList engineers = w.engineers(u"l1"_s, 3);
    w.ticketsSolvedIn(w47.previous(), engineers, u"l1"_s, 2, u"t"_s);
    const qint64 older = w.ticket(u"older"_s, engineers.at(0), u"l1"_s, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    Q_UNUSED(older);
    AssignmentService service(w.t.db());
    AssignmentPlan plan;
    plan.trainerEmail = u"trainer@example.ru"_s;
    plan.perWeek = 2;
    REQUIRE(service.setPlan(plan, w.admin).has_value());
    const QList<AssignmentTask> tasks = service.draw(request(w47, 3), w.admin).value().tasks;
    REQUIRE(tasks.size() == 2);
    const AssignmentTask task = tasks.first();

    const auto noReason = service.reassign(task.id, u"second@example.ru"_s, u"  "_s, w.admin);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().isInvalidInput());
    const auto notTrainer = service.reassign(task.id, engineers.at(1), u"x"_s, w.admin);
    REQUIRE_FALSE(notTrainer.has_value());
    CHECK(notTrainer.error().message.contains(u"not a trainer"_s));
    // Permissions apply to the new trainer too.
    REQUIRE(PeopleStore(w.t.db()).setEvaluableTeams(w.secondTrainer, {u"l2"_s}).has_value());
    const auto unpermitted = service.reassign(task.id, u"second@example.ru"_s, u"holiday"_s, w.admin);
    REQUIRE_FALSE(unpermitted.has_value());
    CHECK(unpermitted.error().code == Error::Code::Permission);
    REQUIRE(PeopleStore(w.t.db()).setEvaluableTeams(w.secondTrainer, {}).has_value());

    const AssignmentTask moved = service.reassign(task.id, u"second@example.ru"_s, u"Ольга в отпуске"_s, w.admin).value();
    CHECK(moved.trainerEmail == u"second@example.ru"_s);
    CHECK(moved.ticketId == task.ticketId);
    const QList<AuditEntry> reassigned = AuditLog(w.t.db()).list(u"assignment"_s, QString::number(task.id)).value();
    REQUIRE(reassigned.size() == 1);
    CHECK(reassigned.first().action == u"assignment.reassign"_s);
    CHECK(reassigned.first().reason == u"Ольга в отпуске"_s);
    CHECK(reassigned.first().before.value(u"trainer"_s).toString() == u"trainer@example.ru"_s);
    CHECK(reassigned.first().after.value(u"trainer"_s).toString() == u"second@example.ru"_s);

    // Replace with a drawn ticket: the old task stays as "replaced", the new one has its week and due date.
    const AssignmentTask replacement = service.replace(task.id, {}, u"ticket is spam"_s, w.admin, 11).value();
    CHECK(replacement.id != task.id);
    CHECK(replacement.ticketId != task.ticketId);
    CHECK(replacement.ticketId != tasks.at(1).ticketId);
    CHECK(replacement.week == u"2026-W47"_s);
    CHECK(replacement.dueDate == QDate(2026, 11, 20));
    CHECK(replacement.trainerEmail == u"second@example.ru"_s);
    const QList<AssignmentTask> all = service.tasks(u"2026-W47"_s, {}, true).value();
    CHECK(all.size() == 3);
    CHECK(service.tasks(u"2026-W47"_s).value().size() == 2);
    const QList<AuditEntry> replaced = AuditLog(w.t.db()).list(u"assignment"_s, QString::number(task.id)).value();
    REQUIRE(replaced.size() == 2);
    CHECK(replaced.last().action == u"assignment.replace"_s);
    CHECK(replaced.last().after.value(u"seed"_s).toString() == u"11"_s);
    CHECK(replaced.last().reason == u"ticket is spam"_s);
    // A replaced task cannot change again.
    CHECK_FALSE(service.replace(task.id, {}, u"again"_s, w.admin).has_value());

    // An admin may name the ticket; it still has to be evaluable.
    const AssignmentTask named = service.replace(replacement.id, u"zd:older"_s, u"a better example"_s, w.admin).value();
    CHECK(named.ticketExternalId == u"older"_s);
    const auto taken = service.replace(named.id, tasks.at(1).ticketExternalId, u"dup"_s, w.admin);
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().code == Error::Code::Conflict);
    const auto unknown = service.replace(named.id, u"nope"_s, u"x"_s, w.admin);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == Error::Code::NotFound);
}
