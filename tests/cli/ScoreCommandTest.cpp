// qadesk score --scorecard CARD --answers ANSWERS, run as a real process.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

void checkNumber(const QJsonValue &value, double expected)
{
    REQUIRE(value.isDouble());
    CHECK(value.toDouble() == Approx(expected).margin(1e-9).epsilon(0));
}

bool isContentHash(const QJsonValue &value)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return value.isString() && hex.match(value.toString()).hasMatch();
}

QJsonObject sectionById(const QJsonObject &result, const QString &id)
{
    for (const QJsonValue &section : result.value(u"sections"_s).toArray()) {
        if (section.toObject().value(u"id"_s).toString() == id)
            return section.toObject();
    }
    FAIL("no section " << id.toStdString() << " in the result");
    return {};
}

CliResult score(const CliRunner &cli, const QString &card, const QString &answers)
{
    return cli.run({u"score"_s, u"--scorecard"_s, card, u"--answers"_s, answers});
}

} // namespace

TEST_CASE("score prints the full result of a complete answers file as JSON", "[cli][score]")
{
    const CliRunner cli;
    const CliResult r = score(cli, cliData(u"card-first-line.json"_s), cliData(u"answers-first-line-complete.json"_s));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QJsonObject json = r.jsonObject();
    CHECK(missingFields(json, {u"scored"_s, u"score"_s, u"uncapped_score"_s, u"critical_failed"_s, u"complete"_s,
                               u"missing_answers"_s, u"missing_comments"_s, u"sections"_s, u"scorecard_version"_s})
              .isEmpty());

    // main: (2·1 + 1·0.4 + 2·1) / 5 = 88 %; tone: polite "no" = 0 %; (3·88 + 1·0) / 4 = 66
    CHECK(json.value(u"scored"_s).toBool());
    checkNumber(json.value(u"score"_s), 66.0);
    checkNumber(json.value(u"uncapped_score"_s), 66.0);
    CHECK(json.value(u"critical_failed"_s) == QJsonValue(false));
    CHECK(json.value(u"complete"_s) == QJsonValue(true));
    CHECK(json.value(u"missing_answers"_s).toArray().isEmpty());
    CHECK(json.value(u"missing_comments"_s).toArray().isEmpty());
    CHECK(json.value(u"scorecard"_s).toString() == u"first-line"_s);
    CHECK(isContentHash(json.value(u"scorecard_version"_s)));

    const QJsonArray sections = json.value(u"sections"_s).toArray();
    REQUIRE(sections.size() == 2);
    for (const QJsonValue &section : sections)
        CHECK(missingFields(section.toObject(), {u"id"_s, u"score"_s, u"weight"_s, u"included"_s}).isEmpty());
    const QJsonObject main = sectionById(json, u"main"_s);
    checkNumber(main.value(u"score"_s), 88.0); // a section's score is a percent too
    checkNumber(main.value(u"weight"_s), 3.0);
    CHECK(main.value(u"included"_s) == QJsonValue(true));
    const QJsonObject tone = sectionById(json, u"tone"_s);
    checkNumber(tone.value(u"score"_s), 0.0);
    checkNumber(tone.value(u"weight"_s), 1.0);
    CHECK(tone.value(u"included"_s) == QJsonValue(true));
}

