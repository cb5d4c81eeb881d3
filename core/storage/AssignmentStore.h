#pragma once

#include "assignments/Assignment.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace qadesk {

class Database;

// A stored draw: its seed, what it saw and what it picked.
struct DrawRecord
{
    qint64 id = 0;
    QString week;
    QString seed;
    QDateTime drawnAt;
    QString drawnBy;
    QJsonObject inputs;
    QJsonObject result;
};

// Assignment plans, draws and tasks.
class AssignmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentStore)

public:
    explicit AssignmentStore(Database &db)
        : m_db(db)
    {
    }

    Result<QList<AssignmentPlan>> plans();
    Status savePlan(const AssignmentPlan &plan);

    Result<qint64> insertDraw(const DrawRecord &draw, std::optional<qint64> drawnBy);
    Result<std::optional<DrawRecord>> draw(qint64 id);
    Result<QList<DrawRecord>> draws(const QString &week = {});

    Result<qint64> insertTask(const AssignmentTask &task);
    // Tasks, oldest first; empty filters mean all. Replaced tasks only when asked for.
    Result<QList<AssignmentTask>> tasks(const QString &week = {}, qint64 trainerId = 0, bool withReplaced = false);
    // Active tasks due between two days, both included (a KPI period's tasks).
    Result<QList<AssignmentTask>> tasksDue(const QDate &from, const QDate &to);
    Result<std::optional<AssignmentTask>> task(qint64 id);
    Status setTrainer(qint64 taskId, qint64 trainerId);
    Status markReplaced(qint64 taskId, qint64 replacementId);

private:
    Result<QList<AssignmentTask>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace qadesk
