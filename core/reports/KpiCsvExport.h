#pragma once

#include "kpi/KpiReport.h"

#include <QByteArray>

namespace qadesk {

// One KPI table as CSV, numbers unrounded with a dot, empty where there is no number.
class KpiCsvExport final
{
public:
    static QByteArray write(const KpiReport &report, KpiGrouping grouping, bool byteOrderMark);
};

} // namespace qadesk
