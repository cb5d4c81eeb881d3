// The admin's assignments page and the trainer's "Assigned to me" inbox, driven with real
// mouse and key events; the item models checked with QAbstractItemModelTester.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "assignments/AssignmentProgressModel.h"
#include "assignments/AssignmentService.h"
#include "assignments/AssignmentTaskModel.h"
#include "assignments/AssignmentsPage.h"
#include "evaluation/EvaluationPage.h"
#include "inbox/InboxFilterModel.h"
#include "inbox/InboxModel.h"
#include "storage/AuditLog.h"
#include "support/AssignmentWorkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

AssignmentTask task(qint64 id, const QString &trainer, bool done, const QDate &due)
{
    AssignmentTask t;
    t.id = id;
    t.week = u"2026-W47"_s;
    t.trainerEmail = trainer;
    t.trainerName = trainer;
    t.ticketExternalId = QString::number(100 + id);
    t.ticketSubject = u"Тикет"_s;
    t.engineerEmail = u"e@example.ru"_s;
    t.dueDate = due;
    t.done = done;
    return t;
}

void clickRow(QTableView *table, int row, int column = 0)
{
    const QRect rect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

// A workspace where week 2026-W47 can be drawn: 4 engineers with 3 tickets each solved in W46.
void fill(AssignmentWorkspace &w)
{
    const IsoWeek w47 = IsoWeek::parse(u"2026-W47"_s).value();
    w.ticketsSolvedIn(w47.previous(), w.engineers(u"l1"_s, 4), u"l1"_s, 3, u"t"_s);
    AssignmentPlan plan;
    plan.trainerEmail = u"trainer@example.ru"_s;
    plan.perWeek = 4;
    REQUIRE(AssignmentService(w.t.db()).setPlan(plan, w.admin).has_value());
    plan.trainerEmail = u"second@example.ru"_s;
    plan.perWeek = 2;
    REQUIRE(AssignmentService(w.t.db()).setPlan(plan, w.admin).has_value());
}

} // namespace

