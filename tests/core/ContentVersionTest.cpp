// CanonicalJson and Scorecard::contentVersion: the version id is the SHA-256 of the canonical
// JSON of Scorecard::toJson(), which leaves out fields equal to their defaults. So it follows the
// card's meaning, not the bytes of its source file.

#include "common/CanonicalJson.h"
#include "scoring/ScorecardParser.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <string>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

std::string canonical(const QJsonValue &value)
{
    return CanonicalJson::serialize(value).toStdString();
}

std::string number(double value)
{
    return CanonicalJson::formatNumber(value).toStdString();
}

Scorecard cardFrom(const QByteArray &json)
{
    Result<Scorecard> card = ScorecardParser::parse(json);
    INFO((card ? QString() : card.error().message).toStdString());
    REQUIRE(card.has_value());
    return *std::move(card);
}

std::string versionOf(const QByteArray &json)
{
    return cardFrom(json).contentVersion().toStdString();
}

// The reference card of the version tests, written compactly.
const QByteArray referenceCard = R"({"format":"qadesk.scorecard/1","id":"first-line","title":"Первая линия",)"
                                 R"("applies_to":{"teams":["first-line"]},)"
                                 R"("sections":[)"
                                 R"({"id":"main","title":"Основное","weight":3,"criteria":[)"
                                 R"({"id":"understood","text":"Разобрался ли инженер?","weight":2,"critical":true},)"
                                 R"({"id":"workaround","text":"Был ли workaround?","partial_credit":0.4}]},)"
                                 R"({"id":"tone","title":"Коммуникация","criteria":[)"
                                 R"({"id":"polite","text":"Вежлив ли ответ?"}]}]})";

// The same card: keys in another order, other spacing and line breaks.
const QByteArray referenceCardReformatted = R"(
{
    "sections": [
        {
            "criteria": [
                { "critical": true, "weight": 2.0, "text": "Разобрался ли инженер?", "id": "understood" },
                { "partial_credit": 0.40, "id": "workaround", "text": "Был ли workaround?" }
            ],
            "weight": 3, "title": "Основное", "id": "main"
        },
        {"title":"Коммуникация",   "id":"tone",
         "criteria":[{"text":"Вежлив ли ответ?","id":"polite"}]}
    ],
    "applies_to": { "teams": [ "first-line" ] },
    "title": "Первая линия",
    "id": "first-line",
    "format": "qadesk.scorecard/1"
}
)";

// The same card again with every default written out explicitly.
const QByteArray referenceCardExplicitDefaults = R"({"format":"qadesk.scorecard/1","id":"first-line","title":"Первая линия",)"
                                                 R"("partial_credit":0.5,"comment_required_for":["partly","no"],)"
                                                 R"("critical_fails_on":["no"],)"
                                                 R"("applies_to":{"teams":["first-line"],"tags":[],"channels":[]},)"
                                                 R"("sections":[)"
                                                 R"({"id":"main","title":"Основное","weight":3,"criteria":[)"
                                                 R"({"id":"understood","text":"Разобрался ли инженер?","help":"",)"
                                                 R"("weight":2,"critical":true,"na_allowed":true},)"
                                                 R"({"id":"workaround","text":"Был ли workaround?","weight":1,)"
                                                 R"("critical":false,"na_allowed":true,"partial_credit":0.4}]},)"
                                                 R"({"id":"tone","title":"Коммуникация","weight":1,"criteria":[)"
                                                 R"({"id":"polite","text":"Вежлив ли ответ?","weight":1.0,)"
                                                 R"("critical":false,"na_allowed":true}]}]})";

// The reference card with `from` replaced by `to` (exactly once).
QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    REQUIRE(referenceCard.count(from) == 1);
    QByteArray copy = referenceCard;
    return copy.replace(from, to);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CanonicalJson

TEST_CASE("canonical JSON sorts object keys, also in nested objects", "[json][version]")
{
    const QJsonObject object{
        {u"zeta"_s, 1},
        {u"alpha"_s, QJsonObject{{u"y"_s, 1}, {u"b"_s, 2}, {u"a"_s, QJsonObject{{u"d"_s, 1}, {u"c"_s, 2}}}}},
        {u"mid"_s, QJsonArray{QJsonObject{{u"k2"_s, true}, {u"k1"_s, false}}, 3}},
    };
    CHECK(canonical(object)
          == R"({"alpha":{"a":{"c":2,"d":1},"b":2,"y":1},"mid":[{"k1":false,"k2":true},3],"zeta":1})");
}

