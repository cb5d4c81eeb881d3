#pragma once

#include "kpi/BonusTable.h"
#include "kpi/KpiPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace qadesk {

enum class KpiGrouping { Engineer, Team, Scorecard, Trainer };
// Which time puts an evaluation into a period: when it was submitted (the default) or when its
// ticket was solved.
enum class KpiTimeBasis { Submitted, Solved };

QString kpiGroupingId(KpiGrouping grouping);       // "engineer", "team", "scorecard", "trainer"
std::optional<KpiGrouping> kpiGroupingFromId(QStringView id);
QString kpiGroupingLabel(KpiGrouping grouping);    // translated
QList<KpiGrouping> allKpiGroupings();
QString kpiTimeBasisId(KpiTimeBasis basis);        // "submitted", "solved"
std::optional<KpiTimeBasis> kpiTimeBasisFromId(QStringView id);

// One line of a KPI table: an engineer, team, scorecard or trainer over the period.
struct KpiRow
{
    qint64 id = 0;                     // person, team or scorecard row id
    QString key;                       // email, team slug or scorecard slug
    QString name;
    int evaluations = 0;
    std::optional<double> kpi;
    std::optional<double> lowest;
    std::optional<double> highest;
    int criticalFails = 0;
    int openDisputes = 0;
    int overturnedDisputes = 0;
    std::optional<double> bonusMultiplier;   // engineers only: the bonus is personal
    std::optional<double> previousKpi;       // the previous period of the same length
    std::optional<double> change;            // kpi - previousKpi when both exist
    bool tooFewEvaluations = false;          // engineers below the fairness threshold
};

struct KpiTable
{
    KpiGrouping grouping = KpiGrouping::Engineer;
    QList<KpiRow> rows;
    KpiRow total;                      // every counted evaluation of the period pooled
};

// The frozen KPI of a closed month a report was read from.
struct KpiSnapshotInfo
{
    qint64 id = 0;
    QString month;                     // "2026-10"
    QDateTime closedAt;
    QString closedBy;
};

// KPI tables for one period, built by KpiReportBuilder or read back from a month snapshot.
struct KpiReport
{
    KpiPeriod period;
    KpiPeriod previousPeriod;
    KpiTimeBasis basis = KpiTimeBasis::Submitted;
    int minimumEvaluations = 4;        // the threshold for this period's length
    BonusTable bonusTable;
    std::optional<KpiSnapshotInfo> snapshot;   // none: computed live from the evaluations
    QDateTime generatedAt;
    QList<KpiTable> tables;

    [[nodiscard]] const KpiTable *table(KpiGrouping grouping) const;
};

} // namespace qadesk
