#include "DashboardPage.h"

#include "dashboard/KpiTableModel.h"
#include "dashboard/QuestionStatsModel.h"
#include "kpi/KpiAdministration.h"
#include "kpi/KpiPeriodPreset.h"
#include "reports/KpiCsvExport.h"
#include "reports/KpiExportData.h"
#include "reports/KpiPdfExport.h"
#include "reports/KpiXlsxExport.h"
#include "storage/KpiSnapshotStore.h"
#include "storage/KpiStore.h"
#include "storage/ScorecardStore.h"
#include "widgets/RecordTable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <tuple>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QChartView *chartView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->hide();
    return view;
}

// Replaces a chart's content: Qt Charts keeps series and axes owned by the chart.
QChart *freshChart(QChartView *view, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    return chart;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_basis(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_monthButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_tableModel(new KpiTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_questionModel(new QuestionStatsModel(this))
{
    chooseSaveFile = [this](const QString &title, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, QString(), filter);
    };
    askReason = [this](const QString &title) {
        return QInputDialog::getText(this, title, tr("Why is the month reopened? (kept in the audit log)"));
    };

    m_preset->setObjectName(u"periodPreset"_s);
    for (KpiPeriodPreset preset : allKpiPeriodPresets())
        m_preset->addItem(kpiPeriodPresetLabel(preset), int(preset));
    m_preset->setCurrentIndex(int(KpiPeriodPreset::ThisMonth));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setObjectName(u"periodFrom"_s);
    m_to->setObjectName(u"periodTo"_s);
    m_basis->setObjectName(u"timeBasis"_s);
    m_basis->addItem(tr("by submission time"), int(KpiTimeBasis::Submitted));
    m_basis->addItem(tr("by ticket solved time"), int(KpiTimeBasis::Solved));
    m_grouping->setObjectName(u"grouping"_s);
    for (KpiGrouping g : allKpiGroupings())
        m_grouping->addItem(tr("By %1").arg(kpiGroupingLabel(g).toLower()), int(g));
    m_source->setObjectName(u"reportSource"_s);
    m_source->setWordWrap(true);
    m_busy->setObjectName(u"computingLabel"_s);
    m_busyBar->setObjectName(u"computingBar"_s);
    m_busyBar->setRange(0, 0); // busy, no percentage: one aggregate query has no steps to count
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(m_busy->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_busy->hide();
    m_busyBar->hide();
    m_monthButton->setObjectName(u"monthCloseButton"_s);
    m_monthButton->setText(tr("Close month"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(u"–"_s, this));
    bar->addWidget(m_to);
    bar->addWidget(m_basis);
    bar->addWidget(m_grouping);
    bar->addStretch();
    for (const auto &[name, format, label] :
         {std::tuple{u"exportCsv"_s, u"csv"_s, tr("CSV…")}, std::tuple{u"exportXlsx"_s, u"xlsx"_s, tr("Excel…")},
          std::tuple{u"exportPdf"_s, u"pdf"_s, tr("PDF…")}}) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(name);
        button->setToolTip(tr("Export the report of this period"));
        const QString chosenFormat = format;
        connect(button, &QPushButton::clicked, this, [this, chosenFormat] { exportReport(chosenFormat); });
        bar->addWidget(button);
        m_exportButtons.append(button);
    }
    bar->addWidget(m_monthButton);

    // Tables: the KPI table and, below it, the evaluations behind the chosen row.
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(KpiTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"kpiTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KpiTableModel::Name, Qt::AscendingOrder);
    RecordTable::configure(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(KpiTableModel::Name, QHeaderView::Stretch);
    m_behindLabel = new QLabel(tr("Double-click a row to see the evaluations behind its numbers."), this);
    m_behindLabel->setObjectName(u"behindLabel"_s);
    m_behind = new QTableWidget(0, 7, this);
    m_behind->setObjectName(u"evaluationsBehind"_s);
    m_behind->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Subject"), tr("Engineer"), tr("Trainer"), tr("Submitted"), tr("Score"), tr("Critical")});
    m_behind->verticalHeader()->hide();
    m_behind->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *tablesPage = new QSplitter(Qt::Vertical, this);
    tablesPage->addWidget(m_table);
    auto *behindBox = new QWidget(this);
    auto *behindLayout = new QVBoxLayout(behindBox);
    behindLayout->setContentsMargins(0, 0, 0, 0);
    behindLayout->addWidget(m_behindLabel);
    behindLayout->addWidget(m_behind);
    tablesPage->addWidget(behindBox);
    tablesPage->setStretchFactor(0, 3);
    tablesPage->setStretchFactor(1, 2);

    auto *questionsPage = new QWidget(this);
    auto *questionsLayout = new QVBoxLayout(questionsPage);
    m_version = new QComboBox(questionsPage);
    m_version->setObjectName(u"scorecardVersion"_s);
    m_questions = new QTableView(questionsPage);
    m_questions->setObjectName(u"questionTable"_s);
    auto *questionProxy = new QSortFilterProxyModel(this);
    questionProxy->setSourceModel(m_questionModel);
    questionProxy->setSortRole(QuestionStatsModel::SortRole);
    m_questions->setModel(questionProxy);
    m_questions->setSortingEnabled(true);
    m_questions->verticalHeader()->hide();
    m_questions->horizontalHeader()->setSectionResizeMode(QuestionStatsModel::Question, QHeaderView::Stretch);
    m_failureChart = chartView(u"failureChart"_s, questionsPage);
    questionsLayout->addWidget(m_version);
    questionsLayout->addWidget(m_questions, 2);
    questionsLayout->addWidget(m_failureChart, 1);

    auto *chartsPage = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsPage);
    m_trendChart = chartView(u"trendChart"_s, chartsPage);
    m_distributionChart = chartView(u"distributionChart"_s, chartsPage);
    chartsLayout->addWidget(m_trendChart);
    chartsLayout->addWidget(m_distributionChart);

    m_trainers = new QTableWidget(0, 8, this);
    m_trainers->setObjectName(u"trainerTable"_s);
    m_trainers->setHorizontalHeaderLabels({tr("Trainer"), tr("Evaluations done"), tr("Tasks assigned"),
                                           tr("Done of assigned"), tr("Overdue"), tr("Average score given"),
                                           tr("Others on the same teams"), tr("Their evaluations")});
    m_trainers->horizontalHeaderItem(2)->setToolTip(tr("Assigned tasks due in the period"));
    m_trainers->horizontalHeaderItem(3)->setToolTip(
        tr("Assigned tasks whose ticket the trainer has evaluated, and their share"));
    m_trainers->horizontalHeaderItem(4)->setToolTip(tr("Assigned tasks not done and past their due day"));
    m_trainers->horizontalHeaderItem(6)->setToolTip(
        tr("The average score other trainers gave engineers of the teams this trainer evaluated"));
    m_trainers->verticalHeader()->hide();
    m_trainers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trainers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(tablesPage, tr("KPI"));
    m_tabs->addTab(questionsPage, tr("Questions"));
    m_tabs->addTab(chartsPage, tr("Charts"));
    auto *trainersPage = new QWidget(this);
    auto *trainersLayout = new QVBoxLayout(trainersPage);
    trainersLayout->addWidget(m_trainers, 1);
    auto *trainerNote = new QLabel(tr("Tasks are the evaluation assignments due in the period; one is done once the "
                                      "trainer has submitted an evaluation of its ticket, overdue when it is not done "
                                      "after its due day. Averages are of the counted evaluations of the period."),
                                   trainersPage);
    trainerNote->setObjectName(u"trainerNote"_s);
    trainerNote->setWordWrap(true);
    trainersLayout->addWidget(trainerNote);
    m_tabs->addTab(trainersPage, tr("Trainers"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto *status = new QHBoxLayout;
    status->addWidget(m_source, 1);
    status->addWidget(m_busy);
    status->addWidget(m_busyBar);
    layout->addLayout(status);
    layout->addWidget(m_tabs, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                reload();
        });
    connect(m_basis, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (const KpiTable *t = m_report.table(grouping()))
            m_tableModel->setTable(*t);
        if (m_job)
            m_job->cancel(KpiReportJob::Task::Evaluations);
        m_behind->setRowCount(0);
        m_behindLabel->setText(tr("Double-click a row to see the evaluations behind its numbers."));
        m_chartGroup.reset();
        m_staleTabs.insert(2);
        refreshVisibleTab();
    });
    connect(m_table, &QTableView::doubleClicked, this, &DashboardPage::showRowEvaluations);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const KpiRow *row = m_tableModel->rowAt(m_proxy->mapToSource(current).row());
                const KpiGrouping g = grouping();
                if (row && (g == KpiGrouping::Engineer || g == KpiGrouping::Team)) {
                    // The charts follow the chosen row; computed when the Charts tab is shown.
                    m_chartGroup = row->id;
                    m_staleTabs.insert(2);
                    refreshVisibleTab();
                }
            });
    connect(m_version, &QComboBox::currentIndexChanged, this, &DashboardPage::updateQuestions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::refreshVisibleTab);
    connect(m_monthButton, &QPushButton::clicked, this, &DashboardPage::closeOrReopenMonth);
    presetChanged();
    updateBusy();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setContext(Database *db, const Person &person)
{
    m_person = person;
    m_monthButton->setVisible(person.hasRole(Role::Admin));
    if (db == m_db)
        return;
    m_job.reset(); // waits for a computation of the old workspace; its results are dropped
    m_db = db;
    m_report = {};
    m_hasReport = false;
    m_reloadAfterWrite = false;
    m_chartGroup.reset();
    m_tableModel->setTable({});
    m_questionModel->setReport({});
    m_behind->setRowCount(0);
    m_trainers->setRowCount(0);
    m_version->clear();
    m_source->clear();
    if (m_db) {
        m_job = std::make_unique<KpiReportJob>(*m_db);
        connect(m_job.get(), &KpiReportJob::reportReady, this, &DashboardPage::showReport);
        connect(m_job.get(), &KpiReportJob::questionsReady, this, &DashboardPage::showQuestions);
        connect(m_job.get(), &KpiReportJob::chartsReady, this, &DashboardPage::showCharts);
        connect(m_job.get(), &KpiReportJob::trainersReady, this, &DashboardPage::showTrainers);
        connect(m_job.get(), &KpiReportJob::evaluationsReady, this, &DashboardPage::showEvaluations);
        connect(m_job.get(), &KpiReportJob::written, this, &DashboardPage::showWritten);
        connect(m_job.get(), &KpiReportJob::failed, this, &DashboardPage::showFailure);
        connect(m_job.get(), &KpiReportJob::busyChanged, this, &DashboardPage::updateBusy);
    }
    updateBusy();
}

bool DashboardPage::isComputing() const
{
    return m_job && m_job->isBusy();
}

void DashboardPage::updateBusy()
{
    const bool report = m_job && m_job->isBusy(KpiReportJob::Task::Report);
    const bool writing = m_job && m_job->isBusy(KpiReportJob::Task::Write);
    const bool busy = isComputing();
    m_busy->setText(report      ? tr("Computing the KPI of %1 – %2…")
                                      .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))
                    : writing   ? (m_reloadAfterWrite ? tr("Freezing the month…") : tr("Writing the report file…"))
                                : tr("Computing…"));
    m_busy->setVisible(busy);
    m_busyBar->setVisible(busy);
    // Exports and closing a month act on the period shown: not while another one is coming.
    const bool ready = m_hasReport && !report;
    for (QPushButton *button : std::as_const(m_exportButtons))
        button->setEnabled(ready && !writing);
    m_monthButton->setEnabled(ready && !writing && !KpiReportBuilder::monthOf(m_report.period).isEmpty());
}

KpiGrouping DashboardPage::grouping() const
{
    return KpiGrouping(m_grouping->currentData().toInt());
}

KpiReportOptions DashboardPage::options() const
{
    KpiReportOptions o;
    o.period = KpiPeriod{m_from->date(), m_to->date(), QTimeZone::systemTimeZone()};
    o.basis = KpiTimeBasis(m_basis->currentData().toInt());
    return o;
}

void DashboardPage::presetChanged()
{
    const auto preset = KpiPeriodPreset(m_preset->currentData().toInt());
    const bool custom = preset == KpiPeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const KpiPeriod period = kpiPeriodFor(preset, QDate::currentDate(), QTimeZone::systemTimeZone());
        m_loading = true;
        m_from->setDate(period.from);
        m_to->setDate(period.to);
        m_loading = false;
    }
    reload();
}

