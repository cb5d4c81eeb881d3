#include "AssignmentPlansPanel.h"

#include "AssignmentPlanDialog.h"
#include "AssignmentPlanModel.h"
#include "assignments/AssignmentService.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

// Enter on a row edits it, as a double click does.
class PlanTable final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivate) {
            onActivate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

AssignmentPlansPanel::AssignmentPlansPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AssignmentPlanModel(this))
    , m_table(new PlanTable(this))
    , m_newButton(new QPushButton(tr("&New plan…"), this))
    , m_editButton(new QPushButton(tr("&Edit plan…"), this))
    , m_pauseButton(new QPushButton(tr("Pa&use plan"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"assignmentPlansPanel"_s);
    m_table->setObjectName(u"planTable"_s);
    m_table->setAccessibleName(tr("Assignment plans per trainer"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    static_cast<PlanTable *>(m_table)->onActivate = [this] { editSelected(); };
    m_newButton->setObjectName(u"newPlanButton"_s);
    m_editButton->setObjectName(u"editPlanButton"_s);
    m_pauseButton->setObjectName(u"pausePlanButton"_s);
    m_status->setObjectName(u"planStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *explanation = new QLabel(tr("Each trainer's weekly draw: how many tickets and which ones qualify. "
                                      "A trainer without a saved plan gets %n ticket(s) a week from any team "
                                      "they may evaluate.",
                                      nullptr, AssignmentPlan::defaultPerWeek),
                                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_pauseButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, [this] { openDialog({}); });
    connect(m_editButton, &QPushButton::clicked, this, &AssignmentPlansPanel::editSelected);
    connect(m_pauseButton, &QPushButton::clicked, this, &AssignmentPlansPanel::togglePaused);
    connect(m_table, &QTableView::doubleClicked, this, &AssignmentPlansPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentPlansPanel::updateButtons);
    updateButtons();
}

void AssignmentPlansPanel::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    reload();
}

void AssignmentPlansPanel::reload()
{
    if (!m_db)
        return;
    const QString selected = selectedTrainer();
    Result<QList<AssignmentPlan>> plans = AssignmentService(*m_db).plans();
    if (!plans) {
        showResult(tr("The plans could not be read: %1").arg(plans.error().message), true);
        return;
    }
    m_model->setPlans(std::move(*plans));
    m_table->resizeColumnsToContents();
    select(selected);
    updateButtons();
}

void AssignmentPlansPanel::select(const QString &trainerEmail)
{
    const int row = m_model->rowOf(trainerEmail);
    if (row >= 0)
        m_table->selectRow(row);
}

QString AssignmentPlansPanel::selectedTrainer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AssignmentPlanModel::TrainerEmailRole).toString();
}

void AssignmentPlansPanel::updateButtons()
{
    const int row = m_model->rowOf(selectedTrainer());
    const AssignmentPlan *plan = row >= 0 ? m_model->planAt(row) : nullptr;
    m_editButton->setEnabled(plan != nullptr);
    m_pauseButton->setEnabled(plan != nullptr);
    m_pauseButton->setText(plan && !plan->active ? tr("Res&ume plan") : tr("Pa&use plan"));
}

void AssignmentPlansPanel::showResult(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

AssignmentPlanDialog *AssignmentPlansPanel::openDialog(const QString &trainerEmail)
{
    if (!m_db)
        return nullptr;
    QList<AssignmentPlan> plans;
    for (int row = 0; row < m_model->rowCount(); ++row)
        plans.append(*m_model->planAt(row));
    auto *dialog = new AssignmentPlanDialog(*m_db, m_person.id, plans, trainerEmail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AssignmentPlan &saved = dialog->savedPlan();
        showResult(tr("Plan of %1 saved: %n ticket(s) a week.", nullptr, saved.perWeek)
                       .arg(saved.trainerName.isEmpty() ? saved.trainerEmail : saved.trainerName),
                   false);
        reload();
        select(saved.trainerEmail);
        m_table->setFocus();
        Q_EMIT plansChanged();
    });
    dialog->open();
    return dialog;
}

void AssignmentPlansPanel::editSelected()
{
    if (const QString trainer = selectedTrainer(); !trainer.isEmpty())
        openDialog(trainer);
}

void AssignmentPlansPanel::togglePaused()
{
    const int row = m_model->rowOf(selectedTrainer());
    if (!m_db || row < 0)
        return;
    AssignmentPlan plan = *m_model->planAt(row);
    plan.active = !plan.active;
    const Result<AssignmentPlan> saved = AssignmentService(*m_db).setPlan(plan, m_person.id);
    if (!saved) {
        showResult(saved.error().message, true);
        return;
    }
    const QString who = saved->trainerName.isEmpty() ? saved->trainerEmail : saved->trainerName;
    showResult(saved->active ? tr("Plan of %1 resumed: the next draws include them again.").arg(who)
                             : tr("Plan of %1 paused: the next draws skip them; the filters are kept.").arg(who),
               false);
    reload();
    Q_EMIT plansChanged();
}

} // namespace qadesk::ui
