#include "demo/DemoWorkspace.h"
#include "kpi/KpiCalculator.h"
#include "kpi/WhatIfAnalysis.h"
#include "scoring/ScoringEngine.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

Criterion newCriterion(const QString &id, const QString &text, double weight = 1.0)
{
    Criterion c;
    c.id = id;
    c.text = text;
    c.weight = weight;
    return c;
}

KpiPeriod everything()
{
    KpiPeriod period;
    period.from = QDate(2000, 1, 1);
    period.to = QDate(2100, 1, 1);
    return period;
}

// The first-line card with a heavier first question, one question removed and one new question.
Scorecard draftOf(const Scorecard &current, QString *removed)
{
    Scorecard draft = current;
    draft.sections[0].criteria[0].weight *= 3;
    *removed = draft.sections.last().criteria.last().id;
    draft.sections.last().criteria.removeLast();
    if (draft.sections.last().criteria.isEmpty())
        draft.sections.removeLast();
    draft.sections[0].criteria.append(newCriterion(u"thorough-first-answer"_s, u"Был ли первый ответ полным?"_s, 2.0));
    return draft;
}

} // namespace

TEST_CASE("what-if numbers equal re-scoring each evaluation through the engine", "[kpi][whatif]")
{
    TestDatabase t(Backend::Sqlite);
    REQUIRE(DemoWorkspace::seed(t.db()).has_value());
    const Scorecard current = ScorecardStore(t.db()).current(u"first-line"_s).value().card;
    QString removed;
    const Scorecard draft = draftOf(current, &removed);

    const WhatIfResult result = WhatIfAnalysis::run(t.db(), draft, everything()).value();
    CHECK(result.scorecardId == u"first-line"_s);
    CHECK(result.draftVersion == draft.contentVersion());
    CHECK(result.newQuestions == QStringList{u"thorough-first-answer"_s});
    CHECK(result.removedQuestions == QStringList{removed});

    EvaluationStore store(t.db());
    const QList<Evaluation> all = store.list().value();
    int expectedRescored = 0;
    QHash<QString, QList<double>> expectedByEngineer;
    for (const Evaluation &listed : all) {
        if (!KpiCalculator::counts(listed))
            continue;
        const Evaluation e = store.get(listed.id).value().value();
        double score = *e.score;
        if (e.scorecardId == u"first-line"_s) {
            ++expectedRescored;
            score = ScoringEngine::score(draft, e.answers).score.value();
        }
        expectedByEngineer[e.engineerEmail].append(score);
    }
    REQUIRE(expectedRescored > 5);
    CHECK(result.overall.rescored == expectedRescored);
    REQUIRE(result.evaluations.size() == expectedRescored);
    for (const WhatIfEvaluation &row : result.evaluations) {
        INFO("evaluation " << row.evaluationId);
        const Evaluation e = store.get(row.evaluationId).value().value();
        CHECK(row.before == e.score);
        CHECK(row.after == ScoringEngine::score(draft, e.answers).score);
        CHECK(row.leftOut.contains(u"thorough-first-answer"_s));
    }

    REQUIRE(result.engineers.size() == expectedByEngineer.size());
    bool someChange = false;
    for (const WhatIfRow &row : result.engineers) {
        INFO(row.id.toStdString());
        const QList<double> scores = expectedByEngineer.value(row.id);
        double sum = 0;
        for (double s : scores)
            sum += s;
        CHECK(row.after.evaluations == scores.size());
        CHECK(row.after.kpi.value() == Approx(sum / double(scores.size())).epsilon(1e-12));
        if (row.change() && *row.change() != 0)
            someChange = true;
    }
    CHECK(someChange);
    CHECK_FALSE(result.teams.isEmpty());
    // Every team row is the KPI of its engineers' evaluations: the sizes add up at least to all of them.
    int teamEvaluations = 0;
    for (const WhatIfRow &row : result.teams)
        teamEvaluations += row.after.evaluations;
    CHECK(teamEvaluations >= result.overall.after.evaluations);
}

TEST_CASE("the current card as the draft changes nobody's KPI", "[kpi][whatif]")
{
    TestDatabase t(Backend::Sqlite);
    REQUIRE(DemoWorkspace::seed(t.db()).has_value());
    const Scorecard current = ScorecardStore(t.db()).current(u"first-line"_s).value().card;
    const WhatIfResult result = WhatIfAnalysis::run(t.db(), current, everything()).value();
    CHECK(result.newQuestions.isEmpty());
    CHECK(result.overall.rescored > 0);
    for (const WhatIfRow &row : result.engineers) {
        INFO(row.id.toStdString());
        CHECK(row.change().value() == Approx(0).margin(1e-9));
    }
}

TEST_CASE("what-if counts only the period and only submitted normal evaluations", "[kpi][whatif]")
{
    Scorecard card;
    card.id = u"c"_s;
    card.title = u"C"_s;
    card.sections = {ScorecardSection{u"s"_s, u"S"_s, 1.0, {newCriterion(u"a"_s, u"A"_s), newCriterion(u"b"_s, u"B"_s)}}};
    const auto evaluation = [&](qint64 id, const QString &day, EvaluationKind kind, AnswerValue b) {
        Evaluation e;
        e.id = id;
        e.engineerEmail = u"anna@example.ru"_s;
        e.engineerName = u"Анна"_s;
        e.scorecardId = u"c"_s;
        e.status = EvaluationStatus::Submitted;
        e.kind = kind;
        e.submittedAt = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(12, 0), QTimeZone::utc());
        e.answers = {{u"a"_s, {AnswerValue::Yes, {}}}, {u"b"_s, {b, u"x"_s}}};
        e.score = ScoringEngine::score(card, e.answers).score;
        return e;
    };
    const QList<Evaluation> evaluations{
        evaluation(1, u"2026-10-05"_s, EvaluationKind::Normal, AnswerValue::No),          // 50 -> 100
        evaluation(2, u"2026-10-20"_s, EvaluationKind::Calibration, AnswerValue::No),     // not a KPI evaluation
        evaluation(3, u"2026-11-02"_s, EvaluationKind::Normal, AnswerValue::No),          // outside the period
    };
    Scorecard draft = card;
    draft.sections[0].criteria.removeAt(1);
    KpiPeriod october;
    october.from = QDate(2026, 10, 1);
    october.to = QDate(2026, 10, 31);
    october.zone = QTimeZone::utc();
    const WhatIfResult result =
        WhatIfAnalysis::compute(draft, evaluations, october, {{u"anna@example.ru"_s, {u"l1"_s}}}, {{u"l1"_s, u"Первая"_s}});
    REQUIRE(result.evaluations.size() == 1);
    CHECK(result.evaluations.first().evaluationId == 1);
    CHECK(result.evaluations.first().dropped == QStringList{u"b"_s});
    REQUIRE(result.engineers.size() == 1);
    CHECK(result.engineers.first().before.kpi == 50.0);
    CHECK(result.engineers.first().after.kpi == 100.0);
    CHECK(result.engineers.first().change() == 50.0);
    REQUIRE(result.teams.size() == 1);
    CHECK(result.teams.first().name == u"Первая"_s);
    CHECK(result.teams.first().after.kpi == 100.0);
}
