#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_forms(new QStackedWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(QApplication::windowIcon().pixmap(72, 72));
    auto *title = heading(tr("<h1>Welcome to QA Desk</h1><p>Score your support team's tickets against your "
                             "scorecards, give engineers their feedback the same day, and export the monthly "
                             "KPI table.</p>"),
                          this);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addWidget(title, 1);

    m_forms->setObjectName(u"welcomeForms"_s);
    m_forms->addWidget(createChooser());
    m_forms->addWidget(createNewWorkspaceForm());
    m_forms->addWidget(createTeamDatabaseForm());
    m_forms->addWidget(createAboutYouForm());
    m_forms->addWidget(createNextStepsForm());

    m_problem->setObjectName(u"welcomeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 40, 80, 40);
    layout->addLayout(top);
    layout->addSpacing(16);
    layout->addWidget(m_forms);
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

QWidget *WelcomePage::createChooser()
{
    auto *page = new QWidget(this);
    auto *demo = new QCommandLinkButton(tr("Explore the demo workspace"),
                                        tr("Five scorecards, 21 people and 150 tickets in Russian and English, "
                                           "to try everything without connecting anything."),
                                        page);
    demo->setObjectName(u"demoChoice"_s);
    auto *file = new QCommandLinkButton(tr("Create a new workspace"),
                                        tr("A workspace file on this computer for your evaluations, scorecards and "
                                           "KPI tables. You become its QA admin."),
                                        page);
    file->setObjectName(u"newWorkspaceChoice"_s);
    auto *team = new QCommandLinkButton(tr("Connect to a team database"),
                                        tr("The PostgreSQL database your QA team shares."), page);
    team->setObjectName(u"teamDatabaseChoice"_s);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(file, &QPushButton::clicked, this, [this] { showStage(Stage::NewWorkspace); });
    connect(team, &QPushButton::clicked, this, [this] { showStage(Stage::TeamDatabase); });
    m_actionButtons << demo;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(demo);
    layout->addWidget(file);
    layout->addWidget(team);
    return page;
}

QWidget *WelcomePage::createNewWorkspaceForm()
{
    auto *page = new QWidget(this);
    m_filePath = new QLineEdit(page);
    m_filePath->setObjectName(u"workspaceFile"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_filePath->setText(QDir::toNativeSeparators(QDir(documents).filePath(u"QA Desk/workspace.qadesk"_s)));
    auto *browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &WelcomePage::browseForFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browse);

    auto *create = new QPushButton(tr("Create workspace"), page);
    create->setObjectName(u"createWorkspaceButton"_s);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomePage::submitNewWorkspace);
    connect(m_filePath, &QLineEdit::returnPressed, this, &WelcomePage::submitNewWorkspace);
    auto *back = new QPushButton(tr("Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { showStage(Stage::Choose); });
    m_actionButtons << create;

    auto *form = new QFormLayout;
    form->addRow(tr("Workspace &file:"), fileRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(create);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("<h3>New workspace</h3><p>One file holds everything: keep it on a backed-up "
                                 "disk. An existing QA Desk file is opened as it is.</p>"),
                              page));
    layout->addLayout(form);
    layout->addLayout(buttons);
    return page;
}

QWidget *WelcomePage::createTeamDatabaseForm()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(u"databaseHost"_s);
    m_host->setPlaceholderText(u"qa-db.example.com"_s);
    m_port = new QSpinBox(page);
    m_port->setObjectName(u"databasePort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(page);
    m_database->setObjectName(u"databaseName"_s);
    m_database->setText(u"qadesk"_s);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"databaseUser"_s);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"databasePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));

    auto *connectButton = new QPushButton(tr("Connect"), page);
    connectButton->setObjectName(u"connectDatabaseButton"_s);
    connectButton->setDefault(true);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::submitTeamDatabase);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &WelcomePage::submitTeamDatabase);
    auto *back = new QPushButton(tr("Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { showStage(Stage::Choose); });
    m_actionButtons << connectButton;

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(connectButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("<h3>Team database</h3><p>Your QA admin gives you these details. The "
                                 "password is kept in the system keychain, never in a file.</p>"),
                              page));
    layout->addLayout(form);
    layout->addLayout(buttons);
    return page;
}

