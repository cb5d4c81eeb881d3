// The admin's assignment plans in the GUI: a new plan, an edited count, a paused plan and a
// field-named error, all driven with real key and mouse events and checked through the core
// service; the next draw follows the plans.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "assignments/AssignmentPlanDialog.h"
#include "assignments/AssignmentPlanModel.h"
#include "assignments/AssignmentPlansPanel.h"
#include "assignments/AssignmentService.h"
#include "assignments/AssignmentTaskModel.h"
#include "assignments/AssignmentsPage.h"
#include "storage/AssignmentStore.h"
#include "storage/AuditLog.h"
#include "support/AssignmentWorkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

AssignmentPlan storedPlan(Database &db, const QString &email)
{
    const QList<AssignmentPlan> plans = AssignmentService(db).plans().value();
    for (const AssignmentPlan &p : plans) {
        if (p.trainerEmail == email)
            return p;
    }
    FAIL("no plan for " << email.toStdString());
    return {};
}

// The one plan dialog on screen (a closed one may still wait for deletion).
AssignmentPlanDialog *visibleDialog(QWidget &parent)
{
    AssignmentPlanDialog *found = nullptr;
    for (AssignmentPlanDialog *dialog : parent.findChildren<AssignmentPlanDialog *>()) {
        if (dialog->isVisible()) {
            REQUIRE_FALSE(found);
            found = dialog;
        }
    }
    return found;
}

void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
}

void clickRow(QTableView *table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
}

// Moves the list's current row to the item holding `value` with the arrow keys and ticks or
// unticks it with Space.
void toggleWithKeys(QListWidget *list, const QString &value)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentItem()->data(Qt::UserRole).toString() != value; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem()->data(Qt::UserRole).toString() == value);
    QTest::keyClick(list, Qt::Key_Space);
}

} // namespace

