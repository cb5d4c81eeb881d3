#include "KpiReportBuilder.h"

#include "assignments/AssignmentService.h"
#include "kpi/KpiCalculator.h"
#include "kpi/KpiReportJson.h"
#include "storage/BonusTableStore.h"
#include "storage/KpiSnapshotStore.h"
#include "storage/ScorecardStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

QString KpiReportBuilder::monthOf(const KpiPeriod &period)
{
    if (period.from.day() != 1 || period.to != period.from.addMonths(1).addDays(-1))
        return {};
    return period.from.toString(u"yyyy-MM"_s);
}

Result<KpiReport> KpiReportBuilder::build(const KpiReportOptions &options)
{
    const QString month = monthOf(options.period);
    if (options.useSnapshots && !month.isEmpty()) {
        Result<std::optional<KpiMonthClose>> closed = KpiSnapshotStore(m_db).closed(month);
        if (!closed)
            return std::unexpected(closed.error());
        if (*closed && (*closed)->timeBasis == kpiTimeBasisId(options.basis)) {
            KpiReport report = KpiReportJson::fromJson((*closed)->snapshot);
            report.snapshot = KpiSnapshotInfo{(*closed)->id, month, (*closed)->closedAt, (*closed)->closedBy};
            report.tables.erase(std::remove_if(report.tables.begin(), report.tables.end(),
                                               [&](const KpiTable &t) { return !options.groupings.contains(t.grouping); }),
                                report.tables.end());
            return report;
        }
    }
    return buildLive(options);
}

Result<KpiReport> KpiReportBuilder::buildLive(const KpiReportOptions &options)
{
    if (!options.period.from.isValid() || !options.period.to.isValid() || options.period.to < options.period.from)
        return std::unexpected(Error::invalid(tr("the period must have a start and an end day, the end not before the start")));
    Result<BonusTable> bonus = BonusTableStore(m_db).current();
    if (!bonus)
        return std::unexpected(bonus.error());
    KpiReport report;
    report.period = options.period;
    report.previousPeriod = KpiCalculator::previousPeriod(options.period);
    report.basis = options.basis;
    report.minimumEvaluations = KpiCalculator::minimumEvaluations(options.minimumPerMonth, options.period);
    report.bonusTable = *bonus;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    for (KpiGrouping grouping : options.groupings) {
        Result<KpiTable> t = table(options, grouping, report.bonusTable, report.minimumEvaluations);
        if (!t)
            return std::unexpected(t.error());
        report.tables.append(std::move(*t));
    }
    return report;
}