TEST_CASE("canonical JSON orders keys by code point", "[json][version]")
{
    const QJsonObject object{{u"b"_s, 1}, {u"a"_s, 2}, {u"B"_s, 3}, {u"é"_s, 4}, {u"Z"_s, 5}, {u"_"_s, 6}, {u"aa"_s, 7},
                             {u"я"_s, 8}, {u"€"_s, 9}, {u"😀"_s, 10}, {u"！"_s, 11}};
    // U+FF01 comes before U+1F600 by code point (and in UTF-8), though not in UTF-16.
    CHECK(canonical(object) == R"({"B":3,"Z":5,"_":6,"a":2,"aa":7,"b":1,"é":4,"я":8,"€":9,"！":11,"😀":10})");
}

TEST_CASE("canonical JSON has no insignificant whitespace", "[json][version]")
{
    const QJsonDocument spaced = QJsonDocument::fromJson(R"(
        { "b" : [ 1 , 2 , { "x" : "a b" } ] ,
          "a" : { } ,
          "c" : [ ] }
    )");
    REQUIRE(spaced.isObject());
    CHECK(canonical(spaced.object()) == R"({"a":{},"b":[1,2,{"x":"a b"}],"c":[]})");
}

TEST_CASE("canonical JSON writes scalars plainly", "[json][version]")
{
    CHECK(canonical(QJsonValue(true)) == "true");
    CHECK(canonical(QJsonValue(false)) == "false");
    CHECK(canonical(QJsonValue(QJsonValue::Null)) == "null");
    CHECK(canonical(QJsonValue(QJsonValue::Undefined)) == "null");
    CHECK(canonical(QJsonArray{QJsonValue::Null, true, u"x"_s, 1.5}) == R"([null,true,"x",1.5])");
    CHECK(canonical(QJsonObject()) == "{}");
    CHECK(canonical(QJsonArray()) == "[]");
}

TEST_CASE("canonical JSON numbers: integral without fraction, shortest round-trip otherwise", "[json][version]")
{
    SECTION("integral doubles")
    {
        CHECK(number(3.0) == "3");
        CHECK(number(1.0) == "1");
        CHECK(number(-7.0) == "-7");
        CHECK(number(100.0) == "100");
        CHECK(number(1e15) == "1000000000000000");
        CHECK(number(9007199254740991.0) == "9007199254740991");
        CHECK(canonical(QJsonValue(2)) == "2");
        CHECK(canonical(QJsonValue(2.0)) == "2");
    }
    SECTION("zero and negative zero")
    {
        CHECK(number(0.0) == "0");
        CHECK(number(-0.0) == "0");
        CHECK(canonical(QJsonArray{-0.0}) == "[0]");
    }
    SECTION("fractions in shortest form")
    {
        CHECK(number(0.1) == "0.1");
        CHECK(number(0.4) == "0.4");
        CHECK(number(0.25) == "0.25");
        CHECK(number(-2.5) == "-2.5");
        CHECK(number(1.0 / 3.0) == "0.3333333333333333");
        CHECK(number(0.1 + 0.2) == "0.30000000000000004");
    }
    SECTION("every written number reads back to the same double")
    {
        for (const double value : {0.1, 1.0 / 3.0, 2.0 / 3.0, 1e-7, 123456.789, 1e300, -2.5e-300, 0.30000000000000004}) {
            const std::string text = number(value);
            INFO(text);
            CHECK(std::stod(text) == value);
        }
    }
    SECTION("values that JSON cannot hold become null")
    {
        CHECK(number(std::numeric_limits<double>::infinity()) == "null");
        CHECK(number(-std::numeric_limits<double>::infinity()) == "null");
        CHECK(number(std::numeric_limits<double>::quiet_NaN()) == "null");
    }
}

TEST_CASE("canonical JSON escapes strings minimally", "[json][version]")
{
    SECTION("quote and backslash")
    {
        CHECK(canonical(u"say \"hi\""_s) == R"("say \"hi\"")");
        CHECK(canonical(u"C:\\dir\\"_s) == R"("C:\\dir\\")");
    }
    SECTION("control characters")
    {
        CHECK(canonical(u"a\nb\rc\td\be\ff"_s) == R"("a\nb\rc\td\be\ff")");
        CHECK(canonical(QString(QChar(0x01))) == R"("\u0001")");
        CHECK(canonical(QString(QChar(0x1f))) == R"("\u001f")");
        CHECK(canonical(QString(QChar(0x00))) == R"("\u0000")");
    }
    SECTION("the slash, DEL and printable ASCII are not escaped")
    {
        CHECK(canonical(u"a/b ~\u007f"_s) == "\"a/b ~\x7f\"");
    }
    SECTION("non-ASCII is kept as UTF-8")
    {
        const QString text = u"Вежлив ли ответ? — ✓ 😀"_s;
        const QByteArray expected = QByteArray("\"") + text.toUtf8() + QByteArray("\"");
        CHECK(CanonicalJson::serialize(text) == expected);
        CHECK(canonical(u"é"_s) == "\"\xc3\xa9\"");
    }
    SECTION("keys are escaped like values")
    {
        CHECK(canonical(QJsonObject{{u"a\"b"_s, u"\n"_s}}) == R"({"a\"b":"\n"})");
    }
    SECTION("the output is valid JSON that reads back to the same value")
    {
        const QJsonObject object{{u"s"_s, u"q\" b\\ n\n c\u0002 я 😀"_s}, {u"n"_s, 0.1}};
        const QByteArray text = CanonicalJson::serialize(object);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(text, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(back.object() == object);
    }
}