void DashboardPage::reload()
{
    if (!m_job)
        return;
    m_job->requestReport(options());
    updateBusy(); // the period in the label may have changed while busy already
}

void DashboardPage::showReport(const KpiDashboardReport &data)
{
    m_report = data.report;
    m_hasReport = true;
    KpiExportData described;
    described.report = m_report;
    m_source->setText(described.periodText() + u" · "_s + described.sourceText());
    if (const KpiTable *t = m_report.table(grouping()))
        m_tableModel->setTable(*t);
    m_behind->setRowCount(0);
    m_behindLabel->setText(tr("Double-click a row to see the evaluations behind its numbers."));

    const QString month = KpiReportBuilder::monthOf(m_report.period);
    m_monthButton->setText(m_report.snapshot ? tr("Reopen %1…").arg(month)
                                             : (month.isEmpty() ? tr("Close month") : tr("Close %1").arg(month)));
    m_monthButton->setToolTip(month.isEmpty() ? tr("Choose a whole calendar month to close it") : QString());

    m_version->blockSignals(true);
    m_version->clear();
    for (const KpiVersionUse &v : data.versions)
        m_version->addItem(tr("%1 · version %2 · %n evaluation(s)", nullptr, v.evaluations).arg(v.title, v.hash.left(8)),
                           v.versionId);
    m_version->blockSignals(false);
    // The other tabs are filled when shown: the first paint needs the KPI table only.
    m_chartGroup.reset();
    m_staleTabs = {1, 2, 3};
    refreshVisibleTab();
    updateBusy();
    Q_EMIT reportShown();
}

