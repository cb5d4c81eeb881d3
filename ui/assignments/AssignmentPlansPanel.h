#pragma once

#include "domain/Person.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class AssignmentPlanDialog;
class AssignmentPlanModel;

// The admin's list of assignment plans, one row per trainer, with New / Edit / Pause. Every
// change goes through AssignmentService (admin check and audit in core), as on the CLI.
class AssignmentPlansPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AssignmentPlansPanel(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();

    // Opens the plan dialog (window-modal, not blocking); empty email: a new plan.
    AssignmentPlanDialog *openDialog(const QString &trainerEmail);
    [[nodiscard]] AssignmentPlanModel *model() const { return m_model; }

Q_SIGNALS:
    void plansChanged();

private:
    void editSelected();
    void togglePaused();
    void updateButtons();
    [[nodiscard]] QString selectedTrainer() const;
    void showResult(const QString &text, bool problem);
    void select(const QString &trainerEmail);

    Database *m_db = nullptr;
    Person m_person;
    AssignmentPlanModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace qadesk::ui