Result<KpiTable> KpiReportBuilder::table(const KpiReportOptions &options, KpiGrouping grouping, const BonusTable &bonus,
                                         int minimum)
{
    KpiStore store(m_db);
    const KpiFilter filter{options.period, options.basis, std::nullopt, 0};
    const KpiFilter previous{KpiCalculator::previousPeriod(options.period), options.basis, std::nullopt, 0};
    Result<QList<KpiSums>> sums = store.sums(filter, grouping);
    if (!sums)
        return std::unexpected(sums.error());
    Result<QList<KpiSums>> previousSums = store.sums(previous, grouping);
    if (!previousSums)
        return std::unexpected(previousSums.error());
    Result<QHash<qint64, KpiDisputeCounts>> disputes = store.disputeCounts(filter, grouping);
    if (!disputes)
        return std::unexpected(disputes.error());
    Result<QList<KpiGroupMember>> members = store.members(grouping);
    if (!members)
        return std::unexpected(members.error());
    Result<KpiSums> total = store.total(filter);
    if (!total)
        return std::unexpected(total.error());

    QHash<qint64, KpiSums> byId;
    for (const KpiSums &s : std::as_const(*sums))
        byId.insert(s.id, s);
    QHash<qint64, std::optional<double>> previousKpi;
    for (const KpiSums &s : std::as_const(*previousSums))
        previousKpi.insert(s.id, KpiCalculator::fromSums(s.evaluations, s.scoreSum, s.lowest, s.highest, s.criticalFails).kpi);

    const bool personal = grouping == KpiGrouping::Engineer;
    KpiTable result;
    result.grouping = grouping;
    for (const KpiGroupMember &member : std::as_const(*members)) {
        const auto found = byId.constFind(member.id);
        const KpiDisputeCounts counts = disputes->value(member.id);
        if (!member.listedWithoutData && found == byId.cend() && counts.open + counts.overturned == 0)
            continue;
        const KpiSums s = found == byId.cend() ? KpiSums{} : *found;
        const KpiFigure figure = KpiCalculator::fromSums(s.evaluations, s.scoreSum, s.lowest, s.highest, s.criticalFails);
        KpiRow row;
        row.id = member.id;
        row.key = member.key;
        row.name = member.name;
        row.evaluations = figure.evaluations;
        row.kpi = figure.kpi;
        row.lowest = figure.lowest;
        row.highest = figure.highest;
        row.criticalFails = figure.criticalFails;
        row.openDisputes = counts.open;
        row.overturnedDisputes = counts.overturned;
        row.previousKpi = previousKpi.value(member.id);
        if (row.kpi && row.previousKpi)
            row.change = *row.kpi - *row.previousKpi;
        if (personal) {
            row.bonusMultiplier = KpiCalculator::multiplier(row.kpi, bonus.points);
            row.tooFewEvaluations = row.evaluations < minimum;
        }
        result.rows.append(std::move(row));
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const KpiRow &a, const KpiRow &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });

    const KpiFigure all = KpiCalculator::fromSums(total->evaluations, total->scoreSum, total->lowest, total->highest,
                                                  total->criticalFails);
    result.total.name = tr("All evaluations");
    result.total.evaluations = all.evaluations;
    result.total.kpi = all.kpi;
    result.total.lowest = all.lowest;
    result.total.highest = all.highest;
    result.total.criticalFails = all.criticalFails;
    Result<KpiSums> previousTotal = store.total(previous);
    if (!previousTotal)
        return std::unexpected(previousTotal.error());
    result.total.previousKpi = KpiCalculator::fromSums(previousTotal->evaluations, previousTotal->scoreSum, std::nullopt,
                                                       std::nullopt, 0)
                                   .kpi;
    if (result.total.kpi && result.total.previousKpi)
        result.total.change = *result.total.kpi - *result.total.previousKpi;
    Result<QList<KpiDisputeRow>> disputeRows = store.disputes(filter);
    if (!disputeRows)
        return std::unexpected(disputeRows.error());
    for (const KpiDisputeRow &d : std::as_const(*disputeRows)) {
        if (d.isOpen())
            ++result.total.openDisputes;
        if (d.outcome == u"partial"_s || d.outcome == u"overturned"_s)
            ++result.total.overturnedDisputes;
    }
    return result;
}

Result<QuestionReport> KpiReportBuilder::questions(const KpiFilter &filter, qint64 scorecardVersionId)
{
    Result<ScorecardVersion> version = ScorecardStore(m_db).versionById(scorecardVersionId);
    if (!version)
        return std::unexpected(version.error());
    Result<QList<AnswerCount>> counts = KpiStore(m_db).answerCounts(filter, scorecardVersionId);
    if (!counts)
        return std::unexpected(counts.error());
    QuestionReport report;
    report.scorecardVersionId = scorecardVersionId;
    report.scorecardSlug = version->card.id;
    report.scorecardTitle = version->card.title;
    report.versionHash = version->contentHash;
    QHash<QString, qsizetype> index;
    for (const ScorecardSection &section : std::as_const(version->card.sections)) {
        for (const Criterion &criterion : section.criteria) {
            QuestionStat stat;
            stat.criterionId = criterion.id;
            stat.sectionTitle = section.title;
            stat.text = criterion.text;
            stat.critical = criterion.critical;
            index.insert(criterion.id, report.questions.size());
            report.questions.append(stat);
        }
    }
    for (const AnswerCount &c : std::as_const(*counts)) {
        const auto at = index.constFind(c.criterionId);
        if (at == index.cend())
            continue;
        QuestionStat &stat = report.questions[*at];
        if (c.value == u"yes"_s)
            stat.yes += c.count;
        else if (c.value == u"partly"_s)
            stat.partly += c.count;
        else if (c.value == u"no"_s)
            stat.no += c.count;
        else if (c.value == u"na"_s)
            stat.na += c.count;
    }
    for (QuestionStat &stat : report.questions) {
        KpiCalculator::fillRates(stat);
        report.evaluations = std::max(report.evaluations, stat.yes + stat.partly + stat.no + stat.na);
    }
    return report;
}

