// The admin's people page, driven with real mouse and key events; its model checked with
// QAbstractItemModelTester.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "people/PeopleAdminPage.h"
#include "people/PeopleModel.h"
#include "storage/AuditLog.h"
#include "support/AssignmentWorkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

void check(QListWidget *list, const QString &slug)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == slug) {
            QListWidgetItem *item = list->item(i);
            list->scrollToItem(item);
            const QRect rect = list->visualItemRect(item);
            // The check box sits at the item's left edge.
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
            return;
        }
    }
    FAIL("no team " << slug.toStdString());
}

} // namespace

TEST_CASE("the people model obeys the item model contract", "[ui][model][people]")
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Person trainer;
    trainer.email = u"t@x.ru"_s;
    trainer.name = u"Ольга"_s;
    trainer.roles = {Role::Trainer};
    trainer.evaluableTeams = {u"l1"_s};
    Person engineer;
    engineer.email = u"e@x.ru"_s;
    engineer.roles = {Role::Engineer};
    model.setPeople({trainer, engineer}, false);
    CHECK(model.index(0, PeopleModel::Evaluates).data().toString() == u"every team"_s);
    CHECK(model.index(1, PeopleModel::Evaluates).data().toString().isEmpty());
    model.setPeople({trainer, engineer}, true);
    CHECK(model.index(0, PeopleModel::Evaluates).data().toString() == u"l1"_s);
    CHECK(model.rowOf(u"e@x.ru"_s) == 1);
    model.setPeople({}, true);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("an admin adds a trainer with roles, teams and evaluable teams on the people page", "[ui][people]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    MainWindow window;
    openAs(window, w.t.url(), false, u"admin@example.ru"_s);
    auto *action = window.findChild<QAction *>(u"peopleAction"_s);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *page = window.findChild<PeopleAdminPage *>();
    REQUIRE(currentPage(window) == page);
    auto *table = page->findChild<QTableView *>(u"peopleTable"_s);
    CHECK(table->model()->rowCount() == 3);

    QTest::keyClicks(page->findChild<QLineEdit *>(u"newTeamId"_s), u"vip"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"addTeamButton"_s), Qt::LeftButton);
    auto *status = page->findChild<QLabel *>(u"peopleStatus"_s);
    CHECK(status->text().contains(u"Team vip added"_s));

    QTest::mouseClick(page->findChild<QPushButton *>(u"newPersonButton"_s), Qt::LeftButton);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"personEmail"_s), u"irina@example.ru"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"personName"_s), u"Irina"_s);
    QTest::mouseClick(page->findChild<QCheckBox *>(u"role_trainer"_s), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QCheckBox *>(u"role_team_lead"_s), Qt::LeftButton);
    check(page->findChild<QListWidget *>(u"personTeams"_s), u"l2"_s);
    check(page->findChild<QListWidget *>(u"personEvaluates"_s), u"vip"_s);
    check(page->findChild<QListWidget *>(u"personEvaluates"_s), u"l2"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"savePersonButton"_s), Qt::LeftButton);
    INFO(status->text().toStdString());
    CHECK(status->text().contains(u"Irina added"_s));
    const Person irina = PeopleStore(w.t.db()).findByEmail(u"irina@example.ru"_s).value().value();
    CHECK(irina.hasRole(Role::Trainer));
    CHECK(irina.hasRole(Role::TeamLead));
    CHECK(irina.teams == QStringList{u"l2"_s});
    CHECK(irina.evaluableTeams == (QStringList{u"l2"_s, u"vip"_s}));
    CHECK(table->model()->rowCount() == 4);
    CHECK(AuditLog(w.t.db()).list(u"person"_s, u"irina@example.ru"_s).value().size() == 1);
    screenshot(window, u"people-admin.png"_s);

    // The core's rule shows through: the last admin keeps the role.
    const int adminRow = static_cast<PeopleModel *>(table->model())->rowOf(u"admin@example.ru"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(adminRow, PeopleModel::Name)).center());
    CHECK(page->findChild<QLineEdit *>(u"personEmail"_s)->text() == u"admin@example.ru"_s);
    QTest::mouseClick(page->findChild<QCheckBox *>(u"role_admin"_s), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(u"savePersonButton"_s), Qt::LeftButton);
    CHECK(status->text().contains(u"last admin"_s));
    CHECK(PeopleStore(w.t.db()).findByEmail(u"admin@example.ru"_s).value()->hasRole(Role::Admin));
}

TEST_CASE("people and assignments are admin pages only", "[ui][people][roles]")
{
    AssignmentWorkspace w(Backend::Sqlite);
    MainWindow window;
    openAs(window, w.t.url(), false, u"trainer@example.ru"_s);
    CHECK_FALSE(window.findChild<QAction *>(u"peopleAction"_s)->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(u"assignmentsAction"_s)->isEnabled());
    // Even if the page were reached, the service refuses a trainer.
    auto *page = window.findChild<PeopleAdminPage *>();
    page->setContext(&w.t.db(), PeopleStore(w.t.db()).findByEmail(u"trainer@example.ru"_s).value().value());
    QTest::keyClicks(page->findChild<QLineEdit *>(u"personEmail"_s), u"x@example.ru"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"savePersonButton"_s), Qt::LeftButton);
    CHECK(page->findChild<QLabel *>(u"peopleStatus"_s)->text().contains(u"only an admin may add people"_s));
    CHECK_FALSE(PeopleStore(w.t.db()).findByEmail(u"x@example.ru"_s).value().has_value());
}
