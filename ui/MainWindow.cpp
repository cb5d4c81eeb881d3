#include "MainWindow.h"

#include "about/AboutDialog.h"
#include "disputes/DisputesFeature.h"
#include "assignments/AssignmentsPage.h"
#include "dashboard/DashboardPage.h"
#include "evaluation/EvaluationPage.h"
#include "inbox/InboxPage.h"
#include "people/IdentityPage.h"
#include "people/PeopleAdminPage.h"
#include "scorecards/ScorecardsPage.h"
#include "scores/MyScoresPage.h"
#include "helpdesk/KeychainTokenVault.h"
#include "sources/SourcesPage.h"
#include "mail/MailPage.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/PeopleStore.h"
#include "storage/WorkspaceLocation.h"
#include "welcome/WelcomePage.h"
#include "workspace/WorkspacePreparer.h"
#include "workspace/WorkspaceSetup.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_statusPage(new QLabel(this))
    , m_identityPage(new IdentityPage(this))
    , m_inboxPage(new InboxPage(this))
    , m_evaluationPage(new EvaluationPage(this))
    , m_scoresPage(new MyScoresPage(this))
    , m_sourcesPage(new SourcesPage(this))
    , m_welcomePage(new WelcomePage(this))
    , m_vault(new KeychainTokenVault(this))
    , m_personLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("QA Desk"));
    m_statusPage->setObjectName(u"statusPage"_s);
    m_statusPage->setAlignment(Qt::AlignCenter);
    m_statusPage->setWordWrap(true);
    m_statusPage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *page : {static_cast<QWidget *>(m_statusPage), static_cast<QWidget *>(m_identityPage),
                          static_cast<QWidget *>(m_inboxPage), static_cast<QWidget *>(m_evaluationPage),
                          static_cast<QWidget *>(m_scoresPage), static_cast<QWidget *>(m_sourcesPage),
                          static_cast<QWidget *>(m_welcomePage)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_personLabel);
    // Disputes: their pages, menu and notifications button live in DisputesFeature.
    m_disputes = new DisputesFeature(this, m_stack);
    connect(m_disputes, &DisputesFeature::aboutToShowPage, m_evaluationPage, &EvaluationPage::flush);
    connect(m_disputes, &DisputesFeature::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_disputes, &DisputesFeature::disputesChanged, m_scoresPage, &MyScoresPage::reload);
    connect(m_scoresPage, &MyScoresPage::disputeRequested, m_disputes, &DisputesFeature::openDisputeOn);
    createMenus();
    createAdminPages();
    setUpDashboard();
    setUpScorecardAdmin(settingsMenu());

    connect(m_identityPage, &IdentityPage::chosen, this, &MainWindow::setPerson);
    connect(m_welcomePage, &WelcomePage::demoRequested, this,
            [this] { openFromWelcome(WorkspaceLocation::defaultUrl(), true, {}); });
    connect(m_welcomePage, &WelcomePage::fileRequested, this,
            [this](const QString &path) { openFromWelcome(u"sqlite:"_s + path, false, {}); });
    connect(m_welcomePage, &WelcomePage::teamDatabaseRequested, this,
            [this](const QString &url, const QString &password) { openFromWelcome(url, false, password); });
    connect(m_welcomePage, &WelcomePage::firstAdminRequested, this, &MainWindow::createFirstAdmin);
    connect(m_welcomePage, &WelcomePage::addSourceRequested, this, &MainWindow::showSources);
    connect(m_welcomePage, &WelcomePage::finished, this, &MainWindow::showWork);
    connect(m_inboxPage, &InboxPage::startRequested, this, &MainWindow::startEvaluation);
    connect(m_inboxPage, &InboxPage::openRequested, this, &MainWindow::openTicket);
    connect(m_evaluationPage, &EvaluationPage::backRequested, this, &MainWindow::showWork);
    connect(m_evaluationPage, &EvaluationPage::adjacentRequested, this, &MainWindow::openAdjacent);
    connect(m_evaluationPage, &EvaluationPage::evaluationChanged, m_inboxPage, &InboxPage::reload);
    connect(m_sourcesPage, &SourcesPage::ticketsChanged, m_inboxPage, &InboxPage::reload);
    connect(m_evaluationPage, &EvaluationPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1360, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_workAction = file->addAction(tr("My &work"), this, &MainWindow::showWork);
    m_workAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_scoresAction = file->addAction(tr("My &scores"), this, &MainWindow::showMyScores);
    m_scoresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    file->addAction(tr("Switch &person…"), this, &MainWindow::askWhoIsWorking);
    file->addAction(tr("Switch w&orkspace…"), this, &MainWindow::showWelcome)->setObjectName(u"switchWorkspaceAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_disputes->addMenu(menuBar());
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(u"settingsMenu"_s);
    m_sourcesAction = settings->addAction(tr("&Sources…"), this, &MainWindow::showSources);
    m_sourcesAction->setEnabled(false);
    setUpMail(settings);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(u"ui/language"_s).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System language")}, {u"ru"_s, u"Русский"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"ui/language"_s, code);
            statusBar()->showMessage(tr("The language changes when QA Desk starts again."), 8000);
        });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QA Desk"), this, &MainWindow::showAbout)->setObjectName(u"aboutAction"_s);
    m_workAction->setEnabled(false);
    m_scoresAction->setEnabled(false);
}

