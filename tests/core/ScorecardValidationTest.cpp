// Every validation rule of ScorecardParser (docs: /work/shared/spec/scoring.md, "Field rules"):
// each problem is reported as "json.path: rule", all of them at once, one per line.

#include "scoring/ScorecardParser.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <string>
#include <vector>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

using Lines = std::vector<std::string>;

// A valid card: two sections, the first with two criteria, the second with one.
QJsonObject baseCard()
{
    const QJsonDocument document = QJsonDocument::fromJson(R"({
        "format": "qadesk.scorecard/1",
        "id": "card",
        "title": "Card",
        "sections": [
            {"id": "main", "title": "Main", "criteria": [
                {"id": "understood", "text": "Understood the problem?"},
                {"id": "workaround", "text": "Gave a workaround?"}
            ]},
            {"id": "tone", "title": "Tone", "criteria": [
                {"id": "polite", "text": "Polite?"}
            ]}
        ]
    })");
    return document.object();
}

// Sets `key` to `value` in `object`; an undefined value removes the key.
void put(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
}

QJsonObject withCard(QJsonObject card, const QString &key, const QJsonValue &value)
{
    put(card, key, value);
    return card;
}

QJsonObject withSection(QJsonObject card, qsizetype s, const QString &key, const QJsonValue &value)
{
    QJsonArray sections = card.value(u"sections"_s).toArray();
    QJsonObject section = sections.at(s).toObject();
    put(section, key, value);
    sections.replace(s, section);
    card.insert(u"sections"_s, sections);
    return card;
}

QJsonObject withCriterion(QJsonObject card, qsizetype s, qsizetype c, const QString &key, const QJsonValue &value)
{
    QJsonArray sections = card.value(u"sections"_s).toArray();
    QJsonObject section = sections.at(s).toObject();
    QJsonArray criteria = section.value(u"criteria"_s).toArray();
    QJsonObject criterion = criteria.at(c).toObject();
    put(criterion, key, value);
    criteria.replace(c, criterion);
    section.insert(u"criteria"_s, criteria);
    sections.replace(s, section);
    card.insert(u"sections"_s, sections);
    return card;
}

QJsonArray strings(std::initializer_list<QString> items)
{
    QJsonArray array;
    for (const QString &item : items)
        array.append(item);
    return array;
}

Lines linesOf(const QString &message)
{
    Lines lines;
    for (const QString &line : message.split(u'\n'))
        lines.push_back(line.toStdString());
    return lines;
}

// The problems reported for `result`, one per line; empty when it parsed.
Lines problemsOf(const Result<Scorecard> &result)
{
    if (result)
        return {};
    return linesOf(result.error().message);
}

Lines problemsOf(const QJsonObject &card)
{
    return problemsOf(ScorecardParser::fromJson(card));
}

Lines sorted(Lines lines)
{
    std::sort(lines.begin(), lines.end());
    return lines;
}

const QString idRule = u"must match [a-z0-9][a-z0-9._-]*"_s;

} // namespace

TEST_CASE("the base card of these tests is valid", "[scoring][json]")
{
    const Result<Scorecard> card = ScorecardParser::fromJson(baseCard());
    INFO((card ? QString() : card.error().message).toStdString());
    REQUIRE(card.has_value());
    CHECK(card->criterionIds() == QStringList{u"understood"_s, u"workaround"_s, u"polite"_s});
}

TEST_CASE("format must be present and be qadesk.scorecard/1", "[scoring][json]")
{
    SECTION("missing")
    {
        CHECK(problemsOf(withCard(baseCard(), u"format"_s, QJsonValue::Undefined)) == Lines{"format: is required"});
    }
    SECTION("another format")
    {
        CHECK(problemsOf(withCard(baseCard(), u"format"_s, u"qadesk.answers/1"_s))
              == Lines{R"(format: must be "qadesk.scorecard/1")"});
    }
    SECTION("a later version")
    {
        CHECK(problemsOf(withCard(baseCard(), u"format"_s, u"qadesk.scorecard/2"_s))
              == Lines{R"(format: must be "qadesk.scorecard/1")"});
    }
    SECTION("not a string")
    {
        CHECK(problemsOf(withCard(baseCard(), u"format"_s, 1)) == Lines{"format: must be a string"});
    }
}