TEST_CASE("sha256Hex is the lowercase SHA-256 of the canonical bytes", "[json][version]")
{
    CHECK(CanonicalJson::sha256Hex(QJsonObject()) == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    CHECK(CanonicalJson::sha256Hex(QJsonObject{{u"a"_s, 1.0}})
          == "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
}

// ---------------------------------------------------------------------------------------------
// Scorecard::contentVersion

TEST_CASE("the content version is 64 lowercase hex characters", "[scoring][version]")
{
    const QString version = cardFrom(referenceCard).contentVersion();
    CHECK(version.size() == 64);
    CHECK(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(version).hasMatch());
    const Scorecard card = cardFrom(referenceCard);
    CHECK(version == QString::fromLatin1(CanonicalJson::sha256Hex(card.toJson())));
}

TEST_CASE("the content version is stable for the same card", "[scoring][version]")
{
    const std::string reference = versionOf(referenceCard);
    CHECK(versionOf(referenceCard) == reference);
    SECTION("keys reordered and whitespace changed")
    {
        CHECK(versionOf(referenceCardReformatted) == reference);
    }
    SECTION("defaults written out explicitly")
    {
        // By design: toJson() leaves out weight 1, critical false, na_allowed true, card
        // partial_credit 0.5 and the other defaults, so writing them changes nothing.
        CHECK(versionOf(referenceCardExplicitDefaults) == reference);
    }
    SECTION("one default at a time")
    {
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","weight":1,)")) == reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","critical":false,)")) == reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","na_allowed":true,)")) == reference);
        CHECK(versionOf(edited(R"("id":"tone",)", R"("id":"tone","weight":1,)")) == reference);
        CHECK(versionOf(edited(R"("id":"first-line",)", R"("id":"first-line","partial_credit":0.5,)")) == reference);
        CHECK(versionOf(edited(R"("id":"first-line",)", R"("id":"first-line","critical_fails_on":["no"],)"))
              == reference);
        CHECK(versionOf(edited(R"("id":"first-line",)", R"("id":"first-line","comment_required_for":["no","partly"],)"))
              == reference);
    }
    SECTION("the order of an answer-value list does not matter")
    {
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","comment_required_for":["na","yes"],)"))
              == versionOf(edited(R"("id":"polite",)", R"("id":"polite","comment_required_for":["yes","na"],)")));
    }
}

TEST_CASE("the content version changes with the card's meaning", "[scoring][version]")
{
    const std::string reference = versionOf(referenceCard);
    SECTION("criterion text")
    {
        CHECK(versionOf(edited("Вежлив ли ответ?", "Вежлив ли ответ?!")) != reference);
    }
    SECTION("criterion weight")
    {
        CHECK(versionOf(edited(R"("weight":2)", R"("weight":2.5)")) != reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","weight":2,)")) != reference);
    }
    SECTION("section weight")
    {
        CHECK(versionOf(edited(R"("weight":3)", R"("weight":4)")) != reference);
    }
    SECTION("criterion partial credit")
    {
        CHECK(versionOf(edited(R"("partial_credit":0.4)", R"("partial_credit":0.41)")) != reference);
        CHECK(versionOf(edited(R"(,"partial_credit":0.4)", "")) != reference);
    }
    SECTION("card partial credit")
    {
        CHECK(versionOf(edited(R"("id":"first-line",)", R"("id":"first-line","partial_credit":0.6,)")) != reference);
    }
    SECTION("a criterion's partial credit equal to the card's still counts as set")
    {
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","partial_credit":0.5,)")) != reference);
    }
    SECTION("critical, na_allowed, comment rules")
    {
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","critical":true,)")) != reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","na_allowed":false,)")) != reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","comment_required_for":["no"],)")) != reference);
        CHECK(versionOf(edited(R"("id":"first-line",)", R"("id":"first-line","critical_fails_on":["no","partly"],)"))
              != reference);
    }
    SECTION("section order")
    {
        const Scorecard card = cardFrom(referenceCard);
        Scorecard swapped = card;
        swapped.sections.swapItemsAt(0, 1);
        CHECK(swapped.contentVersion() != card.contentVersion());
        CHECK(cardFrom(QJsonDocument(swapped.toJson()).toJson()).contentVersion() == swapped.contentVersion());
    }
    SECTION("criterion order")
    {
        Scorecard card = cardFrom(referenceCard);
        const QString before = card.contentVersion();
        card.sections[0].criteria.swapItemsAt(0, 1);
        CHECK(card.contentVersion() != before);
    }
    SECTION("applies_to")
    {
        CHECK(versionOf(edited(R"("teams":["first-line"])", R"("teams":["first-line","second-line"])")) != reference);
        CHECK(versionOf(edited(R"("teams":["first-line"])", R"("teams":["first-line"],"channels":["email"])"))
              != reference);
        CHECK(versionOf(edited(R"("teams":["first-line"])", R"("tags":["first-line"])")) != reference);
        CHECK(versionOf(edited(R"("applies_to":{"teams":["first-line"]},)", "")) != reference);
    }
    SECTION("ids, titles and help")
    {
        CHECK(versionOf(edited(R"("id":"polite")", R"("id":"polite2")")) != reference);
        CHECK(versionOf(edited("Коммуникация", "Тон")) != reference);
        CHECK(versionOf(edited(R"("id":"polite",)", R"("id":"polite","help":"Смотрите регламент",)")) != reference);
    }
}