Result<QList<QuestionReport>> KpiReportBuilder::questionReports(const KpiFilter &filter, int maxVersions)
{
    Result<QList<QPair<qint64, int>>> used = KpiStore(m_db).versionsUsed(filter);
    if (!used)
        return std::unexpected(used.error());
    QList<QuestionReport> reports;
    for (const auto &[versionId, count] : std::as_const(*used)) {
        if (reports.size() >= maxVersions)
            break;
        Result<QuestionReport> report = questions(filter, versionId);
        if (!report)
            return std::unexpected(report.error());
        report->evaluations = count;
        reports.append(std::move(*report));
    }
    return reports;
}

Result<QList<KpiTrendPoint>> KpiReportBuilder::trend(const KpiFilter &filter, bool monthly)
{
    QList<KpiTrendPoint> points;
    QDate start = monthly ? QDate(filter.period.from.year(), filter.period.from.month(), 1)
                          : filter.period.from.addDays(1 - filter.period.from.dayOfWeek());
    KpiStore store(m_db);
    while (start <= filter.period.to) {
        const QDate end = monthly ? start.addMonths(1).addDays(-1) : start.addDays(6);
        KpiFilter part = filter;
        part.period = KpiPeriod{start, end, filter.period.zone};
        Result<KpiSums> s = store.total(part);
        if (!s)
            return std::unexpected(s.error());
        const KpiFigure figure = KpiCalculator::fromSums(s->evaluations, s->scoreSum, s->lowest, s->highest, s->criticalFails);
        points.append({part.period, figure.evaluations, figure.kpi});
        start = end.addDays(1);
    }
    return points;
}

Result<QList<TrainerComparison>> KpiReportBuilder::trainerComparison(const KpiFilter &filter)
{
    KpiStore store(m_db);
    Result<QList<KpiScoredPair>> pairs = store.scoredPairs(filter);
    if (!pairs)
        return std::unexpected(pairs.error());
    Result<QMultiHash<qint64, qint64>> teams = store.teamsOfPeople();
    if (!teams)
        return std::unexpected(teams.error());
    // Sums per engineer and per (trainer, engineer): then each trainer is compared over engineers,
    // not over evaluations (2,000 × 100 steps instead of 80,000 × 100 for a month at scale).
    struct Sum
    {
        int count = 0;
        double sum = 0;
    };
    QHash<qint64, Sum> byEngineer;
    QHash<QPair<qint64, qint64>, Sum> byPair;
    QHash<qint64, QSet<qint64>> trainerTeams;   // the teams of the engineers each trainer evaluated
    QList<qint64> trainers;
    for (const KpiScoredPair &p : std::as_const(*pairs)) {
        Sum &e = byEngineer[p.engineerId];
        ++e.count;
        e.sum += p.score;
        Sum &pair = byPair[{p.trainerId, p.engineerId}];
        if (pair.count == 0) {
            if (!trainerTeams.contains(p.trainerId))
                trainers.append(p.trainerId);
            QSet<qint64> &set = trainerTeams[p.trainerId];
            for (auto it = teams->constFind(p.engineerId); it != teams->cend() && it.key() == p.engineerId; ++it)
                set.insert(*it);
        }
        ++pair.count;
        pair.sum += p.score;
    }
    QList<TrainerComparison> result;
    for (qint64 trainer : std::as_const(trainers)) {
        const QSet<qint64> &mine = trainerTeams.value(trainer);
        Sum own;
        Sum others;
        for (auto e = byEngineer.cbegin(); e != byEngineer.cend(); ++e) {
            const Sum given = byPair.value({trainer, e.key()});
            own.count += given.count;
            own.sum += given.sum;
            bool shared = false;
            for (auto it = teams->constFind(e.key()); it != teams->cend() && it.key() == e.key() && !shared; ++it)
                shared = mine.contains(*it);
            if (shared) {
                others.count += e->count - given.count;
                others.sum += e->sum - given.sum;
            }
        }
        result.append({trainer, own.count, KpiCalculator::fromSums(own.count, own.sum, std::nullopt, std::nullopt, 0).kpi,
                       others.count, KpiCalculator::fromSums(others.count, others.sum, std::nullopt, std::nullopt, 0).kpi});
    }
    return result;
}