TEST_CASE("errors are InvalidInput errors", "[scoring][json]")
{
    const Result<Scorecard> card = ScorecardParser::fromJson(withCard(baseCard(), u"format"_s, QJsonValue::Undefined));
    REQUIRE_FALSE(card.has_value());
    CHECK(card.error().code == Error::Code::InvalidInput);
    CHECK(card.error().isInvalidInput());
}

TEST_CASE("ids must match [a-z0-9][a-z0-9._-]*", "[scoring][json]")
{
    const QString bad = QString::fromStdString(
        GENERATE(as<std::string>{}, "Main", "-x", "", ".x", "_x", "main section", "main/x", "maïn", "MAIN"));
    INFO("id: \"" << bad.toStdString() << '"');

    SECTION("card id")
    {
        CHECK(problemsOf(withCard(baseCard(), u"id"_s, bad)) == Lines{"id: " + idRule.toStdString()});
    }
    SECTION("section id")
    {
        CHECK(problemsOf(withSection(baseCard(), 1, u"id"_s, bad))
              == Lines{"sections[1].id: " + idRule.toStdString()});
    }
    SECTION("criterion id")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"id"_s, bad))
              == Lines{"sections[0].criteria[1].id: " + idRule.toStdString()});
    }
}

TEST_CASE("ids of the allowed pattern are accepted", "[scoring][json]")
{
    const QString good = QString::fromStdString(GENERATE(as<std::string>{}, "a", "0", "9lives", "a.b_c-d", "x-", "x..", "l1"));
    INFO("id: \"" << good.toStdString() << '"');
    QJsonObject card = withCard(baseCard(), u"id"_s, good);
    card = withSection(card, 0, u"id"_s, good);
    card = withCriterion(card, 0, 0, u"id"_s, good);
    const Result<Scorecard> parsed = ScorecardParser::fromJson(card);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    CHECK(parsed->id == good);
    CHECK(parsed->sections[0].id == good);
    CHECK(parsed->sections[0].criteria[0].id == good);
}

TEST_CASE("ids are required and must be strings", "[scoring][json]")
{
    CHECK(problemsOf(withCard(baseCard(), u"id"_s, QJsonValue::Undefined)) == Lines{"id: is required"});
    CHECK(problemsOf(withSection(baseCard(), 0, u"id"_s, QJsonValue::Undefined))
          == Lines{"sections[0].id: is required"});
    CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"id"_s, QJsonValue::Undefined))
          == Lines{"sections[1].criteria[0].id: is required"});
    CHECK(problemsOf(withCard(baseCard(), u"id"_s, 7)) == Lines{"id: must be a string"});
    CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"id"_s, QJsonValue::Null))
          == Lines{"sections[0].criteria[0].id: must be a string"});
}

TEST_CASE("section ids are unique within the card", "[scoring][json]")
{
    CHECK(problemsOf(withSection(baseCard(), 1, u"id"_s, u"main"_s))
          == Lines{R"(sections[1].id: duplicate section id "main")"});
}

TEST_CASE("criterion ids are unique across the whole card", "[scoring][json]")
{
    SECTION("within one section")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"id"_s, u"understood"_s))
              == Lines{R"(sections[0].criteria[1].id: duplicate criterion id "understood")"});
    }
    SECTION("across sections")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"id"_s, u"understood"_s))
              == Lines{R"(sections[1].criteria[0].id: duplicate criterion id "understood")"});
    }
    SECTION("a criterion may share its id with a section or the card")
    {
        QJsonObject card = withCriterion(baseCard(), 1, 0, u"id"_s, u"main"_s);
        card = withCriterion(card, 0, 0, u"id"_s, u"card"_s);
        CHECK(problemsOf(card).empty());
    }
}

