#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qadesk {

// A trainer's standing order: how many tickets a week and which tickets qualify. An empty
// list means "any" (teams: any team the trainer may evaluate).
struct AssignmentPlan
{
    static constexpr int defaultPerWeek = 10;

    qint64 trainerId = 0;
    QString trainerEmail;
    QString trainerName;
    int perWeek = defaultPerWeek;
    QStringList teams;
    QStringList tags;
    QStringList channels;
    QStringList scorecards;
    bool active = true;
    bool stored = false;                 // false: the default plan of a trainer without one
};

// One task: a trainer evaluates a ticket by the due date.
struct AssignmentTask
{
    enum class Status { Active, Replaced };

    qint64 id = 0;
    qint64 drawId = 0;
    QString week;                        // "2026-W47"
    qint64 trainerId = 0;
    QString trainerEmail;
    QString trainerName;
    qint64 ticketId = 0;
    QString ticketExternalId;
    QString ticketSubject;
    QString sourceName;
    QString team;
    qint64 engineerId = 0;
    QString engineerEmail;
    QString engineerName;
    QDate dueDate;
    Status status = Status::Active;
    qint64 replacedBy = 0;
    QDateTime createdAt;
    qint64 evaluationId = 0;             // the assigned trainer's evaluation of the ticket, if any
    bool done = false;                   // that evaluation is submitted

    [[nodiscard]] bool overdue(const QDate &today) const
    {
        return status == Status::Active && !done && dueDate.isValid() && today > dueDate;
    }
};

// Per trainer: how far the active tasks are.
struct AssignmentProgress
{
    qint64 trainerId = 0;
    QString trainerEmail;
    QString trainerName;
    int assigned = 0;
    int done = 0;
    int overdue = 0;
};

} // namespace qadesk
