#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qadesk {

QList<Role> allRoles()
{
    return {Role::Admin, Role::Trainer, Role::Arbiter, Role::Engineer, Role::TeamLead};
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Admin: return u"admin"_s;
    case Role::Trainer: return u"trainer"_s;
    case Role::Arbiter: return u"arbiter"_s;
    case Role::Engineer: return u"engineer"_s;
    case Role::TeamLead: return u"team_lead"_s;
    }
    return {};
}

std::optional<Role> roleFromId(QStringView id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("Role", "QA admin");
    case Role::Trainer: return QCoreApplication::translate("Role", "Trainer");
    case Role::Arbiter: return QCoreApplication::translate("Role", "Arbiter");
    case Role::Engineer: return QCoreApplication::translate("Role", "Engineer");
    case Role::TeamLead: return QCoreApplication::translate("Role", "Team lead");
    }
    return {};
}

} // namespace qadesk
