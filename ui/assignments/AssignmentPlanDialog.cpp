#include "AssignmentPlanDialog.h"

#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

using Field = AssignmentService::PlanProblem::Field;
constexpr int BaseTextRole = Qt::UserRole + 1;

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        // A trailing comma or a space after one is a slip of the keyboard, not an empty tag.
        if (const QString item = part.trimmed(); !item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

QStringList checkedData(const QListWidget *list)
{
    QStringList values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return values;
}

void addCheckable(QListWidget *list, const QString &text, const QString &value)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setData(BaseTextRole, text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

void check(QListWidget *list, const QStringList &values, const QString &missingLabel)
{
    for (const QString &value : values) {
        bool found = false;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == value) {
                list->item(row)->setCheckState(Qt::Checked);
                found = true;
            }
        }
        // Kept visible (and checked) so the admin sees it and the core names it, not dropped.
        if (!found) {
            addCheckable(list, missingLabel.arg(value), value);
            list->item(list->count() - 1)->setCheckState(Qt::Checked);
        }
    }
}

} // namespace

AssignmentPlanDialog::AssignmentPlanDialog(Database &db, qint64 actorId, const QList<AssignmentPlan> &plans,
                                           const QString &trainerEmail, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actorId(actorId)
    , m_plans(plans)
    , m_trainer(new QComboBox(this))
    , m_perWeek(new QSpinBox(this))
    , m_teams(new QListWidget(this))
    , m_tags(new QLineEdit(this))
    , m_channels(new QLineEdit(this))
    , m_scorecards(new QListWidget(this))
    , m_active(new QCheckBox(tr("Draw tickets for this trainer every week"), this))
    , m_generalError(new QLabel(this))
{
    setObjectName(u"assignmentPlanDialog"_s);
    setWindowTitle(trainerEmail.isEmpty() ? tr("New assignment plan") : tr("Edit assignment plan"));
    m_trainer->setObjectName(u"planTrainer"_s);
    m_trainer->setAccessibleName(tr("Trainer"));
    m_perWeek->setObjectName(u"planPerWeek"_s);
    m_perWeek->setAccessibleName(tr("Tickets a week"));
    m_perWeek->setRange(0, 500);
    m_perWeek->setValue(AssignmentPlan::defaultPerWeek);
    m_teams->setObjectName(u"planTeams"_s);
    m_teams->setAccessibleName(tr("Teams"));
    m_tags->setObjectName(u"planTags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("any tag; or: vip, billing"));
    m_channels->setObjectName(u"planChannels"_s);
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setPlaceholderText(tr("any channel; or: email, chat"));
    m_scorecards->setObjectName(u"planScorecards"_s);
    m_scorecards->setAccessibleName(tr("Scorecards"));
    m_active->setObjectName(u"planActive"_s);
    m_generalError->setObjectName(u"planError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(u"color: #c62828;"_s);
    m_generalError->hide();
    for (QListWidget *list : {m_teams, m_scorecards}) {
        list->setMaximumHeight(110);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    for (const AssignmentPlan &p : m_plans)
        m_trainer->addItem(p.trainerName.isEmpty() ? p.trainerEmail : u"%1 <%2>"_s.arg(p.trainerName, p.trainerEmail),
                           p.trainerEmail);
    if (const Result<QList<Person>> people = PeopleStore(m_db).list(); people)
        m_people = *people;
    if (const Result<TeamAccess> access = TeamAccess::load(m_db); access)
        m_access = *access;
    if (const Result<QList<Team>> teams = PeopleStore(m_db).teams(); teams) {
        for (const Team &team : *teams)
            addCheckable(m_teams, team.name.isEmpty() ? team.slug : u"%1 (%2)"_s.arg(team.name, team.slug), team.slug);
    }
    if (const Result<QList<ScorecardSummary>> cards = ScorecardStore(m_db).list(); cards) {
        for (const ScorecardSummary &card : *cards) {
            // An archived card is no longer used for new evaluations; offering it would mislead.
            if (!card.archived)
                addCheckable(m_scorecards, u"%1 (%2)"_s.arg(card.title, card.slug), card.slug);
        }
    }

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, Field which, const QString &hint = {}) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        if (!hint.isEmpty()) {
            auto *hintLabel = new QLabel(hint, this);
            hintLabel->setWordWrap(true);
            hintLabel->setStyleSheet(u"color: palette(mid);"_s);
            box->addWidget(hintLabel);
        }
        QLabel *error = errorLabel(field->objectName() + u"Error"_s);
        m_errors.insert(int(which), error);
        box->addWidget(error);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, box);
    };
    addRow(tr("&Trainer:"), m_trainer, Field::Trainer);
    addRow(tr("Tickets a &week:"), m_perWeek, Field::PerWeek, tr("0 pauses the draw without losing the filters."));
    addRow(tr("T&eams:"), m_teams, Field::Teams, tr("None ticked: every team the trainer may evaluate. Space ticks."));
    addRow(tr("T&ags:"), m_tags, Field::Tags, tr("Comma-separated; a ticket qualifies with any of them."));
    addRow(tr("C&hannels:"), m_channels, Field::Channels);
    addRow(tr("&Scorecards:"), m_scorecards, Field::Scorecards, tr("None ticked: tickets of any scorecard."));
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"planButtons"_s);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePlanButton"_s);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(520);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignmentPlanDialog::reject);
    connect(m_trainer, &QComboBox::currentIndexChanged, this, &AssignmentPlanDialog::loadTrainer);

    const int index = m_trainer->findData(trainerEmail);
    m_trainer->setCurrentIndex(trainerEmail.isEmpty() ? -1 : index);
    // Editing is for one trainer; a new plan lets the admin pick (and starts from theirs).
    m_trainer->setEnabled(trainerEmail.isEmpty());
    if (trainerEmail.isEmpty()) {
        m_trainer->setPlaceholderText(tr("Choose a trainer"));
        m_trainer->setFocus();
    } else {
        m_perWeek->setFocus();
    }
    loadTrainer();
}

