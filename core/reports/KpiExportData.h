#pragma once

#include "common/Error.h"
#include "kpi/KpiDetails.h"
#include "kpi/KpiReport.h"
#include "kpi/KpiReportBuilder.h"
#include "kpi/QuestionStats.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// Everything the monthly report files show, read once: the KPI tables (a snapshot for a closed
// month), the per-question views, the evaluations with answers, the disputes and the charts' data.
struct KpiExportData
{
    Q_DECLARE_TR_FUNCTIONS(KpiExportData)

public:
    KpiReport report;
    QList<QuestionReport> questions;
    QList<KpiEvaluationRow> evaluations;
    QList<KpiDisputeRow> disputes;
    QList<int> distribution;
    QList<KpiTrendPoint> trend;
    QList<TrainerActivity> trainers;   // evaluations given and assignment tasks due in the period, as of today

    static Result<KpiExportData> collect(Database &db, const KpiReportOptions &options, bool withEvaluations = true);

    // Shared wording of the files: the period line and where the numbers come from.
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QString sourceText() const;
    static QString number(const std::optional<double> &value, int decimals);
    static QString percent(const std::optional<double> &share);
};

} // namespace qadesk
