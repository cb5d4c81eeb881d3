#pragma once

#include "domain/Person.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace qadesk::ui {

// "Who are you?" for a local workspace: the people with their roles; Enter or Continue picks.
class IdentityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityPage(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people, const QString &preselectedEmail);

Q_SIGNALS:
    void chosen(const qadesk::Person &person);

private:
    void choose();

    QList<Person> m_people;
    QListWidget *m_list = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace qadesk::ui