void MainWindow::openWorkspace(const QString &databaseUrl, bool seedDemo, const QString &personEmail)
{
    m_requestedPerson = personEmail;
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(databaseUrl);
    const bool secretInKeychain = parsed && parsed->kind == DatabaseUrl::Kind::Postgres && parsed->password.isEmpty()
                                  && databaseUrl == WorkspaceLocation::remembered()
                                  && WorkspaceLocation::passwordInKeychain();
    if (!secretInKeychain) {
        prepare(databaseUrl, seedDemo);
        return;
    }
    m_statusPage->setText(tr("Opening the workspace…"));
    m_stack->setCurrentWidget(m_statusPage);
    m_vault->read(WorkspaceLocation::secretName(databaseUrl), [this, databaseUrl](Result<QString> password) {
        // Without the keychain the server may still let us in (a .pgpass file, trust); if not,
        // its refusal is shown and the welcome page asks again.
        prepare(DatabaseUrl::withPassword(databaseUrl, password.value_or(QString())), false);
    });
}

void MainWindow::prepare(const QString &databaseUrl, bool seedDemo)
{
    m_databaseUrl = databaseUrl;
    m_statusPage->setText(seedDemo ? tr("Preparing the demo workspace…") : tr("Opening the workspace…"));
    if (!m_fromWelcome)
        m_stack->setCurrentWidget(m_statusPage);
    delete m_preparer; // the previous one has finished; this waits for its thread
    m_preparer = new WorkspacePreparer(this);
    connect(m_preparer, &WorkspacePreparer::finished, this, &MainWindow::onPrepared);
    m_preparer->start(databaseUrl, seedDemo);
}

void MainWindow::showWelcome()
{
    m_evaluationPage->flush();
    m_welcomePage->showStage(WelcomePage::Stage::Choose);
    m_stack->setCurrentWidget(m_welcomePage);
}

void MainWindow::openFromWelcome(const QString &databaseUrl, bool seedDemo, const QString &password)
{
    m_fromWelcome = true;
    m_welcomePassword = password;
    m_requestedPerson.clear();
    prepare(DatabaseUrl::withPassword(databaseUrl, password), seedDemo);
}