TEST_CASE("unknown fields are errors at every level", "[scoring][json]")
{
    SECTION("card")
    {
        CHECK(problemsOf(withCard(baseCard(), u"partial_credits"_s, 0.5))
              == Lines{"partial_credits: unknown field"});
    }
    SECTION("section")
    {
        CHECK(problemsOf(withSection(baseCard(), 1, u"wieght"_s, 2)) == Lines{"sections[1].wieght: unknown field"});
    }
    SECTION("criterion")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"wieght"_s, 2))
              == Lines{"sections[0].criteria[0].wieght: unknown field"});
    }
    SECTION("applies_to")
    {
        const QJsonObject applies{{u"teams"_s, strings({u"l1"_s})}, {u"team"_s, strings({u"l2"_s})}};
        CHECK(problemsOf(withCard(baseCard(), u"applies_to"_s, applies)) == Lines{"applies_to.team: unknown field"});
    }
    SECTION("a field of one level is unknown at another")
    {
        CHECK(problemsOf(withSection(baseCard(), 0, u"critical"_s, true))
              == Lines{"sections[0].critical: unknown field"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"critical_fails_on"_s, strings({u"no"_s})))
              == Lines{"sections[0].criteria[0].critical_fails_on: unknown field"});
        CHECK(problemsOf(withCard(baseCard(), u"weight"_s, 1)) == Lines{"weight: unknown field"});
    }
    SECTION("field names are case-sensitive")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"Weight"_s, 2))
              == Lines{"sections[0].criteria[1].Weight: unknown field"});
    }
}

TEST_CASE("weights must be finite numbers > 0", "[scoring][json]")
{
    SECTION("criterion weight 0")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"weight"_s, 0))
              == Lines{"sections[1].criteria[0].weight: must be > 0"});
    }
    SECTION("criterion weight negative")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"weight"_s, -1.5))
              == Lines{"sections[1].criteria[0].weight: must be > 0"});
    }
    SECTION("section weight 0 and negative")
    {
        CHECK(problemsOf(withSection(baseCard(), 0, u"weight"_s, 0)) == Lines{"sections[0].weight: must be > 0"});
        CHECK(problemsOf(withSection(baseCard(), 1, u"weight"_s, -3)) == Lines{"sections[1].weight: must be > 0"});
    }
    SECTION("not a number")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"weight"_s, u"2"_s))
              == Lines{"sections[0].criteria[1].weight: must be a finite number"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"weight"_s, true))
              == Lines{"sections[0].criteria[1].weight: must be a finite number"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"weight"_s, QJsonValue::Null))
              == Lines{"sections[0].criteria[1].weight: must be a finite number"});
        CHECK(problemsOf(withSection(baseCard(), 0, u"weight"_s, QJsonArray{2}))
              == Lines{"sections[0].weight: must be a finite number"});
    }
    SECTION("small and fractional positive weights are fine")
    {
        QJsonObject card = withCriterion(baseCard(), 0, 0, u"weight"_s, 0.001);
        card = withSection(card, 1, u"weight"_s, 2.5);
        const Result<Scorecard> parsed = ScorecardParser::fromJson(card);
        REQUIRE(parsed.has_value());
        CHECK(parsed->sections[0].criteria[0].weight == 0.001);
        CHECK(parsed->sections[1].weight == 2.5);
        CHECK(parsed->sections[0].weight == 1.0);
        CHECK(parsed->sections[0].criteria[1].weight == 1.0);
    }
}

TEST_CASE("partial_credit must lie in [0, 1]", "[scoring][json]")
{
    SECTION("card level")
    {
        CHECK(problemsOf(withCard(baseCard(), u"partial_credit"_s, -0.1))
              == Lines{"partial_credit: must be between 0 and 1"});
        CHECK(problemsOf(withCard(baseCard(), u"partial_credit"_s, 1.01))
              == Lines{"partial_credit: must be between 0 and 1"});
        CHECK(problemsOf(withCard(baseCard(), u"partial_credit"_s, u"0.5"_s))
              == Lines{"partial_credit: must be a finite number"});
    }
    SECTION("criterion level")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"partial_credit"_s, 2))
              == Lines{"sections[0].criteria[1].partial_credit: must be between 0 and 1"});
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"partial_credit"_s, -1))
              == Lines{"sections[1].criteria[0].partial_credit: must be between 0 and 1"});
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"partial_credit"_s, false))
              == Lines{"sections[1].criteria[0].partial_credit: must be a finite number"});
    }
    SECTION("the ends 0 and 1 are allowed")
    {
        QJsonObject card = withCard(baseCard(), u"partial_credit"_s, 0);
        card = withCriterion(card, 0, 1, u"partial_credit"_s, 1);
        const Result<Scorecard> parsed = ScorecardParser::fromJson(card);
        REQUIRE(parsed.has_value());
        CHECK(parsed->partialCredit == 0.0);
        REQUIRE(parsed->sections[0].criteria[1].partialCredit.has_value());
        CHECK(*parsed->sections[0].criteria[1].partialCredit == 1.0);
        CHECK_FALSE(parsed->sections[0].criteria[0].partialCredit.has_value());
        CHECK(parsed->partialCreditFor(parsed->sections[0].criteria[0]) == 0.0);
        CHECK(parsed->partialCreditFor(parsed->sections[0].criteria[1]) == 1.0);
    }
}

