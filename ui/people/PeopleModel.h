#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// People with their roles, teams and the teams they may evaluate, for the admin's people page.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Roles, Teams, Evaluates, ColumnCount };
    enum Role { EmailRole = Qt::UserRole + 1 };

    explicit PeopleModel(QObject *parent = nullptr);

    // `restricted`: whether trainer→team permissions are configured (see TeamAccess).
    void setPeople(QList<Person> people, bool restricted);
    [[nodiscard]] const Person *personAt(int row) const;
    [[nodiscard]] int rowOf(const QString &email) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
    bool m_restricted = false;
};

} // namespace qadesk::ui