TEST_CASE("the assignment plan model obeys the item model contract", "[ui][model][assignments]")
{
    AssignmentPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AssignmentPlan stored;
    stored.trainerEmail = u"a@x.ru"_s;
    stored.trainerName = u"Ольга"_s;
    stored.perWeek = 4;
    stored.teams = {u"l1"_s, u"l2"_s};
    stored.stored = true;
    AssignmentPlan fallback;
    fallback.trainerEmail = u"b@x.ru"_s;
    AssignmentPlan paused = stored;
    paused.trainerEmail = u"c@x.ru"_s;
    paused.active = false;
    model.setPlans({stored, fallback, paused});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, AssignmentPlanModel::Trainer).data().toString() == u"Ольга"_s);
    CHECK(model.index(1, AssignmentPlanModel::Trainer).data().toString() == u"b@x.ru"_s);
    CHECK(model.index(0, AssignmentPlanModel::PerWeek).data().toInt() == 4);
    CHECK(model.index(1, AssignmentPlanModel::PerWeek).data().toInt() == AssignmentPlan::defaultPerWeek);
    CHECK(model.index(0, AssignmentPlanModel::Teams).data().toString() == u"l1, l2"_s);
    CHECK(model.index(0, AssignmentPlanModel::Tags).data().toString() == u"any"_s);
    CHECK(model.index(0, AssignmentPlanModel::State).data().toString() == u"active"_s);
    CHECK(model.index(1, AssignmentPlanModel::State).data().toString() == u"default (not saved)"_s);
    CHECK(model.index(2, AssignmentPlanModel::State).data().toString() == u"paused"_s);
    CHECK(model.index(2, 0).data(AssignmentPlanModel::TrainerEmailRole).toString() == u"c@x.ru"_s);
    CHECK(model.rowOf(u"b@x.ru"_s) == 1);
    CHECK(model.rowOf(u"nobody@x.ru"_s) == -1);
    CHECK(model.planAt(3) == nullptr);
    model.setPlans({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("an admin adds, edits and pauses assignment plans in the GUI and the draw follows them",
          "[ui][assignments][plans]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    const IsoWeek w47 = IsoWeek::parse(u"2026-W47"_s).value();
    w.ticketsSolvedIn(w47.previous(), w.engineers(u"l1"_s, 4), u"l1"_s, 3, u"t"_s);
    w.ticketsSolvedIn(w47.previous(), w.engineers(u"l2"_s, 2), u"l2"_s, 3, u"u"_s);
    MainWindow window;
    openAs(window, w.t.url(), false, u"admin@example.ru"_s);
    window.findChild<QAction *>(u"assignmentsAction"_s)->trigger();
    auto *page = window.findChild<AssignmentsPage *>();
    REQUIRE(currentPage(window) == page);

    // The Plans tab: both trainers listed with the default plan.
    auto *tabs = page->findChild<QTabWidget *>(u"assignmentTabs"_s);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    AssignmentPlansPanel *panel = page->plansPanel();
    REQUIRE(tabs->currentWidget() == panel);
    auto *table = panel->findChild<QTableView *>(u"planTable"_s);
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(1, AssignmentPlanModel::State).data().toString() == u"default (not saved)"_s);

    // New plan for Ольга: 4 a week from team l1, chosen with the keyboard.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"newPlanButton"_s), Qt::LeftButton);
    AssignmentPlanDialog *dialog = visibleDialog(*panel);
    REQUIRE(dialog);
    auto *trainer = dialog->findChild<QComboBox *>(u"planTrainer"_s);
    CHECK(trainer->currentIndex() == -1);
    trainer->setFocus();
    while (trainer->currentData().toString() != u"trainer@example.ru"_s)
        QTest::keyClick(trainer, Qt::Key_Down);
    auto *perWeek = dialog->findChild<QSpinBox *>(u"planPerWeek"_s);
    CHECK(perWeek->value() == 10); // the default, shown before anything is typed
    typeNumber(perWeek, 4);
    toggleWithKeys(dialog->findChild<QListWidget *>(u"planTeams"_s), u"l1"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"planChannels"_s), u"email, "_s);
    screenshot(*dialog, u"assignment-plan-dialog.png"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePlanButton"_s), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    auto *status = panel->findChild<QLabel *>(u"planStatus"_s);
    CHECK(status->text() == u"Plan of Ольга saved: 4 ticket(s) a week."_s);
    AssignmentPlan olga = storedPlan(w.t.db(), u"trainer@example.ru"_s);
    CHECK(olga.stored);
    CHECK(olga.perWeek == 4);
    CHECK(olga.teams == QStringList{u"l1"_s});
    CHECK(olga.channels == QStringList{u"email"_s});
    const int olgaRow = 1; // by email: second@ (Виктор), trainer@ (Ольга)
    CHECK(table->model()->index(olgaRow, AssignmentPlanModel::Trainer).data().toString() == u"Ольга"_s);
    CHECK(table->model()->index(olgaRow, AssignmentPlanModel::PerWeek).data().toInt() == 4);
    CHECK(table->model()->index(olgaRow, AssignmentPlanModel::State).data().toString() == u"active"_s);

    // Edit its count: select the row, Enter opens the dialog, Enter saves it.
    clickRow(table, olgaRow);
    QTest::keyClick(table, Qt::Key_Return);
    dialog = visibleDialog(*panel);
    REQUIRE(dialog);
    CHECK_FALSE(dialog->findChild<QComboBox *>(u"planTrainer"_s)->isEnabled());
    perWeek = dialog->findChild<QSpinBox *>(u"planPerWeek"_s);
    CHECK(dialog->focusWidget() == perWeek); // editing starts at the count
    CHECK(perWeek->value() == 4);
    // Channels are a filter the next draw would find nothing for in this workspace: cleared.
    auto *channels = dialog->findChild<QLineEdit *>(u"planChannels"_s);
    channels->selectAll();
    QTest::keyClick(channels, Qt::Key_Backspace);
    typeNumber(perWeek, 3);
    QTest::keyClick(perWeek, Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    olga = storedPlan(w.t.db(), u"trainer@example.ru"_s);
    CHECK(olga.perWeek == 3);
    CHECK(olga.channels.isEmpty());
    CHECK(table->model()->index(olgaRow, AssignmentPlanModel::PerWeek).data().toInt() == 3);
    const QList<AuditEntry> audit = AuditLog(w.t.db()).list(u"assignment_plan"_s, u"trainer@example.ru"_s).value();
    REQUIRE(audit.size() == 2);
    CHECK(audit.last().actorId == w.admin);
    CHECK(audit.last().after.value(u"per_week"_s).toInt() == 3);

    // A plan naming a card that has since gone: the dialog names the field and stays open.
    AssignmentPlan viktor;
    viktor.trainerId = w.secondTrainer;
    viktor.perWeek = 2;
    viktor.scorecards = {u"retired-card"_s};
    REQUIRE(AssignmentStore(w.t.db()).savePlan(viktor).has_value());
    // Виктор may evaluate only l2 (Ольга both): the dialog says so beside l1.
    REQUIRE(PeopleStore(w.t.db()).setEvaluableTeams(w.secondTrainer, {u"l2"_s}).has_value());
    REQUIRE(PeopleStore(w.t.db()).setEvaluableTeams(w.trainer, {u"l1"_s, u"l2"_s}).has_value());
    panel->reload();
    clickRow(table, 0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"editPlanButton"_s), Qt::LeftButton);
    dialog = visibleDialog(*panel);
    REQUIRE(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePlanButton"_s), Qt::LeftButton);
    REQUIRE(dialog->isVisible());
    auto *teams = dialog->findChild<QListWidget *>(u"planTeams"_s);
    CHECK(teams->item(0)->text() == u"First line (l1) — not permitted for this trainer"_s);
    CHECK(teams->item(1)->text() == u"Second line (l2)"_s);
    auto *cardError = dialog->findChild<QLabel *>(u"planScorecardsError"_s);
    CHECK(cardError->isVisible());
    CHECK(cardError->text() == u"scorecards: no scorecard \"retired-card\""_s);
    CHECK_FALSE(dialog->findChild<QLabel *>(u"planPerWeekError"_s)->isVisible());
    screenshot(*dialog, u"assignment-plan-dialog-error.png"_s);
    toggleWithKeys(dialog->findChild<QListWidget *>(u"planScorecards"_s), u"retired-card"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePlanButton"_s), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(storedPlan(w.t.db(), u"second@example.ru"_s).scorecards.isEmpty());

    // Pause Виктор's plan: kept, greyed, skipped by the draw.
    auto *pause = panel->findChild<QPushButton *>(u"pausePlanButton"_s);
    REQUIRE(pause->text() == u"Pa&use plan"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK_FALSE(storedPlan(w.t.db(), u"second@example.ru"_s).active);
    CHECK(storedPlan(w.t.db(), u"second@example.ru"_s).perWeek == 2);
    CHECK(table->model()->index(0, AssignmentPlanModel::State).data().toString() == u"paused"_s);
    CHECK(pause->text() == u"Res&ume plan"_s);
    screenshot(window, u"assignment-plans.png"_s);

    // The draw uses the plans: 3 tickets of team l1 for Ольга, none for Виктор.
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
    auto *week = page->findChild<QLineEdit *>(u"assignmentWeek"_s);
    week->selectAll();
    QTest::keyClicks(week, u"2026-W47"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"drawSeed"_s), u"47"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"drawButton"_s), Qt::LeftButton);
    auto *tasks = page->findChild<QTableView *>(u"taskTable"_s);
    INFO(page->findChild<QLabel *>(u"assignmentStatus"_s)->text().toStdString());
    REQUIRE(tasks->model()->rowCount() == 3);
    const QList<AssignmentTask> drawn = AssignmentService(w.t.db()).tasks(u"2026-W47"_s).value();
    for (const AssignmentTask &task : drawn) {
        CHECK(task.trainerEmail == u"trainer@example.ru"_s);
        CHECK(task.team == u"l1"_s);
    }
}
