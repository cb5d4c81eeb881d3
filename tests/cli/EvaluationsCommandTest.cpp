// qadesk evaluations import / list (qadesk.evaluations/1), run as a real process.
#include "cli/CliRunner.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "workspace/WorkspaceSetup.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// Gives the workspace the first-line card the evaluation fixtures are scored with.
void importFirstLineCard(const CliRunner &cli)
{
    const CliResult r = cli.run({u"scorecards"_s, u"import"_s, cliData(u"card-first-line.json"_s)});
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

QJsonArray listJson(const CliRunner &cli, const QString &what)
{
    const CliResult r = cli.run({what, u"list"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.jsonArray();
}

QJsonObject byTicket(const QJsonArray &items, const QString &ticketField, const QString &externalId)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(ticketField).toString() == externalId)
            return item.toObject();
    }
    FAIL("nothing for ticket " << externalId.toStdString());
    return {};
}

CliResult importEvaluations(const CliRunner &cli, const QString &file, const QStringList &options = {})
{
    return cli.run(QStringList{u"evaluations"_s, u"import"_s, file} + options);
}

} // namespace

TEST_CASE("evaluations import stores the records with ticket stubs and people", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const CliResult r = importEvaluations(cli, cliData(u"evaluations-two-records.json"_s), {u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject report = r.jsonObject();
    CHECK(report.value(u"imported"_s).toInt() == 2);
    CHECK(report.value(u"incomplete"_s).toInt() == 0);
    CHECK(report.value(u"ticket_stubs"_s).toInt() == 2);
    CHECK(report.value(u"people_created"_s).toInt() == 3); // two engineers, one trainer

    const QJsonArray tickets = listJson(cli, u"tickets"_s);
    REQUIRE(tickets.size() == 2);
    for (const QString &id : {u"5001"_s, u"5002"_s}) {
        const QJsonObject ticket = byTicket(tickets, u"external_id"_s, id);
        CHECK(ticket.value(u"stub"_s) == QJsonValue(true));
        CHECK(ticket.value(u"source"_s).toString() == u"zendesk"_s);
    }
    CHECK(byTicket(tickets, u"external_id"_s, u"5001"_s).value(u"assignee"_s).toString() == u"anna@support.example"_s);

    const QJsonArray evaluations = listJson(cli, u"evaluations"_s);
    REQUIRE(evaluations.size() == 2);
    for (const QJsonValue &e : evaluations) {
        INFO(QJsonDocument(e.toObject()).toJson().toStdString());
        CHECK(missingFields(e.toObject(), {u"id"_s, u"ticket"_s, u"source"_s, u"engineer"_s, u"trainer"_s,
                                           u"scorecard"_s, u"scorecard_version"_s, u"status"_s, u"kind"_s,
                                           u"submitted_at"_s, u"score"_s, u"uncapped_score"_s, u"critical_failed"_s,
                                           u"complete"_s})
                  .isEmpty());
    }
    const QString cardVersion = listJson(cli, u"scorecards"_s).first().toObject().value(u"version"_s).toString();

    const QJsonObject first = byTicket(evaluations, u"ticket"_s, u"5001"_s);
    CHECK(first.value(u"source"_s).toString() == u"zendesk"_s);
    CHECK(first.value(u"engineer"_s).toString() == u"anna@support.example"_s);
    CHECK(first.value(u"trainer"_s).toString() == u"boris@support.example"_s);
    CHECK(first.value(u"scorecard"_s).toString() == u"first-line"_s);
    CHECK(first.value(u"scorecard_version"_s).toString() == cardVersion);
    CHECK(first.value(u"status"_s).toString() == u"submitted"_s);
    CHECK(first.value(u"kind"_s).toString() == u"normal"_s);
    CHECK(first.value(u"submitted_at"_s).toString().startsWith(u"2026-10-01T09:30:00"_s));
    CHECK(first.value(u"score"_s).toDouble() == Approx(66.0).margin(1e-9).epsilon(0));
    CHECK(first.value(u"uncapped_score"_s).toDouble() == Approx(66.0).margin(1e-9).epsilon(0));
    CHECK(first.value(u"critical_failed"_s) == QJsonValue(false));
    CHECK(first.value(u"complete"_s) == QJsonValue(true));

    const QJsonObject second = byTicket(evaluations, u"ticket"_s, u"5002"_s);
    CHECK(second.value(u"engineer"_s).toString() == u"vera@support.example"_s);
    CHECK(second.value(u"kind"_s).toString() == u"calibration"_s);
    CHECK(second.value(u"score"_s).toDouble() == Approx(100.0).margin(1e-9).epsilon(0));
}

TEST_CASE("evaluations import prints a summary without --json", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const CliResult r = importEvaluations(cli, cliData(u"evaluations-two-records.json"_s));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Imported 2 evaluation(s)"_s));
    CHECK(r.err.isEmpty());

    const CliResult table = cli.run({u"evaluations"_s, u"list"_s});
    INFO(table);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"anna@support.example"_s));
    CHECK(table.out.contains(u"calibration"_s));
}