QWidget *WelcomePage::createAboutYouForm()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"adminName"_s);
    m_email = new QLineEdit(page);
    m_email->setObjectName(u"adminEmail"_s);
    m_email->setPlaceholderText(u"name@company.com"_s);
    auto *start = new QPushButton(tr("Continue"), page);
    start->setObjectName(u"createAdminButton"_s);
    start->setDefault(true);
    connect(start, &QPushButton::clicked, this, &WelcomePage::submitAboutYou);
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::returnPressed, this, &WelcomePage::submitAboutYou);
    m_actionButtons << start;
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &email:"), m_email);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("<h3>About you</h3><p>Nobody works in this workspace yet. You become its QA "
                                 "admin and a trainer; you add your team afterwards.</p>"),
                              page));
    layout->addLayout(form);
    layout->addWidget(start, 0, Qt::AlignRight);
    return page;
}

QWidget *WelcomePage::createNextStepsForm()
{
    auto *page = new QWidget(this);
    auto *add = new QCommandLinkButton(tr("Connect your helpdesk"),
                                       tr("Zendesk, Freshdesk, Zammad, Omnidesk or Request Tracker: tickets and "
                                          "their conversations come in with every sync."),
                                       page);
    add->setObjectName(u"addSourceChoice"_s);
    auto *later = new QCommandLinkButton(tr("Later"), tr("Go to your work; Settings → Sources connects a helpdesk "
                                                         "at any time."),
                                         page);
    later->setObjectName(u"laterChoice"_s);
    connect(add, &QPushButton::clicked, this, &WelcomePage::addSourceRequested);
    connect(later, &QPushButton::clicked, this, &WelcomePage::finished);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("<h3>Your workspace is ready</h3><p>Next, connect the helpdesk your team "
                                 "answers tickets in.</p>"),
                              page));
    layout->addWidget(add);
    layout->addWidget(later);
    return page;
}

void WelcomePage::showStage(Stage stage)
{
    m_stageShown = stage;
    m_problem->hide();
    setBusy(false);
    m_forms->setCurrentIndex(static_cast<int>(stage));
    QWidget *focus = stage == Stage::NewWorkspace   ? static_cast<QWidget *>(m_filePath)
                     : stage == Stage::TeamDatabase ? static_cast<QWidget *>(m_host)
                     : stage == Stage::AboutYou     ? static_cast<QWidget *>(m_name)
                                                    : m_forms->currentWidget()->findChild<QCommandLinkButton *>();
    if (focus)
        focus->setFocus();
}

void WelcomePage::showProblem(const QString &text)
{
    setBusy(false);
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void WelcomePage::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!busy);
    if (busy)
        m_problem->hide();
}

void WelcomePage::browseForFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Workspace file"), m_filePath->text(),
                                                        tr("QA Desk workspace (*.qadesk)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_filePath->setText(QDir::toNativeSeparators(chosen));
}

void WelcomePage::submitNewWorkspace()
{
    QString path = QDir::fromNativeSeparators(m_filePath->text().trimmed());
    if (path.isEmpty()) {
        showProblem(tr("Workspace file: please choose where the workspace is kept."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u".qadesk"_s;
    const QFileInfo info(path);
    if (info.isDir()) {
        showProblem(tr("Workspace file: %1 is a folder; add a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        showProblem(tr("Workspace file: the folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    setBusy(true);
    Q_EMIT fileRequested(info.absoluteFilePath());
}

void WelcomePage::submitTeamDatabase()
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() || database.isEmpty()) {
        showProblem(host.isEmpty() ? tr("Server: please enter the database server's name or address.")
                                   : tr("Database: please enter the database name."));
        return;
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u"/"_s + database);
    if (!url.isValid()) {
        showProblem(tr("Server: \"%1\" is not a server name or address.").arg(host));
        return;
    }
    setBusy(true);
    Q_EMIT teamDatabaseRequested(url.toString(QUrl::FullyEncoded), m_password->text());
}

void WelcomePage::submitAboutYou()
{
    setBusy(true);
    Q_EMIT firstAdminRequested(m_name->text(), m_email->text());
}

} // namespace qadesk::ui
