#pragma once

#include "domain/Person.h"
#include "kpi/KpiReport.h"
#include "kpi/KpiReportBuilder.h"
#include "kpi/KpiReportJob.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
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
// and, for the QA admin, closing and reopening a month. Everything it reads from the database is
// computed by a KpiReportJob on a worker thread; the page shows "Computing…" meanwhile and stays
// usable, and only the newest request's result is ever shown.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // A new workspace drops what is shown and what is being computed; nothing is read yet.
    void setContext(Database *db, const Person &person);
    // Asks for the report of the chosen period; the table fills when it is computed.
    void reload();
    [[nodiscard]] const KpiReport &report() const { return m_report; }
    [[nodiscard]] bool isComputing() const;
    [[nodiscard]] KpiTableModel *tableModel() const { return m_tableModel; }
    [[nodiscard]] QuestionStatsModel *questionModel() const { return m_questionModel; }

    // Dialog seams: tests answer them without a modal dialog.
    std::function<QString(const QString &title, const QString &filter)> chooseSaveFile;
    std::function<QString(const QString &title)> askReason;

Q_SIGNALS:
    void message(const QString &text);
    // The report of the latest request is shown (tests and benchmarks wait for it).
    void reportShown();

private:
    void presetChanged();
    void showReport(const KpiDashboardReport &data);
    void showQuestions(const QuestionReport &report);
    void showCharts(const KpiChartData &charts);
    void showTrainers(const QList<TrainerActivity> &trainers);
    void showEvaluations(const QList<KpiEvaluationRow> &rows);
    void showWritten(const QString &text);
    void showFailure(KpiReportJob::Task task, const QString &text);
    void updateBusy();
    void showRowEvaluations(const QModelIndex &proxyIndex);
    void updateCharts();
    void updateQuestions();
    void updateTrainers();
    void refreshVisibleTab();
    void exportReport(const QString &format);
    void closeOrReopenMonth();
    [[nodiscard]] KpiReportOptions options() const;
    [[nodiscard]] KpiGrouping grouping() const;

    Database *m_db = nullptr;
    std::unique_ptr<KpiReportJob> m_job;   // destroyed before the widgets its results go to
    Person m_person;
    KpiReport m_report;
    bool m_hasReport = false;
    bool m_reloadAfterWrite = false;   // a month was closed or reopened: its numbers change
    std::optional<qint64> m_chartGroup;   // the engineer or team the charts are of; none: everyone
    QString m_chartSubject;            // whom the requested charts are of
    QString m_behindSubject;           // the row whose evaluations were asked for
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_basis = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_busy = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QList<QPushButton *> m_exportButtons;
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
