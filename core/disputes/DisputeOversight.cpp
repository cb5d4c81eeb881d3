#include "DisputeOversight.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr double secondsPerDay = 86400.0;

QList<OverturnRate> sorted(const QMap<QString, OverturnRate> &rates)
{
    QList<OverturnRate> list = rates.values();
    std::stable_sort(list.begin(), list.end(), [](const OverturnRate &a, const OverturnRate &b) {
        if (a.rate() != b.rate())
            return a.rate() > b.rate();
        return a.resolved > b.resolved;
    });
    return list;
}
} // namespace

DisputeOversightReport DisputeOversightReport::compute(const QList<Dispute> &disputes, const QDateTime &now)
{
    DisputeOversightReport report;
    QList<double> durations;
    QMap<QString, OverturnRate> trainers;
    QMap<QString, OverturnRate> questions;
    for (const Dispute &d : disputes) {
        switch (d.status) {
        case DisputeStatus::Open:
        case DisputeStatus::Accepted:
        case DisputeStatus::InArbitration:
            report.open.append({d.id, d.ticketExternalId, d.engineerName, d.trainerName, d.status,
                                double(d.openedAt.secsTo(now)) / secondsPerDay});
            break;
        case DisputeStatus::Declined: ++report.declined; break;
        case DisputeStatus::Withdrawn: ++report.withdrawn; break;
        case DisputeStatus::Resolved: {
            ++report.resolved;
            if (d.openedAt.isValid() && d.resolvedAt.isValid())
                durations.append(double(d.openedAt.secsTo(d.resolvedAt)) / secondsPerDay);
            OverturnRate &trainer = trainers[d.trainerEmail];
            trainer.key = d.trainerEmail;
            trainer.label = d.trainerName;
            ++trainer.resolved;
            if (d.outcome == DisputeOutcome::Partial || d.outcome == DisputeOutcome::Overturned)
                ++trainer.overturned;
            for (const DisputeItem &item : d.items) {
                const QString key = d.scorecardId + u'/' + item.criterionId;
                OverturnRate &question = questions[key];
                question.key = key;
                question.label = d.scorecardId + u" · "_s + item.criterionId;
                ++question.resolved;
                if (item.changed())
                    ++question.overturned;
            }
            break;
        }
        }
    }
    std::sort(report.open.begin(), report.open.end(),
              [](const OpenDisputeAge &a, const OpenDisputeAge &b) { return a.ageDays > b.ageDays; });
    if (!durations.isEmpty()) {
        double sum = 0;
        for (double d : durations)
            sum += d;
        report.meanDaysToResolution = sum / double(durations.size());
        std::sort(durations.begin(), durations.end());
        const qsizetype n = durations.size();
        report.medianDaysToResolution = n % 2 ? durations.at(n / 2) : (durations.at(n / 2 - 1) + durations.at(n / 2)) / 2;
    }
    report.byTrainer = sorted(trainers);
    report.byQuestion = sorted(questions);
    return report;
}

} // namespace qadesk
