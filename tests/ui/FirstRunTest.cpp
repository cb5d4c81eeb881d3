// The first run: the welcome page's three ways into a workspace, the first QA admin of a new
// workspace, the first helpdesk, and Help → About.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "about/AboutDialog.h"
#include "sources/SourcesPage.h"
#include "people/IdentityPage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/PeopleStore.h"
#include "storage/WorkspaceLocation.h"
#include "support/PostgresServer.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// Each test starts as a first run: no remembered workspace, data folders of the test mode.
struct FirstRun
{
    FirstRun()
    {
        QStandardPaths::setTestModeEnabled(true);
        WorkspaceLocation::forget();
    }
    ~FirstRun()
    {
        WorkspaceLocation::forget();
        QStandardPaths::setTestModeEnabled(false);
    }
};

template <typename T>
T *child(QWidget &window, const QString &name)
{
    T *widget = window.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

void click(QWidget &window, const QString &buttonName)
{
    auto *button = child<QAbstractButton>(window, buttonName);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeInto(QWidget &window, const QString &editName, const QString &text)
{
    auto *edit = child<QLineEdit>(window, editName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else { // QTest's keyClick knows only ASCII: send the letter as a key event with its text
            QTest::sendKeyEvent(QTest::Press, edit, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, edit, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
        }
    }
    REQUIRE(edit->text() == text);
}

WelcomePage *welcomeShown(MainWindow &window)
{
    auto *welcome = window.findChild<WelcomePage *>();
    REQUIRE(currentPage(window) == welcome);
    return welcome;
}

} // namespace

TEST_CASE("a first run offers the demo, a new workspace or a team database, and the demo is remembered",
          "[ui][welcome]")
{
    const FirstRun firstRun;
    REQUIRE_FALSE(WorkspaceLocation::chosen({}).has_value());
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.showWelcome();
    WelcomePage *welcome = welcomeShown(window);
    CHECK(welcome->stage() == WelcomePage::Stage::Choose);
    for (const QString &choice : {u"demoChoice"_s, u"newWorkspaceChoice"_s, u"teamDatabaseChoice"_s})
        CHECK(child<QCommandLinkButton>(window, choice)->isVisible());
    screenshot(window, u"welcome.png"_s);

    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    click(window, u"demoChoice"_s);
    REQUIRE(ready.wait(60000));
    CHECK(currentPage(window) == window.findChild<IdentityPage *>());
    CHECK(window.database()->url().display() == WorkspaceLocation::defaultUrl());
    // The next start opens it without asking.
    CHECK(WorkspaceLocation::chosen({}).value_or(QString()) == WorkspaceLocation::defaultUrl());
}

TEST_CASE("a new workspace makes its creator the QA admin, then offers the first helpdesk", "[ui][welcome]")
{
    const FirstRun firstRun;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team/qa.qadesk"_s);
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.showWelcome();
    click(window, u"newWorkspaceChoice"_s);
    WelcomePage *welcome = welcomeShown(window);
    REQUIRE(welcome->stage() == WelcomePage::Stage::NewWorkspace);
    CHECK_FALSE(child<QLineEdit>(window, u"workspaceFile"_s)->text().isEmpty()); // a sensible default

    typeInto(window, u"workspaceFile"_s, path);
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    click(window, u"createWorkspaceButton"_s);
    REQUIRE(ready.wait(30000));
    CHECK(QFile::exists(path));
    REQUIRE(welcome->stage() == WelcomePage::Stage::AboutYou); // nobody has claimed it yet
    CHECK(currentPage(window) == welcome);

    // Bad input is answered on the page, naming the field; nothing is created.
    typeInto(window, u"adminName"_s, u"Елена Кузнецова"_s);
    typeInto(window, u"adminEmail"_s, u"elena at example"_s);
    click(window, u"createAdminButton"_s);
    auto *problem = child<QLabel>(window, u"welcomeProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"email"_s));
    CHECK(PeopleStore(*window.database()).list().value().isEmpty());
    screenshot(window, u"welcome-about-you.png"_s);

    typeInto(window, u"adminEmail"_s, u"Elena@Example.com"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(welcome->stage() == WelcomePage::Stage::NextSteps);
    CHECK(window.person().email == u"elena@example.com"_s);
    CHECK(window.person().name == u"Елена Кузнецова"_s);
    CHECK(window.person().hasRole(Role::Admin));
    CHECK(window.person().hasRole(Role::Trainer));
    const QList<AuditEntry> audit = AuditLog(*window.database()).list(u"person"_s, QString::number(window.person().id)).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"workspace.first_admin"_s);
    screenshot(window, u"welcome-next-steps.png"_s);

    click(window, u"addSourceChoice"_s);
    CHECK(currentPage(window) == window.findChild<SourcesPage *>());

    // The next start opens this workspace as this person.
    REQUIRE(WorkspaceLocation::chosen({}).has_value());
    MainWindow again;
    openAs(again, *WorkspaceLocation::chosen({}), false, {});
    CHECK(again.database()->url().path == QFileInfo(path).absoluteFilePath());
    CHECK(again.person().email == u"elena@example.com"_s);
}

TEST_CASE("a team database that cannot be reached is explained on the welcome page", "[ui][welcome]")
{
    const FirstRun firstRun;
    MainWindow window;
    window.show();
    window.showWelcome();
    click(window, u"teamDatabaseChoice"_s);
    WelcomePage *welcome = welcomeShown(window);
    REQUIRE(welcome->stage() == WelcomePage::Stage::TeamDatabase);

    click(window, u"connectDatabaseButton"_s); // no server given yet
    auto *problem = child<QLabel>(window, u"welcomeProblem"_s);
    CHECK(problem->text().startsWith(u"Server:"_s));

    typeInto(window, u"databaseHost"_s, u"127.0.0.1"_s);
    child<QSpinBox>(window, u"databasePort"_s)->setValue(1);
    typeInto(window, u"databaseUser"_s, u"nobody"_s);
    typeInto(window, u"databasePassword"_s, u"s3cret-pass"_s);
    click(window, u"connectDatabaseButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible() && problem->text().contains(u"could not be opened"_s), 20000);
    CHECK_FALSE(problem->text().contains(u"s3cret-pass"_s)); // never the password
    CHECK(currentPage(window) == welcome);
    CHECK(child<QPushButton>(window, u"connectDatabaseButton"_s)->isEnabled()); // try again
    CHECK_FALSE(WorkspaceLocation::chosen({}).has_value());
    screenshot(window, u"welcome-team-database.png"_s);
}

TEST_CASE("a team PostgreSQL database opens from the welcome page and is remembered without a password",
          "[ui][welcome][postgres]")
{
    const FirstRun firstRun;
    const DatabaseUrl server = DatabaseUrl::parse(PostgresServer::instance().createDatabase()).value();
    MainWindow window;
    window.show();
    window.showWelcome();
    click(window, u"teamDatabaseChoice"_s);
    typeInto(window, u"databaseHost"_s, server.host);
    child<QSpinBox>(window, u"databasePort"_s)->setValue(server.port);
    typeInto(window, u"databaseName"_s, server.database);
    typeInto(window, u"databaseUser"_s, server.user);
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    click(window, u"connectDatabaseButton"_s);
    REQUIRE(ready.wait(30000));
    CHECK(window.database()->url().kind == DatabaseUrl::Kind::Postgres);
    CHECK(welcomeShown(window)->stage() == WelcomePage::Stage::AboutYou); // an empty team database
    CHECK(WorkspaceLocation::remembered() == server.display());
    CHECK_FALSE(WorkspaceLocation::passwordInKeychain());
}

TEST_CASE("Help → About shows the version, the licence and where the workspace is", "[ui][about]")
{
    const FirstRun firstRun;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"about.qadesk"_s);
    MainWindow window;
    openAs(window, u"sqlite:"_s + path, false, {});
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    REQUIRE(about);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, u"aboutVersion"_s)->text() == QStringLiteral(QADESK_VERSION));
    CHECK(child<QLabel>(*dialog, u"aboutTitle"_s)->text().contains(QStringLiteral(QADESK_VERSION)));
    CHECK(child<QLabel>(*dialog, u"aboutLicence"_s)->text().contains(u"GPL-3.0-or-later"_s));
    CHECK(child<QLabel>(*dialog, u"aboutWorkspace"_s)->text().contains(QDir::toNativeSeparators(path)));
    CHECK(child<QPlainTextEdit>(*dialog, u"licenceText"_s)->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    screenshot(*dialog, u"about.png"_s);
    dialog->reject();
}

TEST_CASE("no two menu commands share a keyboard shortcut", "[ui][keys]")
{
    MainWindow window;
    QHash<QString, QString> owner;
    int checked = 0;
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString();
                INFO(text.toStdString() << ": " << action->text().toStdString() << " and "
                                        << owner.value(text).toStdString());
                CHECK_FALSE(owner.contains(text));
                owner.insert(text, action->text());
                ++checked;
            }
        }
    }
    CHECK(checked >= 5); // My work, My scores, the dashboard, disputes, notifications, quit, …
}
