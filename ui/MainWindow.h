#pragma once

#include "domain/Person.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QAction;
class QMenu;

namespace qadesk {
class Database;
class TokenVault;
class WorkspacePreparer;
}

namespace qadesk::ui {

class DisputesFeature;
class AssignmentsPage;
class PeopleAdminPage;
class DashboardPage;
class EvaluationPage;
class IdentityPage;
class InboxPage;
class MailPage;
class MyScoresPage;
class ScorecardsPage;
class SourcesPage;
class WelcomePage;

// The window: a loading page while the workspace opens, "who are you?" when the person is not
// known yet, then the trainer's "My work" and evaluation pages, or the engineer's "My scores".
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace off the GUI thread (seeding the demo data on first start when asked).
    // `personEmail` picks who is working; empty: the remembered person, else ask.
    void openWorkspace(const QString &databaseUrl, bool seedDemo, const QString &personEmail = {});
    // First run, or File → Switch workspace: the demo, a workspace file or a team database.
    void showWelcome();
    [[nodiscard]] Database *database() const { return m_db.get(); }
    [[nodiscard]] const Person &person() const { return m_person; }
    // Shows a ticket on the evaluation page; starting creates the person's draft.
    void openTicket(qint64 ticketId);
    void startEvaluation(qint64 ticketId);

Q_SIGNALS:
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void prepare(const QString &databaseUrl, bool seedDemo);
    void openFromWelcome(const QString &databaseUrl, bool seedDemo, const QString &password);
    void onPrepared(bool ok, const QString &errorMessage, bool seeded);
    void rememberWorkspace();
    void createFirstAdmin(const QString &name, const QString &email);
    void setPerson(const Person &person);
    void askWhoIsWorking();
    void showWork();
    void showMyScores();
    void showSources();
    // Mail (issue 8): Settings -> Mail and the background sender, kept together here.
    void setUpMail(QMenu *settingsMenu);
    void showMail();
    void openAdjacent(int step);
    void showAbout();
    void createMenus();
    [[nodiscard]] QString identityKey() const;
    // Scorecard administration (Settings -> Scorecards).
    [[nodiscard]] QMenu *settingsMenu() const;
    void setUpScorecardAdmin(QMenu *settings);
    void showScorecards();

    std::unique_ptr<Database> m_db;
    // The workspace being switched from stays open until every page has the new one.
    std::unique_ptr<Database> m_previousDb;
    QString m_databaseUrl;
    bool m_fromWelcome = false;
    QString m_welcomePassword;
    QString m_requestedPerson;
    Person m_person;
    WorkspacePreparer *m_preparer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_statusPage = nullptr;
    IdentityPage *m_identityPage = nullptr;
    InboxPage *m_inboxPage = nullptr;
    EvaluationPage *m_evaluationPage = nullptr;
    MyScoresPage *m_scoresPage = nullptr;
    SourcesPage *m_sourcesPage = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    TokenVault *m_vault = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_workAction = nullptr;
    QAction *m_scoresAction = nullptr;
    QLabel *m_personLabel = nullptr;
    DisputesFeature *m_disputes = nullptr; // disputes, oversight, notifications

    // --- Administration: people and assignments (issue 5) ---
    void createAdminPages();
    void showAssignments();
    void showPeopleAdmin();
    AssignmentsPage *m_assignmentsPage = nullptr;
    PeopleAdminPage *m_peopleAdminPage = nullptr;
    QAction *m_assignmentsAction = nullptr;
    QAction *m_peopleAction = nullptr;

    // KPI dashboard (issue 7)
    void setUpDashboard();
    void showDashboard();
    DashboardPage *m_dashboardPage = nullptr;
    QAction *m_dashboardAction = nullptr;
    MailPage *m_mailPage = nullptr;
    QAction *m_mailAction = nullptr;
    ScorecardsPage *m_scorecardsPage = nullptr;
    QAction *m_scorecardsAction = nullptr;
};

} // namespace qadesk::ui
