#pragma once

#include "common/Error.h"
#include "domain/Evaluation.h"
#include "kpi/KpiCalculator.h"
#include "kpi/KpiPeriod.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace qadesk {

class Database;
struct Scorecard;

// One submitted evaluation of the card, scored as stored and again under the draft.
struct WhatIfEvaluation
{
    qint64 evaluationId = 0;
    QString ticketExternalId;
    QString engineerEmail;
    QString engineerName;
    QDateTime submittedAt;
    std::optional<double> before;
    std::optional<double> after;
    bool criticalBefore = false;
    bool criticalAfter = false;
    QStringList leftOut;       // questions of the draft this evaluation has no answer to: left out like N/A
    QStringList dropped;       // answers to questions the draft no longer has
};

// KPI of one engineer, one team or everyone, before and after.
struct WhatIfRow
{
    QString id;                // engineer email or team slug; empty for everyone
    QString name;
    KpiFigure before;
    KpiFigure after;
    int rescored = 0;          // evaluations of this row the draft scores differently or at all

    [[nodiscard]] std::optional<double> change() const;
    [[nodiscard]] QJsonObject toJson() const;
};

struct WhatIfResult
{
    QString scorecardId;
    QString draftVersion;
    KpiPeriod period;
    QStringList newQuestions;       // in the draft, unanswered in at least one old evaluation
    QStringList removedQuestions;   // answered in old evaluations, gone from the draft
    QList<WhatIfEvaluation> evaluations;
    QList<WhatIfRow> engineers;     // by name
    QList<WhatIfRow> teams;         // by name; an engineer in two teams counts in both
    WhatIfRow overall;

    [[nodiscard]] QJsonObject toJson() const;
};

// "What if this draft were published": re-scores the submitted evaluations of the draft's card
// in a period under the draft (answers map by question id) and gives the KPI per engineer and
// per team before and after, with KpiCalculator's rules. Evaluations of other cards count the
// same in both, so "after" is the KPI the engineer would really have.
class WhatIfAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfAnalysis)

public:
    // Pure: `evaluations` with answers; `teamsOf` engineer email -> team slugs; `teamNames` slug -> name.
    static WhatIfResult compute(const Scorecard &draft, const QList<Evaluation> &evaluations, const KpiPeriod &period,
                                const QHash<QString, QStringList> &teamsOf = {},
                                const QHash<QString, QString> &teamNames = {});
    // Reads the workspace's submitted evaluations, people and teams; the draft's card must exist.
    static Result<WhatIfResult> run(Database &db, const Scorecard &draft, const KpiPeriod &period);
};

} // namespace qadesk