TEST_CASE("comment_required_for and critical_fails_on take a list of distinct answer values", "[scoring][json]")
{
    SECTION("card comment_required_for")
    {
        CHECK(problemsOf(withCard(baseCard(), u"comment_required_for"_s, strings({u"no"_s, u"maybe"_s})))
              == Lines{"comment_required_for[1]: must be one of yes, partly, no, na"});
        CHECK(problemsOf(withCard(baseCard(), u"comment_required_for"_s, strings({u"no"_s, u"partly"_s, u"no"_s})))
              == Lines{R"(comment_required_for[2]: duplicate value "no")"});
        CHECK(problemsOf(withCard(baseCard(), u"comment_required_for"_s, QJsonArray{1}))
              == Lines{"comment_required_for[0]: must be a non-empty string"});
        CHECK(problemsOf(withCard(baseCard(), u"comment_required_for"_s, strings({u""_s})))
              == Lines{"comment_required_for[0]: must be a non-empty string"});
        CHECK(problemsOf(withCard(baseCard(), u"comment_required_for"_s, u"no"_s))
              == Lines{"comment_required_for: must be an array"});
    }
    SECTION("values are case-sensitive")
    {
        CHECK(problemsOf(withCard(baseCard(), u"critical_fails_on"_s, strings({u"No"_s})))
              == Lines{"critical_fails_on[0]: must be one of yes, partly, no, na"});
        CHECK(problemsOf(withCard(baseCard(), u"critical_fails_on"_s, strings({u"n/a"_s})))
              == Lines{"critical_fails_on[0]: must be one of yes, partly, no, na"});
    }
    SECTION("card critical_fails_on")
    {
        CHECK(problemsOf(withCard(baseCard(), u"critical_fails_on"_s, strings({u"never"_s})))
              == Lines{"critical_fails_on[0]: must be one of yes, partly, no, na"});
        CHECK(problemsOf(withCard(baseCard(), u"critical_fails_on"_s, strings({u"partly"_s, u"partly"_s})))
              == Lines{R"(critical_fails_on[1]: duplicate value "partly")"});
        CHECK(problemsOf(withCard(baseCard(), u"critical_fails_on"_s, QJsonObject{{u"no"_s, true}}))
              == Lines{"critical_fails_on: must be an array"});
    }
    SECTION("criterion comment_required_for")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"comment_required_for"_s, strings({u"yes"_s, u"sometimes"_s})))
              == Lines{"sections[1].criteria[0].comment_required_for[1]: must be one of yes, partly, no, na"});
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"comment_required_for"_s, strings({u"na"_s, u"na"_s})))
              == Lines{R"(sections[1].criteria[0].comment_required_for[1]: duplicate value "na")"});
        CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"comment_required_for"_s, QJsonValue::Null))
              == Lines{"sections[1].criteria[0].comment_required_for: must be an array"});
    }
    SECTION("every bad item of one list is reported")
    {
        CHECK(sorted(problemsOf(withCard(baseCard(), u"critical_fails_on"_s,
                                         QJsonArray{u"no"_s, u"x"_s, u"no"_s, 3})))
              == sorted(Lines{R"(critical_fails_on[2]: duplicate value "no")",
                              "critical_fails_on[3]: must be a non-empty string",
                              "critical_fails_on[1]: must be one of yes, partly, no, na"}));
    }
    SECTION("valid lists, in any order, and the empty list")
    {
        QJsonObject card = withCard(baseCard(), u"comment_required_for"_s, QJsonArray());
        card = withCard(card, u"critical_fails_on"_s, strings({u"partly"_s, u"no"_s}));
        card = withCriterion(card, 0, 0, u"comment_required_for"_s, strings({u"na"_s, u"yes"_s}));
        const Result<Scorecard> parsed = ScorecardParser::fromJson(card);
        INFO((parsed ? QString() : parsed.error().message).toStdString());
        REQUIRE(parsed.has_value());
        CHECK(parsed->commentRequiredFor == AnswerValueSet{});
        CHECK(parsed->criticalFailsOn == AnswerValueSet{AnswerValue::No, AnswerValue::Partly});
        CHECK(parsed->sections[0].criteria[0].commentRequiredFor
              == std::optional(AnswerValueSet{AnswerValue::Yes, AnswerValue::NotApplicable}));
        CHECK_FALSE(parsed->sections[0].criteria[1].commentRequiredFor.has_value());
    }
}

