#include "CliRunner.h"

#include <catch2/catch.hpp>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("tickets import reads a Zendesk export once, however often it is imported", "[cli][tickets][import]")
{
    CliRunner cli;
    const QString file = dataPath(u"zendesk-export-small.json"_s);
    const CliResult first = cli.run({u"tickets"_s, u"import"_s, file, u"--source"_s, u"old-zendesk"_s, u"--base-url"_s,
                                     u"https://acme.zendesk.com"_s});
    INFO(first);
    REQUIRE(first.exitCode == 0);
    const int count = int(cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray().size());
    CHECK(count > 0);
    REQUIRE(cli.run({u"tickets"_s, u"import"_s, file, u"--source"_s, u"old-zendesk"_s}).exitCode == 0);
    const QJsonArray tickets = cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray();
    CHECK(tickets.size() == count);
    CHECK(tickets.first().toObject().value(u"source"_s).toString() == u"old-zendesk"_s);
    const QJsonArray sources = cli.run({u"sources"_s, u"list"_s, u"--json"_s}).jsonArray();
    REQUIRE(sources.size() == 1);
    CHECK(sources.first().toObject().value(u"kind"_s).toString() == u"file"_s);
}

TEST_CASE("tickets import refuses a bad file with exit code 2 and imports nothing", "[cli][tickets][import]")
{
    CliRunner cli;
    const QString bad = cli.writeFile(u"bad.json"_s, "{\"tickets\": [{\"id\": 1, \"created_at\": \"yesterday\"}]}");
    const CliResult refused = cli.run({u"tickets"_s, u"import"_s, bad, u"--source"_s, u"x"_s});
    INFO(refused);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"tickets[0].created_at"_s));
    CHECK(cli.run({u"tickets"_s, u"import"_s, cli.path(u"none.json"_s), u"--source"_s, u"x"_s}).exitCode == 2);
    CHECK(cli.run({u"tickets"_s, u"import"_s, bad}).exitCode == 2); // no --source
    CHECK(cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray().isEmpty());
}
