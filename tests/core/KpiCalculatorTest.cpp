#include "kpi/KpiCalculator.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {
Evaluation evaluation(double score, QDateTime submitted, EvaluationKind kind = EvaluationKind::Normal,
                      EvaluationStatus status = EvaluationStatus::Submitted)
{
    Evaluation e;
    e.score = score;
    e.submittedAt = submitted;
    e.kind = kind;
    e.status = status;
    return e;
}
} // namespace

TEST_CASE("KPI is the mean of submitted, scored, normal evaluations in whole days of the zone", "[kpi]")
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    REQUIRE(moscow.isValid());
    const KpiPeriod october{QDate(2026, 10, 1), QDate(2026, 10, 31), moscow};
    QList<Evaluation> list{
        evaluation(90, QDateTime(QDate(2026, 10, 1), QTime(0, 30), moscow)),           // first minute-ish of the period
        evaluation(70, QDateTime(QDate(2026, 10, 31), QTime(23, 59), moscow)),         // last minute
        evaluation(10, QDateTime(QDate(2026, 9, 30), QTime(21, 30), QTimeZone::utc())), // 00:30 Oct 1 in Moscow: in
        evaluation(0, QDateTime(QDate(2026, 10, 31), QTime(21, 30), QTimeZone::utc())), // 00:30 Nov 1 in Moscow: out
        evaluation(50, QDateTime(QDate(2026, 10, 5), QTime(12, 0), moscow), EvaluationKind::Calibration),
        evaluation(40, QDateTime(QDate(2026, 10, 5), QTime(12, 0), moscow), EvaluationKind::Normal, EvaluationStatus::Draft),
    };
    Evaluation unscored;
    unscored.status = EvaluationStatus::Submitted;
    unscored.submittedAt = QDateTime(QDate(2026, 10, 6), QTime(12, 0), moscow);
    list.append(unscored);
    list[1].criticalFailed = true;

    const KpiFigure figure = KpiCalculator::compute(list, october);
    CHECK(figure.evaluations == 3);
    REQUIRE(figure.kpi.has_value());
    CHECK(*figure.kpi == Approx((90.0 + 70.0 + 10.0) / 3).margin(1e-12));
    CHECK(figure.lowest == 10.0);
    CHECK(figure.highest == 90.0);
    CHECK(figure.criticalFails == 1);
    CHECK(october.days() == 31);

    const KpiFigure empty = KpiCalculator::compute({}, october);
    CHECK(empty.evaluations == 0);
    CHECK_FALSE(empty.kpi.has_value()); // no KPI, never 0
}

TEST_CASE("the bonus multiplier interpolates the table and is flat beyond its ends", "[kpi]")
{
    CHECK_FALSE(KpiCalculator::multiplier(std::nullopt).has_value());
    CHECK(*KpiCalculator::multiplier(50.0) == 0.0);
    CHECK(*KpiCalculator::multiplier(70.0) == 0.0);
    CHECK(*KpiCalculator::multiplier(75.0) == Approx(0.4).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(80.0) == Approx(0.8).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(85.0) == Approx(0.9).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(95.0) == Approx(1.1).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(100.0) == Approx(1.2).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(120.0) == Approx(1.2).margin(1e-12));
}