TEST_CASE("evaluations import refuses an incomplete record unless --allow-incomplete", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const QString file = cliData(u"evaluations-one-incomplete-record.json"_s);

    const CliResult refused = importEvaluations(cli, file);
    INFO(refused);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"evaluations-one-incomplete-record.json: evaluations[0].answers: incomplete"_s));
    CHECK(refused.err.contains(u"first-answer"_s));
    CHECK(refused.err.contains(u"workaround"_s));
    CHECK(refused.err.contains(u"--allow-incomplete"_s));
    CHECK(listJson(cli, u"evaluations"_s).isEmpty());
    CHECK(listJson(cli, u"tickets"_s).isEmpty());

    const CliResult allowed = importEvaluations(cli, file, {u"--allow-incomplete"_s, u"--json"_s});
    INFO(allowed);
    REQUIRE(allowed.exitCode == 0);
    CHECK(allowed.jsonObject().value(u"imported"_s).toInt() == 1);
    CHECK(allowed.jsonObject().value(u"incomplete"_s).toInt() == 1);

    const QJsonArray evaluations = listJson(cli, u"evaluations"_s);
    REQUIRE(evaluations.size() == 1);
    const QJsonObject e = evaluations.first().toObject();
    CHECK(e.value(u"ticket"_s).toString() == u"6001"_s);
    CHECK(e.value(u"complete"_s) == QJsonValue(false));
    // main: (2 + 0.4) / 3 = 0.8; tone: polite "no" = 0; 100 · 3·0.8 / 4 = 60
    CHECK(e.value(u"score"_s).toDouble() == Approx(60.0).margin(1e-9).epsilon(0));
}

TEST_CASE("evaluations import is all or nothing: a bad last record imports nothing", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);

    SECTION("an answer to an unknown criterion (found against the stored card)")
    {
        const CliResult r = importEvaluations(cli, cliData(u"evaluations-last-record-unknown-criterion.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"evaluations-last-record-unknown-criterion.json: evaluations[2].answers.empathy: "_s
                             u"no such criterion"_s));
        CHECK_FALSE(r.err.contains(u"evaluations[0]"_s));
        CHECK_FALSE(r.err.contains(u"evaluations[1]"_s));
    }
    SECTION("a kind that does not exist (found while reading the file)")
    {
        const CliResult r = importEvaluations(cli, cliData(u"evaluations-last-record-bad-kind.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"evaluations-last-record-bad-kind.json: evaluations[2].kind: "_s));
        CHECK_FALSE(r.err.contains(u"evaluations[0]"_s));
    }
    SECTION("a scorecard the workspace does not have")
    {
        const CliResult r = importEvaluations(cli, cliData(u"evaluations-unknown-scorecard.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"evaluations-unknown-scorecard.json: evaluations[0].scorecard: "_s));
        CHECK(r.err.contains(u"\"third-line\""_s));
    }
    CHECK(listJson(cli, u"evaluations"_s).isEmpty());
    CHECK(listJson(cli, u"tickets"_s).isEmpty());
}

TEST_CASE("evaluations import of the same file twice is refused the second time", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const QString file = cliData(u"evaluations-two-records.json"_s);
    REQUIRE(importEvaluations(cli, file).exitCode == 0);
    REQUIRE(listJson(cli, u"evaluations"_s).size() == 2);

    const CliResult again = importEvaluations(cli, file);
    INFO(again);
    CHECK(again.exitCode == 2);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(u"evaluations[0]: already imported"_s));
    CHECK(again.err.contains(u"evaluations[1]: already imported"_s));
    CHECK(listJson(cli, u"evaluations"_s).size() == 2);
    CHECK(listJson(cli, u"tickets"_s).size() == 2);
}

TEST_CASE("evaluations import names a file that does not exist", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const QString missing = cli.path(u"no-such-evaluations.json"_s);
    const CliResult r = importEvaluations(cli, missing);
    INFO(r);
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(missing + u": no such file"_s));
}

// See ScoreCommandTest: a missing file should be bad input (2), the command line gives 1.
TEST_CASE("evaluations import exits 2 for a file that does not exist", "[cli][evaluations]")
{
    const CliRunner cli;
    importFirstLineCard(cli);
    const CliResult r = importEvaluations(cli, cli.path(u"no-such-evaluations.json"_s));
    INFO(r);
    CHECK(r.exitCode == 2);
}

TEST_CASE("evaluations list of an empty workspace", "[cli][evaluations]")
{
    const CliRunner cli;
    CHECK(listJson(cli, u"evaluations"_s).isEmpty());
    const CliResult table = cli.run({u"evaluations"_s, u"list"_s});
    INFO(table);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"No evaluations yet."_s));
}

