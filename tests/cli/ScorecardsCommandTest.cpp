// qadesk scorecards import / list / export, run as a real process against a fresh workspace.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray listCards(const CliRunner &cli)
{
    const CliResult r = cli.run({u"scorecards"_s, u"list"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.jsonArray();
}

QJsonObject cardById(const QJsonArray &cards, const QString &id)
{
    for (const QJsonValue &card : cards) {
        if (card.toObject().value(u"id"_s).toString() == id)
            return card.toObject();
    }
    FAIL("no card " << id.toStdString() << " in the list");
    return {};
}

CliResult importCards(const CliRunner &cli, const QStringList &files, bool json = false)
{
    QStringList arguments{u"scorecards"_s, u"import"_s};
    arguments += files;
    if (json)
        arguments.append(u"--json"_s);
    return cli.run(arguments);
}

// The weight of criterion `understood` in an exported card.
double understoodWeight(const QJsonObject &card)
{
    for (const QJsonValue &section : card.value(u"sections"_s).toArray()) {
        for (const QJsonValue &criterion : section.toObject().value(u"criteria"_s).toArray()) {
            if (criterion.toObject().value(u"id"_s).toString() == u"understood"_s)
                return criterion.toObject().value(u"weight"_s).toDouble(1.0);
        }
    }
    FAIL("no criterion understood in the exported card");
    return 0;
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("scorecards import adds several cards at once and list shows them", "[cli][scorecards]")
{
    const CliRunner cli;
    const CliResult r = importCards(cli, {cliData(u"card-first-line.json"_s), cliData(u"card-second-line.json"_s)});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"first-line: new card"_s));
    CHECK(r.out.contains(u"second-line: new card"_s));

    const QJsonArray cards = listCards(cli);
    REQUIRE(cards.size() == 2);
    for (const QJsonValue &card : cards) {
        INFO(QJsonDocument(card.toObject()).toJson().toStdString());
        CHECK(missingFields(card.toObject(), {u"id"_s, u"title"_s, u"version"_s, u"versions"_s, u"criteria"_s,
                                              u"archived"_s})
                  .isEmpty());
    }
    const QJsonObject first = cardById(cards, u"first-line"_s);
    CHECK(first.value(u"title"_s).toString() == u"Первая линия"_s);
    CHECK(first.value(u"versions"_s).toInt() == 1);
    CHECK(first.value(u"criteria"_s).toInt() == 4);
    CHECK(first.value(u"archived"_s) == QJsonValue(false));
    CHECK(first.value(u"version"_s).toString().size() == 64);
    const QJsonObject second = cardById(cards, u"second-line"_s);
    CHECK(second.value(u"title"_s).toString() == u"Вторая линия"_s);
    CHECK(second.value(u"criteria"_s).toInt() == 2);
    CHECK(second.value(u"versions"_s).toInt() == 1);

    // The stored version is the content version `score` reports for the same file.
    const CliResult scored = cli.run({u"score"_s, u"--scorecard"_s, cliData(u"card-first-line.json"_s), u"--answers"_s,
                                      cliData(u"answers-first-line-complete.json"_s)});
    INFO(scored);
    REQUIRE(scored.exitCode == 0);
    CHECK(scored.jsonObject().value(u"scorecard_version"_s) == first.value(u"version"_s));
}

TEST_CASE("scorecards import --json reports new cards and versions", "[cli][scorecards]")
{
    const CliRunner cli;
    const CliResult r = importCards(cli, {cliData(u"card-first-line.json"_s)}, true);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonArray results = r.jsonArray();
    REQUIRE(results.size() == 1);
    const QJsonObject result = results.first().toObject();
    CHECK(result.value(u"id"_s).toString() == u"first-line"_s);
    CHECK(result.value(u"new_card"_s) == QJsonValue(true));
    CHECK(result.value(u"new_version"_s).isBool());
    CHECK(result.value(u"version"_s).toString().size() == 64);
}

TEST_CASE("scorecards import of the same card again is unchanged and adds no version", "[cli][scorecards]")
{
    const CliRunner cli;
    REQUIRE(importCards(cli, {cliData(u"card-first-line.json"_s)}).exitCode == 0);
    const QJsonObject before = cardById(listCards(cli), u"first-line"_s);

    SECTION("the same file")
    {
        const CliResult again = importCards(cli, {cliData(u"card-first-line.json"_s)});
        INFO(again);
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.contains(u"first-line: unchanged"_s));
    }
    SECTION("the same card with keys reordered and re-indented")
    {
        const CliResult again = importCards(cli, {cliData(u"card-first-line-keys-reordered.json"_s)});
        INFO(again);
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.contains(u"first-line: unchanged"_s));
    }
    const QJsonObject after = cardById(listCards(cli), u"first-line"_s);
    CHECK(after.value(u"versions"_s).toInt() == 1);
    CHECK(after.value(u"version"_s) == before.value(u"version"_s));
}