TEST_CASE("critical and na_allowed must be booleans", "[scoring][json]")
{
    CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"critical"_s, u"true"_s))
          == Lines{"sections[0].criteria[0].critical: must be true or false"});
    CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"critical"_s, 1))
          == Lines{"sections[0].criteria[0].critical: must be true or false"});
    CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"na_allowed"_s, 0))
          == Lines{"sections[1].criteria[0].na_allowed: must be true or false"});
    CHECK(problemsOf(withCriterion(baseCard(), 1, 0, u"na_allowed"_s, QJsonValue::Null))
          == Lines{"sections[1].criteria[0].na_allowed: must be true or false"});
}

TEST_CASE("a card needs sections and every section needs criteria", "[scoring][json]")
{
    SECTION("empty sections array")
    {
        CHECK(problemsOf(withCard(baseCard(), u"sections"_s, QJsonArray()))
              == Lines{"sections: a scorecard needs at least one section"});
    }
    SECTION("no sections field")
    {
        CHECK(problemsOf(withCard(baseCard(), u"sections"_s, QJsonValue::Undefined)) == Lines{"sections: is required"});
    }
    SECTION("sections not an array")
    {
        CHECK(problemsOf(withCard(baseCard(), u"sections"_s, QJsonObject())) == Lines{"sections: must be an array"});
    }
    SECTION("a section that is not an object")
    {
        QJsonArray sections = baseCard().value(u"sections"_s).toArray();
        sections.append(u"extra"_s);
        CHECK(problemsOf(withCard(baseCard(), u"sections"_s, sections)) == Lines{"sections[2]: must be an object"});
    }
    SECTION("section with an empty criteria array")
    {
        CHECK(problemsOf(withSection(baseCard(), 1, u"criteria"_s, QJsonArray()))
              == Lines{"sections[1].criteria: a section needs at least one criterion"});
    }
    SECTION("section without criteria")
    {
        CHECK(problemsOf(withSection(baseCard(), 0, u"criteria"_s, QJsonValue::Undefined))
              == Lines{"sections[0].criteria: is required"});
    }
    SECTION("criteria not an array")
    {
        CHECK(problemsOf(withSection(baseCard(), 0, u"criteria"_s, u"none"_s))
              == Lines{"sections[0].criteria: must be an array"});
    }
    SECTION("a criterion that is not an object")
    {
        const QJsonArray criteria{QJsonObject{{u"id"_s, u"ok"_s}, {u"text"_s, u"Ok?"_s}}, 42};
        CHECK(problemsOf(withSection(baseCard(), 1, u"criteria"_s, criteria))
              == Lines{"sections[1].criteria[1]: must be an object"});
    }
}

