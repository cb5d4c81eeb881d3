#include "AssignmentPlanModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QString listOrAny(const QStringList &list)
{
    return list.isEmpty() ? AssignmentPlanModel::tr("any") : list.join(u", "_s);
}
} // namespace

AssignmentPlanModel::AssignmentPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssignmentPlanModel::setPlans(QList<AssignmentPlan> plans)
{
    beginResetModel();
    m_rows = std::move(plans);
    endResetModel();
}

const AssignmentPlan *AssignmentPlanModel::planAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AssignmentPlanModel::rowOf(const QString &trainerEmail) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).trainerEmail == trainerEmail)
            return row;
    }
    return -1;
}

int AssignmentPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssignmentPlan &p = m_rows.at(index.row());
    if (role == TrainerEmailRole)
        return p.trainerEmail;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Trainer: return p.trainerName.isEmpty() ? p.trainerEmail : p.trainerName;
        case PerWeek: return p.perWeek;
        case Teams: return p.teams.isEmpty() ? tr("any they may evaluate") : p.teams.join(u", "_s);
        case Tags: return listOrAny(p.tags);
        case Channels: return listOrAny(p.channels);
        case Scorecards: return listOrAny(p.scorecards);
        case State:
            if (!p.active)
                return tr("paused");
            return p.stored ? tr("active") : tr("default (not saved)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Trainer)
        return p.trainerEmail;
    if (role == Qt::TextAlignmentRole && index.column() == PerWeek)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // A paused plan is drawn for nobody: grey it so it does not read as work.
    if (role == Qt::ForegroundRole && !p.active)
        return QBrush(QColor(0x75, 0x75, 0x75));
    return {};
}

QVariant AssignmentPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Trainer: return tr("Trainer");
    case PerWeek: return tr("Tickets a week");
    case Teams: return tr("Teams");
    case Tags: return tr("Tags");
    case Channels: return tr("Channels");
    case Scorecards: return tr("Scorecards");
    case State: return tr("Status");
    default: return {};
    }
}

} // namespace qadesk::ui
