#include "UiTestSupport.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTableModel.h"
#include "dashboard/QuestionStatsModel.h"
#include "kpi/KpiReportBuilder.h"
#include "storage/PeopleStore.h"
#include "support/KpiFixture.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <functional>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {
const KpiPeriod october{QDate(2026, 10, 1), QDate(2026, 10, 31), QTimeZone::systemTimeZone()};

// The dashboard computes on a worker thread: tests wait for what it shows, never assume it is there.
bool waitUntil(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 20000);
}

bool waitForReport(ui::DashboardPage *page)
{
    return waitUntil([page] { return !page->isComputing(); });
}

QModelIndex rowNamed(QAbstractItemModel *model, const QString &prefix)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}
} // namespace

TEST_CASE("the KPI and question models pass the model tester and show exact numbers rounded", "[ui][dashboard]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    KpiReportOptions options;
    options.period = october;
    const KpiReport report = KpiReportBuilder(t.db()).build(options).value();

    ui::KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(*report.table(KpiGrouping::Engineer));
    REQUIRE(model.rowCount() == 4);
    const QModelIndex anna = rowNamed(&model, u"Анна"_s);
    REQUIRE(anna.isValid());
    CHECK(model.index(anna.row(), ui::KpiTableModel::Kpi).data().toString() == u"85.0"_s);
    CHECK(model.index(anna.row(), ui::KpiTableModel::Multiplier).data().toString() == u"0.90"_s);
    CHECK(model.index(anna.row(), ui::KpiTableModel::Change).data().toString() == u"+5.0"_s);
    const QModelIndex gleb = rowNamed(&model, u"Глеб"_s);
    CHECK(gleb.data().toString().endsWith(u" *"_s)); // too few evaluations, marked
    CHECK(model.index(gleb.row(), ui::KpiTableModel::Kpi).data().toString() == u"—"_s);
    CHECK(model.index(gleb.row(), ui::KpiTableModel::Kpi).data(ui::KpiTableModel::SortRole).toDouble() < 0);
    model.setTable(*report.table(KpiGrouping::Team));
    CHECK(model.rowCount() == 2);

    ui::QuestionStatsModel questions;
    QAbstractItemModelTester questionTester(&questions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    questions.setReport(KpiReportBuilder(t.db()).questions({october, KpiTimeBasis::Submitted, std::nullopt, 0}, f.versionId).value());
    REQUIRE(questions.rowCount() == 3);
    CHECK(questions.index(1, ui::QuestionStatsModel::NoShare).data().toString() == u"20.0 %"_s);
    CHECK(questions.index(1, ui::QuestionStatsModel::PartlyShare).data().toString() == u"40.0 %"_s);
    questions.setReport({});
    CHECK(questions.rowCount() == 0);
}

TEST_CASE("the dashboard shows a month's KPI, the evaluations behind a row, exports and closes the month",
          "[ui][dashboard]")
{
    TestDatabase t(Backend::Sqlite);
    {
        KpiFixture f(t.db());
    }
    ui::MainWindow window;
    openAs(window, t.url(), false, u"admin@example.ru"_s);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *page = window.findChild<ui::DashboardPage *>(u"dashboardPage"_s);
    REQUIRE(page);
    REQUIRE(currentPage(window) == page);

    auto *preset = page->findChild<QComboBox *>(u"periodPreset"_s);
    auto *from = page->findChild<QDateEdit *>(u"periodFrom"_s);
    auto *to = page->findChild<QDateEdit *>(u"periodTo"_s);
    CHECK_FALSE(from->isEnabled()); // "this month" is preset
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_End); // Custom…
    CHECK(preset->currentIndex() == preset->count() - 1);
    REQUIRE(from->isEnabled());
    to->setDate(QDate(2026, 10, 31));
    from->setDate(QDate(2026, 10, 1));
    REQUIRE(waitForReport(page));
    CHECK(page->report().period.from == QDate(2026, 10, 1));

    auto *table = page->findChild<QTableView *>(u"kpiTable"_s);
    REQUIRE(table->model()->rowCount() == 4);
    const QModelIndex anna = rowNamed(table->model(), u"Анна"_s);
    REQUIRE(anna.isValid());
    CHECK(table->model()->index(anna.row(), ui::KpiTableModel::Kpi).data().toString() == u"85.0"_s);
    screenshot(window, u"dashboard-kpi.png"_s);

    // Click-through: a double-click lists the evaluations behind the row's numbers.
    const QRect cell = table->visualRect(table->model()->index(anna.row(), ui::KpiTableModel::Kpi));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *behind = page->findChild<QTableWidget *>(u"evaluationsBehind"_s);
    REQUIRE(waitUntil([behind] { return behind->rowCount() == 4; }));
    CHECK(behind->item(0, 2)->text() == u"Анна Смирнова"_s);
    screenshot(window, u"dashboard-behind.png"_s);

    auto *grouping = page->findChild<QComboBox *>(u"grouping"_s);
    grouping->setFocus();
    QTest::keyClick(grouping, Qt::Key_Down);
    CHECK(page->tableModel()->table().grouping == KpiGrouping::Team);
    CHECK(table->model()->rowCount() == 2);

    auto *tabs = page->findChild<QTabWidget *>(u"dashboardTabs"_s);
    tabs->setCurrentIndex(1);
    REQUIRE(waitUntil([page] { return page->questionModel()->rowCount() == 3; }));
    screenshot(window, u"dashboard-questions.png"_s);
    tabs->setCurrentIndex(2);
    REQUIRE(waitForReport(page));
    screenshot(window, u"dashboard-charts.png"_s);
    tabs->setCurrentIndex(3);
    auto *trainers = page->findChild<QTableWidget *>(u"trainerTable"_s);
    REQUIRE(waitUntil([trainers] { return trainers->rowCount() == 2; }));
    screenshot(window, u"dashboard-trainers.png"_s);
    tabs->setCurrentIndex(0);

    QTemporaryDir dir;
    QString chosen = dir.filePath(u"october.xlsx"_s);
    page->chooseSaveFile = [&](const QString &, const QString &) { return chosen; };
    QSignalSpy messages(page, &ui::DashboardPage::message);
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportXlsx"_s), Qt::LeftButton);
    CHECK(page->isComputing()); // written on the worker
    CHECK_FALSE(page->findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
    REQUIRE(waitForReport(page));
    CHECK(QFile::exists(chosen));
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString().contains(chosen));
    chosen = dir.filePath(u"october.pdf"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportPdf"_s), Qt::LeftButton);
    REQUIRE(waitForReport(page));
    CHECK(QFile(chosen).size() > 1000);
    chosen = dir.filePath(u"october.csv"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportCsv"_s), Qt::LeftButton);
    CHECK(QFile::exists(chosen));

    // Closing the month freezes it; the label says the numbers are a snapshot.
    auto *month = page->findChild<QPushButton *>(u"monthCloseButton"_s);
    REQUIRE(month->isVisible());
    REQUIRE(month->isEnabled());
    QTest::mouseClick(month, Qt::LeftButton);
    REQUIRE(waitForReport(page));
    REQUIRE(page->report().snapshot.has_value());
    CHECK(page->findChild<QLabel *>(u"reportSource"_s)->text().contains(u"snapshot"_s));
    page->askReason = [](const QString &) { return u"a late arbitration"_s; };
    REQUIRE(month->isEnabled());
    QTest::mouseClick(month, Qt::LeftButton);
    REQUIRE(waitForReport(page));
    CHECK_FALSE(page->report().snapshot.has_value());
}

TEST_CASE("the dashboard computes off the GUI thread, says so, and shows only the newest period", "[ui][dashboard]")
{
    TestDatabase t(Backend::Sqlite);
    {
        KpiFixture f(t.db());
    }
    ui::MainWindow window;
    openAs(window, t.url(), false, u"admin@example.ru"_s);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *page = window.findChild<ui::DashboardPage *>(u"dashboardPage"_s);
    REQUIRE(page);
    auto *busy = page->findChild<QLabel *>(u"computingLabel"_s);
    auto *preset = page->findChild<QComboBox *>(u"periodPreset"_s);
    auto *csv = page->findChild<QPushButton *>(u"exportCsv"_s);
    // Nothing was computed on the GUI thread: the page says it is computing, and stays usable.
    CHECK(page->isComputing());
    CHECK(busy->isVisible());
    CHECK(busy->text().contains(u"Computing"_s));
    CHECK(preset->isEnabled());
    CHECK_FALSE(csv->isEnabled()); // an export would be of a period not shown yet
    // Grabbed at once (no event loop turn, so the result cannot arrive first).
    if (const QString dir = qEnvironmentVariable("QADESK_SCREENSHOT_DIR"); !dir.isEmpty() && QDir().mkpath(dir)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        window.grab().save(QDir(dir).filePath(u"dashboard-computing.png"_s));
    }
    REQUIRE(waitForReport(page));
    CHECK_FALSE(busy->isVisible());
    CHECK(csv->isEnabled());

    // Two periods chosen in a row with the keyboard: only the second is ever shown.
    QSignalSpy shown(page, &ui::DashboardPage::reportShown);
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_End);  // custom: keeps this month's days, asks again
    auto *from = page->findChild<QDateEdit *>(u"periodFrom"_s);
    auto *to = page->findChild<QDateEdit *>(u"periodTo"_s);
    to->setDate(QDate(2026, 10, 31));
    from->setDate(QDate(2026, 9, 1));   // September and October …
    from->setDate(QDate(2026, 10, 1));  // … then October alone
    CHECK(page->isComputing());
    REQUIRE(shown.wait(20000));
    QTest::qWait(100); // a superseded result would arrive now
    CHECK(shown.count() == 1);
    CHECK(page->report().period.from == QDate(2026, 10, 1));
    auto *table = page->findChild<QTableView *>(u"kpiTable"_s);
    const QModelIndex anna = rowNamed(table->model(), u"Анна"_s);
    REQUIRE(anna.isValid());
    CHECK(table->model()->index(anna.row(), ui::KpiTableModel::Evaluations).data().toString() == u"4"_s);
    CHECK(table->model()->index(anna.row(), ui::KpiTableModel::Kpi).data().toString() == u"85.0"_s);
}

TEST_CASE("the dashboard's trainer tab shows evaluations done against tasks assigned in the period", "[ui][dashboard]")
{
    TestDatabase t(Backend::Sqlite);
    {
        KpiFixture f(t.db());
        f.assignTasks();
    }
    ui::MainWindow window;
    openAs(window, t.url(), false, u"admin@example.ru"_s);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *page = window.findChild<ui::DashboardPage *>(u"dashboardPage"_s);
    REQUIRE(page);
    auto *preset = page->findChild<QComboBox *>(u"periodPreset"_s);
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_End);
    page->findChild<QDateEdit *>(u"periodTo"_s)->setDate(QDate(2026, 10, 31));
    page->findChild<QDateEdit *>(u"periodFrom"_s)->setDate(QDate(2026, 10, 1));
    REQUIRE(waitForReport(page));

    auto *tabs = page->findChild<QTabWidget *>(u"dashboardTabs"_s);
    auto *trainers = page->findChild<QTableWidget *>(u"trainerTable"_s);
    // Click the "Trainers" tab as a user would.
    auto *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(3).center());
    REQUIRE(tabs->currentIndex() == 3);
    REQUIRE(waitUntil([trainers] { return trainers->rowCount() == 2; }));
    const auto row = [trainers](int r) {
        QStringList cells;
        for (int c = 0; c < trainers->columnCount(); ++c)
            cells << trainers->item(r, c)->text();
        return cells;
    };
    // By name: Виктор, then Ольга. Today is after October, so what is not done is overdue.
    CHECK(row(0) == QStringList{u"Виктор Ли"_s, u"2"_s, u"2"_s, u"1 of 2 · 50 %"_s, u"1"_s, u"45.0"_s, u"87.0"_s, u"5"_s});
    CHECK(row(1) == QStringList{u"Ольга Белова"_s, u"5"_s, u"4"_s, u"3 of 4 · 75 %"_s, u"1"_s, u"87.0"_s, u"45.0"_s, u"2"_s});
    screenshot(window, u"dashboard-trainers-assigned.png"_s);

    // Another period refreshes the tab: September had no tasks, Ольга's two evaluations.
    page->findChild<QDateEdit *>(u"periodFrom"_s)->setDate(QDate(2026, 9, 1));
    page->findChild<QDateEdit *>(u"periodTo"_s)->setDate(QDate(2026, 9, 30));
    REQUIRE(waitUntil([&] { return !page->isComputing() && page->report().period.to == QDate(2026, 9, 30); }));
    REQUIRE(trainers->rowCount() == 2);
    CHECK(row(1).mid(0, 5) == QStringList{u"Ольга Белова"_s, u"2"_s, u"0"_s, u"—"_s, u"0"_s});
}

