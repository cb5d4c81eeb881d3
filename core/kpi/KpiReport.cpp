#include "KpiReport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)
};
} // namespace

QString kpiGroupingId(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Engineer: return u"engineer"_s;
    case KpiGrouping::Team: return u"team"_s;
    case KpiGrouping::Scorecard: return u"scorecard"_s;
    case KpiGrouping::Trainer: return u"trainer"_s;
    }
    return {};
}

std::optional<KpiGrouping> kpiGroupingFromId(QStringView id)
{
    for (KpiGrouping grouping : allKpiGroupings()) {
        if (kpiGroupingId(grouping) == id)
            return grouping;
    }
    return std::nullopt;
}

QString kpiGroupingLabel(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Engineer: return Labels::tr("Engineer");
    case KpiGrouping::Team: return Labels::tr("Team");
    case KpiGrouping::Scorecard: return Labels::tr("Scorecard");
    case KpiGrouping::Trainer: return Labels::tr("Trainer");
    }
    return {};
}

QList<KpiGrouping> allKpiGroupings()
{
    return {KpiGrouping::Engineer, KpiGrouping::Team, KpiGrouping::Scorecard, KpiGrouping::Trainer};
}

QString kpiTimeBasisId(KpiTimeBasis basis)
{
    return basis == KpiTimeBasis::Solved ? u"solved"_s : u"submitted"_s;
}

std::optional<KpiTimeBasis> kpiTimeBasisFromId(QStringView id)
{
    if (id == u"submitted")
        return KpiTimeBasis::Submitted;
    if (id == u"solved")
        return KpiTimeBasis::Solved;
    return std::nullopt;
}

const KpiTable *KpiReport::table(KpiGrouping grouping) const
{
    for (const KpiTable &t : tables) {
        if (t.grouping == grouping)
            return &t;
    }
    return nullptr;
}

} // namespace qadesk