void DashboardPage::showFailure(KpiReportJob::Task task, const QString &text)
{
    if (task == KpiReportJob::Task::Write)
        m_reloadAfterWrite = false;
    if (task == KpiReportJob::Task::Report)
        m_source->setText(tr("The KPI could not be computed: %1").arg(text));
    Q_EMIT message(text);
}

void DashboardPage::refreshVisibleTab()
{
    const int tab = m_tabs->currentIndex();
    if (!m_staleTabs.remove(tab))
        return;
    if (tab == 1)
        updateQuestions();
    else if (tab == 2)
        updateCharts();
    else if (tab == 3)
        updateTrainers();
}

void DashboardPage::showRowEvaluations(const QModelIndex &proxyIndex)
{
    const KpiRow *row = m_tableModel->rowAt(m_proxy->mapToSource(proxyIndex).row());
    if (!row || !m_job || !m_hasReport)
        return;
    m_behindSubject = row->name;
    m_behindLabel->setText(tr("Loading the evaluations behind %1…").arg(row->name));
    m_job->requestEvaluations({m_report.period, m_report.basis, grouping(), row->id});
}

void DashboardPage::showEvaluations(const QList<KpiEvaluationRow> &rows)
{
    m_behindLabel->setText(tr("%n evaluation(s) behind %1", nullptr, int(rows.size())).arg(m_behindSubject));
    m_behind->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const KpiEvaluationRow &e = rows.at(i);
        m_behind->setItem(i, 0, item(e.ticket));
        m_behind->setItem(i, 1, item(e.subject));
        m_behind->setItem(i, 2, item(e.engineer));
        m_behind->setItem(i, 3, item(e.trainer));
        m_behind->setItem(i, 4, item(QLocale().toString(e.submittedAt.toLocalTime(), QLocale::ShortFormat)));
        m_behind->setItem(i, 5, item(KpiExportData::number(e.score, 1), true));
        m_behind->setItem(i, 6, item(e.criticalFailed ? tr("yes") : QString()));
    }
    for (int column : {0, 2, 3, 4})
        m_behind->resizeColumnToContents(column);
}

