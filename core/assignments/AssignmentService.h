#pragma once

#include "assignments/Assignment.h"
#include "assignments/AssignmentDraw.h"
#include "assignments/IsoWeek.h"
#include "common/Error.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace qadesk {

class Database;

// Evaluation assignments: each trainer's plan, the weekly random draw (recorded with its seed
// and inputs so it can be re-run), the tasks, progress, and an admin's reassign/replace.
// Only admins change plans, draw, reassign and replace; every change is in the audit log.
//
// A draw for week W takes tickets solved in the week before W (Monday 00:00 to Monday 00:00
// UTC) that nobody has evaluated (calibrations do not count) and that no task holds yet;
// its tasks are due on W's Friday.
class AssignmentService final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)

public:
    struct DrawRequest
    {
        IsoWeek week;
        std::optional<quint64> seed;     // unset: a fresh random seed (recorded)
        QString trainerEmail;            // empty: every trainer with an active plan
        bool dryRun = false;             // compute and show, store nothing
    };

    struct DrawReport
    {
        qint64 drawId = 0;               // 0 for a dry run
        QString week;
        quint64 seed = 0;
        QDate solvedFrom;                // first day of the ticket period
        QDate solvedTo;                  // last day of the ticket period
        QDate dueDate;
        QList<AssignmentTask> tasks;
        QMap<QString, int> shortfall;    // trainer email → tasks there were no tickets for
        QStringList skippedTrainers;     // drawn already for this week
        int candidateCount = 0;
    };

    struct VerifyReport
    {
        qint64 drawId = 0;
        bool identical = false;
        QList<AssignmentDraw::Pick> recorded;
        QList<AssignmentDraw::Pick> rerun;
    };

    explicit AssignmentService(Database &db)
        : m_db(db)
    {
    }

    // What is wrong with a plan, field by field, so a form can show each beside its field;
    // setPlan refuses a plan with any (the first one's message names the field).
    struct PlanProblem
    {
        enum class Field { Trainer, PerWeek, Teams, Tags, Channels, Scorecards };
        Field field;
        QString message;
    };

    // Every trainer's plan: the stored one, else the default (10 a week, any ticket).
    Result<QList<AssignmentPlan>> plans();
    Result<QList<PlanProblem>> checkPlan(const AssignmentPlan &plan);
    Result<AssignmentPlan> setPlan(const AssignmentPlan &plan, qint64 actorId);

    Result<DrawReport> draw(const DrawRequest &request, qint64 actorId);
    // Re-runs a recorded draw from its recorded inputs and compares the picks.
    Result<VerifyReport> verify(qint64 drawId);

    Result<QList<AssignmentTask>> tasks(const QString &week = {}, const QString &trainerEmail = {},
                                        bool withReplaced = false);
    Result<QList<AssignmentProgress>> progress(const QString &week, const QDate &today);
    // The same over the tasks due between two days, both included (a KPI period).
    Result<QList<AssignmentProgress>> progress(const QDate &dueFrom, const QDate &dueTo, const QDate &today);

    // Gives the task to another trainer (who may evaluate the ticket's team).
    Result<AssignmentTask> reassign(qint64 taskId, const QString &trainerEmail, const QString &reason, qint64 actorId);
    // Replaces the task's ticket: with `ticketRef` ("ID" or "SOURCE:ID") when given, else with
    // a ticket drawn for the same trainer under the same rules (seed recorded in the audit log).
    Result<AssignmentTask> replace(qint64 taskId, const QString &ticketRef, const QString &reason, qint64 actorId,
                                   std::optional<quint64> seed = std::nullopt);

private:
    struct Pool;
    Result<Pool> pool(const IsoWeek &week, bool anyPeriod, qint64 ignoreTaskId);
    Result<Person> requireAdmin(qint64 actorId, const QString &what);
    Result<Person> person(const QString &email);
    // The task, if it exists and is still to do (NotFound / Conflict otherwise).
    Result<std::optional<AssignmentTask>> openTask(qint64 taskId);

    Database &m_db;
};

} // namespace qadesk
