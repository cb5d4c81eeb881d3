#pragma once

#include "scoring/AnswerSheet.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace qadesk {

// An evaluation behind a KPI number: what a click-through lists and the XLSX export writes.
struct KpiEvaluationRow
{
    qint64 id = 0;
    QString ticket;                    // the helpdesk's ticket number
    QString subject;
    QString engineerEmail;
    QString engineer;
    QString trainer;
    QString scorecard;                 // slug
    QString scorecardTitle;
    QString version;                   // content hash
    QDateTime submittedAt;
    QDateTime solvedAt;
    std::optional<double> score;
    std::optional<double> uncappedScore;
    bool criticalFailed = false;
    QString comment;
    AnswerMap answers;                 // filled only when asked for
};

// A dispute on an evaluation of the period.
struct KpiDisputeRow
{
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString ticket;
    QString engineer;
    QString arbiter;
    QString status;                    // open, accepted, in_arbitration, resolved, declined, withdrawn
    QString outcome;                   // upheld, partial, overturned or empty
    QDateTime openedAt;
    QDateTime resolvedAt;
    std::optional<double> score;             // the evaluation's score now (the arbitrated one once resolved)
    std::optional<double> originalScore;
    std::optional<double> resolvedScore;

    [[nodiscard]] bool isOpen() const
    {
        return status == QLatin1String("open") || status == QLatin1String("accepted")
            || status == QLatin1String("in_arbitration");
    }
};

} // namespace qadesk
