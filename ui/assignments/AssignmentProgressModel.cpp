#include "AssignmentProgressModel.h"

#include <QBrush>
#include <QColor>

namespace qadesk::ui {

AssignmentProgressModel::AssignmentProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssignmentProgressModel::setProgress(QList<AssignmentProgress> progress)
{
    beginResetModel();
    m_rows = std::move(progress);
    endResetModel();
}

int AssignmentProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssignmentProgress &p = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Trainer: return p.trainerName.isEmpty() ? p.trainerEmail : p.trainerName;
        case Assigned: return p.assigned;
        case Done: return p.done;
        case Overdue: return p.overdue;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Trainer)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Overdue && p.overdue > 0)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant AssignmentProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Trainer: return tr("Trainer");
    case Assigned: return tr("Assigned");
    case Done: return tr("Done");
    case Overdue: return tr("Overdue");
    default: return {};
    }
}

} // namespace qadesk::ui
