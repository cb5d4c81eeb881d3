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
    // Teams this trainer may evaluate (slugs). Empty means none listed: whether that allows
    // every team depends on the workspace (see people/TeamAccess).
    QStringList evaluableTeams;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
};

struct Team
{
    qint64 id = 0;
    QString slug;
    QString name;
};

} // namespace qadesk
