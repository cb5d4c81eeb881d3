#include "AssignmentsPage.h"

#include "AssignmentPlansPanel.h"
#include "AssignmentProgressModel.h"
#include "AssignmentTaskModel.h"
#include "assignments/AssignmentService.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    RecordTable::configure(table);
    return table;
}
} // namespace

AssignmentsPage::AssignmentsPage(QWidget *parent)
    : QWidget(parent)
    , m_week(new QLineEdit(this))
    , m_seed(new QLineEdit(this))
    , m_drawButton(new QPushButton(tr("&Draw the week"), this))
    , m_status(new QLabel(this))
    , m_progressTable(makeTable(this, u"progressTable"_s, tr("Progress per trainer")))
    , m_taskTable(makeTable(this, u"taskTable"_s, tr("Tasks")))
    , m_progress(new AssignmentProgressModel(this))
    , m_tasks(new AssignmentTaskModel(this))
    , m_trainer(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_reassignButton(new QPushButton(tr("Re&assign"), this))
    , m_replaceButton(new QPushButton(tr("Re&place ticket"), this))
    , m_tabs(new QTabWidget(this))
    , m_plans(new AssignmentPlansPanel(this))
{
    setObjectName(u"assignmentsPage"_s);
    m_week->setObjectName(u"assignmentWeek"_s);
    m_week->setAccessibleName(tr("Week"));
    m_week->setPlaceholderText(tr("2026-W47"));
    m_seed->setObjectName(u"drawSeed"_s);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setPlaceholderText(tr("random (recorded)"));
    m_drawButton->setObjectName(u"drawButton"_s);
    m_status->setObjectName(u"assignmentStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trainer->setObjectName(u"reassignTrainer"_s);
    m_trainer->setAccessibleName(tr("Trainer who takes the task"));
    m_reason->setObjectName(u"changeReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (kept in the audit log)"));
    m_reassignButton->setObjectName(u"reassignButton"_s);
    m_replaceButton->setObjectName(u"replaceButton"_s);
    m_progressTable->setModel(m_progress);
    m_taskTable->setModel(m_tasks);

    auto *drawRow = new QHBoxLayout;
    drawRow->addWidget(new QLabel(tr("Week:"), this));
    drawRow->addWidget(m_week);
    drawRow->addWidget(new QLabel(tr("Seed:"), this));
    drawRow->addWidget(m_seed);
    drawRow->addWidget(m_drawButton);
    drawRow->addStretch(1);
    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(new QLabel(tr("Selected task:"), this));
    changeRow->addWidget(m_trainer);
    changeRow->addWidget(m_reassignButton);
    changeRow->addWidget(m_reason, 1);
    changeRow->addWidget(m_replaceButton);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_progressTable, 1);
    tables->addWidget(m_taskTable, 3);
    auto *week = new QWidget(this);
    auto *weekLayout = new QVBoxLayout(week);
    weekLayout->addLayout(drawRow);
    weekLayout->addWidget(m_status);
    weekLayout->addLayout(tables, 1);
    weekLayout->addLayout(changeRow);
    m_tabs->setObjectName(u"assignmentTabs"_s);
    m_tabs->addTab(week, tr("&Week and tasks"));
    m_tabs->addTab(m_plans, tr("P&lans"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h3>Assignments</h3>"), this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_drawButton, &QPushButton::clicked, this, &AssignmentsPage::draw);
    connect(m_week, &QLineEdit::returnPressed, this, &AssignmentsPage::reload);
    connect(m_week, &QLineEdit::editingFinished, this, &AssignmentsPage::reload);
    connect(m_reassignButton, &QPushButton::clicked, this, &AssignmentsPage::reassign);
    connect(m_replaceButton, &QPushButton::clicked, this, &AssignmentsPage::replace);
    connect(m_taskTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentsPage::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &AssignmentsPage::updateButtons);
    m_week->setText(IsoWeek::containing(m_today).toString());
    updateButtons();
}

void AssignmentsPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    m_trainer->clear();
    if (m_db) {
        if (const Result<QList<Person>> people = PeopleStore(*m_db).list(); people) {
            for (const Person &p : *people) {
                if (p.hasRole(Role::Trainer))
                    m_trainer->addItem(p.name, p.email);
            }
        }
    }
    m_plans->setContext(db, person);
    reload();
}

void AssignmentsPage::showPlans()
{
    m_tabs->setCurrentWidget(m_plans);
    m_plans->reload();
}

void AssignmentsPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void AssignmentsPage::reload()
{
    if (!m_db)
        return;
    m_plans->reload();
    const Result<IsoWeek> week = IsoWeek::parse(m_week->text());
    if (!week) {
        showResult(week.error().message, true);
        return;
    }
    AssignmentService service(*m_db);
    const qint64 selected = selectedTask();
    Result<QList<AssignmentTask>> tasks = service.tasks(week->toString(), {}, true);
    Result<QList<AssignmentProgress>> progress = service.progress(week->toString(), m_today);
    if (!tasks || !progress) {
        showResult(tr("The assignments could not be read: %1").arg(!tasks ? tasks.error().message : progress.error().message),
                   true);
        return;
    }
    m_tasks->setTasks(std::move(*tasks), m_today);
    m_progress->setProgress(std::move(*progress));
    m_taskTable->resizeColumnsToContents();
    m_taskTable->horizontalHeader()->setSectionResizeMode(AssignmentTaskModel::Ticket, QHeaderView::Stretch);
    m_progressTable->resizeColumnsToContents();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        if (m_tasks->taskAt(row)->id == selected)
            m_taskTable->selectRow(row);
    }
    updateButtons();
}