TEST_CASE("evaluations without a known action or with the wrong arguments is bad usage", "[cli][evaluations]")
{
    const CliRunner cli;
    for (const QStringList &arguments :
         {QStringList{u"evaluations"_s}, QStringList{u"evaluations"_s, u"export"_s},
          QStringList{u"evaluations"_s, u"import"_s},
          QStringList{u"evaluations"_s, u"import"_s, cliData(u"evaluations-two-records.json"_s),
                      cliData(u"evaluations-one-incomplete-record.json"_s)},
          QStringList{u"evaluations"_s, u"list"_s, u"extra"_s}}) {
        const CliResult r = cli.run(arguments);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("once a workspace has a QA admin an import names who imports and only an admin may", "[cli][evaluations]")
{
    const CliRunner cli;
    {
        auto db = qadesk::Database::open(cli.databaseUrl());
        REQUIRE(db.has_value());
        REQUIRE(qadesk::WorkspaceSetup::createFirstAdmin(**db, u"Вера Админ"_s, u"admin@support.example"_s, u"ru"_s)
                    .has_value());
    }
    const QString card = cliData(u"card-first-line.json"_s);
    const QString evaluations = cliData(u"evaluations-two-records.json"_s);

    // Without --as: refused, nothing stored, and the message says what to do.
    const CliResult anonymousCard = cli.run({u"scorecards"_s, u"import"_s, card});
    INFO(anonymousCard);
    CHECK(anonymousCard.exitCode == 1);
    CHECK(anonymousCard.err.contains(u"scorecards import: this workspace has a QA admin"_s));
    CHECK(anonymousCard.err.contains(u"--as"_s));
    CHECK(listJson(cli, u"scorecards"_s).isEmpty());

    const CliResult adminCard = cli.run({u"scorecards"_s, u"import"_s, card, u"--as"_s, u"admin@support.example"_s});
    INFO(adminCard);
    REQUIRE(adminCard.exitCode == 0);

    const CliResult anonymousEvaluations = importEvaluations(cli, evaluations);
    INFO(anonymousEvaluations);
    CHECK(anonymousEvaluations.exitCode == 1);
    CHECK(anonymousEvaluations.err.contains(u"evaluations import: this workspace has a QA admin"_s));
    CHECK(listJson(cli, u"evaluations"_s).isEmpty());

    const CliResult unknown = importEvaluations(cli, evaluations, {u"--as"_s, u"nobody@support.example"_s});
    INFO(unknown);
    CHECK(unknown.exitCode == 2);

    const CliResult imported = importEvaluations(cli, evaluations, {u"--as"_s, u"admin@support.example"_s});
    INFO(imported);
    REQUIRE(imported.exitCode == 0);
    CHECK(listJson(cli, u"evaluations"_s).size() == 2);

    // The trainer the import created is no admin: a second import in their name is refused.
    const CliResult byTrainer = importEvaluations(cli, evaluations, {u"--as"_s, u"boris@support.example"_s});
    INFO(byTrainer);
    CHECK(byTrainer.exitCode == 1);
    CHECK(byTrainer.err.contains(u"is not a QA admin and cannot import evaluations"_s));
    CHECK(listJson(cli, u"evaluations"_s).size() == 2);

    // The audit log names the admin for the card and for each evaluation.
    auto db = qadesk::Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    const qint64 adminId = qadesk::PeopleStore(**db).findByEmail(u"admin@support.example"_s).value().value().id;
    const QList<qadesk::AuditEntry> entries = qadesk::AuditLog(**db).list(u"evaluation"_s).value();
    const auto byAdmin = std::count_if(entries.begin(), entries.end(), [&](const qadesk::AuditEntry &e) {
        return e.action == u"evaluation.import"_s && e.actorId == adminId;
    });
    CHECK(entries.size() == 2);
    CHECK(byAdmin == 2);
}
