// qadesk.answers/1 parsing, AnswerSheet::problemsUnder, and the parts of ScoringEngine that the
// shared scoring vectors do not cover: incomplete evaluations, comment rules, critical_fails_on
// with several values, the section trace and ScoreResult::toJson.

#include "scoring/AnswerSheet.h"
#include "scoring/ScorecardParser.h"
#include "scoring/ScoringEngine.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <vector>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

using Lines = std::vector<std::string>;

Lines linesOf(const QString &message)
{
    Lines lines;
    for (const QString &line : message.split(u'\n'))
        lines.push_back(line.toStdString());
    return lines;
}

Lines linesOf(const QStringList &list)
{
    Lines lines;
    for (const QString &line : list)
        lines.push_back(line.toStdString());
    return lines;
}

Lines problemsOf(const QByteArray &json)
{
    const Result<AnswerSheet> sheet = AnswerSheet::parse(json);
    if (sheet)
        return {};
    return linesOf(sheet.error().message);
}

Scorecard cardFrom(const QByteArray &json)
{
    Result<Scorecard> card = ScorecardParser::parse(json);
    INFO((card ? QString() : card.error().message).toStdString());
    REQUIRE(card.has_value());
    return *std::move(card);
}

Answer answer(AnswerValue value, const QString &comment = {})
{
    return Answer{value, comment};
}

// Card order differs from id order on purpose: zeta, alpha | mid, beta, omega.
// Section "main" weight 3: zeta w2 (critical), alpha w1; section "tone" weight 1: mid w1, beta w3,
// omega w1 (N/A not allowed).
const QByteArray orderCard = R"({
    "format": "qadesk.scorecard/1", "id": "order", "title": "Order",
    "sections": [
        {"id": "main", "title": "Main", "weight": 3, "criteria": [
            {"id": "zeta", "text": "Zeta?", "weight": 2, "critical": true},
            {"id": "alpha", "text": "Alpha?"}
        ]},
        {"id": "tone", "title": "Tone", "criteria": [
            {"id": "mid", "text": "Mid?"},
            {"id": "beta", "text": "Beta?", "weight": 3},
            {"id": "omega", "text": "Omega?", "na_allowed": false}
        ]}
    ]
})";

} // namespace

// ---------------------------------------------------------------------------------------------
// qadesk.answers/1 parsing

TEST_CASE("a valid answers file is read completely", "[scoring][json]")
{
    const Result<AnswerSheet> sheet = AnswerSheet::parse(R"({
        "format": "qadesk.answers/1", "scorecard": "first-line",
        "answers": {
            "understood": {"value": "yes"},
            "workaround": {"value": "partly", "comment": "Обход дан, но без шагов"},
            "first-answer": {"value": "no", "comment": ""},
            "polite": {"value": "na"}
        }
    })");
    INFO((sheet ? QString() : sheet.error().message).toStdString());
    REQUIRE(sheet.has_value());
    CHECK(sheet->scorecardId == u"first-line"_s);
    REQUIRE(sheet->answers.size() == 4);
    CHECK(sheet->answers.value(u"understood"_s) == answer(AnswerValue::Yes));
    CHECK(sheet->answers.value(u"workaround"_s) == answer(AnswerValue::Partly, u"Обход дан, но без шагов"_s));
    CHECK(sheet->answers.value(u"first-answer"_s) == answer(AnswerValue::No));
    CHECK(sheet->answers.value(u"polite"_s) == answer(AnswerValue::NotApplicable));
}

TEST_CASE("an answers file with no answers yet is valid", "[scoring][json]")
{
    const Result<AnswerSheet> sheet = AnswerSheet::parse(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {}})");
    REQUIRE(sheet.has_value());
    CHECK(sheet->answers.isEmpty());
}

TEST_CASE("answers file: format and scorecard are required", "[scoring][json]")
{
    CHECK(problemsOf(R"({"scorecard": "x", "answers": {}})") == Lines{"format: is required"});
    CHECK(problemsOf(R"({"format": "qadesk.scorecard/1", "scorecard": "x", "answers": {}})")
          == Lines{R"(format: must be "qadesk.answers/1")"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/2", "scorecard": "x", "answers": {}})")
          == Lines{R"(format: must be "qadesk.answers/1")"});
    CHECK(problemsOf(R"({"format": 1, "scorecard": "x", "answers": {}})") == Lines{"format: must be a string"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "answers": {}})") == Lines{"scorecard: is required"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "", "answers": {}})")
          == Lines{"scorecard: must not be empty"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "  ", "answers": {}})")
          == Lines{"scorecard: must not be empty"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": ["x"], "answers": {}})")
          == Lines{"scorecard: must be a string"});
}

