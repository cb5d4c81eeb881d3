// qadesk assignments: draw with a seed, list, progress, plans, reassign, replace, verify, and
// the admin rule, run as a real process on a workspace seeded through the stores.
#include "cli/CliRunner.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "storage/TicketStore.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString admin = u"boss@example.ru"_s;
const QString trainer = u"olga@example.ru"_s;
const QString secondTrainer = u"viktor@example.ru"_s;

// Two trainers, an admin, 6 engineers in team l1 with 4 tickets each solved in 2026-W46.
void seed(const CliRunner &cli)
{
    auto db = Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    PeopleStore people(**db);
    auto add = [&](const QString &email, const QString &name, Role role) {
        const qint64 id = people.ensurePerson(email, name).value();
        REQUIRE(people.addRole(id, role).has_value());
        return id;
    };
    add(admin, u"Начальник"_s, Role::Admin);
    add(trainer, u"Ольга"_s, Role::Trainer);
    add(secondTrainer, u"Виктор"_s, Role::Trainer);
    int n = 0;
    for (int e = 0; e < 6; ++e) {
        const QString email = u"e%1@example.ru"_s.arg(e);
        REQUIRE(people.addToTeam(u"l1"_s, add(email, email, Role::Engineer)).has_value());
        for (int i = 0; i < 4; ++i, ++n) {
            Ticket t;
            t.sourceName = u"zd"_s;
            t.externalId = QString::number(1000 + n);
            t.subject = u"Ticket %1"_s.arg(n);
            t.assigneeEmail = email;
            t.team = u"l1"_s;
            t.solvedAt = QDateTime(QDate(2026, 11, 9 + n % 7), QTime(10, 0), Qt::UTC);
            REQUIRE(TicketStore(**db).save(t).has_value());
        }
    }
}

CliResult ok(const CliRunner &cli, const QStringList &args)
{
    const CliResult r = cli.run(args);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r;
}

QStringList ticketsOf(const QJsonArray &tasks)
{
    QStringList ids;
    for (const QJsonValue &t : tasks)
        ids.append(t.toObject().value(u"ticket"_s).toString());
    return ids;
}

QStringList drawn(const QString &seedValue, bool dryRun)
{
    const CliRunner cli;
    seed(cli);
    QStringList args{u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--seed"_s, seedValue,
                     u"--as"_s, admin, u"--json"_s};
    if (dryRun)
        args.append(u"--dry-run"_s);
    return ticketsOf(ok(cli, args).jsonObject().value(u"tasks"_s).toArray());
}

} // namespace

