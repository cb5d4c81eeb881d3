#pragma once

#include "domain/Person.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenuBar;
class QStackedWidget;
class QToolButton;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class DisputeOversightPage;
class DisputesPage;
class NotificationsPage;

// Disputes in the window: the disputes page, the oversight page, the notifications page, their
// menu and the notifications button in the status bar, kept out of MainWindow.
class DisputesFeature final : public QObject
{
    Q_OBJECT

public:
    DisputesFeature(QMainWindow *window, QStackedWidget *stack);

    void addMenu(QMenuBar *menuBar);
    void setContext(Database *db, const Person &person);
    void showDisputes();
    void showDispute(qint64 disputeId);
    void showOversight();
    void showNotifications();
    // Shows the form to dispute this evaluation (from "My scores").
    void openDisputeOn(qint64 evaluationId);
    void refreshBadge();

Q_SIGNALS:
    // Another page is about to replace the current one (pending edits are saved first).
    void aboutToShowPage();
    void message(const QString &text);
    // Scores may have changed (an arbitration was resolved).
    void disputesChanged();

private:
    void show(QWidget *page);

    QStackedWidget *m_stack = nullptr;
    DisputesPage *m_disputes = nullptr;
    DisputeOversightPage *m_oversight = nullptr;
    NotificationsPage *m_notifications = nullptr;
    QToolButton *m_badge = nullptr;
    QAction *m_disputesAction = nullptr;
    QAction *m_oversightAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    Database *m_db = nullptr;
};

} // namespace qadesk::ui
