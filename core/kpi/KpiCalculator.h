#pragma once

#include "domain/Evaluation.h"
#include "kpi/KpiPeriod.h"
#include "kpi/QuestionStats.h"

#include <QList>
#include <QPair>

#include <optional>

namespace qadesk {

struct KpiFigure
{
    int evaluations = 0;            // submitted, scored, normal evaluations in the period
    std::optional<double> kpi;      // their mean final score; none without any
    std::optional<double> lowest;
    std::optional<double> highest;
    int criticalFails = 0;
};

// The KPI rules of docs/scoring.md: the mean of the final scores of submitted, scored, normal
// evaluations whose submission falls in the period (calibration and unscored ones excluded).
class KpiCalculator final
{
public:
    static KpiFigure compute(const QList<Evaluation> &evaluations, const KpiPeriod &period);
    static bool counts(const Evaluation &evaluation);
    // The same figure from sums a database aggregated (COUNT, SUM, MIN, MAX of the final scores).
    static KpiFigure fromSums(int evaluations, double scoreSum, std::optional<double> lowest,
                              std::optional<double> highest, int criticalFails);
    // Evaluations an engineer needs in `period` for a fair KPI: `perMonth` scaled to the period's
    // length (an average month), rounded to the nearest, at least 1 (0 turns the check off).
    static int minimumEvaluations(int perMonth, const KpiPeriod &period);
    // The period of the same length just before `period`.
    static KpiPeriod previousPeriod(const KpiPeriod &period);
    // Failure rates of one question: no and partly as shares of the answers that are not N/A,
    // N/A as a share of all answers. None when there is nothing to divide by.
    static void fillRates(QuestionStat &stat);

    // The default KPI -> bonus multiplier table: (0, 0), (70, 0), (80, 0.8), (90, 1.0), (100, 1.2).
    static QList<QPair<double, double>> defaultMultiplierTable();
    // Linear between the points, flat beyond the ends; none for no KPI.
    static std::optional<double> multiplier(const std::optional<double> &kpi,
                                            const QList<QPair<double, double>> &table = defaultMultiplierTable());
};

} // namespace qadesk
