#pragma once

#include "scoring/AnswerSheet.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace qadesk {

// One question as the trainer left it: perhaps no answer yet, perhaps a comment already.
struct DraftAnswer
{
    std::optional<AnswerValue> value;
    QString comment;

    friend bool operator==(const DraftAnswer &, const DraftAnswer &) = default;
};

// Everything a trainer has entered in an unfinished evaluation, so that it can be restored
// exactly: answers, comments, the overall comment and the question in focus.
struct DraftState
{
    QMap<QString, DraftAnswer> answers;     // criterion id -> answer
    QString comment;
    QString focusedCriterion;

    // The answers that have a value, for scoring.
    [[nodiscard]] AnswerMap answerMap() const;
    static DraftState fromAnswers(const AnswerMap &answers, const QString &comment);

    [[nodiscard]] QJsonObject toJson() const;
    static DraftState fromJson(const QJsonObject &json);

    friend bool operator==(const DraftState &, const DraftState &) = default;
};

} // namespace qadesk
