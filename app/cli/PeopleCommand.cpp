#include "PeopleCommand.h"

#include "cli/ActingPerson.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "people/PeopleService.h"
#include "people/TeamAccess.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

QStringList listValue(const QCommandLineParser &parser, const QString &option)
{
    QStringList items;
    for (const QString &item : parser.value(option).split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

Result<QList<Role>> parseRoles(const QStringList &ids)
{
    QList<Role> roles;
    for (const QString &id : ids) {
        const std::optional<Role> role = roleFromId(QString(id).replace(u'-', u'_').toLower());
        if (!role) {
            QStringList known;
            for (Role r : allRoles())
                known.append(roleId(r));
            return std::unexpected(Error::invalid(
                PeopleCommand::tr("roles: \"%1\" is not a role (one of %2)").arg(id, known.join(u", "_s))));
        }
        if (!roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

QJsonObject personJson(const Person &p, const TeamAccess &access)
{
    QJsonArray roles;
    for (Role role : p.roles)
        roles.append(roleId(role));
    QJsonObject json{{u"id"_s, p.id},
                     {u"email"_s, p.email},
                     {u"name"_s, p.name},
                     {u"language"_s, p.language},
                     {u"roles"_s, roles},
                     {u"teams"_s, QJsonArray::fromStringList(p.teams)},
                     {u"evaluable_teams"_s, QJsonArray::fromStringList(p.evaluableTeams)}};
    if (p.hasRole(Role::Trainer) || p.hasRole(Role::Admin))
        json.insert(u"evaluates_every_team"_s, !access.restricted() || p.hasRole(Role::Admin));
    return json;
}

QString rolesText(const Person &p)
{
    QStringList ids;
    for (Role role : p.roles)
        ids.append(roleId(role));
    return ids.join(u',');
}

} // namespace

QString PeopleCommand::name() const
{
    return u"people"_s;
}

QList<Command::Usage> PeopleCommand::usages() const
{
    return {
        {u"people list [--json]"_s, tr("people with their roles, teams and the teams they evaluate")},
        {u"people teams [--json]"_s, tr("the teams")},
        {u"people add EMAIL [--name N] [--roles R,..] [--teams T,..] [--evaluates T,..] --as ADMIN"_s,
         tr("add a person")},
        {u"people set EMAIL [--name N] [--language ru|en] [--roles R,..] [--teams T,..] [--evaluates T,..] --as ADMIN"_s,
         tr("change a person; each list given replaces the old one (\"\" empties it)")},
        {u"people set-roles EMAIL ROLE[,ROLE..] --as ADMIN"_s,
         tr("roles: admin, trainer, arbiter, engineer, team_lead")},
        {u"people add-team ID [--name NAME] --as ADMIN"_s, tr("add a team")},
    };
}

void PeopleCommand::addOptions(QCommandLineParser &parser) const
{
    ActingPerson::addOption(parser);
    parser.addOption({u"name"_s, tr("The shown name."), tr("name")});
    parser.addOption({u"language"_s, tr("ru or en."), tr("code")});
    parser.addOption({u"roles"_s, tr("Roles, comma-separated."), tr("roles")});
    parser.addOption({u"teams"_s, tr("Teams the person belongs to (ids, comma-separated)."), tr("teams")});
    parser.addOption({u"evaluates"_s, tr("Teams this trainer may evaluate (ids, comma-separated)."), tr("teams")});
}

int PeopleCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    static const QStringList actions{u"list"_s, u"teams"_s, u"add"_s, u"set"_s, u"set-roles"_s, u"add-team"_s};
    if (!actions.contains(action))
        return context.badUsage(tr("people needs one of: %1").arg(actions.join(u", "_s)));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const bool json = parser.isSet(u"json"_s);

    if (action == u"list"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("people list takes no arguments"));
        const Result<QList<Person>> people = PeopleStore(**db).list();
        if (!people)
            return context.fail(people.error());
        const Result<TeamAccess> access = TeamAccess::load(**db);
        if (!access)
            return context.fail(access.error());
        if (json) {
            QJsonArray array;
            for (const Person &p : *people)
                array.append(personJson(p, *access));
            context.printJson(array);
            return Success;
        }
        TextTable table({tr("EMAIL"), tr("NAME"), tr("ROLES"), tr("TEAMS"), tr("EVALUATES")});
        for (const Person &p : *people) {
            QString evaluates;
            if (p.hasRole(Role::Trainer) || p.hasRole(Role::Admin))
                evaluates = !access->restricted() || p.hasRole(Role::Admin) ? tr("every team")
                            : p.evaluableTeams.isEmpty()                   ? tr("no team")
                                                                           : p.evaluableTeams.join(u',');
            table.addRow({p.email, p.name, rolesText(p), p.teams.join(u','), evaluates});
        }
        table.print(context.out(), tr("No people yet."));
        return Success;
    }
    if (action == u"teams"_s) {
        const Result<QList<Team>> teams = PeopleStore(**db).teams();
        if (!teams)
            return context.fail(teams.error());
        if (json) {
            QJsonArray array;
            for (const Team &t : *teams)
                array.append(QJsonObject{{u"id"_s, t.slug}, {u"name"_s, t.name}});
            context.printJson(array);
            return Success;
        }
        TextTable table({tr("ID"), tr("NAME")});
        for (const Team &t : *teams)
            table.addRow({t.slug, t.name});
        table.print(context.out(), tr("No teams yet."));
        return Success;
    }

    const Result<qint64> actor = ActingPerson::resolve(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    PeopleService service(**db);
    if (action == u"add-team"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("people add-team needs the team's id"));
        const Result<Team> team = service.addTeam(args.at(2), parser.value(u"name"_s), *actor);
        if (!team)
            return context.fail(team.error());
        if (json)
            context.printJson(QJsonObject{{u"id"_s, team->slug}, {u"name"_s, team->name}});
        else
            context.out() << tr("Team %1 added.").arg(team->slug) << Qt::endl;
        return Success;
    }

    PeopleService::PersonInput input;
    if (action == u"set-roles"_s) {
        if (args.size() != 4)
            return context.badUsage(tr("people set-roles needs an email and a comma-separated list of roles"));
        const Result<QList<Role>> roles = parseRoles(args.at(3).split(u',', Qt::SkipEmptyParts));
        if (!roles)
            return context.fail(roles.error());
        input.roles = *roles;
    } else {
        if (args.size() != 3)
            return context.badUsage(tr("people %1 needs exactly one email").arg(action));
        input.name = parser.value(u"name"_s);
        input.language = parser.value(u"language"_s);
        if (parser.isSet(u"roles"_s)) {
            const Result<QList<Role>> roles = parseRoles(listValue(parser, u"roles"_s));
            if (!roles)
                return context.fail(roles.error());
            input.roles = *roles;
        }
        if (parser.isSet(u"teams"_s))
            input.teams = listValue(parser, u"teams"_s);
        if (parser.isSet(u"evaluates"_s))
            input.evaluableTeams = listValue(parser, u"evaluates"_s);
    }
    input.email = args.at(2);
    const Result<Person> person = action == u"add"_s ? service.addPerson(input, *actor)
                                                     : service.updatePerson(input, *actor);
    if (!person)
        return context.fail(person.error());
    const Result<TeamAccess> access = TeamAccess::load(**db);
    if (!access)
        return context.fail(access.error());
    if (json)
        context.printJson(personJson(*person, *access));
    else
        context.out() << (action == u"add"_s ? tr("Added %1 (%2).") : tr("Changed %1 (%2)."))
                             .arg(person->email, rolesText(*person))
                      << Qt::endl;
    return Success;
}

} // namespace qadesk::cli