TEST_CASE("answers file: the answers object is required", "[scoring][json]")
{
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x"})") == Lines{"answers: is required"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": []})")
          == Lines{"answers: must be an object of criterion id -> answer"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": null})")
          == Lines{"answers: must be an object of criterion id -> answer"});
}

TEST_CASE("answers file: unknown fields are errors", "[scoring][json]")
{
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {}, "score": 100})")
          == Lines{"score: unknown field"});
    CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x",
                         "answers": {"c1": {"value": "no", "coment": "typo"}}})")
          == Lines{"answers.c1.coment: unknown field"});
}

TEST_CASE("answers file: each answer is an object with a known value", "[scoring][json]")
{
    SECTION("unknown value")
    {
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": {"value": "maybe"}}})")
              == Lines{"answers.c1.value: must be one of yes, partly, no, na"});
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": {"value": "Yes"}}})")
              == Lines{"answers.c1.value: must be one of yes, partly, no, na"});
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": {"value": "n/a"}}})")
              == Lines{"answers.c1.value: must be one of yes, partly, no, na"});
    }
    SECTION("missing or mistyped value")
    {
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": {"comment": "?"}}})")
              == Lines{"answers.c1.value: is required"});
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": {"value": true}}})")
              == Lines{"answers.c1.value: must be a string"});
    }
    SECTION("mistyped comment")
    {
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x",
                             "answers": {"c1": {"value": "no", "comment": 5}}})")
              == Lines{"answers.c1.comment: must be a string"});
    }
    SECTION("an answer that is not an object")
    {
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": "yes"}})")
              == Lines{R"(answers.c1: must be an object with "value" and optional "comment")"});
        CHECK(problemsOf(R"({"format": "qadesk.answers/1", "scorecard": "x", "answers": {"c1": null}})")
              == Lines{R"(answers.c1: must be an object with "value" and optional "comment")"});
    }
}

TEST_CASE("answers file: all problems are reported at once", "[scoring][json]")
{
    const Result<AnswerSheet> sheet = AnswerSheet::parse(R"({
        "format": "qadesk.answers/0", "scorecard": "", "extra": 1,
        "answers": {"a": "yes", "b": {"value": "sometimes"}, "c": {"value": "no", "note": "x"}, "d": {"value": "yes"}}
    })");
    REQUIRE_FALSE(sheet.has_value());
    CHECK(sheet.error().code == Error::Code::InvalidInput);
    CHECK(linesOf(sheet.error().message)
          == Lines{"extra: unknown field", R"(format: must be "qadesk.answers/1")", "scorecard: must not be empty",
                   R"(answers.a: must be an object with "value" and optional "comment")",
                   "answers.b.value: must be one of yes, partly, no, na", "answers.c.note: unknown field"});
}

TEST_CASE("answers file: a syntax error names line and column", "[scoring][json]")
{
    const Result<AnswerSheet> sheet = AnswerSheet::parse("{\"format\": \"qadesk.answers/1\",\n\"scorecard\": \"x\",\n\"answers\": {,}}");
    REQUIRE_FALSE(sheet.has_value());
    CHECK(sheet.error().code == Error::Code::InvalidInput);
    INFO(sheet.error().message.toStdString());
    CHECK(sheet.error().message.startsWith(u"line 3, column "_s));
}

TEST_CASE("an answer sheet survives toJson and back", "[scoring][json]")
{
    AnswerSheet sheet;
    sheet.scorecardId = u"first-line"_s;
    sheet.answers.insert(u"a"_s, answer(AnswerValue::Partly, u"частично \"так\""_s));
    sheet.answers.insert(u"b"_s, answer(AnswerValue::NotApplicable));
    const QJsonObject json = sheet.toJson();
    CHECK(json.value(u"format"_s).toString() == u"qadesk.answers/1"_s);
    CHECK(json.value(u"scorecard"_s).toString() == u"first-line"_s);
    const QJsonObject answers = json.value(u"answers"_s).toObject();
    CHECK(answers.value(u"a"_s).toObject() == QJsonObject{{u"value"_s, u"partly"_s}, {u"comment"_s, u"частично \"так\""_s}});
    CHECK(answers.value(u"b"_s).toObject() == QJsonObject{{u"value"_s, u"na"_s}}); // an empty comment is left out

    const Result<AnswerSheet> back = AnswerSheet::parse(QJsonDocument(json).toJson());
    REQUIRE(back.has_value());
    CHECK(back->scorecardId == sheet.scorecardId);
    CHECK(back->answers == sheet.answers);
}

