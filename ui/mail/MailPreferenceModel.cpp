#include "MailPreferenceModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTime>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

MailPreferenceModel::MailPreferenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MailPreferenceModel::setEntries(QList<MailPreferenceEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

const MailPreferenceEntry *MailPreferenceModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MailPreferenceModel::rowOf(const QString &scope, const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).scope == scope && m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QString MailPreferenceModel::deliveryText(const MailPreference &preference)
{
    if (!preference.digest)
        return tr("One message per evaluation");
    return tr("Daily digest at %1").arg(QTime(preference.digestHour, 0).toString(u"HH:mm"_s));
}

int MailPreferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailPreferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailPreferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MailPreferenceEntry &e = m_rows.at(index.row());
    const bool team = e.scope == u"team"_s;
    if (role == KeyRole)
        return e.key;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name: return e.name;
        case Kind: return team ? tr("Team") : e.teamLead ? tr("Team lead") : tr("Person");
        case Delivery: return deliveryText(e.preference);
        case WeeklyKpi:
            // Only a lead (or a team, for its leads) gets the weekly KPI mail at all.
            if (!team && !e.teamLead)
                return QString();
            return e.preference.weeklyKpi ? tr("yes") : tr("no");
        case SetBy:
            switch (e.source) {
            case MailPreferenceEntry::Source::Own: return team ? tr("the team's choice") : tr("their own choice");
            case MailPreferenceEntry::Source::Team: return tr("from team %1").arg(e.fromTeam);
            case MailPreferenceEntry::Source::Default: return tr("default");
            }
            return {};
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return e.key;
    if (role == Qt::FontRole && team && index.column() == Name) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // An inherited or default choice is shown quieter than one made for this row.
    if (role == Qt::ForegroundRole && e.source != MailPreferenceEntry::Source::Own && index.column() == Delivery)
        return QBrush(QColor(0x75, 0x75, 0x75));
    return {};
}

QVariant MailPreferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Team or person");
    case Kind: return tr("Kind");
    case Delivery: return tr("Evaluation mail");
    case WeeklyKpi: return tr("Weekly KPI");
    case SetBy: return tr("Set by");
    default: return {};
    }
}

} // namespace qadesk::ui
