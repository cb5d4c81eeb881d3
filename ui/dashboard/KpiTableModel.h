#pragma once

#include "kpi/KpiReport.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// One KPI table (engineers, teams, scorecards or trainers) for the dashboard. Numbers are shown
// with one decimal and sorted by their exact value (Qt::UserRole); missing ones show a dash.
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Evaluations, Kpi, Lowest, Highest, CriticalFails, OpenDisputes, Overturned, Multiplier, Change,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit KpiTableModel(QObject *parent = nullptr);

    void setTable(const KpiTable &table);
    [[nodiscard]] const KpiTable &table() const { return m_table; }
    [[nodiscard]] const KpiRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KpiTable m_table;
};

} // namespace qadesk::ui
