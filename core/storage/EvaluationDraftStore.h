#pragma once

#include "common/Error.h"
#include "storage/EvaluationStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace qadesk {

class Database;

struct StoredDraft
{
    qint64 evaluationId = 0;
    QJsonObject state;
    int revision = 0;
};

// The unfinished side of evaluations: draft rows, their saved state and revisions, and the
// step that turns a draft into a submitted evaluation (and back, on reopen).
class EvaluationDraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationDraftStore)

public:
    explicit EvaluationDraftStore(Database &db)
        : m_db(db)
    {
    }

    // A new draft evaluation (status draft) with its first saved state, revision 1.
    Result<qint64> create(const EvaluationRecord &record, const QJsonObject &state);
    Result<std::optional<qint64>> find(qint64 ticketId, qint64 trainerId);
    Result<StoredDraft> load(qint64 evaluationId);
    // Saves the state when the stored revision is still `expectedRevision`; gives the new one.
    // A Conflict error when someone else saved in between.
    Result<int> save(qint64 evaluationId, const QJsonObject &state, int expectedRevision);
    Status repin(qint64 evaluationId, qint64 scorecardVersionId);
    // Writes the final answers and score, marks the evaluation submitted and drops the draft
    // state, if the draft is still at `expectedRevision`.
    Status submit(qint64 evaluationId, int expectedRevision, const EvaluationRecord &result);
    // Makes a submitted evaluation a draft again, starting from `state`.
    Status reopen(qint64 evaluationId, const QJsonObject &state);

private:
    Database &m_db;
};

} // namespace qadesk