Result<KpiDashboardReport> KpiReportBuilder::dashboard(const KpiReportOptions &options)
{
    Result<KpiReport> report = build(options);
    if (!report)
        return std::unexpected(report.error());
    KpiDashboardReport dashboard;
    dashboard.report = std::move(*report);
    const KpiFilter filter{dashboard.report.period, dashboard.report.basis, std::nullopt, 0};
    const Result<QList<QPair<qint64, int>>> used = KpiStore(m_db).versionsUsed(filter);
    if (!used)
        return std::unexpected(used.error());
    ScorecardStore cards(m_db);
    for (const auto &[id, count] : std::as_const(*used)) {
        const Result<ScorecardVersion> version = cards.versionById(id);
        if (!version)
            return std::unexpected(version.error());
        dashboard.versions.append({id, version->card.title, version->contentHash, count});
    }
    return dashboard;
}

Result<KpiChartData> KpiReportBuilder::charts(const KpiFilter &filter)
{
    KpiChartData charts;
    charts.monthly = filter.period.days() > 62;
    KpiFilter trendFilter = filter;
    trendFilter.period.from = charts.monthly ? filter.period.to.addMonths(-11) : filter.period.to.addDays(-7 * 11);
    charts.trendPeriod = trendFilter.period;
    Result<QList<KpiTrendPoint>> points = trend(trendFilter, charts.monthly);
    if (!points)
        return std::unexpected(points.error());
    charts.trend = std::move(*points);
    Result<QList<int>> bands = distribution(filter);
    if (!bands)
        return std::unexpected(bands.error());
    charts.bands = std::move(*bands);
    return charts;
}

Result<QList<TrainerActivity>> KpiReportBuilder::trainerActivity(const KpiFilter &filter, const QDate &today)
{
    const Result<QList<KpiGroupMember>> trainers = KpiStore(m_db).members(KpiGrouping::Trainer);
    if (!trainers)
        return std::unexpected(trainers.error());
    const Result<QList<TrainerComparison>> compared = trainerComparison(filter);
    if (!compared)
        return std::unexpected(compared.error());
    // Tasks count by their due day: a week's tasks belong to the period their Friday falls in.
    const Result<QList<AssignmentProgress>> progress =
        AssignmentService(m_db).progress(filter.period.from, filter.period.to, today);
    if (!progress)
        return std::unexpected(progress.error());

    QHash<qint64, TrainerActivity> byId;
    for (const KpiGroupMember &m : std::as_const(*trainers)) {
        TrainerActivity a;
        a.trainerId = m.id;
        a.email = m.key;
        a.name = m.name;
        a.scores.trainerId = m.id;
        byId.insert(m.id, a);
    }
    QSet<qint64> listed;
    for (const KpiGroupMember &m : std::as_const(*trainers)) {
        if (m.listedWithoutData)
            listed.insert(m.id);
    }
    for (const TrainerComparison &c : std::as_const(*compared)) {
        byId[c.trainerId].scores = c;
        listed.insert(c.trainerId);
    }
    for (const AssignmentProgress &p : std::as_const(*progress)) {
        TrainerActivity &a = byId[p.trainerId];
        a.assigned = p.assigned;
        a.assignedDone = p.done;
        a.overdue = p.overdue;
        listed.insert(p.trainerId);
    }
    QList<TrainerActivity> list;
    for (const qint64 id : std::as_const(listed)) {
        TrainerActivity a = byId.value(id);
        a.trainerId = id;
        a.scores.trainerId = id;
        list.append(std::move(a));
    }
    std::sort(list.begin(), list.end(), [](const TrainerActivity &a, const TrainerActivity &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.email < b.email;
    });
    return list;
}

Result<QList<int>> KpiReportBuilder::distribution(const KpiFilter &filter)
{
    Result<QList<double>> scores = KpiStore(m_db).scores(filter);
    if (!scores)
        return std::unexpected(scores.error());
    QList<int> bands(10, 0);
    for (double score : std::as_const(*scores))
        ++bands[std::clamp(int(score / 10), 0, 9)];
    return bands;
}

} // namespace qadesk
