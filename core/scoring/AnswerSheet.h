#pragma once

#include "common/Error.h"
#include "scoring/AnswerValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace qadesk {

struct Scorecard;

struct Answer
{
    AnswerValue value = AnswerValue::Yes;
    QString comment;

    friend bool operator==(const Answer &, const Answer &) = default;
};

using AnswerMap = QMap<QString, Answer>; // criterion id -> answer

// The answers of one evaluation, as in a `qadesk.answers/1` file.
struct AnswerSheet
{
    Q_DECLARE_TR_FUNCTIONS(AnswerSheet)

public:
    QString scorecardId;
    AnswerMap answers;

    static Result<AnswerSheet> parse(const QByteArray &json);
    static Result<AnswerSheet> fromJson(const QJsonObject &document);
    static Result<AnswerSheet> fromFile(const QString &path);

    // Reads an answers map ({"criterion": {"value": "yes", "comment": "…"}}) at `path`.
    static AnswerMap readAnswerMap(const QJsonValue &value, const QString &path, QStringList &problems);
    static QJsonObject answerMapToJson(const AnswerMap &answers);

    // Problems with these answers under `card`: unknown criteria, N/A where not allowed.
    static QStringList problemsUnder(const Scorecard &card, const AnswerMap &answers, const QString &path);

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace qadesk
