#include "scoring/ScorecardParser.h"
#include "scoring/ScorecardShares.h"
#include "scoring/ScoringEngine.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("a question's share is what a No on it alone costs", "[scorecard][shares]")
{
    const Scorecard card = ScorecardParser::parse(readData(u"scorecard-all-options.json"_s)).value();
    // main weight 3 of 3.5; understood 2 of 3.5 in main
    CHECK(ScorecardShares::section(card, 0) == Approx(100.0 * 3 / 3.5));
    CHECK(ScorecardShares::question(card, 0, 0) == Approx(100.0 * 3 / 3.5 * 2 / 3.5));
    double total = 0;
    for (qsizetype s = 0; s < card.sections.size(); ++s) {
        for (qsizetype q = 0; q < card.sections.at(s).criteria.size(); ++q) {
            total += ScorecardShares::question(card, s, q);
            // The engine agrees: answering only this question No (no critical cap) loses exactly its share.
            Scorecard plain = card;
            plain.sections[s].criteria[q].critical = false;
            AnswerMap answers;
            for (const QString &id : plain.criterionIds())
                answers.insert(id, {AnswerValue::Yes, u"ok"_s});
            answers[plain.sections.at(s).criteria.at(q).id] = {AnswerValue::No, u"why"_s};
            CHECK(100.0 - ScoringEngine::score(plain, answers).score.value()
                  == Approx(ScorecardShares::question(card, s, q)));
        }
    }
    CHECK(total == Approx(100.0));
    CHECK(ScorecardShares::question(card, 5, 0) == 0.0);
}
