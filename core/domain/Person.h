#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qadesk {

struct Person
{
    qint64 id = 0;
    QString email;
    QString name;
    QString language = QStringLiteral("ru");
    QList<Role> roles;
    QStringList teams; // team slugs

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
};

struct Team
{
    qint64 id = 0;
    QString slug;
    QString name;
};

} // namespace qadesk
