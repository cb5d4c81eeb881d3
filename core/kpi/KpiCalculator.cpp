#include "KpiCalculator.h"

#include <algorithm>

namespace qadesk {

bool KpiCalculator::counts(const Evaluation &e)
{
    return e.status == EvaluationStatus::Submitted && e.kind == EvaluationKind::Normal && e.score.has_value();
}

KpiFigure KpiCalculator::compute(const QList<Evaluation> &evaluations, const KpiPeriod &period)
{
    KpiFigure figure;
    double sum = 0;
    for (const Evaluation &e : evaluations) {
        if (!counts(e) || !period.contains(e.submittedAt))
            continue;
        ++figure.evaluations;
        sum += *e.score;
        figure.lowest = figure.lowest ? std::min(*figure.lowest, *e.score) : *e.score;
        figure.highest = figure.highest ? std::max(*figure.highest, *e.score) : *e.score;
        if (e.criticalFailed)
            ++figure.criticalFails;
    }
    if (figure.evaluations > 0)
        figure.kpi = sum / figure.evaluations;
    return figure;
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