TEST_CASE("scorecards import of a changed weight adds a version and the old one can still be exported",
          "[cli][scorecards]")
{
    const CliRunner cli;
    REQUIRE(importCards(cli, {cliData(u"card-first-line.json"_s)}).exitCode == 0);
    const QString oldVersion = cardById(listCards(cli), u"first-line"_s).value(u"version"_s).toString();
    REQUIRE(oldVersion.size() == 64);

    const CliResult changed = importCards(cli, {cliData(u"card-first-line-understood-weight-3.json"_s)});
    INFO(changed);
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(u"first-line: new version"_s));

    const QJsonObject listed = cardById(listCards(cli), u"first-line"_s);
    CHECK(listed.value(u"versions"_s).toInt() == 2);
    const QString newVersion = listed.value(u"version"_s).toString();
    CHECK(newVersion.size() == 64);
    CHECK(newVersion != oldVersion);

    const CliResult current = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s});
    INFO(current);
    REQUIRE(current.exitCode == 0);
    CHECK(understoodWeight(current.jsonObject()) == 3.0);

    const CliResult old = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s, u"--version"_s, oldVersion.left(8)});
    INFO(old);
    REQUIRE(old.exitCode == 0);
    CHECK(understoodWeight(old.jsonObject()) == 2.0);

    // The exported old card is the old version byte for byte as far as its content version goes.
    const QString exported = cli.writeFile(u"old-export.json"_s, old.out.toUtf8());
    const CliResult scored = cli.run({u"score"_s, u"--scorecard"_s, exported, u"--answers"_s,
                                      cliData(u"answers-first-line-complete.json"_s)});
    INFO(scored);
    REQUIRE(scored.exitCode == 0);
    CHECK(scored.jsonObject().value(u"scorecard_version"_s).toString() == oldVersion);

    SECTION("a version prefix shorter than 6 characters is bad input")
    {
        const CliResult r = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s, u"--version"_s, oldVersion.left(3)});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
    SECTION("a version the card does not have is bad input")
    {
        const CliResult r = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s, u"--version"_s, u"ffffffffffff"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"ffffffffffff"_s));
    }
}

TEST_CASE("scorecards import with one invalid file among several imports nothing", "[cli][scorecards]")
{
    const CliRunner cli;
    const CliResult r = importCards(cli, {cliData(u"card-first-line.json"_s),
                                          cliData(u"card-invalid-criterion-weight-zero.json"_s),
                                          cliData(u"card-second-line.json"_s)});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"card-invalid-criterion-weight-zero.json: sections[0].criteria[0].weight: must be > 0"_s));
    CHECK_FALSE(r.out.contains(u"new card"_s));
    CHECK(listCards(cli).isEmpty());
}

TEST_CASE("scorecards import names a file with invalid JSON", "[cli][scorecards]")
{
    const CliRunner cli;
    const CliResult r = importCards(cli, {cliData(u"card-first-line.json"_s),
                                          cliData(u"card-invalid-json-missing-comma.json"_s)});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"card-invalid-json-missing-comma.json: line 4, column"_s));
    CHECK(listCards(cli).isEmpty());
}

TEST_CASE("scorecards import with a file that does not exist imports nothing", "[cli][scorecards]")
{
    const CliRunner cli;
    const QString missing = cli.path(u"no-such-card.json"_s);
    const CliResult r = importCards(cli, {cliData(u"card-first-line.json"_s), missing});
    INFO(r);
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(missing + u": no such file"_s));
    CHECK(listCards(cli).isEmpty());
}

// See ScoreCommandTest: a missing file should be bad input (2), the command line gives 1.
TEST_CASE("scorecards import exits 2 for a file that does not exist", "[cli][scorecards]")
{
    const CliRunner cli;
    const CliResult r = importCards(cli, {cli.path(u"no-such-card.json"_s)});
    INFO(r);
    CHECK(r.exitCode == 2);
}

TEST_CASE("scorecards export round-trips: importing the export is unchanged", "[cli][scorecards]")
{
    const CliRunner cli;
    REQUIRE(importCards(cli, {cliData(u"card-first-line.json"_s)}).exitCode == 0);

    const CliResult exported = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s});
    INFO(exported);
    REQUIRE(exported.exitCode == 0);
    const QJsonObject card = exported.jsonObject();
    CHECK(card.value(u"format"_s).toString() == u"qadesk.scorecard/1"_s);
    CHECK(card.value(u"id"_s).toString() == u"first-line"_s);
    CHECK(card.value(u"title"_s).toString() == u"Первая линия"_s);

    const QString file = cli.writeFile(u"exported.json"_s, exported.out.toUtf8());
    const CliResult again = importCards(cli, {file});
    INFO(again);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"first-line: unchanged"_s));
    CHECK(cardById(listCards(cli), u"first-line"_s).value(u"versions"_s).toInt() == 1);
}

TEST_CASE("scorecards export -o writes the card to a file", "[cli][scorecards]")
{
    const CliRunner cli;
    REQUIRE(importCards(cli, {cliData(u"card-first-line.json"_s)}).exitCode == 0);
    const CliResult toStdout = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s});
    REQUIRE(toStdout.exitCode == 0);

    const QString target = cli.path(u"written.json"_s);
    const CliResult r = cli.run({u"scorecards"_s, u"export"_s, u"first-line"_s, u"-o"_s, target});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(parseObject(written) == toStdout.jsonObject());

    const CliResult again = importCards(cli, {target});
    INFO(again);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"first-line: unchanged"_s));
}

TEST_CASE("scorecards export of an unknown card is bad input", "[cli][scorecards]")
{
    const CliRunner cli;
    REQUIRE(importCards(cli, {cliData(u"card-first-line.json"_s)}).exitCode == 0);
    const CliResult r = cli.run({u"scorecards"_s, u"export"_s, u"no-such-card"_s});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(u"no-such-card"_s));
}

TEST_CASE("scorecards list of an empty workspace", "[cli][scorecards]")
{
    const CliRunner cli;
    CHECK(listCards(cli).isEmpty());
    const CliResult table = cli.run({u"scorecards"_s, u"list"_s});
    INFO(table);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"No scorecards yet"_s));
}

TEST_CASE("scorecards without a known action is bad usage", "[cli][scorecards]")
{
    const CliRunner cli;
    for (const QStringList &arguments : {QStringList{u"scorecards"_s}, QStringList{u"scorecards"_s, u"delete"_s},
                                         QStringList{u"scorecards"_s, u"import"_s},
                                         QStringList{u"scorecards"_s, u"export"_s}}) {
        const CliResult r = cli.run(arguments);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}
