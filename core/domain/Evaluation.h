#pragma once

#include "scoring/AnswerSheet.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace qadesk {

enum class EvaluationStatus { Draft, Submitted };
enum class EvaluationKind { Normal, Calibration };

QString evaluationStatusId(EvaluationStatus status);
QString evaluationKindId(EvaluationKind kind);
std::optional<EvaluationKind> evaluationKindFromId(QStringView id);

// One trainer's scoring of one ticket against a pinned scorecard version.
struct Evaluation
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString ticketExternalId;
    QString ticketSubject;
    QString sourceName;
    QString engineerEmail;
    QString engineerName;
    QString trainerEmail;
    QString trainerName;
    QString scorecardId;                      // card slug
    QString scorecardTitle;
    qint64 scorecardVersionId = 0;
    QString scorecardVersion;                 // content hash
    EvaluationStatus status = EvaluationStatus::Draft;
    EvaluationKind kind = EvaluationKind::Normal;
    QDateTime createdAt;
    QDateTime submittedAt;
    std::optional<double> score;
    std::optional<double> uncappedScore;
    bool criticalFailed = false;
    bool complete = false;
    QString comment;                          // the trainer's overall comment
    AnswerMap answers;
};

} // namespace qadesk
