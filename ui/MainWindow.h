#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace qadesk {
class Database;
class WorkspacePreparer;
}

namespace qadesk::ui {

class TicketsPage;
class EvaluationPage;

// The window: a loading page while the workspace opens, then the ticket list, and the
// evaluation page (conversation beside scorecard) for the ticket the user opens.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace off the GUI thread (seeding the demo data on first start when asked).
    void openWorkspace(const QString &databaseUrl, bool seedDemo);
    [[nodiscard]] Database *database() const { return m_db.get(); }

Q_SIGNALS:
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPrepared(bool ok, const QString &errorMessage, bool seeded);
    void openTicket(qint64 ticketId);
    void showTickets();
    void showAbout();
    void createMenus();

    std::unique_ptr<Database> m_db;
    QString m_databaseUrl;
    WorkspacePreparer *m_preparer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_statusPage = nullptr;
    TicketsPage *m_ticketsPage = nullptr;
    EvaluationPage *m_evaluationPage = nullptr;
};

} // namespace qadesk::ui
