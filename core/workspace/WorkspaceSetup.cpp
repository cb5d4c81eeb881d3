#include "WorkspaceSetup.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<bool> WorkspaceSetup::hasPeople(Database &db)
{
    const Result<QList<Person>> people = PeopleStore(db).list();
    if (!people)
        return std::unexpected(people.error());
    return !people->isEmpty();
}

Result<bool> WorkspaceSetup::hasAdmin(Database &db)
{
    const Result<QList<Person>> people = PeopleStore(db).list();
    if (!people)
        return std::unexpected(people.error());
    return std::any_of(people->begin(), people->end(), [](const Person &p) { return p.hasRole(Role::Admin); });
}

Result<Person> WorkspaceSetup::createFirstAdmin(Database &db, const QString &name, const QString &email,
                                                const QString &language)
{
    const QString cleanName = name.simplified();
    const QString cleanEmail = email.trimmed().toLower();
    if (cleanName.isEmpty())
        return std::unexpected(Error::invalid(tr("name: please enter your name")));
    static const QRegularExpression plausibleEmail(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!plausibleEmail.match(cleanEmail).hasMatch())
        return std::unexpected(Error::invalid(tr("email: \"%1\" is not an email address").arg(email.trimmed())));

    Result<Person> created = std::unexpected(Error{Error::Code::Internal, {}});
    const Status done = db.transaction([&]() -> Status {
        const Result<bool> taken = hasPeople(db);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return std::unexpected(Error{Error::Code::Conflict,
                                         tr("this workspace already has people; ask its QA admin to add you")});
        PeopleStore people(db);
        const Result<qint64> id = people.ensurePerson(cleanEmail, cleanName, language);
        if (!id)
            return std::unexpected(id.error());
        for (const Role role : {Role::Admin, Role::Trainer}) {
            if (const Status added = people.addRole(*id, role); !added)
                return std::unexpected(added.error());
        }
        const Result<std::optional<Person>> person = people.findByEmail(cleanEmail);
        if (!person || !*person)
            return std::unexpected(person ? Error{Error::Code::Internal, tr("the new person could not be read back")}
                                          : person.error());
        AuditEntry entry;
        entry.actorId = *id;
        entry.action = u"workspace.first_admin"_s;
        entry.entity = u"person"_s;
        entry.entityId = QString::number(*id);
        entry.after = QJsonObject{{u"email"_s, cleanEmail}, {u"name"_s, cleanName},
                                  {u"roles"_s, u"admin,trainer"_s}};
        if (const Status logged = AuditLog(db).append(entry); !logged)
            return std::unexpected(logged.error());
        created = **person;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

} // namespace qadesk