TEST_CASE("score gives the same scorecard_version for the same card with keys reordered and re-indented",
          "[cli][score]")
{
    const CliRunner cli;
    const QString answers = cliData(u"answers-first-line-complete.json"_s);
    const CliResult original = score(cli, cliData(u"card-first-line.json"_s), answers);
    const CliResult reordered = score(cli, cliData(u"card-first-line-keys-reordered.json"_s), answers);
    const CliResult heavier = score(cli, cliData(u"card-first-line-understood-weight-3.json"_s), answers);
    INFO(original);
    INFO(reordered);
    INFO(heavier);
    REQUIRE(original.exitCode == 0);
    REQUIRE(reordered.exitCode == 0);
    REQUIRE(heavier.exitCode == 0);

    const QJsonValue version = original.jsonObject().value(u"scorecard_version"_s);
    CHECK(isContentHash(version));
    CHECK(reordered.jsonObject().value(u"scorecard_version"_s) == version);
    CHECK(reordered.jsonObject().value(u"score"_s) == original.jsonObject().value(u"score"_s));
    // A changed weight is a different card.
    CHECK(isContentHash(heavier.jsonObject().value(u"scorecard_version"_s)));
    CHECK(heavier.jsonObject().value(u"scorecard_version"_s) != version);
}

TEST_CASE("score accepts a valid but incomplete answers file and lists what is missing", "[cli][score]")
{
    const CliRunner cli;
    const CliResult r = score(cli, cliData(u"card-first-line.json"_s), cliData(u"answers-first-line-incomplete.json"_s));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.jsonObject();
    CHECK(json.value(u"complete"_s) == QJsonValue(false));
    CHECK(toStringList(json.value(u"missing_answers"_s)) == QStringList{u"first-answer"_s});
    CHECK(toStringList(json.value(u"missing_comments"_s)) == QStringList{u"workaround"_s});
    // An incomplete evaluation is still scored: main (2 + 0.4) / 3 = 0.8, tone 1; 100 · (3·0.8 + 1) / 4 = 85
    CHECK(json.value(u"scored"_s).toBool());
    checkNumber(json.value(u"score"_s), 85.0);
    checkNumber(json.value(u"uncapped_score"_s), 85.0);
}

TEST_CASE("score reproduces the shared scoring vectors through the command line", "[cli][score][vectors]")
{
    const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
    const QJsonArray cases = vectors.value(u"cases"_s).toArray();
    REQUIRE(cases.size() >= 12);

    const CliRunner cli;
    for (const QJsonValue &item : cases) {
        const QJsonObject c = item.toObject();
        INFO("vector: " << c.value(u"name"_s).toString().toStdString());
        const QString card = cli.writeJson(u"vector-card.json"_s, c.value(u"scorecard"_s).toObject());
        const QString answers = cli.writeJson(u"vector-answers.json"_s, c.value(u"answers"_s).toObject());
        const CliResult r = score(cli, card, answers);
        INFO(r);
        REQUIRE(r.exitCode == 0);
        const QJsonObject json = r.jsonObject();
        const QJsonObject expect = c.value(u"expect"_s).toObject();

        CHECK(json.value(u"scored"_s) == expect.value(u"scored"_s));
        CHECK(json.value(u"critical_failed"_s) == expect.value(u"critical_failed"_s));
        CHECK(json.value(u"complete"_s) == expect.value(u"complete"_s));
        CHECK(toStringList(json.value(u"missing_comments"_s)) == toStringList(expect.value(u"missing_comments"_s)));
        if (expect.value(u"score"_s).isNull()) {
            CHECK(json.value(u"score"_s).isNull());
            CHECK(json.value(u"uncapped_score"_s).isNull());
            for (const QJsonValue &section : json.value(u"sections"_s).toArray())
                CHECK(section.toObject().value(u"included"_s) == QJsonValue(false));
        } else {
            checkNumber(json.value(u"score"_s), expect.value(u"score"_s).toDouble());
            checkNumber(json.value(u"uncapped_score"_s), expect.value(u"uncapped_score"_s).toDouble());
        }
    }
}

