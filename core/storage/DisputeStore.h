#pragma once

#include "common/Error.h"
#include "disputes/Dispute.h"
#include "scoring/AnswerSheet.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace qadesk {

class Database;


// The arbitrated result of a dispute as written into the evaluation row and its answers.
struct ArbitratedScore
{
    std::optional<double> score;
    std::optional<double> uncappedScore;
    bool criticalFailed = false;
    AnswerMap changedAnswers; // criterion -> the arbitrated answer (value and comment)
};

// Disputes and their disputed questions (tables of migration 004). Status changes are guarded
// by the status the caller saw: two people acting on the same dispute at once cannot both win.
class DisputeStore final
{
    Q_DECLARE_TR_FUNCTIONS(DisputeStore)

public:
    explicit DisputeStore(Database &db)
        : m_db(db)
    {
    }

    // Writes a new open dispute with its items; gives its id.
    Result<qint64> insert(const Dispute &dispute);
    Result<std::optional<Dispute>> get(qint64 id);
    // Every dispute with its items, newest first.
    Result<QList<Dispute>> list();
    Result<QList<Dispute>> forEvaluation(qint64 evaluationId);
    // Ids of evaluations with a dispute still open, accepted or in arbitration.
    Result<QList<qint64>> activeEvaluationIds();

    // Each moves the dispute from `from` (a Conflict when it is no longer there).
    Status triage(qint64 id, DisputeStatus from, DisputeStatus to, qint64 actorId, const QString &declineReason);
    Status assign(qint64 id, DisputeStatus from, qint64 arbiterId);
    Status withdraw(qint64 id, DisputeStatus from);
    // Stores the decisions and the outcome, and writes the arbitrated answers and score into the
    // evaluation itself.
    Status resolve(const Dispute &resolved, DisputeStatus from, const ArbitratedScore &score);

    // The arbiter of the most recent assignment, for the round robin.
    Result<std::optional<qint64>> lastAssignedArbiter();

private:
    Result<QList<Dispute>> select(const QString &where, const QVariantList &values);
    Status moved(const QSqlQuery &query, qint64 id);

    Database &m_db;
};

} // namespace qadesk
