#pragma once

#include "common/Error.h"
#include "reports/KpiExportData.h"

#include <QCoreApplication>

namespace qadesk {

// The monthly report as an Excel workbook (libxlsxwriter): KPI by engineer, by team, by scorecard,
// by trainer, per-question failure rates, every evaluation with its answers and comments, the
// disputes, and a sheet saying which period, snapshot and bonus table the numbers are from.
class KpiXlsxExport final
{
    Q_DECLARE_TR_FUNCTIONS(KpiXlsxExport)

public:
    static Status write(const KpiExportData &data, const QString &path);
};

} // namespace qadesk
