#pragma once

#include "assignments/Assignment.h"
#include "assignments/AssignmentService.h"
#include "domain/Person.h"
#include "people/TeamAccess.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

// Add or edit one trainer's assignment plan: tickets a week and the filters (teams, tags,
// channels, scorecards). Saving goes through AssignmentService::setPlan (admin check, audit);
// what is wrong is shown beside the field it concerns and the dialog stays open.
class AssignmentPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    // `plans` are every trainer's current plans; `trainerEmail` empty: a new plan, the trainer
    // chosen in the dialog.
    AssignmentPlanDialog(Database &db, qint64 actorId, const QList<AssignmentPlan> &plans,
                         const QString &trainerEmail, QWidget *parent = nullptr);

    [[nodiscard]] AssignmentPlan plan() const;
    [[nodiscard]] const AssignmentPlan &savedPlan() const { return m_saved; }

    void accept() override;

private:
    void loadTrainer();
    void showProblems(const QList<AssignmentService::PlanProblem> &problems);
    void clearProblems();
    QLabel *errorLabel(const QString &name);

    Database &m_db;
    qint64 m_actorId = 0;
    QList<AssignmentPlan> m_plans;
    QList<Person> m_people;
    TeamAccess m_access;
    AssignmentPlan m_saved;
    QComboBox *m_trainer = nullptr;
    QSpinBox *m_perWeek = nullptr;
    QListWidget *m_teams = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_channels = nullptr;
    QListWidget *m_scorecards = nullptr;
    QCheckBox *m_active = nullptr;
    QHash<int, QLabel *> m_errors;       // by PlanProblem::Field
    QLabel *m_generalError = nullptr;
};

} // namespace qadesk::ui
