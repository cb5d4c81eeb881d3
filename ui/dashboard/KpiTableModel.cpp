#include "KpiTableModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QString shown(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : u"—"_s;
}

QVariant sortValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(-1e9); // no number sorts below every number
}
} // namespace

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiTableModel::setTable(const KpiTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

const KpiRow *KpiTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? &m_table.rows.at(row) : nullptr;
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    const KpiRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const bool personal = m_table.grouping == KpiGrouping::Engineer;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name: return r->tooFewEvaluations ? r->name + u" *"_s : r->name;
        case Evaluations: return r->evaluations;
        case Kpi: return shown(r->kpi, 1);
        case Lowest: return shown(r->lowest, 1);
        case Highest: return shown(r->highest, 1);
        case CriticalFails: return r->criticalFails;
        case OpenDisputes: return r->openDisputes;
        case Overturned: return r->overturnedDisputes;
        case Multiplier: return personal ? shown(r->bonusMultiplier, 2) : QString();
        case Change:
            return r->change ? (*r->change > 0 ? u"+"_s : QString()) + QString::number(*r->change, 'f', 1) : u"—"_s;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Name: return r->name;
        case Evaluations: return r->evaluations;
        case Kpi: return sortValue(r->kpi);
        case Lowest: return sortValue(r->lowest);
        case Highest: return sortValue(r->highest);
        case CriticalFails: return r->criticalFails;
        case OpenDisputes: return r->openDisputes;
        case Overturned: return r->overturnedDisputes;
        case Multiplier: return sortValue(r->bonusMultiplier);
        case Change: return sortValue(r->change);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == IdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole)
        return int(column == Name ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (column == Change && r->change && *r->change < 0)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (r->tooFewEvaluations)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (r->tooFewEvaluations)
            return tr("Too few evaluations for a fair KPI (%1).").arg(r->evaluations);
        if (column == Change && r->previousKpi)
            return tr("Previous period: %1").arg(QString::number(*r->previousKpi, 'f', 1));
        return {};
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return kpiGroupingLabel(m_table.grouping);
    case Evaluations: return tr("Evaluations");
    case Kpi: return tr("KPI");
    case Lowest: return tr("Lowest");
    case Highest: return tr("Highest");
    case CriticalFails: return tr("Critical fails");
    case OpenDisputes: return tr("Open disputes");
    case Overturned: return tr("Overturned");
    case Multiplier: return tr("Multiplier");
    case Change: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

} // namespace qadesk::ui