TEST_CASE("the assignment models obey the item model contract", "[ui][model][assignments]")
{
    AssignmentTaskModel tasks;
    QAbstractItemModelTester taskTester(&tasks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate due(2026, 11, 20);
    tasks.setTasks({task(1, u"a@x.ru"_s, false, due), task(2, u"a@x.ru"_s, true, due), task(3, u"b@x.ru"_s, false, due)},
                   QDate(2026, 11, 21));
    CHECK(tasks.rowCount() == 3);
    CHECK(tasks.index(0, AssignmentTaskModel::State).data().toString() == u"overdue"_s);
    CHECK(tasks.index(1, AssignmentTaskModel::State).data().toString() == u"done"_s);
    CHECK(tasks.index(0, AssignmentTaskModel::Id).data(AssignmentTaskModel::TaskIdRole).toLongLong() == 1);
    tasks.setTasks({task(1, u"a@x.ru"_s, false, due)}, QDate(2026, 11, 20));
    CHECK(tasks.index(0, AssignmentTaskModel::State).data().toString() == u"to do"_s);
    tasks.setTasks({}, QDate(2026, 11, 20));
    CHECK(tasks.rowCount() == 0);

    AssignmentProgressModel progress;
    QAbstractItemModelTester progressTester(&progress, QAbstractItemModelTester::FailureReportingMode::Fatal);
    progress.setProgress({{1, u"a@x.ru"_s, u"Ольга"_s, 10, 4, 2}, {2, u"b@x.ru"_s, u""_s, 3, 3, 0}});
    CHECK(progress.index(0, AssignmentProgressModel::Trainer).data().toString() == u"Ольга"_s);
    CHECK(progress.index(1, AssignmentProgressModel::Trainer).data().toString() == u"b@x.ru"_s);
    CHECK(progress.index(0, AssignmentProgressModel::Overdue).data().toInt() == 2);
    progress.setProgress({});

    // The inbox's "Assigned to me" view, due column and overdue mark.
    InboxModel inbox;
    QAbstractItemModelTester inboxTester(&inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFilterModel proxy;
    proxy.setSourceModel(&inbox);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxItem assigned;
    assigned.ticket.id = 1;
    assigned.state = InboxItem::State::ToEvaluate;
    assigned.assignmentId = 7;
    assigned.dueDate = due;
    InboxItem plain;
    plain.ticket.id = 2;
    plain.state = InboxItem::State::ToEvaluate;
    inbox.setToday(QDate(2026, 11, 23));
    inbox.setItems({assigned, plain});
    proxy.setView(InboxFilterModel::View::Assigned);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(InboxModel::TicketIdRole).toLongLong() == 1);
    CHECK(proxy.index(0, InboxModel::Due).data().toString().contains(u"overdue"_s));
    CHECK(proxy.index(0, 0).data(InboxModel::OverdueRole).toBool());
    CHECK(inbox.index(1, InboxModel::Due).data().toString().isEmpty());
    inbox.setToday(QDate(2026, 11, 20));
    CHECK_FALSE(proxy.index(0, InboxModel::Due).data().toString().contains(u"overdue"_s));
}

TEST_CASE("an admin draws a week, sees progress and reassigns and replaces a task with a reason",
          "[ui][assignments]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    fill(w);
    MainWindow window;
    openAs(window, w.t.url(), false, u"admin@example.ru"_s);
    auto *action = window.findChild<QAction *>(u"assignmentsAction"_s);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *page = window.findChild<AssignmentsPage *>();
    REQUIRE(currentPage(window) == page);
    page->setToday(QDate(2026, 11, 23));

    auto *week = page->findChild<QLineEdit *>(u"assignmentWeek"_s);
    week->selectAll();
    QTest::keyClicks(week, u"2026-W47"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"drawSeed"_s), u"2026"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"drawButton"_s), Qt::LeftButton);
    auto *status = page->findChild<QLabel *>(u"assignmentStatus"_s);
    INFO(status->text().toStdString());
    CHECK(status->text().contains(u"Drew 6 task"_s));
    CHECK(status->text().contains(u"for 2026-W47 with seed 2026"_s));
    auto *tasks = page->findChild<QTableView *>(u"taskTable"_s);
    auto *progress = page->findChild<QTableView *>(u"progressTable"_s);
    REQUIRE(tasks->model()->rowCount() == 6);
    REQUIRE(progress->model()->rowCount() == 2);
    // Trainers by email: Виктор (second@) first, then Ольга.
    CHECK(progress->model()->index(0, AssignmentProgressModel::Assigned).data().toInt() == 2);
    CHECK(progress->model()->index(1, AssignmentProgressModel::Trainer).data().toString() == u"Ольга"_s);
    CHECK(progress->model()->index(1, AssignmentProgressModel::Assigned).data().toInt() == 4);
    CHECK(progress->model()->index(1, AssignmentProgressModel::Overdue).data().toInt() == 4);
    CHECK(AuditLog(w.t.db()).list(u"assignment_draw"_s).value().size() == 1);

    // Reassign the first of Ольга's tasks to Виктор: the buttons wait for a reason.
    int olgasRow = -1;
    for (int r = 0; r < tasks->model()->rowCount() && olgasRow < 0; ++r) {
        if (tasks->model()->index(r, AssignmentTaskModel::Trainer).data().toString() == u"Ольга"_s)
            olgasRow = r;
    }
    REQUIRE(olgasRow >= 0);
    clickRow(tasks, olgasRow);
    auto *reassign = page->findChild<QPushButton *>(u"reassignButton"_s);
    auto *replace = page->findChild<QPushButton *>(u"replaceButton"_s);
    CHECK_FALSE(reassign->isEnabled());
    const qint64 taskId = tasks->model()->index(olgasRow, 0).data(AssignmentTaskModel::TaskIdRole).toLongLong();
    auto *trainer = page->findChild<QComboBox *>(u"reassignTrainer"_s);
    trainer->setCurrentIndex(trainer->findData(u"second@example.ru"_s));
    QTest::keyClicks(page->findChild<QLineEdit *>(u"changeReason"_s), u"on holiday"_s);
    REQUIRE(reassign->isEnabled());
    screenshot(window, u"assignments.png"_s);
    QTest::mouseClick(reassign, Qt::LeftButton);
    CHECK(status->text().contains(u"now belongs to Виктор"_s));
    const QList<AuditEntry> audit = AuditLog(w.t.db()).list(u"assignment"_s, QString::number(taskId)).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().reason == u"on holiday"_s);
    CHECK(AssignmentService(w.t.db()).progress(u"2026-W47"_s, QDate(2026, 11, 23)).value().at(0).assigned == 3);
    CHECK(progress->model()->index(1, AssignmentProgressModel::Assigned).data().toInt() == 3);

    // Replace it: the old task stays in the list as replaced.
    int row = -1;
    for (int r = 0; r < tasks->model()->rowCount(); ++r) {
        if (tasks->model()->index(r, 0).data(AssignmentTaskModel::TaskIdRole).toLongLong() == taskId)
            row = r;
    }
    REQUIRE(row >= 0);
    clickRow(tasks, row);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"changeReason"_s), u"spam ticket"_s);
    QTest::mouseClick(replace, Qt::LeftButton);
    CHECK(status->text().contains(u"replaced by task"_s));
    CHECK(tasks->model()->rowCount() == 7);
    CHECK(AuditLog(w.t.db()).list(u"assignment"_s, QString::number(taskId)).value().size() == 2);

    // The service's rule shows through: a second draw of the week is refused with its reason.
    QTest::mouseClick(page->findChild<QPushButton *>(u"drawButton"_s), Qt::LeftButton);
    CHECK(status->text().contains(u"drawn already"_s));
    screenshot(window, u"assignments-after-changes.png"_s);
}

