#include "KpiExportData.h"

#include "storage/KpiStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<KpiExportData> KpiExportData::collect(Database &db, const KpiReportOptions &options, bool withEvaluations)
{
    KpiExportData data;
    KpiReportBuilder builder(db);
    Result<KpiReport> report = builder.build(options);
    if (!report)
        return std::unexpected(report.error());
    data.report = std::move(*report);
    const KpiFilter filter{options.period, options.basis, std::nullopt, 0};
    Result<QList<QuestionReport>> questions = builder.questionReports(filter);
    if (!questions)
        return std::unexpected(questions.error());
    data.questions = std::move(*questions);
    KpiStore store(db);
    if (withEvaluations) {
        Result<QList<KpiEvaluationRow>> evaluations = store.evaluations(filter, true);
        if (!evaluations)
            return std::unexpected(evaluations.error());
        data.evaluations = std::move(*evaluations);
    }
    Result<QList<KpiDisputeRow>> disputes = store.disputes(filter);
    if (!disputes)
        return std::unexpected(disputes.error());
    data.disputes = std::move(*disputes);
    Result<QList<int>> distribution = builder.distribution(filter);
    if (!distribution)
        return std::unexpected(distribution.error());
    data.distribution = std::move(*distribution);
    Result<QList<KpiTrendPoint>> trend = builder.trend(filter, options.period.days() > 62);
    if (!trend)
        return std::unexpected(trend.error());
    data.trend = std::move(*trend);
    Result<QList<TrainerActivity>> trainers = builder.trainerActivity(filter, QDate::currentDate());
    if (!trainers)
        return std::unexpected(trainers.error());
    data.trainers = std::move(*trainers);
    return data;
}

QString KpiExportData::periodText() const
{
    return tr("%1 – %2 (%3, by %4)")
        .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate),
             QString::fromUtf8(report.period.zone.id()),
             report.basis == KpiTimeBasis::Solved ? tr("ticket solved time") : tr("submission time"));
}

QString KpiExportData::sourceText() const
{
    const QString bonus = report.bonusTable.versionId > 0
                              ? tr("bonus table version %1 (%2)").arg(report.bonusTable.versionId).arg(report.bonusTable.contentHash.left(8))
                              : tr("the default bonus table");
    if (report.snapshot)
        return tr("Closed month %1: snapshot #%2 of %3 by %4; %5")
            .arg(report.snapshot->month)
            .arg(report.snapshot->id)
            .arg(report.snapshot->closedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), report.snapshot->closedBy, bonus);
    return tr("Live figures computed %1; %2")
        .arg(report.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), bonus);
}

QString KpiExportData::number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : u"—"_s;
}

QString KpiExportData::percent(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100, 'f', 1) + u" %"_s : u"—"_s;
}

} // namespace qadesk
