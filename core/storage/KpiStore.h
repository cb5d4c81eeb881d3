#pragma once

#include "common/Error.h"
#include "kpi/KpiDetails.h"
#include "kpi/KpiReport.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace qadesk {

class Database;

// Which evaluations a KPI number is made of: submitted, scored, normal evaluations whose
// submission (or ticket solve) falls in the period, optionally only one engineer, team, …
struct KpiFilter
{
    KpiPeriod period;
    KpiTimeBasis basis = KpiTimeBasis::Submitted;
    std::optional<KpiGrouping> only;   // restrict to one group …
    qint64 onlyId = 0;                 // … with this id
};

// What the database sums for one group; KpiCalculator::fromSums turns it into a KPI.
struct KpiSums
{
    qint64 id = 0;
    int evaluations = 0;
    double scoreSum = 0;
    std::optional<double> lowest;
    std::optional<double> highest;
    int criticalFails = 0;
};

struct KpiDisputeCounts
{
    int open = 0;
    int overturned = 0;
};

// A person, team or scorecard a KPI table can list.
struct KpiGroupMember
{
    qint64 id = 0;
    QString key;
    QString name;
    bool listedWithoutData = false;    // an engineer, a trainer, a team, a live card: shown even with no evaluation
};

// One counted evaluation reduced to who gave it, to whom, and the score (trainer comparisons).
struct KpiScoredPair
{
    qint64 trainerId = 0;
    qint64 engineerId = 0;
    double score = 0;
};

struct AnswerCount
{
    QString criterionId;
    QString value;
    int count = 0;
};

// The KPI aggregates, in SQL with bound values, over the covering indexes of migration 6.
class KpiStore final
{
    Q_DECLARE_TR_FUNCTIONS(KpiStore)

public:
    explicit KpiStore(Database &db)
        : m_db(db)
    {
    }

    Result<QList<KpiSums>> sums(const KpiFilter &filter, KpiGrouping grouping);
    Result<KpiSums> total(const KpiFilter &filter);
    Result<QHash<qint64, KpiDisputeCounts>> disputeCounts(const KpiFilter &filter, KpiGrouping grouping);
    Result<QList<KpiGroupMember>> members(KpiGrouping grouping);
    // Scorecard versions used by the period's evaluations, with how many each, most used first.
    Result<QList<QPair<qint64, int>>> versionsUsed(const KpiFilter &filter);
    Result<QList<AnswerCount>> answerCounts(const KpiFilter &filter, qint64 scorecardVersionId);
    Result<QList<double>> scores(const KpiFilter &filter);
    Result<QList<KpiScoredPair>> scoredPairs(const KpiFilter &filter);
    // Every engineer's teams.
    Result<QMultiHash<qint64, qint64>> teamsOfPeople();
    Result<QList<KpiEvaluationRow>> evaluations(const KpiFilter &filter, bool withAnswers = false);
    Result<QList<KpiDisputeRow>> disputes(const KpiFilter &filter);

    // The UTC text bounds [from, to) of a period's whole days in its zone.
    static QPair<QString, QString> bounds(const KpiPeriod &period);

private:
    Database &m_db;
};

} // namespace qadesk