TEST_CASE("text and titles are required and not blank", "[scoring][json]")
{
    SECTION("criterion text")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"text"_s, QJsonValue::Undefined))
              == Lines{"sections[0].criteria[1].text: is required"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"text"_s, u""_s))
              == Lines{"sections[0].criteria[1].text: must not be empty"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"text"_s, u" \t\n"_s))
              == Lines{"sections[0].criteria[1].text: must not be empty"});
        CHECK(problemsOf(withCriterion(baseCard(), 0, 1, u"text"_s, 5))
              == Lines{"sections[0].criteria[1].text: must be a string"});
    }
    SECTION("section title")
    {
        CHECK(problemsOf(withSection(baseCard(), 1, u"title"_s, QJsonValue::Undefined))
              == Lines{"sections[1].title: is required"});
        CHECK(problemsOf(withSection(baseCard(), 1, u"title"_s, u"   "_s))
              == Lines{"sections[1].title: must not be empty"});
    }
    SECTION("card title")
    {
        CHECK(problemsOf(withCard(baseCard(), u"title"_s, QJsonValue::Undefined)) == Lines{"title: is required"});
        CHECK(problemsOf(withCard(baseCard(), u"title"_s, u""_s)) == Lines{"title: must not be empty"});
    }
    SECTION("help is optional but must be a string")
    {
        CHECK(problemsOf(withCriterion(baseCard(), 0, 0, u"help"_s, true))
              == Lines{"sections[0].criteria[0].help: must be a string"});
    }
}

TEST_CASE("applies_to must be an object of string lists", "[scoring][json]")
{
    CHECK(problemsOf(withCard(baseCard(), u"applies_to"_s, strings({u"l1"_s}))) == Lines{"applies_to: must be an object"});
    CHECK(problemsOf(withCard(baseCard(), u"applies_to"_s, QJsonObject{{u"teams"_s, u"l1"_s}}))
          == Lines{"applies_to.teams: must be an array"});
    CHECK(problemsOf(withCard(baseCard(), u"applies_to"_s, QJsonObject{{u"tags"_s, strings({u"a"_s, u"a"_s})}}))
          == Lines{R"(applies_to.tags[1]: duplicate value "a")"});
    CHECK(problemsOf(withCard(baseCard(), u"applies_to"_s, QJsonObject{{u"channels"_s, QJsonArray{u"email"_s, u" "_s}}}))
          == Lines{"applies_to.channels[1]: must be a non-empty string"});
}

TEST_CASE("a JSON syntax error names line and column", "[scoring][json]")
{
    SECTION("missing comma between two members")
    {
        const Result<Scorecard> card = ScorecardParser::parse("{\n"
                                                              "  \"format\": \"qadesk.scorecard/1\",\n"
                                                              "  \"id\": \"card\"\n"
                                                              "  \"title\": \"Card\"\n"
                                                              "}\n");
        REQUIRE_FALSE(card.has_value());
        CHECK(card.error().code == Error::Code::InvalidInput);
        INFO(card.error().message.toStdString());
        CHECK(card.error().message.contains(QRegularExpression(u"^line 4, column [0-9]+: \\S"_s)));
        CHECK_FALSE(card.error().message.contains(u'\n'));
    }
    SECTION("missing name separator")
    {
        const Result<Scorecard> card = ScorecardParser::parse("{\"format\": \"qadesk.scorecard/1\",\n\n  \"id\" \"x\"}");
        REQUIRE_FALSE(card.has_value());
        INFO(card.error().message.toStdString());
        CHECK(card.error().message.contains(QRegularExpression(u"^line 3, column [0-9]+: \\S"_s)));
    }
    SECTION("an error on the first line")
    {
        const Result<Scorecard> card = ScorecardParser::parse("{\"format\" 1}");
        REQUIRE_FALSE(card.has_value());
        INFO(card.error().message.toStdString());
        CHECK(card.error().message.contains(QRegularExpression(u"^line 1, column 1[12]: \\S"_s)));
    }
    SECTION("the column counts characters, not UTF-8 bytes")
    {
        // The same mistake after an ASCII and after a Cyrillic title of the same length.
        const QByteArray ascii = "{\n  \"title\": \"Privet\" \"id\": \"x\"\n}";
        const QByteArray cyrillic = QStringLiteral(u"{\n  \"title\": \"Привет\" \"id\": \"x\"\n}").toUtf8();
        const Result<Scorecard> a = ScorecardParser::parse(ascii);
        const Result<Scorecard> c = ScorecardParser::parse(cyrillic);
        REQUIRE_FALSE(a.has_value());
        REQUIRE_FALSE(c.has_value());
        CHECK(a.error().message.startsWith(u"line 2, column "_s));
        CHECK(c.error().message.toStdString() == a.error().message.toStdString());
    }
    SECTION("the document must be an object")
    {
        const Result<Scorecard> card = ScorecardParser::parse("[1, 2]");
        REQUIRE_FALSE(card.has_value());
        CHECK(card.error().message == u"the document must be a JSON object"_s);
    }
    SECTION("an empty file")
    {
        const Result<Scorecard> card = ScorecardParser::parse(QByteArray());
        REQUIRE_FALSE(card.has_value());
        CHECK(card.error().message.startsWith(u"line 1, column 1: "_s));
    }
}

