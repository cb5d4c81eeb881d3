#include "PeopleModel.h"

using namespace Qt::StringLiterals;

namespace qadesk::ui {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeopleModel::setPeople(QList<Person> people, bool restricted)
{
    beginResetModel();
    m_people = std::move(people);
    m_restricted = restricted;
    endResetModel();
}

const Person *PeopleModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PeopleModel::rowOf(const QString &email) const
{
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).email == email)
            return int(i);
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    if (role == EmailRole)
        return p.email;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case Email: return p.email;
    case Roles: {
        QStringList labels;
        for (qadesk::Role r : p.roles)
            labels.append(roleLabel(r));
        return labels.join(u", "_s);
    }
    case Teams: return p.teams.join(u", "_s);
    case Evaluates:
        if (!p.hasRole(qadesk::Role::Trainer) && !p.hasRole(qadesk::Role::Admin))
            return QString();
        if (!m_restricted || p.hasRole(qadesk::Role::Admin))
            return tr("every team");
        return p.evaluableTeams.isEmpty() ? tr("no team") : p.evaluableTeams.join(u", "_s);
    default: return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Roles: return tr("Roles");
    case Teams: return tr("Teams");
    case Evaluates: return tr("Evaluates");
    default: return {};
    }
}

} // namespace qadesk::ui
