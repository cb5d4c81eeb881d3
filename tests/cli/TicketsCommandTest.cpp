// qadesk tickets list / show, run as a real process. The tickets are the stubs an evaluations
// import creates (a workspace without a helpdesk sync).
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

void importFixture(const CliRunner &cli, const QString &evaluations)
{
    const CliResult card = cli.run({u"scorecards"_s, u"import"_s, cliData(u"card-first-line.json"_s)});
    INFO(card);
    REQUIRE(card.exitCode == 0);
    const CliResult imported = cli.run({u"evaluations"_s, u"import"_s, cliData(evaluations)});
    INFO(imported);
    REQUIRE(imported.exitCode == 0);
}

QJsonArray listTickets(const CliRunner &cli)
{
    const CliResult r = cli.run({u"tickets"_s, u"list"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.jsonArray();
}

QJsonObject showTicket(const CliRunner &cli, const QString &id)
{
    const CliResult r = cli.run({u"tickets"_s, u"show"_s, id, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.jsonObject();
}

} // namespace

TEST_CASE("tickets list of an empty workspace", "[cli][tickets]")
{
    const CliRunner cli;
    CHECK(listTickets(cli).isEmpty());
    const CliResult table = cli.run({u"tickets"_s, u"list"_s});
    INFO(table);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"No tickets yet."_s));
}

TEST_CASE("tickets list --json gives every ticket with its fields", "[cli][tickets]")
{
    const CliRunner cli;
    importFixture(cli, u"evaluations-two-records.json"_s);
    const QJsonArray tickets = listTickets(cli);
    REQUIRE(tickets.size() == 2);
    QStringList externalIds;
    for (const QJsonValue &t : tickets) {
        const QJsonObject ticket = t.toObject();
        INFO(QJsonDocument(ticket).toJson().toStdString());
        CHECK(missingFields(ticket, {u"id"_s, u"source"_s, u"external_id"_s, u"subject"_s, u"status"_s, u"assignee"_s,
                                     u"stub"_s, u"message_count"_s})
                  .isEmpty());
        CHECK(ticket.value(u"id"_s).isDouble());
        CHECK_FALSE(ticket.contains(u"messages"_s));
        externalIds.append(ticket.value(u"external_id"_s).toString());
    }
    externalIds.sort();
    CHECK(externalIds == QStringList{u"5001"_s, u"5002"_s});

    const CliResult table = cli.run({u"tickets"_s, u"list"_s});
    INFO(table);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"5001"_s));
    CHECK(table.out.contains(u"(not synced yet)"_s));
}

TEST_CASE("tickets show finds a ticket by workspace id, helpdesk id and SOURCE:ID", "[cli][tickets]")
{
    const CliRunner cli;
    importFixture(cli, u"evaluations-two-records.json"_s);
    QJsonObject listed;
    for (const QJsonValue &t : listTickets(cli)) {
        if (t.toObject().value(u"external_id"_s).toString() == u"5002"_s)
            listed = t.toObject();
    }
    REQUIRE_FALSE(listed.isEmpty());
    const QString workspaceId = QString::number(listed.value(u"id"_s).toInteger());

    const QJsonObject byId = showTicket(cli, workspaceId);
    CHECK(byId.value(u"external_id"_s).toString() == u"5002"_s);
    CHECK(byId.value(u"source"_s).toString() == u"zendesk"_s);
    CHECK(byId.value(u"assignee"_s).toString() == u"vera@support.example"_s);
    CHECK(byId.value(u"stub"_s) == QJsonValue(true));
    REQUIRE(byId.value(u"messages"_s).isArray());
    CHECK(byId.value(u"messages"_s).toArray().size() == byId.value(u"message_count"_s).toInt());

    CHECK(showTicket(cli, u"5002"_s) == byId);
    CHECK(showTicket(cli, u"zendesk:5002"_s) == byId);

    const CliResult text = cli.run({u"tickets"_s, u"show"_s, u"zendesk:5002"_s});
    INFO(text);
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(u'#' + workspaceId));
    CHECK(text.out.contains(u"vera@support.example"_s));
}

TEST_CASE("tickets show of a helpdesk id used by two sources needs SOURCE:ID", "[cli][tickets]")
{
    const CliRunner cli;
    importFixture(cli, u"evaluations-same-ticket-id-in-two-sources.json"_s);
    REQUIRE(listTickets(cli).size() == 2);

    const CliResult ambiguous = cli.run({u"tickets"_s, u"show"_s, u"7001"_s, u"--json"_s});
    INFO(ambiguous);
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.out.isEmpty());
    CHECK(ambiguous.err.contains(u"several sources"_s));

    const QJsonObject zendesk = showTicket(cli, u"zendesk:7001"_s);
    CHECK(zendesk.value(u"source"_s).toString() == u"zendesk"_s);
    CHECK(zendesk.value(u"assignee"_s).toString() == u"anna@support.example"_s);
    const QJsonObject freshdesk = showTicket(cli, u"freshdesk:7001"_s);
    CHECK(freshdesk.value(u"source"_s).toString() == u"freshdesk"_s);
    CHECK(freshdesk.value(u"assignee"_s).toString() == u"vera@support.example"_s);
}

TEST_CASE("tickets show of an unknown ticket is bad input", "[cli][tickets]")
{
    const CliRunner cli;
    importFixture(cli, u"evaluations-two-records.json"_s);
    for (const QString &id : {u"999"_s, u"9999"_s, u"zendesk:9999"_s, u"freshdesk:5001"_s, u"no-such-ticket"_s}) {
        const CliResult r = cli.run({u"tickets"_s, u"show"_s, id, u"--json"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(id));
    }
}

TEST_CASE("tickets without a known action or with the wrong arguments is bad usage", "[cli][tickets]")
{
    const CliRunner cli;
    for (const QStringList &arguments :
         {QStringList{u"tickets"_s}, QStringList{u"tickets"_s, u"delete"_s}, QStringList{u"tickets"_s, u"show"_s},
          QStringList{u"tickets"_s, u"show"_s, u"1"_s, u"2"_s}, QStringList{u"tickets"_s, u"list"_s, u"extra"_s}}) {
        const CliResult r = cli.run(arguments);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}
