#include "KpiPeriodPreset.h"

#include <QCoreApplication>

namespace qadesk {

namespace {
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(KpiPeriodPreset)
};
} // namespace

QList<KpiPeriodPreset> allKpiPeriodPresets()
{
    return {KpiPeriodPreset::ThisWeek, KpiPeriodPreset::LastWeek, KpiPeriodPreset::ThisMonth,
            KpiPeriodPreset::LastMonth, KpiPeriodPreset::ThisQuarter, KpiPeriodPreset::Custom};
}

QString kpiPeriodPresetLabel(KpiPeriodPreset preset)
{
    switch (preset) {
    case KpiPeriodPreset::ThisWeek: return Labels::tr("This week");
    case KpiPeriodPreset::LastWeek: return Labels::tr("Last week");
    case KpiPeriodPreset::ThisMonth: return Labels::tr("This month");
    case KpiPeriodPreset::LastMonth: return Labels::tr("Last month");
    case KpiPeriodPreset::ThisQuarter: return Labels::tr("This quarter");
    case KpiPeriodPreset::Custom: return Labels::tr("Custom…");
    }
    return {};
}

KpiPeriod kpiPeriodFor(KpiPeriodPreset preset, const QDate &today, const QTimeZone &zone)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case KpiPeriodPreset::ThisWeek: return {monday, monday.addDays(6), zone};
    case KpiPeriodPreset::LastWeek: return {monday.addDays(-7), monday.addDays(-1), zone};
    case KpiPeriodPreset::LastMonth: return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1), zone};
    case KpiPeriodPreset::ThisQuarter: {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {start, start.addMonths(3).addDays(-1), zone};
    }
    case KpiPeriodPreset::ThisMonth:
    case KpiPeriodPreset::Custom: break;
    }
    return {firstOfMonth, firstOfMonth.addMonths(1).addDays(-1), zone};
}

} // namespace qadesk