void DashboardPage::updateQuestions()
{
    if (!m_job || m_version->currentIndex() < 0) {
        if (m_job)
            m_job->cancel(KpiReportJob::Task::Questions);
        m_questionModel->setReport({});
        freshChart(m_failureChart, tr("Failure rate per question"));
        return;
    }
    m_job->requestQuestions({m_report.period, m_report.basis, std::nullopt, 0}, m_version->currentData().toLongLong());
}

void DashboardPage::showQuestions(const QuestionReport &report)
{
    m_questionModel->setReport(report);
    QChart *chart = freshChart(m_failureChart, tr("Failure rate per question: No and Partly (%)"));
    auto *no = new QBarSet(tr("No"));
    auto *partly = new QBarSet(tr("Partly"));
    QStringList labels;
    const QList<QuestionStat> top = report.topFailing(8);
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        labels << top.at(i).text.left(40);
        *no << top.at(i).noShare.value_or(0) * 100;
        *partly << top.at(i).partlyShare.value_or(0) * 100;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(no);
    series->append(partly);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
}

void DashboardPage::updateCharts()
{
    const std::optional<qint64> groupId = m_chartGroup;
    if (!m_job || !m_hasReport)
        return;
    KpiFilter filter{m_report.period, m_report.basis, std::nullopt, 0};
    m_chartSubject = tr("everyone");
    if (groupId) {
        filter.only = grouping();
        filter.onlyId = *groupId;
        for (const KpiRow &r : m_tableModel->table().rows) {
            if (r.id == *groupId)
                m_chartSubject = r.name;
        }
    }
    m_job->requestCharts(filter);
}

