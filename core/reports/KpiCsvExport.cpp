#include "KpiCsvExport.h"

#include "reports/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QString exact(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}
} // namespace

QByteArray KpiCsvExport::write(const KpiReport &report, KpiGrouping grouping, bool byteOrderMark)
{
    QList<QStringList> rows;
    rows.append({u"key"_s, u"name"_s, u"evaluations"_s, u"kpi"_s, u"lowest"_s, u"highest"_s, u"critical_fails"_s,
                 u"open_disputes"_s, u"overturned_disputes"_s, u"bonus_multiplier"_s, u"previous_kpi"_s, u"change"_s,
                 u"too_few_evaluations"_s});
    if (const KpiTable *table = report.table(grouping)) {
        for (const KpiRow &r : table->rows) {
            rows.append({r.key, r.name, QString::number(r.evaluations), exact(r.kpi), exact(r.lowest), exact(r.highest),
                         QString::number(r.criticalFails), QString::number(r.openDisputes),
                         QString::number(r.overturnedDisputes), exact(r.bonusMultiplier), exact(r.previousKpi),
                         exact(r.change), r.tooFewEvaluations ? u"yes"_s : u"no"_s});
        }
    }
    return CsvWriter::write(rows, byteOrderMark);
}

} // namespace qadesk
