#pragma once

#include "common/Error.h"
#include "domain/Evaluation.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

class Database;

// What is written for a new evaluation: everything resolved to row ids, the score already
// computed with the pinned scorecard version.
struct EvaluationRecord
{
    qint64 ticketId = 0;
    qint64 engineerId = 0;
    qint64 trainerId = 0;
    qint64 scorecardVersionId = 0;
    EvaluationStatus status = EvaluationStatus::Submitted;
    EvaluationKind kind = EvaluationKind::Normal;
    QDateTime submittedAt;
    std::optional<double> score;
    std::optional<double> uncappedScore;
    bool criticalFailed = false;
    bool complete = false;
    QString comment;
    AnswerMap answers;
};

class EvaluationStore final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationStore)

public:
    explicit EvaluationStore(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const EvaluationRecord &record);
    // Whether this trainer already has an evaluation of this ticket submitted at this time.
    Result<bool> exists(qint64 ticketId, qint64 trainerId, const QDateTime &submittedAt);
    // Every evaluation without answers, newest first.
    Result<QList<Evaluation>> list();
    Result<QList<Evaluation>> forTicket(qint64 ticketId);
    Result<std::optional<Evaluation>> get(qint64 id);
    // Every submitted evaluation with its answers (for re-scoring them all).
    Result<QList<Evaluation>> submittedWithAnswers();

private:
    Result<QList<Evaluation>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace qadesk
