#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace qadesk {

enum class Role { Admin, Trainer, Arbiter, Engineer, TeamLead };

QString roleId(Role role);                          // "admin", "trainer", … "team_lead"
std::optional<Role> roleFromId(QStringView id);
QString roleLabel(Role role);                       // translated
QList<Role> allRoles();

} // namespace qadesk
