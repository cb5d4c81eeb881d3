#pragma once

#include "kpi/QuestionStats.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// The per-question view of one scorecard version: answers and the shares of No, Partly and N/A.
class QuestionStatsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Question, Section, Answers, NoShare, PartlyShare, NaShare, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuestionStatsModel(QObject *parent = nullptr);

    void setReport(const QuestionReport &report);
    [[nodiscard]] const QuestionReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QuestionReport m_report;
};

} // namespace qadesk::ui
