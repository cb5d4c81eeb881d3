#pragma once

#include "assignments/Assignment.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// Per trainer: tasks assigned, done and overdue.
class AssignmentProgressModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Trainer, Assigned, Done, Overdue, ColumnCount };

    explicit AssignmentProgressModel(QObject *parent = nullptr);

    void setProgress(QList<AssignmentProgress> progress);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AssignmentProgress> m_rows;
};

} // namespace qadesk::ui