QString MainWindow::identityKey() const
{
    // By the URL without its password, so a changed password keeps the remembered person.
    const QString url = m_db ? m_db->url().display() : m_databaseUrl;
    return u"identity/"_s + QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void MainWindow::onPrepared(bool ok, const QString &errorMessage, bool seeded)
{
    QString problem = errorMessage;
    std::unique_ptr<Database> opened;
    if (ok) {
        // The schema is current now, so this connection opens at once.
        Result<std::unique_ptr<Database>> db = Database::open(m_databaseUrl);
        if (db)
            opened = std::move(*db);
        else
            problem = db.error().message;
    }
    if (!opened) {
        if (m_fromWelcome) {
            m_fromWelcome = false;
            m_welcomePage->showProblem(tr("The workspace could not be opened: %1").arg(problem));
        } else {
            m_statusPage->setText(tr("The workspace could not be opened.\n\n%1").arg(problem));
            m_stack->setCurrentWidget(m_statusPage);
        }
        return;
    }
    m_previousDb = std::move(m_db);
    m_db = std::move(opened);
    if (m_fromWelcome)
        rememberWorkspace();
    setWindowTitle(tr("QA Desk — %1").arg(m_db->url().display()));
    if (seeded)
        statusBar()->showMessage(tr("Demo workspace created."), 8000);

    const QString wanted = !m_requestedPerson.isEmpty() ? m_requestedPerson : QSettings().value(identityKey()).toString();
    if (!wanted.isEmpty()) {
        if (const Result<std::optional<Person>> person = PeopleStore(*m_db).findByEmail(wanted); person && *person) {
            setPerson(**person);
            Q_EMIT workspaceReady();
            return;
        }
    }
    askWhoIsWorking();
    Q_EMIT workspaceReady();
}

void MainWindow::rememberWorkspace()
{
    m_fromWelcome = false;
    const QString url = m_db->url().display();
    const QString password = std::exchange(m_welcomePassword, QString());
    WorkspaceLocation::remember(url, !password.isEmpty());
    if (password.isEmpty())
        return;
    m_vault->write(WorkspaceLocation::secretName(url), password, [this](Status stored) {
        if (!stored)
            statusBar()->showMessage(tr("The password could not be kept in the system keychain (%1); QA Desk "
                                        "will ask for it next time.")
                                         .arg(stored.error().message),
                                     10000);
    });
}

void MainWindow::createFirstAdmin(const QString &name, const QString &email)
{
    if (!m_db)
        return;
    const QString language = QLocale().language() == QLocale::Russian ? u"ru"_s : u"en"_s;
    const Result<Person> admin = WorkspaceSetup::createFirstAdmin(*m_db, name, email, language);
    if (!admin) {
        m_welcomePage->showProblem(admin.error().message);
        return;
    }
    setPerson(*admin);
    m_welcomePage->showStage(WelcomePage::Stage::NextSteps);
    m_stack->setCurrentWidget(m_welcomePage);
}

void MainWindow::askWhoIsWorking()
{
    if (!m_db)
        return;
    m_evaluationPage->flush();
    const Result<QList<Person>> people = PeopleStore(*m_db).list();
    if (people && people->isEmpty()) {
        // Nobody has claimed this workspace yet: its first person becomes the QA admin.
        m_welcomePage->showStage(WelcomePage::Stage::AboutYou);
        m_stack->setCurrentWidget(m_welcomePage);
        return;
    }
    if (!people) {
        m_statusPage->setText(tr("People could not be read: %1").arg(people.error().message));
        m_stack->setCurrentWidget(m_statusPage);
        return;
    }
    QString preselected = m_person.email;
    for (const Person &p : *people) {
        if (preselected.isEmpty() && p.hasRole(Role::Trainer))
            preselected = p.email;
    }
    m_identityPage->setPeople(*people, preselected);
    m_stack->setCurrentWidget(m_identityPage);
    m_identityPage->setFocus();
}

void MainWindow::setPerson(const Person &person)
{
    m_person = person;
    QSettings().setValue(identityKey(), person.email);
    m_personLabel->setText(person.name);
    const bool trains = person.hasRole(Role::Trainer) || person.hasRole(Role::Admin);
    m_workAction->setEnabled(trains);
    m_scoresAction->setEnabled(person.hasRole(Role::Engineer));
    m_sourcesAction->setEnabled(person.hasRole(Role::Admin));
    m_assignmentsAction->setEnabled(person.hasRole(Role::Admin));
    m_assignmentsPage->setContext(m_db.get(), person);
    m_peopleAction->setEnabled(person.hasRole(Role::Admin));
    m_peopleAdminPage->setContext(m_db.get(), person);
    m_sourcesPage->setContext(m_db.get(), m_vault);
    m_mailAction->setEnabled(true); // everyone chooses their own delivery; the rest is the admin's
    m_mailPage->setContext(m_db.get(), m_databaseUrl, m_vault, person.id, person.email);
    m_scorecardsAction->setEnabled(person.hasRole(Role::Admin));
    if (person.hasRole(Role::Admin))
        m_scorecardsPage->setContext(m_db.get(), person);
    m_evaluationPage->setContext(m_db.get(), person);
    m_inboxPage->setContext(m_db.get(), person);
    m_scoresPage->setContext(m_db.get(), person);
    m_disputes->setContext(m_db.get(), person);
    m_dashboardPage->setContext(m_db.get(), person); // reads nothing until shown
    m_previousDb.reset(); // no page refers to it any more
    m_dashboardAction->setEnabled(true);
    if (trains)
        showWork();
    else
        showMyScores();
}

void MainWindow::showWork()
{
    if (!m_db || !m_workAction->isEnabled())
        return;
    m_evaluationPage->flush();
    if (m_evaluationPage->ticketId())
        m_inboxPage->selectTicket(m_evaluationPage->ticketId());
    m_stack->setCurrentWidget(m_inboxPage);
    m_inboxPage->setFocus();
}

void MainWindow::showMyScores()
{
    if (!m_db || !m_scoresAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_scoresPage->reload();
    m_stack->setCurrentWidget(m_scoresPage);
    m_scoresPage->setFocus();
}

// --- KPI dashboard (issue 7) ---------------------------------------------------------------
void MainWindow::setUpDashboard()
{
    m_dashboardPage = new DashboardPage(this);
    m_dashboardPage->setObjectName(u"dashboardPage"_s);
    m_stack->addWidget(m_dashboardPage);
    connect(m_dashboardPage, &DashboardPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });
    QMenu *file = menuBar()->actions().constFirst()->menu();
    m_dashboardAction = new QAction(tr("KPI &dashboard"), this);
    m_dashboardAction->setObjectName(u"dashboardAction"_s);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_dashboardAction->setEnabled(false);
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    file->insertAction(file->actions().value(2), m_dashboardAction);
}

void MainWindow::showDashboard()
{
    if (!m_db || !m_dashboardAction->isEnabled())
        return;
    m_evaluationPage->flush();
    // The dashboard reads the workspace only when it is shown: opening the window stays fast.
    m_dashboardPage->setContext(m_db.get(), m_person);
    m_stack->setCurrentWidget(m_dashboardPage);
    m_dashboardPage->reload(); // computed on a worker thread: the page shows "Computing…" meanwhile
}
// --- end of KPI dashboard -------------------------------------------------------------------

void MainWindow::showSources()
{
    if (!m_db || !m_sourcesAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_sourcesPage->reload();
    m_stack->setCurrentWidget(m_sourcesPage);
}

void MainWindow::setUpMail(QMenu *settingsMenu)
{
    m_mailPage = new MailPage(this);
    m_stack->addWidget(m_mailPage);
    m_mailAction = settingsMenu->addAction(tr("&Mail…"), this, &MainWindow::showMail);
    m_mailAction->setEnabled(false);
    // A submitted evaluation's mail goes out right away, not at the next minute.
    connect(m_evaluationPage, &EvaluationPage::evaluationChanged, m_mailPage, &MailPage::sendNow);
    connect(m_mailPage, &MailPage::roundFinished, this, [this](bool ok, const QString &summary) {
        if (!ok)
            statusBar()->showMessage(tr("Mail: %1").arg(summary), 10000);
    });
}

void MainWindow::showMail()
{
    if (!m_db || !m_mailAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_mailPage->reload();
    m_stack->setCurrentWidget(m_mailPage);
}
// --- Scorecard administration (issue 5): Settings -> Scorecards, for QA admins -----------------
QMenu *MainWindow::settingsMenu() const
{
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == u"settingsMenu"_s)
            return action->menu();
    }
    return nullptr;
}

void MainWindow::setUpScorecardAdmin(QMenu *settings)
{
    m_scorecardsPage = new ScorecardsPage(this);
    m_stack->addWidget(m_scorecardsPage);
    m_scorecardsAction = new QAction(tr("Score&cards…"), this);
    m_scorecardsAction->setObjectName(u"scorecardsAction"_s);
    m_scorecardsAction->setEnabled(false);
    connect(m_scorecardsAction, &QAction::triggered, this, &MainWindow::showScorecards);
    if (settings)
        settings->insertAction(settings->actions().value(1), m_scorecardsAction);
    // Cards changed: the evaluation page offers the current versions.
    connect(m_scorecardsPage, &ScorecardsPage::scorecardsChanged, m_inboxPage, &InboxPage::reload);
}

void MainWindow::showScorecards()
{
    if (!m_db || !m_scorecardsAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_scorecardsPage->showList();
    m_stack->setCurrentWidget(m_scorecardsPage);
}
// --- end of scorecard administration ------------------------------------------------------------

void MainWindow::startEvaluation(qint64 ticketId)
{
    m_stack->setCurrentWidget(m_evaluationPage);
    m_evaluationPage->startEvaluation(ticketId);
}

void MainWindow::openTicket(qint64 ticketId)
{
    m_stack->setCurrentWidget(m_evaluationPage);
    m_evaluationPage->showTicket(ticketId);
}

void MainWindow::openAdjacent(int step)
{
    const qint64 next = m_inboxPage->adjacentTicket(m_evaluationPage->ticketId(), step);
    if (!next) {
        statusBar()->showMessage(step > 0 ? tr("This is the last ticket of the list.")
                                          : tr("This is the first ticket of the list."),
                                 4000);
        return;
    }
    m_inboxPage->selectTicket(next);
    m_evaluationPage->showTicket(next);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_db ? m_db->url().display() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- Administration: people and assignments (issue 5) ---

void MainWindow::createAdminPages()
{
    m_assignmentsPage = new AssignmentsPage(this);
    m_stack->addWidget(m_assignmentsPage);
    QMenu *settings = menuBar()->findChild<QMenu *>(u"settingsMenu"_s);
    m_assignmentsAction = new QAction(tr("&Assignments…"), this);
    m_assignmentsAction->setObjectName(u"assignmentsAction"_s);
    m_assignmentsAction->setEnabled(false);
    m_peopleAdminPage = new PeopleAdminPage(this);
    m_stack->addWidget(m_peopleAdminPage);
    m_peopleAction = new QAction(tr("&People and roles…"), this);
    m_peopleAction->setObjectName(u"peopleAction"_s);
    m_peopleAction->setEnabled(false);
    if (settings) {
        settings->insertAction(settings->actions().value(1), m_assignmentsAction);
        settings->insertAction(m_assignmentsAction, m_peopleAction);
    }
    connect(m_assignmentsAction, &QAction::triggered, this, &MainWindow::showAssignments);
    connect(m_peopleAction, &QAction::triggered, this, &MainWindow::showPeopleAdmin);
    connect(m_peopleAdminPage, &PeopleAdminPage::peopleChanged, m_inboxPage, &InboxPage::reload);
    connect(m_assignmentsPage, &AssignmentsPage::tasksChanged, m_inboxPage, &InboxPage::reload);
    connect(m_evaluationPage, &EvaluationPage::evaluationChanged, m_assignmentsPage, &AssignmentsPage::reload);
}

void MainWindow::showAssignments()
{
    if (!m_db || !m_assignmentsAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_assignmentsPage->reload();
    m_stack->setCurrentWidget(m_assignmentsPage);
}

void MainWindow::showPeopleAdmin()
{
    if (!m_db || !m_peopleAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_peopleAdminPage->reload();
    m_stack->setCurrentWidget(m_peopleAdminPage);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_evaluationPage->flush();
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace qadesk::ui
