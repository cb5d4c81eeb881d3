#pragma once

#include "domain/Evaluation.h"
#include "kpi/KpiPeriod.h"

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

    // The default KPI -> bonus multiplier table: (0, 0), (70, 0), (80, 0.8), (90, 1.0), (100, 1.2).
    static QList<QPair<double, double>> defaultMultiplierTable();
    // Linear between the points, flat beyond the ends; none for no KPI.
    static std::optional<double> multiplier(const std::optional<double> &kpi,
                                            const QList<QPair<double, double>> &table = defaultMultiplierTable());
};

} // namespace qadesk
