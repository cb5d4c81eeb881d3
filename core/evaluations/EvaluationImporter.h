#pragma once

#include "common/Error.h"
#include "domain/Evaluation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace qadesk {

class Database;

// One record of a `qadesk.evaluations/1` file, checked for form but not yet against the database.
struct EvaluationImportRecord
{
    QString ticket;          // external id in the source
    QString source;
    QString engineer;        // email
    QString trainer;         // email
    QString scorecard;       // card id
    QDateTime submittedAt;
    EvaluationKind kind = EvaluationKind::Normal;
    QString comment;
    AnswerMap answers;
};

struct EvaluationImportReport
{
    int imported = 0;
    int incomplete = 0;       // imported with --allow-incomplete, flagged
    int ticketStubs = 0;      // unknown tickets created as stubs for a later sync
    int peopleCreated = 0;
};

// Imports evaluations kept elsewhere (spreadsheets, another tool). The whole file is checked
// first and written in one transaction: a bad record anywhere imports nothing, and the error
// names every bad record by index and field.
class EvaluationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationImporter)

public:
    struct Options
    {
        bool allowIncomplete = false;
        std::optional<qint64> actorId;
    };

    explicit EvaluationImporter(Database &db)
        : m_db(db)
    {
    }

    static Result<QList<EvaluationImportRecord>> parse(const QByteArray &json);
    Result<EvaluationImportReport> import(const QList<EvaluationImportRecord> &records, const Options &options);
    Result<EvaluationImportReport> importFile(const QString &path, const Options &options);

private:
    Database &m_db;
};

} // namespace qadesk
