#pragma once

#include "domain/Person.h"
#include "kpi/KpiReport.h"
#include "kpi/KpiReportBuilder.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class KpiTableModel;
class QuestionStatsModel;

// The KPI dashboard: a period, KPI tables by engineer, team, scorecard and trainer, the
// per-question view, charts, the evaluations behind any row, the trainers' comparison, exports
// and, for the QA admin, closing and reopening a month.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    [[nodiscard]] const KpiReport &report() const { return m_report; }
    [[nodiscard]] KpiTableModel *tableModel() const { return m_tableModel; }
    [[nodiscard]] QuestionStatsModel *questionModel() const { return m_questionModel; }

    // Dialog seams: tests answer them without a modal dialog.
    std::function<QString(const QString &title, const QString &filter)> chooseSaveFile;
    std::function<QString(const QString &title)> askReason;

Q_SIGNALS:
    void message(const QString &text);

private:
    void presetChanged();
    void showRowEvaluations(const QModelIndex &proxyIndex);
    void updateCharts(std::optional<qint64> groupId);
    void updateQuestions();
    void updateTrainers();
    void refreshVisibleTab();
    void exportReport(const QString &format);
    void closeOrReopenMonth();
    [[nodiscard]] KpiReportOptions options() const;
    [[nodiscard]] KpiGrouping grouping() const;

    Database *m_db = nullptr;
    Person m_person;
    KpiReport m_report;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_basis = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_monthButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    KpiTableModel *m_tableModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_behindLabel = nullptr;
    QTableWidget *m_behind = nullptr;
    QComboBox *m_version = nullptr;
    QuestionStatsModel *m_questionModel = nullptr;
    QTableView *m_questions = nullptr;
    QChartView *m_trendChart = nullptr;
    QChartView *m_distributionChart = nullptr;
    QChartView *m_failureChart = nullptr;
    QTableWidget *m_trainers = nullptr;
    QSet<int> m_staleTabs;             // tabs whose content is older than the report
    bool m_loading = false;
};

} // namespace qadesk::ui
