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
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
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
    m_monthButton->setObjectName(u"monthCloseButton"_s);

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
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
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

    m_trainers = new QTableWidget(0, 5, this);
    m_trainers->setObjectName(u"trainerTable"_s);
    m_trainers->setHorizontalHeaderLabels({tr("Trainer"), tr("Evaluations done"), tr("Average score given"),
                                           tr("Others on the same teams"), tr("Their evaluations")});
    m_trainers->verticalHeader()->hide();
    m_trainers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trainers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(tablesPage, tr("KPI"));
    m_tabs->addTab(questionsPage, tr("Questions"));
    m_tabs->addTab(chartsPage, tr("Charts"));
    m_tabs->addTab(m_trainers, tr("Trainers"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_source);
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
        m_behind->setRowCount(0);
        m_staleTabs.insert(2);
        refreshVisibleTab();
    });
    connect(m_table, &QTableView::doubleClicked, this, &DashboardPage::showRowEvaluations);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const KpiRow *row = m_tableModel->rowAt(m_proxy->mapToSource(current).row());
                const KpiGrouping g = grouping();
                if (row && (g == KpiGrouping::Engineer || g == KpiGrouping::Team)) {
                    m_staleTabs.remove(2);
                    updateCharts(row->id);
                }
            });
    connect(m_version, &QComboBox::currentIndexChanged, this, &DashboardPage::updateQuestions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::refreshVisibleTab);
    connect(m_monthButton, &QPushButton::clicked, this, &DashboardPage::closeOrReopenMonth);
    presetChanged();
}

void DashboardPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    m_monthButton->setVisible(person.hasRole(Role::Admin));
    reload();
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
    if (!m_db)
        return;
    Result<KpiReport> built = KpiReportBuilder(*m_db).build(options());
    if (!built) {
        m_source->setText(built.error().message);
        return;
    }
    m_report = std::move(*built);
    KpiExportData described;
    described.report = m_report;
    m_source->setText(described.periodText() + u" · "_s + described.sourceText());
    if (const KpiTable *t = m_report.table(grouping()))
        m_tableModel->setTable(*t);
    m_behind->setRowCount(0);

    const QString month = KpiReportBuilder::monthOf(m_report.period);
    m_monthButton->setEnabled(!month.isEmpty());
    m_monthButton->setText(m_report.snapshot ? tr("Reopen %1…").arg(month)
                                             : (month.isEmpty() ? tr("Close month") : tr("Close %1").arg(month)));
    m_monthButton->setToolTip(month.isEmpty() ? tr("Choose a whole calendar month to close it") : QString());

    const KpiFilter filter{m_report.period, m_report.basis, std::nullopt, 0};
    Result<QList<QPair<qint64, int>>> versions = KpiStore(*m_db).versionsUsed(filter);
    m_version->blockSignals(true);
    m_version->clear();
    if (versions) {
        for (const auto &[id, count] : std::as_const(*versions)) {
            const Result<ScorecardVersion> version = ScorecardStore(*m_db).versionById(id);
            if (version)
                m_version->addItem(tr("%1 · version %2 · %n evaluation(s)", nullptr, count)
                                       .arg(version->card.title, version->contentHash.left(8)),
                                   id);
        }
    }
    m_version->blockSignals(false);
    // The other tabs are filled when shown: the first paint needs the KPI table only.
    m_staleTabs = {1, 2, 3};
    refreshVisibleTab();
}

void DashboardPage::refreshVisibleTab()
{
    const int tab = m_tabs->currentIndex();
    if (!m_staleTabs.remove(tab))
        return;
    if (tab == 1)
        updateQuestions();
    else if (tab == 2)
        updateCharts(std::nullopt);
    else if (tab == 3)
        updateTrainers();
}

void DashboardPage::showRowEvaluations(const QModelIndex &proxyIndex)
{
    const KpiRow *row = m_tableModel->rowAt(m_proxy->mapToSource(proxyIndex).row());
    if (!row || !m_db)
        return;
    Result<QList<KpiEvaluationRow>> rows =
        KpiStore(*m_db).evaluations({m_report.period, m_report.basis, grouping(), row->id});
    if (!rows) {
        Q_EMIT message(rows.error().message);
        return;
    }
    m_behindLabel->setText(tr("%n evaluation(s) behind %1", nullptr, int(rows->size())).arg(row->name));
    m_behind->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const KpiEvaluationRow &e = rows->at(i);
        m_behind->setItem(i, 0, item(e.ticket));
        m_behind->setItem(i, 1, item(e.subject));
        m_behind->setItem(i, 2, item(e.engineer));
        m_behind->setItem(i, 3, item(e.trainer));
        m_behind->setItem(i, 4, item(QLocale().toString(e.submittedAt.toLocalTime(), QLocale::ShortFormat)));
        m_behind->setItem(i, 5, item(KpiExportData::number(e.score, 1), true));
        m_behind->setItem(i, 6, item(e.criticalFailed ? tr("yes") : QString()));
    }
}