// ---------------------------------------------------------------------------------------------
// AnswerSheet::problemsUnder

TEST_CASE("problemsUnder names answers to unknown criteria and N/A where not allowed", "[scoring][json]")
{
    const Scorecard card = cardFrom(orderCard);

    SECTION("valid answers have no problems")
    {
        AnswerMap answers;
        answers.insert(u"zeta"_s, answer(AnswerValue::NotApplicable));
        answers.insert(u"omega"_s, answer(AnswerValue::No, u"why"_s));
        CHECK(AnswerSheet::problemsUnder(card, answers, u"answers"_s).isEmpty());
    }
    SECTION("an answer to a criterion the card does not have")
    {
        AnswerMap answers;
        answers.insert(u"alpha"_s, answer(AnswerValue::Yes));
        answers.insert(u"ghost"_s, answer(AnswerValue::Yes));
        CHECK(linesOf(AnswerSheet::problemsUnder(card, answers, u"answers"_s))
              == Lines{R"(answers.ghost: no such criterion in scorecard "order")"});
    }
    SECTION("a section id is not a criterion id")
    {
        AnswerMap answers;
        answers.insert(u"main"_s, answer(AnswerValue::Yes));
        CHECK(linesOf(AnswerSheet::problemsUnder(card, answers, u"answers"_s))
              == Lines{R"(answers.main: no such criterion in scorecard "order")"});
    }
    SECTION("N/A where na_allowed is false")
    {
        AnswerMap answers;
        answers.insert(u"omega"_s, answer(AnswerValue::NotApplicable, u"n/a"_s));
        CHECK(linesOf(AnswerSheet::problemsUnder(card, answers, u"answers"_s))
              == Lines{"answers.omega.value: N/A is not allowed for this criterion"});
    }
    SECTION("the path prefix is the caller's")
    {
        AnswerMap answers;
        answers.insert(u"omega"_s, answer(AnswerValue::NotApplicable));
        answers.insert(u"nope"_s, answer(AnswerValue::No));
        CHECK(linesOf(AnswerSheet::problemsUnder(card, answers, u"evaluations[2].answers"_s))
              == Lines{R"(evaluations[2].answers.nope: no such criterion in scorecard "order")",
                       "evaluations[2].answers.omega.value: N/A is not allowed for this criterion"});
    }
}

// ---------------------------------------------------------------------------------------------
// ScoringEngine

TEST_CASE("a missing answer makes the evaluation incomplete and the score uses the answered criteria", "[scoring]")
{
    const Scorecard card = cardFrom(orderCard);
    AnswerMap answers;
    answers.insert(u"zeta"_s, answer(AnswerValue::Yes));
    answers.insert(u"beta"_s, answer(AnswerValue::No, u"wrong"_s));
    answers.insert(u"mid"_s, answer(AnswerValue::Yes));
    // unanswered: alpha (main), omega (tone)

    const ScoreResult result = ScoringEngine::score(card, answers);
    CHECK_FALSE(result.complete);
    CHECK(result.missingAnswers == QStringList{u"alpha"_s, u"omega"_s});
    CHECK(result.missingComments.isEmpty());
    CHECK_FALSE(result.criticalFailed);
    REQUIRE(result.scored);
    // main: zeta yes (w2) → 100; tone: mid yes (w1), beta no (w3) → 25; card: (3·1 + 1·0.25) / 4
    REQUIRE(result.sections.size() == 2);
    CHECK(result.sections[0].score == std::optional(100.0));
    CHECK(*result.sections[1].score == Approx(25.0).margin(1e-12));
    CHECK(*result.uncappedScore == Approx(81.25).margin(1e-12));
    CHECK(*result.score == Approx(81.25).margin(1e-12));

    const CriterionTrace &alpha = result.sections[0].criteria[1];
    CHECK(alpha.id == u"alpha"_s);
    CHECK_FALSE(alpha.answer.has_value());
    CHECK_FALSE(alpha.credit.has_value());
    CHECK_FALSE(alpha.commentMissing);
    CHECK(result.sections[0].countedWeight == 2.0);
    CHECK(result.sections[0].naWeight == 0.0); // unanswered is not N/A
}