TEST_CASE("score leaves out a section whose answers are all N/A", "[cli][score][vectors]")
{
    const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
    QJsonObject allNa;
    for (const QJsonValue &item : vectors.value(u"cases"_s).toArray()) {
        if (item.toObject().value(u"name"_s).toString() == u"all-N/A section is left out"_s)
            allNa = item.toObject();
    }
    REQUIRE_FALSE(allNa.isEmpty());

    const CliRunner cli;
    const CliResult r = score(cli, cli.writeJson(u"card.json"_s, allNa.value(u"scorecard"_s).toObject()),
                              cli.writeJson(u"answers.json"_s, allNa.value(u"answers"_s).toObject()));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject tone = sectionById(r.jsonObject(), u"tone"_s);
    CHECK(tone.value(u"included"_s) == QJsonValue(false));
    CHECK(tone.value(u"score"_s).isNull());
    CHECK(sectionById(r.jsonObject(), u"main"_s).value(u"included"_s) == QJsonValue(true));
}

TEST_CASE("score refuses bad input with exit code 2, naming the file and the field", "[cli][score]")
{
    const CliRunner cli;
    const QString card = cliData(u"card-first-line.json"_s);
    const QString answers = cliData(u"answers-first-line-complete.json"_s);

    SECTION("an invalid scorecard names the JSON path of the problem")
    {
        const CliResult r = score(cli, cliData(u"card-invalid-criterion-weight-zero.json"_s), answers);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"card-invalid-criterion-weight-zero.json: sections[0].criteria[0].weight: must be > 0"_s));
    }
    SECTION("invalid JSON syntax names the line and column")
    {
        const CliResult r = score(cli, cliData(u"card-invalid-json-missing-comma.json"_s), answers);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QRegularExpression(u"card-invalid-json-missing-comma\\.json: line 4, column \\d+: "_s)));
    }
    SECTION("answers for another scorecard")
    {
        const CliResult r = score(cli, card, cliData(u"answers-second-line.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"answers-second-line.json: scorecard: "_s));
        CHECK(r.err.contains(u"\"second-line\""_s));
        CHECK(r.err.contains(u"\"first-line\""_s));
    }
    SECTION("an answer to a criterion the card does not have")
    {
        const CliResult r = score(cli, card, cliData(u"answers-first-line-unknown-criterion.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"answers-first-line-unknown-criterion.json: answers.empathy: no such criterion"_s));
    }
    SECTION("N/A for a criterion that does not allow it")
    {
        const CliResult r = score(cli, card, cliData(u"answers-first-line-na-where-not-allowed.json"_s));
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"answers-first-line-na-where-not-allowed.json: answers.first-answer.value: "_s
                             u"N/A is not allowed"_s));
    }
    SECTION("the --answers option is missing")
    {
        const CliResult r = cli.run({u"score"_s, u"--scorecard"_s, card});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"--answers"_s));
    }
    SECTION("the --scorecard option has no value")
    {
        const CliResult r = cli.run({u"score"_s, u"--answers"_s, answers, u"--scorecard"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
    SECTION("a positional argument")
    {
        const CliResult r = cli.run({u"score"_s, card, u"--scorecard"_s, card, u"--answers"_s, answers});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("score names a scorecard or answers file that does not exist", "[cli][score]")
{
    const CliRunner cli;
    const QString missing = cli.path(u"no-such-card.json"_s);

    SECTION("scorecard")
    {
        const CliResult r = score(cli, missing, cliData(u"answers-first-line-complete.json"_s));
        INFO(r);
        CHECK(r.exitCode != 0);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(missing + u": no such file"_s));
    }
    SECTION("answers")
    {
        const CliResult r = score(cli, cliData(u"card-first-line.json"_s), missing);
        INFO(r);
        CHECK(r.exitCode != 0);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(missing + u": no such file"_s));
    }
}

// A missing file is input the user can fix, so it should be exit code 2 like any other bad input.
// The command line gives 1 (the file error is Error::Code::Io); reported, not fixed here.
TEST_CASE("score exits 2 for a file that does not exist", "[cli][score]")
{
    const CliRunner cli;
    const CliResult r = score(cli, cli.path(u"no-such-card.json"_s), cliData(u"answers-first-line-complete.json"_s));
    INFO(r);
    CHECK(r.exitCode == 2);
}
