#pragma once

#include "common/Error.h"
#include "kpi/KpiDashboardData.h"
#include "kpi/KpiReport.h"
#include "kpi/QuestionStats.h"
#include "storage/KpiStore.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

struct KpiReportOptions
{
    KpiPeriod period;
    KpiTimeBasis basis = KpiTimeBasis::Submitted;
    int minimumPerMonth = 4;           // evaluations an engineer needs in a month for a fair KPI
    QList<KpiGrouping> groupings = allKpiGroupings();
    bool useSnapshots = true;          // a closed month is read from its snapshot
};

// Builds KPI tables from the evaluations (KpiStore's aggregates, KpiCalculator's math), or reads
// a closed month's snapshot.
class KpiReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(KpiReportBuilder)

public:
    explicit KpiReportBuilder(Database &db)
        : m_db(db)
    {
    }

    Result<KpiReport> build(const KpiReportOptions &options);
    // Always from the evaluations, never a snapshot (what closing a month freezes).
    Result<KpiReport> buildLive(const KpiReportOptions &options);
    Result<KpiTable> table(const KpiReportOptions &options, KpiGrouping grouping, const BonusTable &bonus, int minimum);

    // The per-question view of one scorecard version over the filter's evaluations.
    Result<QuestionReport> questions(const KpiFilter &filter, qint64 scorecardVersionId);
    // The per-question views of the versions used in the filter, most used first.
    Result<QList<QuestionReport>> questionReports(const KpiFilter &filter, int maxVersions = 10);
    // KPI per calendar week (Monday to Sunday) or month over `filter.period`.
    Result<QList<KpiTrendPoint>> trend(const KpiFilter &filter, bool monthly);
    // Counts of final scores in ten bands: [0, 10), [10, 20), … [90, 100].
    Result<QList<int>> distribution(const KpiFilter &filter);

    Result<QList<TrainerComparison>> trainerComparison(const KpiFilter &filter);

    // The dashboard's first paint: the report and the scorecard versions its period used.
    Result<KpiDashboardReport> dashboard(const KpiReportOptions &options);
    // The trend looks back from the period's end: twelve weeks, or twelve months for periods
    // longer than two months; the distribution covers the period.
    Result<KpiChartData> charts(const KpiFilter &filter);
    // Every trainer (and anyone else who evaluated or has tasks) with their evaluations, their
    // tasks due in the period (overdue as of `today`) and their scores against the others'.
    Result<QList<TrainerActivity>> trainerActivity(const KpiFilter &filter, const QDate &today);

    // "2026-10" when the period is exactly one calendar month, empty otherwise.
    static QString monthOf(const KpiPeriod &period);

private:
    Database &m_db;
};

} // namespace qadesk
