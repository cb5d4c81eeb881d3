#include "PeopleAdminPage.h"

#include "PeopleModel.h"
#include "people/PeopleService.h"
#include "people/TeamAccess.h"
#include "storage/PeopleStore.h"
#include "widgets/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QListWidget *makeTeamList(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(110);
    return list;
}

void fillTeams(QListWidget *list, const QList<Team> &teams, const QStringList &checked)
{
    list->clear();
    for (const Team &t : teams) {
        auto *item = new QListWidgetItem(t.name == t.slug ? t.slug : u"%1 (%2)"_s.arg(t.name, t.slug), list);
        item->setData(Qt::UserRole, t.slug);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(t.slug) ? Qt::Checked : Qt::Unchecked);
    }
}
} // namespace

PeopleAdminPage::PeopleAdminPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PeopleModel(this))
    , m_table(new QTableView(this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_teams(makeTeamList(this, u"personTeams"_s, tr("Teams")))
    , m_evaluates(makeTeamList(this, u"personEvaluates"_s, tr("Teams this trainer may evaluate")))
    , m_newButton(new QPushButton(tr("&New person"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_newTeam(new QLineEdit(this))
    , m_addTeamButton(new QPushButton(tr("Add &team"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"peopleAdminPage"_s);
    m_table->setObjectName(u"peopleTable"_s);
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table);
    m_email->setObjectName(u"personEmail"_s);
    m_name->setObjectName(u"personName"_s);
    m_language->setObjectName(u"personLanguage"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_newButton->setObjectName(u"newPersonButton"_s);
    m_saveButton->setObjectName(u"savePersonButton"_s);
    m_newTeam->setObjectName(u"newTeamId"_s);
    m_newTeam->setPlaceholderText(tr("team id, e.g. second-line"));
    m_addTeamButton->setObjectName(u"addTeamButton"_s);
    m_status->setObjectName(u"peopleStatus"_s);
    m_status->setWordWrap(true);

    auto *roles = new QHBoxLayout;
    for (Role role : allRoles()) {
        auto *box = new QCheckBox(roleLabel(role), this);
        box->setObjectName(u"role_"_s + roleId(role));
        m_roles.insert(int(role), box);
        roles->addWidget(box);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Teams:"), m_teams);
    form->addRow(tr("Evaluates:"), m_evaluates);
    auto *hint = new QLabel(tr("While no trainer has teams ticked here, every trainer evaluates every team. Once any "
                               "has, each trainer evaluates only the teams ticked for them. Admins evaluate every team."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(m_newTeam, 1);
    teamRow->addWidget(m_addTeamButton);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addSpacing(12);
    editor->addLayout(teamRow);
    editor->addWidget(m_status);
    editor->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_table, 3);
    columns->addLayout(editor, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>People and roles</h3>"), this));
    layout->addLayout(columns, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPerson(m_model->personAt(current.row())); });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        showPerson(nullptr);
        m_email->setFocus();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &PeopleAdminPage::save);
    connect(m_addTeamButton, &QPushButton::clicked, this, &PeopleAdminPage::addTeam);
    connect(m_newTeam, &QLineEdit::returnPressed, this, &PeopleAdminPage::addTeam);
}

void PeopleAdminPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_actor = person;
    reload();
}

void PeopleAdminPage::reload()
{
    if (!m_db)
        return;
    const QString current = m_email->text().trimmed().toLower();
    Result<QList<Person>> people = PeopleStore(*m_db).list();
    const Result<TeamAccess> access = TeamAccess::load(*m_db);
    if (!people || !access) {
        showResult(tr("People could not be read: %1").arg(!people ? people.error().message : access.error().message), true);
        return;
    }
    m_model->setPeople(std::move(*people), access->restricted());
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->selectRow(row);
    else
        showPerson(nullptr);
}

void PeopleAdminPage::showPerson(const Person *person)
{
    const Result<QList<Team>> teams = m_db ? PeopleStore(*m_db).teams() : Result<QList<Team>>(QList<Team>());
    const QList<Team> all = teams ? *teams : QList<Team>();
    m_email->setText(person ? person->email : QString());
    m_email->setReadOnly(person != nullptr); // the email identifies the person
    m_name->setText(person ? person->name : QString());
    m_language->setCurrentIndex(std::max(0, m_language->findData(person ? person->language : u"ru"_s)));
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it)
        it.value()->setChecked(person && person->hasRole(Role(it.key())));
    fillTeams(m_teams, all, person ? person->teams : QStringList());
    fillTeams(m_evaluates, all, person ? person->evaluableTeams : QStringList());
}

QStringList PeopleAdminPage::checked(const QListWidget *list)
{
    QStringList slugs;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            slugs.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return slugs;
}

void PeopleAdminPage::showResult(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void PeopleAdminPage::save()
{
    if (!m_db)
        return;
    PeopleService::PersonInput input;
    input.email = m_email->text();
    input.name = m_name->text();
    input.language = m_language->currentData().toString();
    QList<Role> roles;
    for (Role role : allRoles()) {
        if (m_roles.value(int(role))->isChecked())
            roles.append(role);
    }
    input.roles = roles;
    input.teams = checked(m_teams);
    input.evaluableTeams = roles.contains(Role::Trainer) ? checked(m_evaluates) : QStringList();
    PeopleService service(*m_db);
    const bool exists = m_model->rowOf(input.email.trimmed().toLower()) >= 0;
    const Result<Person> saved = exists ? service.updatePerson(input, m_actor.id) : service.addPerson(input, m_actor.id);
    if (!saved) {
        showResult(saved.error().message, true); // nothing typed is lost: the form keeps it
        return;
    }
    showResult(exists ? tr("%1 saved.").arg(saved->name) : tr("%1 added.").arg(saved->name), false);
    m_email->setText(saved->email);
    reload();
    Q_EMIT peopleChanged();
}

void PeopleAdminPage::addTeam()
{
    if (!m_db || m_newTeam->text().trimmed().isEmpty())
        return;
    const Result<Team> team = PeopleService(*m_db).addTeam(m_newTeam->text().trimmed(), {}, m_actor.id);
    if (!team) {
        showResult(team.error().message, true);
        return;
    }
    showResult(tr("Team %1 added.").arg(team->slug), false);
    m_newTeam->clear();
    // Keep what is being edited; only the team lists gain the new team.
    const QStringList teams = checked(m_teams);
    const QStringList evaluates = checked(m_evaluates);
    const Result<QList<Team>> all = PeopleStore(*m_db).teams();
    if (all) {
        fillTeams(m_teams, *all, teams);
        fillTeams(m_evaluates, *all, evaluates);
    }
}

} // namespace qadesk::ui
