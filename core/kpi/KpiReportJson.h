#pragma once

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
    static KpiReport fromJson(const QJsonObject &json);
};

} // namespace qadesk