TEST_CASE("missing answers are listed in card order, not id order", "[scoring]")
{
    const Scorecard card = cardFrom(orderCard);
    const ScoreResult none = ScoringEngine::score(card, {});
    CHECK(none.missingAnswers == QStringList{u"zeta"_s, u"alpha"_s, u"mid"_s, u"beta"_s, u"omega"_s});
    CHECK_FALSE(none.complete);
    CHECK_FALSE(none.scored);
    CHECK_FALSE(none.score.has_value());
    CHECK_FALSE(none.uncappedScore.has_value());
    for (const SectionResult &section : none.sections) {
        CHECK_FALSE(section.included);
        CHECK_FALSE(section.score.has_value());
    }
}

TEST_CASE("a complete evaluation has no missing answers and no missing comments", "[scoring]")
{
    const Scorecard card = cardFrom(orderCard);
    AnswerMap answers;
    for (const QString &id : card.criterionIds())
        answers.insert(id, answer(AnswerValue::Yes));
    const ScoreResult result = ScoringEngine::score(card, answers);
    CHECK(result.complete);
    CHECK(result.missingAnswers.isEmpty());
    CHECK(result.missingComments.isEmpty());
    CHECK(result.score == std::optional(100.0));
}

TEST_CASE("comments can be required on na or yes", "[scoring]")
{
    SECTION("card-level comment_required_for [\"na\"]")
    {
        const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
            "comment_required_for": ["na"],
            "sections": [{"id": "s", "title": "S", "criteria": [
                {"id": "a", "text": "A?"}, {"id": "b", "text": "B?"}, {"id": "c", "text": "C?"}]}]})");
        AnswerMap answers;
        answers.insert(u"a"_s, answer(AnswerValue::NotApplicable));
        answers.insert(u"b"_s, answer(AnswerValue::No)); // "no" needs no comment on this card
        answers.insert(u"c"_s, answer(AnswerValue::NotApplicable, u"not relevant"_s));
        const ScoreResult result = ScoringEngine::score(card, answers);
        CHECK(result.missingComments == QStringList{u"a"_s});
        CHECK_FALSE(result.complete);
        CHECK(result.sections[0].criteria[0].commentMissing);
        CHECK_FALSE(result.sections[0].criteria[1].commentMissing);
        CHECK_FALSE(result.sections[0].criteria[2].commentMissing);
        CHECK(result.score == std::optional(0.0)); // b is the only counted answer
    }
    SECTION("criterion-level comment_required_for [\"yes\"]")
    {
        const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
            "sections": [{"id": "s", "title": "S", "criteria": [
                {"id": "a", "text": "A?", "comment_required_for": ["yes"]}, {"id": "b", "text": "B?"}]}]})");
        AnswerMap answers;
        answers.insert(u"a"_s, answer(AnswerValue::Yes));
        answers.insert(u"b"_s, answer(AnswerValue::Yes));
        ScoreResult result = ScoringEngine::score(card, answers);
        CHECK(result.missingComments == QStringList{u"a"_s});
        CHECK_FALSE(result.complete);
        CHECK(result.score == std::optional(100.0)); // a missing comment does not change the score

        answers[u"a"_s].comment = u"Отлично"_s;
        result = ScoringEngine::score(card, answers);
        CHECK(result.missingComments.isEmpty());
        CHECK(result.complete);
    }
    SECTION("the criterion's list replaces the card's")
    {
        const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
            "sections": [{"id": "s", "title": "S", "criteria": [
                {"id": "a", "text": "A?", "comment_required_for": []},
                {"id": "b", "text": "B?", "comment_required_for": ["na"]},
                {"id": "c", "text": "C?"}]}]})");
        AnswerMap answers;
        answers.insert(u"a"_s, answer(AnswerValue::No));      // card default would need one
        answers.insert(u"b"_s, answer(AnswerValue::Partly));  // card default would need one
        answers.insert(u"c"_s, answer(AnswerValue::Partly));  // card default applies
        const ScoreResult result = ScoringEngine::score(card, answers);
        CHECK(result.missingComments == QStringList{u"c"_s});
    }
}