TEST_CASE("assignments draw records its seed and gives the same tickets for the same seed", "[cli][assignments]")
{
    const CliRunner cli;
    seed(cli);
    const CliResult r = ok(cli, {u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--seed"_s,
                                 u"18446744073709551615"_s, u"--as"_s, admin, u"--json"_s});
    const QJsonObject report = r.jsonObject();
    CHECK(report.value(u"seed"_s).toString() == u"18446744073709551615"_s);
    CHECK(report.value(u"week"_s).toString() == u"2026-W47"_s);
    CHECK(report.value(u"solved_from"_s).toString() == u"2026-11-09"_s);
    CHECK(report.value(u"solved_to"_s).toString() == u"2026-11-15"_s);
    CHECK(report.value(u"due"_s).toString() == u"2026-11-20"_s);
    CHECK(report.value(u"candidates"_s).toInt() == 24);
    const QJsonArray tasks = report.value(u"tasks"_s).toArray();
    REQUIRE(tasks.size() == 20);
    QMap<QString, int> perEngineer;
    for (const QJsonValue &t : tasks) {
        CHECK(missingFields(t.toObject(), {u"id"_s, u"week"_s, u"trainer"_s, u"ticket"_s, u"engineer"_s, u"due"_s,
                                           u"status"_s, u"done"_s, u"overdue"_s})
                  .isEmpty());
        perEngineer[t.toObject().value(u"engineer"_s).toString()] += 1;
    }
    CHECK(perEngineer.size() == 6);
    for (int count : perEngineer)
        CHECK((count == 3 || count == 4)); // 20 tasks over 6 engineers
    const QStringList recorded = ticketsOf(tasks);
    const QStringList unique(QSet<QString>(recorded.begin(), recorded.end()).values());
    CHECK(unique.size() == 20);

    // The same seed in another workspace with the same data, and a dry run, draw the same.
    CHECK(drawn(u"18446744073709551615"_s, false) == recorded);
    CHECK(drawn(u"18446744073709551615"_s, true) == recorded);
    CHECK(drawn(u"1"_s, true) != recorded);

    const CliResult verified = ok(cli, {u"assignments"_s, u"verify"_s, QString::number(report.value(u"draw"_s).toInteger()),
                                        u"--json"_s});
    CHECK(verified.jsonObject().value(u"identical"_s) == QJsonValue(true));

    const QJsonArray olga = ok(cli, {u"assignments"_s, u"list"_s, u"--week"_s, u"2026-w47"_s, u"--trainer"_s, trainer,
                                     u"--json"_s}).jsonArray();
    CHECK(olga.size() == 10);
    // The week is in the past: everything not done is overdue.
    CHECK(olga.first().toObject().value(u"overdue"_s) == QJsonValue(true));
    const QJsonArray progress = ok(cli, {u"assignments"_s, u"progress"_s, u"--week"_s, u"2026-W47"_s, u"--json"_s}).jsonArray();
    REQUIRE(progress.size() == 2);
    CHECK(progress.at(0).toObject().value(u"assigned"_s).toInt() == 10);
    CHECK(progress.at(0).toObject().value(u"done"_s).toInt() == 0);
    CHECK(progress.at(0).toObject().value(u"overdue"_s).toInt() == 10);

    const CliResult again = cli.run({u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--as"_s, admin});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"drawn already"_s));
}

TEST_CASE("assignments commands refuse non-admins and bad input clearly", "[cli][assignments][roles]")
{
    const CliRunner cli;
    seed(cli);
    const CliResult byTrainer = cli.run({u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--as"_s, trainer});
    INFO(byTrainer);
    CHECK(byTrainer.exitCode == 1);
    CHECK(byTrainer.err.trimmed() == u"qadesk: Ольга is not an admin: only an admin may draw assignments"_s);
    const CliResult nobody = cli.run({u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(u"--as EMAIL"_s));
    const CliResult plan = cli.run({u"assignments"_s, u"plan"_s, trainer, u"--per-week"_s, u"3"_s, u"--as"_s, trainer});
    CHECK(plan.exitCode == 1);
    CHECK(plan.err.contains(u"only an admin may change assignment plans"_s));
    const CliResult badWeek = cli.run({u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W60"_s, u"--as"_s, admin});
    CHECK(badWeek.exitCode == 2);
    CHECK(badWeek.err.contains(u"week: 2026 has no week 60"_s));
    const CliResult badSeed = cli.run({u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--seed"_s, u"-1"_s,
                                       u"--as"_s, admin});
    CHECK(badSeed.exitCode == 2);
    CHECK(badSeed.err.contains(u"--seed"_s));
    const CliResult noWeek = cli.run({u"assignments"_s, u"draw"_s, u"--as"_s, admin});
    CHECK(noWeek.exitCode == 2);

    ok(cli, {u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--seed"_s, u"3"_s, u"--as"_s, admin});
    const CliResult reassignByTrainer = cli.run({u"assignments"_s, u"reassign"_s, u"1"_s, u"--to"_s, secondTrainer,
                                                 u"--reason"_s, u"x"_s, u"--as"_s, trainer});
    CHECK(reassignByTrainer.exitCode == 1);
    CHECK(reassignByTrainer.err.contains(u"only an admin may reassign tasks"_s));
    const CliResult replaceByTrainer = cli.run({u"assignments"_s, u"replace"_s, u"1"_s, u"--reason"_s, u"x"_s,
                                                u"--as"_s, trainer});
    CHECK(replaceByTrainer.exitCode == 1);
    CHECK(replaceByTrainer.err.contains(u"only an admin may replace tasks"_s));
    CHECK(ok(cli, {u"assignments"_s, u"list"_s, u"--json"_s}).jsonArray().size() == 20); // nothing changed
}

TEST_CASE("assignments plan, reassign and replace change tasks with a reason in the audit log",
          "[cli][assignments][audit]")
{
    const CliRunner cli;
    seed(cli);
    const QJsonObject plan = ok(cli, {u"assignments"_s, u"plan"_s, trainer, u"--per-week"_s, u"3"_s, u"--teams"_s,
                                      u"l1"_s, u"--as"_s, admin, u"--json"_s}).jsonObject();
    CHECK(plan.value(u"per_week"_s).toInt() == 3);
    ok(cli, {u"assignments"_s, u"plan"_s, secondTrainer, u"--inactive"_s, u"--as"_s, admin});
    const QJsonArray plans = ok(cli, {u"assignments"_s, u"plans"_s, u"--json"_s}).jsonArray();
    REQUIRE(plans.size() == 2);
    CHECK(plans.at(0).toObject().value(u"trainer"_s).toString() == trainer);
    CHECK(plans.at(1).toObject().value(u"active"_s) == QJsonValue(false));

    const QJsonArray tasks = ok(cli, {u"assignments"_s, u"draw"_s, u"--week"_s, u"2026-W47"_s, u"--as"_s, admin,
                                      u"--json"_s}).jsonObject().value(u"tasks"_s).toArray();
    REQUIRE(tasks.size() == 3);
    const QString first = QString::number(tasks.at(0).toObject().value(u"id"_s).toInteger());

    const CliResult noReason = cli.run({u"assignments"_s, u"reassign"_s, first, u"--to"_s, secondTrainer, u"--as"_s, admin});
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(u"reason"_s));
    const QJsonObject moved = ok(cli, {u"assignments"_s, u"reassign"_s, first, u"--to"_s, secondTrainer, u"--reason"_s,
                                       u"Ольга в отпуске"_s, u"--as"_s, admin, u"--json"_s}).jsonObject();
    CHECK(moved.value(u"trainer"_s).toString() == secondTrainer);
    const QJsonObject replacement = ok(cli, {u"assignments"_s, u"replace"_s, first, u"--seed"_s, u"8"_s, u"--reason"_s,
                                             u"spam"_s, u"--as"_s, admin, u"--json"_s}).jsonObject();
    CHECK(replacement.value(u"ticket"_s).toString() != tasks.at(0).toObject().value(u"ticket"_s).toString());
    CHECK(replacement.value(u"due"_s).toString() == u"2026-11-20"_s);
    const QJsonArray all = ok(cli, {u"assignments"_s, u"list"_s, u"--all"_s, u"--json"_s}).jsonArray();
    CHECK(all.size() == 4);
    int replaced = 0;
    for (const QJsonValue &t : all) {
        if (QString::number(t.toObject().value(u"id"_s).toInteger()) == first) {
            CHECK(t.toObject().value(u"status"_s).toString() == u"replaced"_s);
            CHECK(t.toObject().value(u"replaced_by"_s).toInteger() == replacement.value(u"id"_s).toInteger());
            ++replaced;
        }
    }
    CHECK(replaced == 1);

    auto db = Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    const QList<AuditEntry> audit = AuditLog(**db).list(u"assignment"_s, first).value();
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0).action == u"assignment.reassign"_s);
    CHECK(audit.at(0).reason == u"Ольга в отпуске"_s);
    CHECK(audit.at(0).actor == admin);
    CHECK(audit.at(1).action == u"assignment.replace"_s);
    CHECK(audit.at(1).after.value(u"seed"_s).toString() == u"8"_s);
    CHECK(AuditLog(**db).list(u"assignment_plan"_s).value().size() == 2);
    CHECK(AuditLog(**db).list(u"assignment_draw"_s).value().size() == 1);
}
