#pragma once

#include "scoring/AnswerValue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// How one criterion contributed: the trace a trainer or an engineer can read.
struct CriterionTrace
{
    QString id;
    double weight = 1.0;
    std::optional<AnswerValue> answer;     // nullopt: not answered yet
    std::optional<double> credit;          // nullopt: N/A or unanswered, left out
    bool commentMissing = false;
    bool criticalFailed = false;
};

struct SectionResult
{
    QString id;
    double weight = 1.0;
    bool included = false;                 // false: every criterion N/A (or unanswered)
    std::optional<double> score;           // percent, 0–100
    double countedWeight = 0;              // criterion weight that counted (not N/A)
    double naWeight = 0;                   // criterion weight N/A removed
    QList<CriterionTrace> criteria;
};

struct ScoreResult
{
    bool scored = false;                   // false: every section left out
    std::optional<double> score;           // final, after the critical cap
    std::optional<double> uncappedScore;
    bool criticalFailed = false;
    bool complete = false;
    QStringList missingAnswers;            // criterion ids, card order
    QStringList missingComments;
    QStringList failedCriticals;
    QList<SectionResult> sections;

    // The JSON the command line prints (`qadesk score`).
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace qadesk
