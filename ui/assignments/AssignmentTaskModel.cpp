#include "AssignmentTaskModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

AssignmentTaskModel::AssignmentTaskModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssignmentTaskModel::setTasks(QList<AssignmentTask> tasks, const QDate &today)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_today = today;
    endResetModel();
}

const AssignmentTask *AssignmentTaskModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

QString AssignmentTaskModel::stateText(const AssignmentTask &task) const
{
    if (task.status == AssignmentTask::Status::Replaced)
        return tr("replaced by task %1").arg(task.replacedBy);
    if (task.done)
        return tr("done");
    if (task.overdue(m_today))
        return tr("overdue");
    return task.evaluationId ? tr("in progress") : tr("to do");
}

int AssignmentTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int AssignmentTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssignmentTask &t = m_tasks.at(index.row());
    if (role == TaskIdRole)
        return t.id;
    if (role == OverdueRole)
        return t.overdue(m_today);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Id: return QString::number(t.id);
        case Week: return t.week;
        case Due: return QLocale().toString(t.dueDate, QLocale::ShortFormat);
        case Trainer: return t.trainerName.isEmpty() ? t.trainerEmail : t.trainerName;
        case Ticket: return tr("%1 — %2").arg(t.ticketExternalId, t.ticketSubject);
        case Engineer: return t.engineerName.isEmpty() ? t.engineerEmail : t.engineerName;
        case State: return stateText(t);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && t.overdue(m_today))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == Trainer)
        return t.trainerEmail;
    return {};
}

QVariant AssignmentTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Task");
    case Week: return tr("Week");
    case Due: return tr("Due");
    case Trainer: return tr("Trainer");
    case Ticket: return tr("Ticket");
    case Engineer: return tr("Engineer");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace qadesk::ui