void DashboardPage::updateQuestions()
{
    if (!m_db || m_version->currentIndex() < 0) {
        m_questionModel->setReport({});
        freshChart(m_failureChart, tr("Failure rate per question"));
        return;
    }
    Result<QuestionReport> q = KpiReportBuilder(*m_db).questions({m_report.period, m_report.basis, std::nullopt, 0},
                                                                   m_version->currentData().toLongLong());
    if (!q)
        return;
    m_questionModel->setReport(*q);
    QChart *chart = freshChart(m_failureChart, tr("Failure rate per question: No and Partly (%)"));
    auto *no = new QBarSet(tr("No"));
    auto *partly = new QBarSet(tr("Partly"));
    QStringList labels;
    const QList<QuestionStat> top = q->topFailing(8);
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

void DashboardPage::updateCharts(std::optional<qint64> groupId)
{
    if (!m_db)
        return;
    KpiFilter filter{m_report.period, m_report.basis, std::nullopt, 0};
    QString who = tr("everyone");
    if (groupId) {
        filter.only = grouping();
        filter.onlyId = *groupId;
        for (const KpiRow &r : m_tableModel->table().rows) {
            if (r.id == *groupId)
                who = r.name;
        }
    }
    // The trend looks back: twelve weeks, or twelve months for periods longer than two months.
    const bool monthly = m_report.period.days() > 62;
    KpiFilter trendFilter = filter;
    trendFilter.period.from = monthly ? m_report.period.to.addMonths(-11) : m_report.period.to.addDays(-7 * 11);
    KpiReportBuilder builder(*m_db);
    const Result<QList<KpiTrendPoint>> trend = builder.trend(trendFilter, monthly);
    QChart *trendChart = freshChart(m_trendChart, monthly ? tr("KPI per month: %1").arg(who) : tr("KPI per week: %1").arg(who));
    auto *line = new QLineSeries;
    line->setPointsVisible(true);
    if (trend) {
        for (const KpiTrendPoint &point : *trend) {
            if (point.kpi)
                line->append(double(point.period.from.startOfDay().toMSecsSinceEpoch()), *point.kpi);
        }
    }
    trendChart->addSeries(line);
    auto *x = new QDateTimeAxis;
    x->setFormat(monthly ? u"MM.yyyy"_s : u"dd.MM"_s);
    x->setRange(trendFilter.period.from.startOfDay(), trendFilter.period.to.startOfDay());
    x->setTickCount(monthly ? 12 : 12);
    trendChart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    trendChart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);

    const Result<QList<int>> bands = builder.distribution(filter);
    QChart *distribution = freshChart(m_distributionChart, tr("Score distribution: %1").arg(who));
    auto *set = new QBarSet(tr("Evaluations"));
    QStringList bandLabels;
    int most = 1;
    if (bands) {
        for (qsizetype i = 0; i < bands->size(); ++i) {
            *set << bands->at(i);
            most = std::max(most, bands->at(i));
            bandLabels << (i == 9 ? u"90–100"_s : u"%1–%2"_s.arg(i * 10).arg(i * 10 + 9));
        }
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
    m_trainers->setRowCount(0);
    if (!m_db)
        return;
    const Result<QList<TrainerComparison>> list =
        KpiReportBuilder(*m_db).trainerComparison({m_report.period, m_report.basis, std::nullopt, 0});
    if (!list)
        return;
    const KpiTable *trainers = m_report.table(KpiGrouping::Trainer);
    m_trainers->setRowCount(int(list->size()));
    for (int i = 0; i < list->size(); ++i) {
        const TrainerComparison &c = list->at(i);
        QString name = QString::number(c.trainerId);
        if (trainers) {
            for (const KpiRow &r : trainers->rows) {
                if (r.id == c.trainerId)
                    name = r.name;
            }
        }
        m_trainers->setItem(i, 0, item(name));
        m_trainers->setItem(i, 1, item(QString::number(c.evaluations), true));
        m_trainers->setItem(i, 2, item(KpiExportData::number(c.average, 1), true));
        m_trainers->setItem(i, 3, item(KpiExportData::number(c.othersAverage, 1), true));
        m_trainers->setItem(i, 4, item(QString::number(c.othersEvaluations), true));
    }
}

void DashboardPage::exportReport(const QString &format)
{
    if (!m_db)
        return;
    const QString filter = format == u"csv"_s ? tr("CSV (*.csv)") : format == u"xlsx"_s ? tr("Excel (*.xlsx)") : tr("PDF (*.pdf)");
    const QString path = chooseSaveFile(tr("Export the KPI report"), filter);
    if (path.isEmpty())
        return;
    Status written;
    if (format == u"csv"_s) {
        QFile file(path);
        const QByteArray bytes = KpiCsvExport::write(m_report, grouping(), true);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            written = std::unexpected(Error::io(tr("%1: cannot write the file: %2").arg(path, file.errorString())));
    } else {
        Result<KpiExportData> data = KpiExportData::collect(*m_db, options(), format == u"xlsx"_s);
        if (!data)
            written = std::unexpected(data.error());
        else
            written = format == u"xlsx"_s ? KpiXlsxExport::write(*data, path) : KpiPdfExport::write(*data, path);
    }
    Q_EMIT message(written ? tr("Exported %1").arg(path) : written.error().message);
}

void DashboardPage::closeOrReopenMonth()
{
    const QString month = KpiReportBuilder::monthOf(m_report.period);
    if (!m_db || month.isEmpty())
        return;
    KpiAdministration kpi(*m_db);
    if (m_report.snapshot) {
        const QString reason = askReason(tr("Reopen %1").arg(month));
        if (reason.trimmed().isEmpty())
            return;
        const Status done = kpi.reopenMonth(m_person, month, reason);
        Q_EMIT message(done ? tr("%1 reopened").arg(month) : done.error().message);
    } else {
        const Result<qint64> done = kpi.closeMonth(m_person, month, m_report.basis);
        Q_EMIT message(done ? tr("%1 closed: snapshot #%2").arg(month).arg(*done) : done.error().message);
    }
    reload();
}

} // namespace qadesk::ui