TEST_CASE("several problems are reported at once, one per line", "[scoring][json]")
{
    const Result<Scorecard> card = ScorecardParser::parse(R"({
        "format": "qadesk.scorecard/2",
        "id": "Card",
        "title": "",
        "partial_credit": 2,
        "critical_fails_on": ["no", "no"],
        "colour": "red",
        "applies_to": {"team": ["l1"]},
        "sections": [
            {"id": "main", "title": "Main", "weight": 0, "criteria": [
                {"id": "understood", "text": "Understood?", "wieght": 2, "critical": "yes"},
                {"id": "understood", "text": "Again?", "partial_credit": -0.5}
            ]},
            {"id": "main", "title": "Tone", "criteria": [
                {"id": "Polite", "text": " ", "weight": -1, "na_allowed": "no", "comment_required_for": ["maybe"]}
            ]},
            {"id": "empty", "title": "Empty", "criteria": []}
        ]
    })");
    REQUIRE_FALSE(card.has_value());
    CHECK(card.error().code == Error::Code::InvalidInput);
    const Lines expected{
        "colour: unknown field",
        R"(format: must be "qadesk.scorecard/1")",
        "id: must match [a-z0-9][a-z0-9._-]*",
        "title: must not be empty",
        "partial_credit: must be between 0 and 1",
        R"(critical_fails_on[1]: duplicate value "no")",
        "applies_to.team: unknown field",
        "sections[0].weight: must be > 0",
        "sections[0].criteria[0].wieght: unknown field",
        "sections[0].criteria[0].critical: must be true or false",
        "sections[0].criteria[1].partial_credit: must be between 0 and 1",
        R"(sections[0].criteria[1].id: duplicate criterion id "understood")",
        "sections[1].criteria[0].id: must match [a-z0-9][a-z0-9._-]*",
        "sections[1].criteria[0].text: must not be empty",
        "sections[1].criteria[0].weight: must be > 0",
        "sections[1].criteria[0].na_allowed: must be true or false",
        "sections[1].criteria[0].comment_required_for[0]: must be one of yes, partly, no, na",
        R"(sections[1].id: duplicate section id "main")",
        "sections[2].criteria: a section needs at least one criterion",
    };
    const Lines actual = problemsOf(card);
    CHECK(actual.size() == expected.size());
    CHECK(sorted(actual) == sorted(expected));
}

