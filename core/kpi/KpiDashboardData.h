#pragma once

#include "kpi/KpiReport.h"
#include "kpi/QuestionStats.h"

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// A scorecard version the period's evaluations used, for the per-question view's chooser.
struct KpiVersionUse
{
    qint64 versionId = 0;
    QString title;
    QString hash;                      // content hash
    int evaluations = 0;
};

// What the dashboard's first paint needs: the report and the versions its evaluations used.
struct KpiDashboardReport
{
    KpiReport report;
    QList<KpiVersionUse> versions;     // most used first
};

// One point of a KPI trend: a week or a month and the KPI of its evaluations.
struct KpiTrendPoint
{
    KpiPeriod period;
    int evaluations = 0;
    std::optional<double> kpi;
};

// The charts of one engineer, team or everyone: the trend looking back from the period's end and
// the score distribution within the period.
struct KpiChartData
{
    bool monthly = false;              // a trend per month (long periods), else per week
    KpiPeriod trendPeriod;
    QList<KpiTrendPoint> trend;
    QList<int> bands;                  // final scores in [0, 10), [10, 20), … [90, 100]
};

// How one trainer scores compared with the other trainers who evaluate the same teams.
struct TrainerComparison
{
    qint64 trainerId = 0;
    int evaluations = 0;
    std::optional<double> average;         // the scores this trainer gave
    int othersEvaluations = 0;
    std::optional<double> othersAverage;   // the scores other trainers gave engineers of the same teams
};

// A trainer over a period: the evaluations they gave, their assigned tasks due in the period
// and how their scores compare with the others on the same teams.
struct TrainerActivity
{
    qint64 trainerId = 0;
    QString email;
    QString name;
    TrainerComparison scores;          // evaluations: counted evaluations given in the period
    int assigned = 0;                  // active tasks due in the period
    int assignedDone = 0;              // of those: the trainer has submitted an evaluation of the ticket
    int overdue = 0;                   // of those: not done and past the due day
};

} // namespace qadesk
