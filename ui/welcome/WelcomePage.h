#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace qadesk::ui {

// First run (and File → Switch workspace): the demo workspace, a new workspace file, or a team's
// PostgreSQL database; then, in a workspace nobody has claimed yet, who the first QA admin is; then
// the first helpdesk to connect. The page only collects choices; MainWindow opens workspaces.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    enum class Stage { Choose, NewWorkspace, TeamDatabase, AboutYou, NextSteps };

    explicit WelcomePage(QWidget *parent = nullptr);

    void showStage(Stage stage);
    [[nodiscard]] Stage stage() const { return m_stageShown; }
    // Shown under the current form, e.g. why a workspace did not open.
    void showProblem(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void demoRequested();
    // A SQLite workspace file, created when it does not exist yet.
    void fileRequested(const QString &path);
    void teamDatabaseRequested(const QString &url, const QString &password);
    void firstAdminRequested(const QString &name, const QString &email);
    void addSourceRequested();
    void finished();

private:
    QWidget *createChooser();
    QWidget *createNewWorkspaceForm();
    QWidget *createTeamDatabaseForm();
    QWidget *createAboutYouForm();
    QWidget *createNextStepsForm();
    void browseForFile();
    void submitNewWorkspace();
    void submitTeamDatabase();
    void submitAboutYou();

    Stage m_stageShown = Stage::Choose;
    QStackedWidget *m_forms = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_filePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QList<QPushButton *> m_actionButtons;
};

} // namespace qadesk::ui
