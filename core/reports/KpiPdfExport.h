#pragma once

#include "common/Error.h"
#include "reports/KpiExportData.h"

#include <QCoreApplication>

namespace qadesk {

// The monthly report a director reads, as PDF (QPdfWriter + QPainter; needs a QGuiApplication):
// period and source, a summary, the engineers' KPI table, charts of the score distribution, the
// KPI trend and the most failed questions, and the open disputes.
class KpiPdfExport final
{
    Q_DECLARE_TR_FUNCTIONS(KpiPdfExport)

public:
    static Status write(const KpiExportData &data, const QString &path);
};

} // namespace qadesk
