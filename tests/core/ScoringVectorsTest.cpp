#include "scoring/AnswerSheet.h"
#include "scoring/ScorecardParser.h"
#include "scoring/ScoringEngine.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

TEST_CASE("every case of the shared scoring vectors is reproduced", "[scoring][vectors]")
{
    const QJsonObject vectors = QJsonDocument::fromJson(test::readData(u"scoring-vectors.json"_s)).object();
    REQUIRE(vectors.value(u"format"_s).toString() == u"qadesk.scoring-vectors/1"_s);
    const QJsonArray cases = vectors.value(u"cases"_s).toArray();
    REQUIRE(cases.size() >= 12);

    for (const QJsonValue &item : cases) {
        const QJsonObject c = item.toObject();
        SECTION(c.value(u"name"_s).toString().toStdString())
        {
            const Result<Scorecard> card = ScorecardParser::fromJson(c.value(u"scorecard"_s).toObject());
            INFO((card ? QString() : card.error().message).toStdString());
            REQUIRE(card.has_value());
            const Result<AnswerSheet> sheet = AnswerSheet::fromJson(c.value(u"answers"_s).toObject());
            REQUIRE(sheet.has_value());
            REQUIRE(AnswerSheet::problemsUnder(*card, sheet->answers, u"answers"_s).isEmpty());

            const ScoreResult result = ScoringEngine::score(*card, sheet->answers);
            const QJsonObject expect = c.value(u"expect"_s).toObject();
            CHECK(result.scored == expect.value(u"scored"_s).toBool());
            CHECK(result.criticalFailed == expect.value(u"critical_failed"_s).toBool());
            CHECK(result.complete == expect.value(u"complete"_s).toBool());
            CHECK(result.missingComments == toStringList(expect.value(u"missing_comments"_s)));
            if (expect.value(u"score"_s).isNull()) {
                CHECK_FALSE(result.score.has_value());
                CHECK_FALSE(result.uncappedScore.has_value());
            } else {
                REQUIRE(result.score.has_value());
                REQUIRE(result.uncappedScore.has_value());
                CHECK(*result.score == Approx(expect.value(u"score"_s).toDouble()).margin(1e-9).epsilon(0));
                CHECK(*result.uncappedScore
                      == Approx(expect.value(u"uncapped_score"_s).toDouble()).margin(1e-9).epsilon(0));
            }
        }
    }
}