QLabel *AssignmentPlanDialog::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}

void AssignmentPlanDialog::loadTrainer()
{
    clearProblems();
    const QString email = m_trainer->currentData().toString();
    AssignmentPlan current;
    for (const AssignmentPlan &p : std::as_const(m_plans)) {
        if (p.trainerEmail == email)
            current = p;
    }
    m_perWeek->setValue(current.perWeek);
    for (QListWidget *list : {m_teams, m_scorecards}) {
        for (int row = list->count() - 1; row >= 0; --row) {
            list->item(row)->setCheckState(Qt::Unchecked);
        }
    }
    check(m_teams, current.teams, tr("%1 (no such team)"));
    // Teams outside the trainer's permissions stay tickable (the core names the problem) but
    // say so up front.
    const auto trainer = std::find_if(m_people.cbegin(), m_people.cend(), [&](const Person &p) { return p.email == email; });
    for (int row = 0; row < m_teams->count(); ++row) {
        QListWidgetItem *item = m_teams->item(row);
        const bool allowed = trainer == m_people.cend() || m_access.mayEvaluate(*trainer, item->data(Qt::UserRole).toString());
        item->setText(allowed ? item->data(BaseTextRole).toString()
                              : tr("%1 — not permitted for this trainer").arg(item->data(BaseTextRole).toString()));
        item->setForeground(allowed ? QBrush() : QBrush(QColor(0x75, 0x75, 0x75)));
    }
    check(m_scorecards, current.scorecards, tr("%1 (no such scorecard)"));
    m_tags->setText(current.tags.join(u", "_s));
    m_channels->setText(current.channels.join(u", "_s));
    m_active->setChecked(current.active);
}

AssignmentPlan AssignmentPlanDialog::plan() const
{
    AssignmentPlan p;
    p.trainerEmail = m_trainer->currentData().toString();
    p.perWeek = m_perWeek->value();
    p.teams = checkedData(m_teams);
    p.tags = splitList(m_tags->text());
    p.channels = splitList(m_channels->text());
    p.scorecards = checkedData(m_scorecards);
    p.active = m_active->isChecked();
    return p;
}

void AssignmentPlanDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void AssignmentPlanDialog::showProblems(const QList<AssignmentService::PlanProblem> &problems)
{
    QHash<int, QStringList> byField;
    for (const AssignmentService::PlanProblem &problem : problems)
        byField[int(problem.field)].append(problem.message);
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel *label = m_errors.value(it.key());
        label->setText(it.value().join(u'\n'));
        label->show();
    }
}

void AssignmentPlanDialog::accept()
{
    clearProblems();
    const AssignmentPlan wanted = plan();
    AssignmentService service(m_db);
    const Result<QList<AssignmentService::PlanProblem>> problems = service.checkPlan(wanted);
    if (problems && !problems->isEmpty()) {
        showProblems(*problems);
        return;
    }
    // Not a field's fault (a refused role, storage): shown under the form, the input kept.
    const Result<AssignmentPlan> saved = problems ? service.setPlan(wanted, m_actorId)
                                                  : Result<AssignmentPlan>(std::unexpected(problems.error()));
    if (!saved) {
        m_generalError->setText(saved.error().message);
        m_generalError->show();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace qadesk::ui