TEST_CASE("a whitespace-only comment counts as missing", "[scoring]")
{
    const Scorecard card = cardFrom(orderCard);
    AnswerMap answers;
    for (const QString &id : card.criterionIds())
        answers.insert(id, answer(AnswerValue::Yes));
    answers[u"alpha"_s] = answer(AnswerValue::No, u"   "_s);
    answers[u"mid"_s] = answer(AnswerValue::Partly, u"\t\n \u00a0"_s);
    answers[u"beta"_s] = answer(AnswerValue::No, u"  real reason  "_s);
    const ScoreResult result = ScoringEngine::score(card, answers);
    CHECK(result.missingComments == QStringList{u"alpha"_s, u"mid"_s});
    CHECK(result.missingAnswers.isEmpty());
    CHECK_FALSE(result.complete);
}

TEST_CASE("critical_fails_on [\"no\", \"partly\"] fails on either answer", "[scoring]")
{
    const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
        "critical_fails_on": ["no", "partly"],
        "sections": [{"id": "s", "title": "S", "criteria": [
            {"id": "crit", "text": "Critical?", "critical": true},
            {"id": "other", "text": "Other?"}]}]})");

    const auto scoreWith = [&](AnswerValue critical, AnswerValue other) {
        AnswerMap answers;
        answers.insert(u"crit"_s, answer(critical, u"c"_s));
        answers.insert(u"other"_s, answer(other, u"c"_s));
        return ScoringEngine::score(card, answers);
    };

    SECTION("partly on a critical criterion fails the evaluation")
    {
        const ScoreResult result = scoreWith(AnswerValue::Partly, AnswerValue::Yes);
        CHECK(result.criticalFailed);
        CHECK(result.failedCriticals == QStringList{u"crit"_s});
        CHECK(result.sections[0].criteria[0].criticalFailed);
        CHECK(result.score == std::optional(0.0));
        REQUIRE(result.uncappedScore.has_value());
        CHECK(*result.uncappedScore == Approx(75.0).margin(1e-12)); // (0.5 + 1) / 2
        CHECK(result.complete);
    }
    SECTION("no on a critical criterion fails the evaluation")
    {
        const ScoreResult result = scoreWith(AnswerValue::No, AnswerValue::Yes);
        CHECK(result.criticalFailed);
        CHECK(result.score == std::optional(0.0));
        CHECK(result.uncappedScore == std::optional(50.0));
    }
    SECTION("yes and na do not")
    {
        CHECK_FALSE(scoreWith(AnswerValue::Yes, AnswerValue::No).criticalFailed);
        const ScoreResult na = scoreWith(AnswerValue::NotApplicable, AnswerValue::Partly);
        CHECK_FALSE(na.criticalFailed);
        CHECK(na.failedCriticals.isEmpty());
        CHECK(na.score == std::optional(50.0));
    }
    SECTION("a non-critical criterion never fails the evaluation")
    {
        const ScoreResult result = scoreWith(AnswerValue::Yes, AnswerValue::No);
        CHECK_FALSE(result.criticalFailed);
        CHECK(result.score == result.uncappedScore);
        CHECK(result.score == std::optional(50.0));
    }
    SECTION("with the default [\"no\"], partly on a critical criterion is only partial credit")
    {
        const Scorecard defaults = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
            "sections": [{"id": "s", "title": "S", "criteria": [{"id": "crit", "text": "C?", "critical": true}]}]})");
        AnswerMap answers;
        answers.insert(u"crit"_s, answer(AnswerValue::Partly, u"c"_s));
        const ScoreResult result = ScoringEngine::score(defaults, answers);
        CHECK_FALSE(result.criticalFailed);
        CHECK(result.score == std::optional(50.0));
    }
}

TEST_CASE("an unanswered critical criterion does not fail the evaluation", "[scoring]")
{
    const Scorecard card = cardFrom(orderCard);
    AnswerMap answers;
    answers.insert(u"alpha"_s, answer(AnswerValue::Yes));
    const ScoreResult result = ScoringEngine::score(card, answers);
    CHECK_FALSE(result.criticalFailed);
    CHECK(result.score == std::optional(100.0));
    CHECK_FALSE(result.complete);
}

