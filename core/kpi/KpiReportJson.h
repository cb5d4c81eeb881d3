#pragma once

#include "kpi/KpiDashboardData.h"
#include "kpi/KpiReport.h"

#include <QJsonObject>

namespace qadesk {

// A KPI report as JSON: what `qadesk kpi --format json` prints (one table) and what a closed
// month stores as its snapshot (every table). fromJson reads the snapshot back.
class KpiReportJson final
{
public:
    static QJsonObject toJson(const KpiReport &report);
    // The command line's shape: {"period": …, "rows": [...]} for one grouping, plus context.
    static QJsonObject tableJson(const KpiReport &report, KpiGrouping grouping);
    static QJsonObject rowJson(const KpiRow &row);
    // Adds each trainer's tasks to the rows of a by-trainer table: "assigned" (tasks due in the
    // period), "done" (of those, evaluated) and "overdue"; a trainer without a row gets one.
    static void addTrainerActivity(QJsonObject &table, const QList<TrainerActivity> &trainers);
    static KpiReport fromJson(const QJsonObject &json);
};

} // namespace qadesk