void DashboardPage::showCharts(const KpiChartData &charts)
{
    const QString &who = m_chartSubject;
    const bool monthly = charts.monthly;
    QChart *trendChart = freshChart(m_trendChart, monthly ? tr("KPI per month: %1").arg(who) : tr("KPI per week: %1").arg(who));
    auto *line = new QLineSeries;
    line->setPointsVisible(true);
    for (const KpiTrendPoint &point : charts.trend) {
        if (point.kpi)
            line->append(double(point.period.from.startOfDay().toMSecsSinceEpoch()), *point.kpi);
    }
    trendChart->addSeries(line);
    auto *x = new QDateTimeAxis;
    x->setFormat(monthly ? u"MM.yyyy"_s : u"dd.MM"_s);
    x->setRange(charts.trendPeriod.from.startOfDay(), charts.trendPeriod.to.startOfDay());
    x->setTickCount(12);
    trendChart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    trendChart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);

    QChart *distribution = freshChart(m_distributionChart, tr("Score distribution: %1").arg(who));
    auto *set = new QBarSet(tr("Evaluations"));
    QStringList bandLabels;
    int most = 1;
    for (qsizetype i = 0; i < charts.bands.size(); ++i) {
        *set << charts.bands.at(i);
        most = std::max(most, charts.bands.at(i));
        bandLabels << (i == 9 ? u"90–100"_s : u"%1–%2"_s.arg(i * 10).arg(i * 10 + 9));
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    distribution->addSeries(bars);
    auto *bandAxis = new QBarCategoryAxis;
    bandAxis->append(bandLabels);
    distribution->addAxis(bandAxis, Qt::AlignBottom);
    bars->attachAxis(bandAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, most);
    countAxis->setLabelFormat(u"%d"_s);
    distribution->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
}

void DashboardPage::updateTrainers()
{
    if (!m_job || !m_hasReport)
        return;
    m_job->requestTrainers({m_report.period, m_report.basis, std::nullopt, 0}, QDate::currentDate());
}

