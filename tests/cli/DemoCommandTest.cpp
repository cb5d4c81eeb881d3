// qadesk demo init, run as a real process with the demo data (resources/demo/) compiled into
// the binary.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray listJson(const CliRunner &cli, const QString &what)
{
    const CliResult r = cli.run({what, u"list"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.jsonArray();
}

} // namespace

TEST_CASE("demo init seeds the workspace once", "[cli][demo]")
{
    const CliRunner cli;

    const CliResult first = cli.run({u"demo"_s, u"init"_s, u"--json"_s});
    INFO(first);
    REQUIRE(first.exitCode == 0);
    const QJsonObject report = first.jsonObject();
    CHECK(report.value(u"already_seeded"_s) == QJsonValue(false));
    CHECK(report.value(u"database"_s).toString() == cli.databaseUrl());
    for (const QString &count : {u"scorecards"_s, u"people"_s, u"tickets"_s, u"evaluations"_s}) {
        INFO(count.toStdString());
        CHECK(report.value(count).toInt() > 0);
    }

    const CliResult second = cli.run({u"demo"_s, u"init"_s, u"--json"_s});
    INFO(second);
    REQUIRE(second.exitCode == 0);
    CHECK(second.jsonObject().value(u"already_seeded"_s) == QJsonValue(true));

    const QJsonArray tickets = listJson(cli, u"tickets"_s);
    CHECK(tickets.size() >= report.value(u"tickets"_s).toInt());
    CHECK(tickets.size() >= 100); // about 150
    CHECK(tickets.size() <= 200);
    CHECK(listJson(cli, u"scorecards"_s).size() == report.value(u"scorecards"_s).toInt());
    CHECK(listJson(cli, u"evaluations"_s).size() == report.value(u"evaluations"_s).toInt());

    // A synced ticket has its conversation.
    QString syncedId;
    for (const QJsonValue &t : tickets) {
        if (!t.toObject().value(u"stub"_s).toBool()) {
            syncedId = QString::number(t.toObject().value(u"id"_s).toInteger());
            break;
        }
    }
    REQUIRE_FALSE(syncedId.isEmpty());
    const CliResult shown = cli.run({u"tickets"_s, u"show"_s, syncedId, u"--json"_s});
    INFO(shown);
    REQUIRE(shown.exitCode == 0);
    const QJsonArray messages = shown.jsonObject().value(u"messages"_s).toArray();
    CHECK_FALSE(messages.isEmpty());
    CHECK(messages.size() == shown.jsonObject().value(u"message_count"_s).toInt());
}

TEST_CASE("demo init without --json says what it did", "[cli][demo]")
{
    const CliRunner cli;
    const CliResult first = cli.run({u"demo"_s, u"init"_s});
    INFO(first);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"Demo workspace ready in "_s + cli.databaseUrl()));
    const CliResult second = cli.run({u"demo"_s, u"init"_s});
    INFO(second);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(u"already holds the demo workspace"_s));
}

TEST_CASE("demo without init is bad usage", "[cli][demo]")
{
    const CliRunner cli;
    for (const QStringList &arguments :
         {QStringList{u"demo"_s}, QStringList{u"demo"_s, u"reset"_s}, QStringList{u"demo"_s, u"init"_s, u"extra"_s}}) {
        const CliResult r = cli.run(arguments);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"demo needs: init"_s));
    }
    CHECK_FALSE(QFile::exists(cli.databasePath()));
}
