#include "ActingPerson.h"

#include "storage/PeopleStore.h"

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

} // namespace qadesk::cli
