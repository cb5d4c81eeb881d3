#include "MainWindow.h"

#include "evaluation/EvaluationPage.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "tickets/TicketsPage.h"
#include "workspace/WorkspacePreparer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
    , m_ticketsPage(new TicketsPage(this))
    , m_evaluationPage(new EvaluationPage(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("QA Desk"));
    m_statusPage->setObjectName(u"statusPage"_s);
    m_statusPage->setAlignment(Qt::AlignCenter);
    m_statusPage->setWordWrap(true);
    m_statusPage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_statusPage);
    m_stack->addWidget(m_ticketsPage);
    m_stack->addWidget(m_evaluationPage);
    setCentralWidget(m_stack);
    createMenus();

    connect(m_ticketsPage, &TicketsPage::ticketActivated, this, &MainWindow::openTicket);
    connect(m_evaluationPage, &EvaluationPage::backRequested, this, &MainWindow::showTickets);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *tickets = file->addAction(tr("&Tickets"), this, &MainWindow::showTickets);
    tickets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QA Desk"), this, &MainWindow::showAbout);
}

void MainWindow::openWorkspace(const QString &databaseUrl, bool seedDemo)
{
    m_databaseUrl = databaseUrl;
    m_statusPage->setText(seedDemo ? tr("Preparing the demo workspace…") : tr("Opening the workspace…"));
    m_stack->setCurrentWidget(m_statusPage);
    m_preparer = new WorkspacePreparer(this);
    connect(m_preparer, &WorkspacePreparer::finished, this, &MainWindow::onPrepared);
    m_preparer->start(databaseUrl, seedDemo);
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
    m_ticketsPage->setDatabase(m_db.get());
    m_evaluationPage->setDatabase(m_db.get());
    setWindowTitle(tr("QA Desk — %1").arg(m_db->url().display()));
    if (seeded)
        statusBar()->showMessage(tr("Demo workspace created."), 8000);
    showTickets();
    Q_EMIT workspaceReady();
}

void MainWindow::showTickets()
{
    if (!m_db)
        return;
    m_stack->setCurrentWidget(m_ticketsPage);
    m_ticketsPage->setFocus();
}

void MainWindow::openTicket(qint64 ticketId)
{
    m_evaluationPage->showTicket(ticketId);
    m_stack->setCurrentWidget(m_evaluationPage);
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
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace qadesk::ui
