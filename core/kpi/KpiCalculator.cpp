#include "KpiCalculator.h"

#include <algorithm>

namespace qadesk {

bool KpiCalculator::counts(const Evaluation &e)
{
    return e.status == EvaluationStatus::Submitted && e.kind == EvaluationKind::Normal && e.score.has_value();
}

KpiFigure KpiCalculator::compute(const QList<Evaluation> &evaluations, const KpiPeriod &period)
{
    int count = 0;
    double sum = 0;
    std::optional<double> lowest;
    std::optional<double> highest;
    int criticalFails = 0;
    for (const Evaluation &e : evaluations) {
        if (!counts(e) || !period.contains(e.submittedAt))
            continue;
        ++count;
        sum += *e.score;
        lowest = lowest ? std::min(*lowest, *e.score) : *e.score;
        highest = highest ? std::max(*highest, *e.score) : *e.score;
        if (e.criticalFailed)
            ++criticalFails;
    }
    return fromSums(count, sum, lowest, highest, criticalFails);
}

KpiFigure KpiCalculator::fromSums(int evaluations, double scoreSum, std::optional<double> lowest,
                                  std::optional<double> highest, int criticalFails)
{
    KpiFigure figure;
    figure.evaluations = evaluations;
    figure.criticalFails = criticalFails;
    if (evaluations > 0) {
        figure.kpi = scoreSum / evaluations;
        figure.lowest = lowest;
        figure.highest = highest;
    }
    return figure;
}

int KpiCalculator::minimumEvaluations(int perMonth, const KpiPeriod &period)
{
    if (perMonth <= 0)
        return 0;
    // An average month is 365.25 / 12 = 30.4375 days: every calendar month needs exactly `perMonth`.
    const qint64 days = std::max<qint64>(1, period.days());
    return std::max(1, qRound(double(perMonth) * double(days) / 30.4375));
}

KpiPeriod KpiCalculator::previousPeriod(const KpiPeriod &period)
{
    return KpiPeriod{period.from.addDays(-period.days()), period.from.addDays(-1), period.zone};
}

void KpiCalculator::fillRates(QuestionStat &stat)
{
    const int answered = stat.yes + stat.partly + stat.no;
    const int all = answered + stat.na;
    stat.noShare = answered > 0 ? std::optional(double(stat.no) / answered) : std::nullopt;
    stat.partlyShare = answered > 0 ? std::optional(double(stat.partly) / answered) : std::nullopt;
    stat.naShare = all > 0 ? std::optional(double(stat.na) / all) : std::nullopt;
}

QList<QPair<double, double>> KpiCalculator::defaultMultiplierTable()
{
    return {{0, 0}, {70, 0}, {80, 0.8}, {90, 1.0}, {100, 1.2}};
}

std::optional<double> KpiCalculator::multiplier(const std::optional<double> &kpi, const QList<QPair<double, double>> &table)
{
    if (!kpi || table.isEmpty())
        return std::nullopt;
    if (*kpi <= table.first().first)
        return table.first().second;
    if (*kpi >= table.last().first)
        return table.last().second;
    for (qsizetype i = 1; i < table.size(); ++i) {
        const auto &[x1, y1] = table.at(i);
        if (*kpi <= x1) {
            const auto &[x0, y0] = table.at(i - 1);
            return y0 + (y1 - y0) * (*kpi - x0) / (x1 - x0);
        }
    }
    return table.last().second;
}

} // namespace qadesk