TEST_CASE("a valid card with every optional field keeps every value", "[scoring][json]")
{
    const Result<Scorecard> card = ScorecardParser::parse(test::readData(u"scorecard-all-options.json"_s));
    INFO((card ? QString() : card.error().message).toStdString());
    REQUIRE(card.has_value());

    CHECK(card->id == u"first-line"_s);
    CHECK(card->title == u"Первая линия"_s);
    CHECK(card->partialCredit == 0.25);
    CHECK(card->commentRequiredFor == AnswerValueSet{AnswerValue::NotApplicable, AnswerValue::No});
    CHECK(card->criticalFailsOn == AnswerValueSet{AnswerValue::No, AnswerValue::Partly});
    CHECK(card->appliesTo.teams == QStringList{u"first-line"_s, u"second-line"_s});
    CHECK(card->appliesTo.tags == QStringList{u"l1"_s});
    CHECK(card->appliesTo.channels == QStringList{u"email"_s, u"chat"_s});

    REQUIRE(card->sections.size() == 2);
    const ScorecardSection &main = card->sections[0];
    CHECK(main.id == u"main"_s);
    CHECK(main.title == u"Основное"_s);
    CHECK(main.weight == 3.0);
    REQUIRE(main.criteria.size() == 2);

    const Criterion &understood = main.criteria[0];
    CHECK(understood.id == u"understood"_s);
    CHECK(understood.text == u"Разобрался ли инженер в проблеме клиента?"_s);
    CHECK(understood.help == u"Перечитайте первое письмо клиента."_s);
    CHECK(understood.weight == 2.0);
    CHECK(understood.critical);
    CHECK_FALSE(understood.naAllowed);
    CHECK_FALSE(understood.partialCredit.has_value());
    CHECK_FALSE(understood.commentRequiredFor.has_value());

    const Criterion &workaround = main.criteria[1];
    CHECK(workaround.id == u"workaround"_s);
    CHECK(workaround.text == u"Был ли предоставлен workaround?"_s);
    CHECK(workaround.help.isEmpty());
    CHECK(workaround.weight == 1.5);
    CHECK_FALSE(workaround.critical);
    CHECK(workaround.naAllowed);
    CHECK(workaround.partialCredit == std::optional(0.4));
    CHECK(workaround.commentRequiredFor == std::optional(AnswerValueSet{AnswerValue::Yes, AnswerValue::Partly}));

    const ScorecardSection &tone = card->sections[1];
    CHECK(tone.id == u"tone"_s);
    CHECK(tone.title == u"Коммуникация"_s);
    CHECK(tone.weight == 0.5);
    REQUIRE(tone.criteria.size() == 1);
    CHECK(tone.criteria[0].id == u"polite"_s);
    CHECK(tone.criteria[0].commentRequiredFor == std::optional(AnswerValueSet{}));

    // The criterion's own settings win over the card's.
    CHECK(card->partialCreditFor(understood) == 0.25);
    CHECK(card->partialCreditFor(workaround) == 0.4);
    CHECK(card->commentRequired(understood, AnswerValue::NotApplicable));
    CHECK_FALSE(card->commentRequired(understood, AnswerValue::Partly));
    CHECK(card->commentRequired(workaround, AnswerValue::Yes));
    CHECK_FALSE(card->commentRequired(workaround, AnswerValue::No));
    CHECK_FALSE(card->commentRequired(tone.criteria[0], AnswerValue::No));

    CHECK(card->criterionIds() == QStringList{u"understood"_s, u"workaround"_s, u"polite"_s});
    CHECK(card->criterionCount() == 3);
    CHECK(card->findCriterion(u"workaround"_s) == &workaround);
    CHECK(card->findCriterion(u"missing"_s) == nullptr);
}

TEST_CASE("a minimal card gets the documented defaults", "[scoring][json]")
{
    const Result<Scorecard> card = ScorecardParser::fromJson(baseCard());
    REQUIRE(card.has_value());
    CHECK(card->partialCredit == 0.5);
    CHECK(card->commentRequiredFor == AnswerValueSet{AnswerValue::No, AnswerValue::Partly});
    CHECK(card->criticalFailsOn == AnswerValueSet{AnswerValue::No});
    CHECK(card->appliesTo.isEmpty());
    for (const ScorecardSection &section : card->sections) {
        CHECK(section.weight == 1.0);
        for (const Criterion &criterion : section.criteria) {
            CHECK(criterion.weight == 1.0);
            CHECK_FALSE(criterion.critical);
            CHECK(criterion.naAllowed);
            CHECK(criterion.help.isEmpty());
            CHECK_FALSE(criterion.partialCredit.has_value());
            CHECK_FALSE(criterion.commentRequiredFor.has_value());
        }
    }
}

TEST_CASE("fromFile reads a card and prefixes its problems with the path", "[scoring][json]")
{
    SECTION("a valid file")
    {
        const Result<Scorecard> card = ScorecardParser::fromFile(test::dataPath(u"scorecard-all-options.json"_s));
        REQUIRE(card.has_value());
        CHECK(card->id == u"first-line"_s);
    }
    SECTION("a missing file is bad input naming the path")
    {
        const QString path = test::dataPath(u"no-such-scorecard.json"_s);
        const Result<Scorecard> card = ScorecardParser::fromFile(path);
        REQUIRE_FALSE(card.has_value());
        CHECK(card.error().code == Error::Code::InvalidInput);
        CHECK(card.error().message == path + u": no such file"_s);
    }
}