void DashboardPage::showTrainers(const QList<TrainerActivity> &trainers)
{
    m_trainers->setSortingEnabled(false);
    m_trainers->setRowCount(int(trainers.size()));
    for (int i = 0; i < trainers.size(); ++i) {
        const TrainerActivity &a = trainers.at(i);
        m_trainers->setItem(i, 0, item(a.name.isEmpty() ? a.email : a.name));
        m_trainers->item(i, 0)->setToolTip(a.email);
        m_trainers->setItem(i, 1, item(QString::number(a.scores.evaluations), true));
        m_trainers->setItem(i, 2, item(QString::number(a.assigned), true));
        // "3 of 4 · 75 %": the share says at a glance who is behind, the counts keep it exact.
        m_trainers->setItem(i, 3, item(a.assigned == 0 ? u"—"_s
                                                       : tr("%1 of %2 · %3 %")
                                                             .arg(a.assignedDone)
                                                             .arg(a.assigned)
                                                             .arg(QLocale().toString(100.0 * a.assignedDone / a.assigned, 'f', 0)),
                                       true));
        QTableWidgetItem *overdue = item(QString::number(a.overdue), true);
        if (a.overdue > 0)
            overdue->setForeground(QColor(0xb0, 0x00, 0x20));
        m_trainers->setItem(i, 4, overdue);
        m_trainers->setItem(i, 5, item(KpiExportData::number(a.scores.average, 1), true));
        m_trainers->setItem(i, 6, item(KpiExportData::number(a.scores.othersAverage, 1), true));
        m_trainers->setItem(i, 7, item(QString::number(a.scores.othersEvaluations), true));
    }
}

void DashboardPage::exportReport(const QString &format)
{
    if (!m_job || !m_hasReport)
        return;
    const QString filter = format == u"csv"_s ? tr("CSV (*.csv)") : format == u"xlsx"_s ? tr("Excel (*.xlsx)") : tr("PDF (*.pdf)");
    const QString path = chooseSaveFile(tr("Export the KPI report"), filter);
    if (path.isEmpty())
        return;
    if (format == u"csv"_s) {
        // The table shown, already in memory: written at once.
        QFile file(path);
        const QByteArray bytes = KpiCsvExport::write(m_report, grouping(), true);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            Q_EMIT message(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
        else
            Q_EMIT message(tr("Exported %1").arg(path));
        return;
    }
    // XLSX and PDF read every evaluation of the period: on the worker, from the period shown.
    KpiReportOptions shown = options();
    shown.period = m_report.period;
    shown.basis = m_report.basis;
    const bool xlsx = format == u"xlsx"_s;
    m_reloadAfterWrite = false;
    m_job->requestWrite([shown, xlsx, path](Database &db) -> Result<QString> {
        const Result<KpiExportData> data = KpiExportData::collect(db, shown, xlsx);
        if (!data)
            return std::unexpected(data.error());
        const Status written = xlsx ? KpiXlsxExport::write(*data, path) : KpiPdfExport::write(*data, path);
        if (!written)
            return std::unexpected(written.error());
        return tr("Exported %1").arg(path);
    });
    updateBusy();
}

void DashboardPage::showWritten(const QString &text)
{
    Q_EMIT message(text);
    if (std::exchange(m_reloadAfterWrite, false))
        reload();
}

void DashboardPage::closeOrReopenMonth()
{
    const QString month = KpiReportBuilder::monthOf(m_report.period);
    if (!m_job || !m_hasReport || month.isEmpty())
        return;
    // Closing builds the month's live report to freeze it: on the worker, like the report itself.
    const Person actor = m_person;
    if (m_report.snapshot) {
        const QString reason = askReason(tr("Reopen %1").arg(month));
        if (reason.trimmed().isEmpty())
            return;
        m_job->requestWrite([actor, month, reason](Database &db) -> Result<QString> {
            if (const Status done = KpiAdministration(db).reopenMonth(actor, month, reason); !done)
                return std::unexpected(done.error());
            return tr("%1 reopened").arg(month);
        });
    } else {
        const KpiTimeBasis basis = m_report.basis;
        m_job->requestWrite([actor, month, basis](Database &db) -> Result<QString> {
            const Result<qint64> done = KpiAdministration(db).closeMonth(actor, month, basis);
            if (!done)
                return std::unexpected(done.error());
            return tr("%1 closed: snapshot #%2").arg(month).arg(*done);
        });
    }
    m_reloadAfterWrite = true;
    updateBusy();
}

} // namespace qadesk::ui