TEST_CASE("toJson, parse and toJson again round-trip", "[scoring][version][json]")
{
    const QByteArray source = GENERATE(as<QByteArray>{}, referenceCard, referenceCardReformatted, referenceCardExplicitDefaults,
                                       test::readData(u"scorecard-all-options.json"_s));
    const Scorecard card = cardFrom(source);
    const QJsonObject json = card.toJson();

    const Result<Scorecard> fromObject = ScorecardParser::fromJson(json);
    INFO((fromObject ? QString() : fromObject.error().message).toStdString());
    REQUIRE(fromObject.has_value());
    CHECK(fromObject->toJson() == json);
    CHECK(fromObject->contentVersion() == card.contentVersion());

    // Through bytes too, both as Qt writes them and in canonical form.
    const Scorecard fromIndented = cardFrom(QJsonDocument(json).toJson(QJsonDocument::Indented));
    CHECK(fromIndented.toJson() == json);
    const Scorecard fromCanonical = cardFrom(CanonicalJson::serialize(json));
    CHECK(fromCanonical.toJson() == json);
    CHECK(fromCanonical.contentVersion() == card.contentVersion());
}

TEST_CASE("toJson of the all-options card keeps every non-default value", "[scoring][version][json]")
{
    const Scorecard card = cardFrom(test::readData(u"scorecard-all-options.json"_s));
    CHECK(canonical(card.toJson())
          == R"({"applies_to":{"channels":["email","chat"],"tags":["l1"],"teams":["first-line","second-line"]},)"
             R"("comment_required_for":["no","na"],"critical_fails_on":["partly","no"],)"
             R"("format":"qadesk.scorecard/1","id":"first-line","partial_credit":0.25,)"
             R"("sections":[{"criteria":[)"
             R"({"critical":true,"help":"Перечитайте первое письмо клиента.","id":"understood","na_allowed":false,)"
             R"("text":"Разобрался ли инженер в проблеме клиента?","weight":2},)"
             R"({"comment_required_for":["yes","partly"],"id":"workaround","partial_credit":0.4,)"
             R"("text":"Был ли предоставлен workaround?","weight":1.5}],)"
             R"("id":"main","title":"Основное","weight":3},)"
             R"({"criteria":[{"comment_required_for":[],"id":"polite","text":"Вежлив ли ответ?"}],)"
             R"("id":"tone","title":"Коммуникация","weight":0.5}],)"
             R"("title":"Первая линия"})");
}

TEST_CASE("toJson of a minimal card has only the required fields", "[scoring][version][json]")
{
    const Scorecard card = cardFrom(referenceCardExplicitDefaults);
    const QJsonObject json = card.toJson();
    CHECK_FALSE(json.contains(u"partial_credit"_s));
    CHECK_FALSE(json.contains(u"comment_required_for"_s));
    CHECK_FALSE(json.contains(u"critical_fails_on"_s));
    CHECK(json.value(u"applies_to"_s).toObject().keys() == QStringList{u"teams"_s});
    const QJsonObject tone = json.value(u"sections"_s).toArray().at(1).toObject();
    CHECK(tone.keys() == QStringList{u"criteria"_s, u"id"_s, u"title"_s});
    const QJsonObject polite = tone.value(u"criteria"_s).toArray().at(0).toObject();
    CHECK(polite.keys() == QStringList{u"id"_s, u"text"_s});
}
