#include "ActingPerson.h"

#include "storage/PeopleStore.h"
#include "workspace/WorkspaceSetup.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

void ActingPerson::addOption(QCommandLineParser &parser)
{
    parser.addOption({u"as"_s, tr("Act as this person (email); their roles decide what is allowed."), tr("email")});
}

Result<qint64> ActingPerson::resolve(Database &db, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"as"_s).trimmed();
    if (email.isEmpty())
        return 0;
    const Result<std::optional<Person>> person = PeopleStore(db).findByEmail(email);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::unexpected(Error::notFound(tr("--as: nobody with the email \"%1\" in this workspace").arg(email)));
    return (*person)->id;
}

Result<std::optional<qint64>> ActingPerson::importer(Database &db, const QCommandLineParser &parser, const QString &what)
{
    if (!parser.value(u"as"_s).trimmed().isEmpty()) {
        const Result<qint64> id = resolve(db, parser);
        if (!id)
            return std::unexpected(id.error());
        return std::optional<qint64>(*id);
    }
    const Result<bool> hasAdmin = WorkspaceSetup::hasAdmin(db);
    if (!hasAdmin)
        return std::unexpected(hasAdmin.error());
    if (*hasAdmin)
        return std::unexpected(Error{Error::Code::Permission,
                                     tr("%1: this workspace has a QA admin; say who imports with --as EMAIL (a QA admin)")
                                         .arg(what)});
    return std::optional<qint64>();
}

} // namespace qadesk::cli