TEST_CASE("the dashboard survives a workspace switch and its own destruction while it computes", "[ui][dashboard]")
{
    TestDatabase full(Backend::Sqlite);
    Person admin;
    {
        KpiFixture f(full.db());
        admin = PeopleStore(full.db()).findByEmail(u"admin@example.ru"_s).value().value();
    }
    TestDatabase empty(Backend::Sqlite);
    {
        ui::DashboardPage page;
        page.resize(1000, 700);
        page.show();
        page.setContext(&full.db(), admin);
        page.reload();
        REQUIRE(page.isComputing());
        // Another workspace while the first computes: its numbers never appear.
        page.setContext(&empty.db(), admin);
        page.reload();
        REQUIRE(waitForReport(&page));
        QTest::qWait(100);
        CHECK(page.tableModel()->rowCount() == 0);
        CHECK(page.report().tables.size() == 4);

        page.setContext(&full.db(), admin);
        page.reload();
        REQUIRE(page.isComputing());
    } // destroyed while computing: waits for the worker, drops the result
    QTest::qWait(100);
    KpiReportOptions october;
    october.period = KpiPeriod{QDate(2026, 10, 1), QDate(2026, 10, 31), QTimeZone::systemTimeZone()};
    CHECK(KpiReportBuilder(full.db()).build(october).value().table(KpiGrouping::Engineer)->total.evaluations == 7);
}
