#pragma once

#include "domain/Person.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace qadesk {
class Database;
}

namespace qadesk::ui {

class PeopleModel;

// The admin's people page: add and change people, their roles and teams, and the teams each
// trainer may evaluate; add teams. The core service decides and audits (only admins).
class PeopleAdminPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleAdminPage(QWidget *parent = nullptr);

    void setContext(Database *db, const Person &person);
    void reload();

Q_SIGNALS:
    void peopleChanged();

private:
    void showPerson(const Person *person);
    void save();
    void addTeam();
    void showResult(const QString &text, bool problem);
    static QStringList checked(const QListWidget *list);

    Database *m_db = nullptr;
    Person m_actor;
    PeopleModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_language = nullptr;
    QHash<int, QCheckBox *> m_roles;
    QListWidget *m_teams = nullptr;
    QListWidget *m_evaluates = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLineEdit *m_newTeam = nullptr;
    QPushButton *m_addTeamButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace qadesk::ui
