#pragma once

#include "domain/Person.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class AssignmentPlansPanel;
class AssignmentProgressModel;
class AssignmentTaskModel;

// The admin's assignments: draw a week (with an optional seed), progress per trainer, the
// week's tasks, and reassigning or replacing the selected task with a reason; a second tab
// holds each trainer's plan (what the draw uses). The rules are
// the core service's: a non-admin gets its refusal shown, not a hidden button only.
class AssignmentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AssignmentsPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();
    // The day tasks are overdue after; today unless a test says otherwise.
    void setToday(const QDate &today);
    void showPlans();
    [[nodiscard]] AssignmentPlansPanel *plansPanel() const { return m_plans; }

Q_SIGNALS:
    void tasksChanged();

private:
    void draw();
    void reassign();
    void replace();
    void updateButtons();
    [[nodiscard]] qint64 selectedTask() const;
    void showResult(const QString &text, bool problem);

    Database *m_db = nullptr;
    Person m_person;
    QDate m_today = QDate::currentDate();
    QLineEdit *m_week = nullptr;
    QLineEdit *m_seed = nullptr;
    QPushButton *m_drawButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_progressTable = nullptr;
    QTableView *m_taskTable = nullptr;
    AssignmentProgressModel *m_progress = nullptr;
    AssignmentTaskModel *m_tasks = nullptr;
    QComboBox *m_trainer = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    AssignmentPlansPanel *m_plans = nullptr;
};

} // namespace qadesk::ui