TEST_CASE("a trainer sees assigned tasks with due dates in the inbox and starts one with Enter",
          "[ui][assignments][inbox]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    fill(w);
    AssignmentService::DrawRequest request{IsoWeek::parse(u"2026-W47"_s).value(), 99, {}, false};
    REQUIRE(AssignmentService(w.t.db()).draw(request, w.admin).has_value());
    // One task done already.
    const AssignmentTask done = AssignmentService(w.t.db()).tasks({}, u"trainer@example.ru"_s).value().first();
    w.evaluate(done.ticketId, w.trainer, done.engineerId);

    MainWindow window;
    openAs(window, w.t.url(), false, u"trainer@example.ru"_s);
    CHECK_FALSE(window.findChild<QAction *>(u"assignmentsAction"_s)->isEnabled()); // not an admin
    auto *view = window.findChild<QComboBox *>(u"inboxView"_s);
    auto *table = window.findChild<QTableView *>(u"ticketTable"_s);
    REQUIRE(view);
    // The overdue count is visible before the view is even chosen (the week is over).
    const int assignedIndex = view->findData(int(InboxFilterModel::View::Assigned));
    CHECK(view->itemText(assignedIndex) == u"Assigned to me (3 open, 3 overdue)"_s);

    table->setFocus();
    view->setFocus();
    while (view->currentIndex() != assignedIndex)
        QTest::keyClick(view, Qt::Key_Down);
    REQUIRE(table->model()->rowCount() == 4);
    for (int r = 0; r < 4; ++r) {
        const QString due = table->model()->index(r, InboxModel::Due).data().toString();
        CHECK((due == u"done"_s || due.contains(u"overdue"_s)));
    }
    screenshot(window, u"inbox-assigned.png"_s);

    // Open the first task still to do: Enter starts the evaluation.
    int row = -1;
    for (int r = 0; r < 4 && row < 0; ++r) {
        if (table->model()->index(r, 0).data(InboxModel::StateRole).toInt() == int(InboxItem::State::ToEvaluate))
            row = r;
    }
    REQUIRE(row >= 0);
    const qint64 ticketId = table->model()->index(row, 0).data(InboxModel::TicketIdRole).toLongLong();
    clickRow(table, row, InboxModel::Subject);
    QTest::keyClick(table, Qt::Key_Return);
    auto *evaluation = window.findChild<EvaluationPage *>();
    REQUIRE(currentPage(window) == evaluation);
    CHECK(evaluation->ticketId() == ticketId);
}
