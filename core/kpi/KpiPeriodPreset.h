#pragma once

#include "kpi/KpiPeriod.h"

#include <QList>
#include <QString>

namespace qadesk {

// The dashboard's quick periods, relative to today in the workspace's zone. Weeks start on Monday.
enum class KpiPeriodPreset { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, Custom };

QList<KpiPeriodPreset> allKpiPeriodPresets();
QString kpiPeriodPresetLabel(KpiPeriodPreset preset);    // translated
// The period of a preset on `today`; Custom gives this month (the caller sets its own days).
KpiPeriod kpiPeriodFor(KpiPeriodPreset preset, const QDate &today, const QTimeZone &zone);

} // namespace qadesk
