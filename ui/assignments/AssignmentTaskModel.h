#pragma once

#include "assignments/Assignment.h"

#include <QAbstractTableModel>
#include <QDate>

namespace qadesk::ui {

// Assignment tasks for the admin: who evaluates which ticket by when, and how far it is.
class AssignmentTaskModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Week, Due, Trainer, Ticket, Engineer, State, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, OverdueRole };

    explicit AssignmentTaskModel(QObject *parent = nullptr);

    void setTasks(QList<AssignmentTask> tasks, const QDate &today);
    [[nodiscard]] const AssignmentTask *taskAt(int row) const;
    [[nodiscard]] QString stateText(const AssignmentTask &task) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AssignmentTask> m_tasks;
    QDate m_today;
};

} // namespace qadesk::ui
