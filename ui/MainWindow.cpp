#include "MainWindow.h"

#include "evaluation/EvaluationPage.h"
#include "inbox/InboxPage.h"
#include "people/IdentityPage.h"
#include "scorecards/ScorecardsPage.h"
#include "scores/MyScoresPage.h"
#include "helpdesk/KeychainTokenVault.h"
#include "sources/SourcesPage.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "workspace/WorkspacePreparer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
                          static_cast<QWidget *>(m_scoresPage), static_cast<QWidget *>(m_sourcesPage)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_personLabel);
    createMenus();
    setUpScorecardAdmin(settingsMenu());

    connect(m_identityPage, &IdentityPage::chosen, this, &MainWindow::setPerson);
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(u"settingsMenu"_s);
    m_sourcesAction = settings->addAction(tr("&Sources…"), this, &MainWindow::showSources);
    m_sourcesAction->setEnabled(false);
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
    help->addAction(tr("&About QA Desk"), this, &MainWindow::showAbout);
    m_workAction->setEnabled(false);
    m_scoresAction->setEnabled(false);
}

void MainWindow::openWorkspace(const QString &databaseUrl, bool seedDemo, const QString &personEmail)
{
    m_databaseUrl = databaseUrl;
    m_requestedPerson = personEmail;
    m_statusPage->setText(seedDemo ? tr("Preparing the demo workspace…") : tr("Opening the workspace…"));
    m_stack->setCurrentWidget(m_statusPage);
    m_preparer = new WorkspacePreparer(this);
    connect(m_preparer, &WorkspacePreparer::finished, this, &MainWindow::onPrepared);
    m_preparer->start(databaseUrl, seedDemo);
}

QString MainWindow::identityKey() const
{
    return u"identity/"_s
           + QString::fromLatin1(QCryptographicHash::hash(m_databaseUrl.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void MainWindow::onPrepared(bool ok, const QString &errorMessage, bool seeded)
{
    QString problem = errorMessage;
    if (ok) {
        // The schema is current now, so this connection opens at once.
        Result<std::unique_ptr<Database>> db = Database::open(m_databaseUrl);
        if (db)
            m_db = std::move(*db);
        else
            problem = db.error().message;
    }
    if (!m_db) {
        m_statusPage->setText(tr("The workspace could not be opened.\n\n%1").arg(problem));
        return;
    }
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

void MainWindow::askWhoIsWorking()
{
    if (!m_db)
        return;
    m_evaluationPage->flush();
    const Result<QList<Person>> people = PeopleStore(*m_db).list();
    if (!people || people->isEmpty()) {
        m_statusPage->setText(people ? tr("This workspace has no people yet.")
                                     : tr("People could not be read: %1").arg(people.error().message));
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
    m_sourcesPage->setContext(m_db.get(), m_vault);
    m_scorecardsAction->setEnabled(person.hasRole(Role::Admin));
    if (person.hasRole(Role::Admin))
        m_scorecardsPage->setContext(m_db.get(), person);
    m_evaluationPage->setContext(m_db.get(), person);
    m_inboxPage->setContext(m_db.get(), person);
    m_scoresPage->setContext(m_db.get(), person);
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

void MainWindow::showSources()
{
    if (!m_db || !m_sourcesAction->isEnabled())
        return;
    m_evaluationPage->flush();
    m_sourcesPage->reload();
    m_stack->setCurrentWidget(m_sourcesPage);
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
    QMessageBox::about(this, tr("About QA Desk"),
                       tr("<h3>QA Desk %1</h3><p>Score support tickets against weighted scorecards.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later.</p>"
                          "<p>Workspace: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_db ? m_db->url().display().toHtmlEscaped() : tr("none")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_evaluationPage->flush();
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace qadesk::ui
