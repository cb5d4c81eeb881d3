#pragma once

#include "assignments/Assignment.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// Every trainer's assignment plan, one row per trainer (a trainer without a stored plan shows
// the default the draw would use).
class AssignmentPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Trainer, State, PerWeek, Teams, Tags, Channels, Scorecards, ColumnCount };
    enum Roles { TrainerEmailRole = Qt::UserRole + 1 };

    explicit AssignmentPlanModel(QObject *parent = nullptr);

    void setPlans(QList<AssignmentPlan> plans);
    [[nodiscard]] const AssignmentPlan *planAt(int row) const;
    [[nodiscard]] int rowOf(const QString &trainerEmail) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AssignmentPlan> m_rows;
};

} // namespace qadesk::ui