TEST_CASE("the section trace shows inclusion, percent score and N/A weight", "[scoring]")
{
    const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
        "partial_credit": 0.5,
        "sections": [
            {"id": "main", "title": "Main", "weight": 2, "criteria": [
                {"id": "a", "text": "A?", "weight": 2},
                {"id": "b", "text": "B?", "weight": 1, "partial_credit": 0.25},
                {"id": "c", "text": "C?", "weight": 1.5}]},
            {"id": "gone", "title": "Gone", "weight": 5, "criteria": [
                {"id": "d", "text": "D?", "weight": 2},
                {"id": "e", "text": "E?", "weight": 0.5}]}
        ]})");
    AnswerMap answers;
    answers.insert(u"a"_s, answer(AnswerValue::Yes));
    answers.insert(u"b"_s, answer(AnswerValue::Partly, u"half"_s));
    answers.insert(u"c"_s, answer(AnswerValue::NotApplicable));
    answers.insert(u"d"_s, answer(AnswerValue::NotApplicable));
    answers.insert(u"e"_s, answer(AnswerValue::NotApplicable));
    const ScoreResult result = ScoringEngine::score(card, answers);

    REQUIRE(result.sections.size() == 2);
    const SectionResult &main = result.sections[0];
    CHECK(main.id == u"main"_s);
    CHECK(main.weight == 2.0);
    CHECK(main.included);
    REQUIRE(main.score.has_value());
    CHECK(*main.score == Approx(100.0 * (2 * 1.0 + 1 * 0.25) / 3).margin(1e-12)); // 75
    CHECK(main.countedWeight == 3.0);
    CHECK(main.naWeight == 1.5);
    REQUIRE(main.criteria.size() == 3);
    CHECK(main.criteria[0].id == u"a"_s);
    CHECK(main.criteria[0].weight == 2.0);
    CHECK(main.criteria[0].answer == std::optional(AnswerValue::Yes));
    CHECK(main.criteria[0].credit == std::optional(1.0));
    CHECK(main.criteria[1].credit == std::optional(0.25));
    CHECK(main.criteria[2].answer == std::optional(AnswerValue::NotApplicable));
    CHECK_FALSE(main.criteria[2].credit.has_value());

    const SectionResult &gone = result.sections[1];
    CHECK(gone.id == u"gone"_s);
    CHECK(gone.weight == 5.0);
    CHECK_FALSE(gone.included);
    CHECK_FALSE(gone.score.has_value());
    CHECK(gone.countedWeight == 0.0);
    CHECK(gone.naWeight == 2.5);

    // The all-N/A section is left out, not counted as 0.
    REQUIRE(result.scored);
    CHECK(*result.score == Approx(75.0).margin(1e-12));
    CHECK(result.complete);
}