qint64 AssignmentsPage::selectedTask() const
{
    const QModelIndexList rows = m_taskTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AssignmentTaskModel::TaskIdRole).toLongLong();
}

void AssignmentsPage::updateButtons()
{
    const QModelIndexList rows = m_taskTable->selectionModel()->selectedRows();
    const AssignmentTask *task = rows.isEmpty() ? nullptr : m_tasks->taskAt(rows.first().row());
    const bool changeable = task && task->status == AssignmentTask::Status::Active && !task->done;
    const bool reason = !m_reason->text().trimmed().isEmpty();
    m_reassignButton->setEnabled(changeable && reason);
    m_replaceButton->setEnabled(changeable && reason);
}

void AssignmentsPage::showResult(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void AssignmentsPage::draw()
{
    if (!m_db)
        return;
    const Result<IsoWeek> week = IsoWeek::parse(m_week->text());
    if (!week) {
        showResult(week.error().message, true);
        return;
    }
    AssignmentService::DrawRequest request;
    request.week = *week;
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        request.seed = m_seed->text().trimmed().toULongLong(&ok);
        if (!ok) {
            showResult(tr("Seed: \"%1\" is not a whole number from 0 to 18446744073709551615").arg(m_seed->text()), true);
            return;
        }
    }
    // Fast even for thousands of tickets (one query per table, then in-memory work).
    const Result<AssignmentService::DrawReport> report = AssignmentService(*m_db).draw(request, m_person.id);
    if (!report) {
        showResult(report.error().message, true);
        return;
    }
    QString text = tr("Drew %n task(s) for %1 with seed %2 from %3 ticket(s) solved %4–%5; due %6.", nullptr,
                      int(report->tasks.size()))
                       .arg(report->week, QString::number(report->seed))
                       .arg(report->candidateCount)
                       .arg(QLocale().toString(report->solvedFrom, QLocale::ShortFormat),
                            QLocale().toString(report->solvedTo, QLocale::ShortFormat),
                            QLocale().toString(report->dueDate, QLocale::ShortFormat));
    int short_ = 0;
    for (int missing : report->shortfall)
        short_ += missing;
    if (short_ > 0)
        text += u' ' + tr("%n task(s) could not be filled: not enough eligible tickets.", nullptr, short_);
    showResult(text, false);
    reload();
    Q_EMIT tasksChanged();
}

void AssignmentsPage::reassign()
{
    const qint64 task = selectedTask();
    if (!m_db || !task)
        return;
    const Result<AssignmentTask> moved =
        AssignmentService(*m_db).reassign(task, m_trainer->currentData().toString(), m_reason->text(), m_person.id);
    if (!moved) {
        showResult(moved.error().message, true);
        return;
    }
    showResult(tr("Task %1 now belongs to %2.").arg(task).arg(moved->trainerName), false);
    m_reason->clear();
    reload();
    Q_EMIT tasksChanged();
}

void AssignmentsPage::replace()
{
    const qint64 task = selectedTask();
    if (!m_db || !task)
        return;
    const Result<AssignmentTask> replacement = AssignmentService(*m_db).replace(task, {}, m_reason->text(), m_person.id);
    if (!replacement) {
        showResult(replacement.error().message, true);
        return;
    }
    showResult(tr("Task %1 replaced by task %2: ticket %3.").arg(task).arg(replacement->id).arg(replacement->ticketExternalId),
               false);
    m_reason->clear();
    reload();
    Q_EMIT tasksChanged();
}

} // namespace qadesk::ui
