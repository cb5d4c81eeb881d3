// qadesk people: list, add, set, set-roles, add-team, with the admin rule enforced.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

CliResult ok(const CliRunner &cli, const QStringList &args)
{
    const CliResult r = cli.run(args);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r;
}

QJsonObject personIn(const QJsonArray &people, const QString &email)
{
    for (const QJsonValue &p : people) {
        if (p.toObject().value(u"email"_s).toString() == email)
            return p.toObject();
    }
    FAIL("no " << email.toStdString());
    return {};
}

// An empty workspace with its first admin (created while there is no admin yet) and two teams.
void setUp(const CliRunner &cli)
{
    ok(cli, {u"people"_s, u"add"_s, u"boss@example.ru"_s, u"--name"_s, u"Начальник"_s, u"--roles"_s, u"admin"_s});
    ok(cli, {u"people"_s, u"add-team"_s, u"l1"_s, u"--name"_s, u"First line"_s, u"--as"_s, u"boss@example.ru"_s});
    ok(cli, {u"people"_s, u"add-team"_s, u"l2"_s, u"--as"_s, u"boss@example.ru"_s});
}

} // namespace

TEST_CASE("people add, set and list with roles, teams and evaluable teams", "[cli][people]")
{
    const CliRunner cli;
    setUp(cli);
    const CliResult added = ok(cli, {u"people"_s, u"add"_s, u"olga@example.ru"_s, u"--name"_s, u"Ольга"_s,
                                     u"--roles"_s, u"trainer,team-lead"_s, u"--teams"_s, u"l1"_s, u"--evaluates"_s,
                                     u"l1,l2"_s, u"--as"_s, u"boss@example.ru"_s, u"--json"_s});
    CHECK(added.jsonObject().value(u"evaluable_teams"_s).toArray().size() == 2);
    ok(cli, {u"people"_s, u"add"_s, u"anna@example.ru"_s, u"--roles"_s, u"engineer"_s, u"--teams"_s, u"l2"_s,
             u"--as"_s, u"boss@example.ru"_s});

    const QJsonArray people = ok(cli, {u"people"_s, u"list"_s, u"--json"_s}).jsonArray();
    REQUIRE(people.size() == 3);
    const QJsonObject olga = personIn(people, u"olga@example.ru"_s);
    CHECK(olga.value(u"name"_s).toString() == u"Ольга"_s);
    CHECK(olga.value(u"roles"_s).toArray().contains(u"team_lead"_s));
    CHECK(olga.value(u"teams"_s).toArray() == QJsonArray{u"l1"_s});
    CHECK(olga.value(u"evaluates_every_team"_s) == QJsonValue(false));
    CHECK(personIn(people, u"boss@example.ru"_s).value(u"evaluates_every_team"_s) == QJsonValue(true));
    CHECK_FALSE(personIn(people, u"anna@example.ru"_s).contains(u"evaluates_every_team"_s));

    ok(cli, {u"people"_s, u"set"_s, u"olga@example.ru"_s, u"--evaluates"_s, u""_s, u"--language"_s, u"en"_s,
             u"--as"_s, u"boss@example.ru"_s});
    ok(cli, {u"people"_s, u"set-roles"_s, u"anna@example.ru"_s, u"engineer,arbiter"_s, u"--as"_s, u"boss@example.ru"_s});
    const QJsonArray after = ok(cli, {u"people"_s, u"list"_s, u"--json"_s}).jsonArray();
    CHECK(personIn(after, u"olga@example.ru"_s).value(u"evaluable_teams"_s).toArray().isEmpty());
    CHECK(personIn(after, u"olga@example.ru"_s).value(u"language"_s).toString() == u"en"_s);
    CHECK(personIn(after, u"olga@example.ru"_s).value(u"evaluates_every_team"_s) == QJsonValue(true)); // none configured
    CHECK(personIn(after, u"anna@example.ru"_s).value(u"roles"_s).toArray().contains(u"arbiter"_s));

    const CliResult table = ok(cli, {u"people"_s, u"list"_s});
    CHECK(table.out.contains(u"olga@example.ru"_s));
    CHECK(table.out.contains(u"every team"_s));
    const QJsonArray teams = ok(cli, {u"people"_s, u"teams"_s, u"--json"_s}).jsonArray();
    CHECK(teams.size() == 2);
    CHECK(teams.at(0).toObject().value(u"name"_s).toString() == u"First line"_s);
}

TEST_CASE("people commands refuse what the acting person's roles do not allow", "[cli][people][roles]")
{
    const CliRunner cli;
    setUp(cli);
    ok(cli, {u"people"_s, u"add"_s, u"olga@example.ru"_s, u"--name"_s, u"Ольга"_s, u"--roles"_s, u"trainer"_s,
             u"--as"_s, u"boss@example.ru"_s});

    const CliResult notAdmin = cli.run({u"people"_s, u"add"_s, u"x@example.ru"_s, u"--as"_s, u"olga@example.ru"_s});
    INFO(notAdmin);
    CHECK(notAdmin.exitCode == 1);
    CHECK(notAdmin.err.contains(u"Ольга is not an admin: only an admin may add people"_s));
    const CliResult nobody = cli.run({u"people"_s, u"set-roles"_s, u"olga@example.ru"_s, u"admin"_s});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(u"--as EMAIL"_s));
    const CliResult unknownActor = cli.run({u"people"_s, u"add-team"_s, u"l3"_s, u"--as"_s, u"ghost@example.ru"_s});
    CHECK(unknownActor.exitCode == 2);
    CHECK(unknownActor.err.contains(u"ghost@example.ru"_s));
    const CliResult badRole = cli.run({u"people"_s, u"set-roles"_s, u"olga@example.ru"_s, u"trainer,wizard"_s,
                                       u"--as"_s, u"boss@example.ru"_s});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(u"\"wizard\" is not a role"_s));
    const CliResult lastAdmin = cli.run({u"people"_s, u"set-roles"_s, u"boss@example.ru"_s, u"trainer"_s,
                                         u"--as"_s, u"boss@example.ru"_s});
    CHECK(lastAdmin.exitCode == 1);
    CHECK(lastAdmin.err.contains(u"last admin"_s));
    const CliResult unknownTeam = cli.run({u"people"_s, u"set"_s, u"olga@example.ru"_s, u"--evaluates"_s, u"l9"_s,
                                           u"--as"_s, u"boss@example.ru"_s});
    CHECK(unknownTeam.exitCode == 2);
    CHECK(unknownTeam.err.contains(u"l9"_s));

    // Nothing changed by the refused commands.
    const QJsonArray people = ok(cli, {u"people"_s, u"list"_s, u"--json"_s}).jsonArray();
    CHECK(people.size() == 2);
    CHECK(personIn(people, u"olga@example.ru"_s).value(u"roles"_s).toArray() == QJsonArray{u"trainer"_s});
}