TEST_CASE("ScoreResult::toJson uses the documented field names", "[scoring][json]")
{
    const Scorecard card = cardFrom(orderCard);
    AnswerMap answers;
    answers.insert(u"zeta"_s, answer(AnswerValue::No)); // critical, no comment
    answers.insert(u"alpha"_s, answer(AnswerValue::Yes));
    answers.insert(u"mid"_s, answer(AnswerValue::NotApplicable));
    answers.insert(u"beta"_s, answer(AnswerValue::NotApplicable));
    // omega unanswered: section "tone" is left out
    const QJsonObject json = ScoringEngine::score(card, answers).toJson();

    CHECK(json.value(u"scored"_s) == QJsonValue(true));
    REQUIRE(json.value(u"score"_s).isDouble());
    CHECK(json.value(u"score"_s).toDouble() == 0.0);
    REQUIRE(json.value(u"uncapped_score"_s).isDouble());
    CHECK(json.value(u"uncapped_score"_s).toDouble() == Approx(100.0 / 3).margin(1e-12));
    CHECK(json.value(u"critical_failed"_s) == QJsonValue(true));
    CHECK(json.value(u"complete"_s) == QJsonValue(false));
    CHECK(json.value(u"missing_answers"_s).toArray() == QJsonArray{u"omega"_s});
    CHECK(json.value(u"missing_comments"_s).toArray() == QJsonArray{u"zeta"_s});
    CHECK(json.value(u"failed_criticals"_s).toArray() == QJsonArray{u"zeta"_s});

    const QJsonArray sections = json.value(u"sections"_s).toArray();
    REQUIRE(sections.size() == 2);
    const QJsonObject main = sections.at(0).toObject();
    CHECK(main.value(u"id"_s).toString() == u"main"_s);
    CHECK(main.value(u"score"_s).toDouble() == Approx(100.0 / 3).margin(1e-12));
    CHECK(main.value(u"weight"_s).toDouble() == 3.0);
    CHECK(main.value(u"included"_s) == QJsonValue(true));
    CHECK(main.value(u"na_weight"_s).toDouble() == 0.0);
    const QJsonArray mainCriteria = main.value(u"criteria"_s).toArray();
    REQUIRE(mainCriteria.size() == 2);
    const QJsonObject zeta = mainCriteria.at(0).toObject();
    CHECK(zeta.value(u"id"_s).toString() == u"zeta"_s);
    CHECK(zeta.value(u"weight"_s).toDouble() == 2.0);
    CHECK(zeta.value(u"answer"_s).toString() == u"no"_s);
    CHECK(zeta.value(u"credit"_s).toDouble() == 0.0);
    CHECK(zeta.value(u"comment_missing"_s) == QJsonValue(true));
    CHECK(zeta.value(u"critical_failed"_s) == QJsonValue(true));

    const QJsonObject tone = sections.at(1).toObject();
    CHECK(tone.value(u"id"_s).toString() == u"tone"_s);
    CHECK(tone.value(u"score"_s).isNull());
    CHECK(tone.value(u"weight"_s).toDouble() == 1.0);
    CHECK(tone.value(u"included"_s) == QJsonValue(false));
    CHECK(tone.value(u"na_weight"_s).toDouble() == 4.0);
    const QJsonArray toneCriteria = tone.value(u"criteria"_s).toArray();
    REQUIRE(toneCriteria.size() == 3);
    CHECK(toneCriteria.at(0).toObject().value(u"answer"_s).toString() == u"na"_s);
    CHECK(toneCriteria.at(0).toObject().value(u"credit"_s).isNull());
    const QJsonObject omega = toneCriteria.at(2).toObject();
    CHECK(omega.value(u"answer"_s).isNull());
    CHECK(omega.value(u"credit"_s).isNull());
    CHECK(omega.value(u"comment_missing"_s) == QJsonValue(false));
}

TEST_CASE("ScoreResult::toJson gives null scores when unscored", "[scoring][json]")
{
    const Scorecard card = cardFrom(R"({"format": "qadesk.scorecard/1", "id": "c", "title": "C",
        "sections": [
            {"id": "one", "title": "One", "criteria": [{"id": "a", "text": "A?"}, {"id": "b", "text": "B?"}]},
            {"id": "two", "title": "Two", "criteria": [{"id": "c", "text": "C?", "critical": true}]}
        ]})");
    AnswerMap answers;
    for (const QString &id : card.criterionIds())
        answers.insert(id, answer(AnswerValue::NotApplicable));
    REQUIRE(AnswerSheet::problemsUnder(card, answers, u"answers"_s).isEmpty());
    const ScoreResult result = ScoringEngine::score(card, answers);
    CHECK_FALSE(result.scored);
    CHECK_FALSE(result.score.has_value());
    CHECK_FALSE(result.uncappedScore.has_value());
    CHECK(result.complete);

    const QJsonObject json = result.toJson();
    CHECK(json.value(u"scored"_s) == QJsonValue(false));
    CHECK(json.contains(u"score"_s));
    CHECK(json.value(u"score"_s).isNull());
    CHECK(json.contains(u"uncapped_score"_s));
    CHECK(json.value(u"uncapped_score"_s).isNull());
    CHECK(json.value(u"critical_failed"_s) == QJsonValue(false));
    CHECK(json.value(u"complete"_s) == QJsonValue(true));
    CHECK(json.value(u"missing_answers"_s).toArray().isEmpty());
    CHECK(json.value(u"missing_comments"_s).toArray().isEmpty());
    for (const QJsonValue &section : json.value(u"sections"_s).toArray()) {
        CHECK(section.toObject().value(u"score"_s).isNull());
        CHECK(section.toObject().value(u"included"_s) == QJsonValue(false));
    }
}
