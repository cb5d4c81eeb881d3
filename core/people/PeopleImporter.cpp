#include "PeopleImporter.h"

#include "common/JsonObjectReader.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

using namespace Qt::StringLiterals;

namespace qadesk {

Result<PeopleDirectory> PeopleImporter::parse(const QByteArray &json)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    QStringList problems;
    JsonObjectReader root(*document, QString(), problems);
    root.rejectUnknown({u"format", u"teams", u"people"});
    requireFormat(root, u"qadesk.people/1"_s);
    PeopleDirectory directory;
    const std::optional<QJsonArray> teams = root.array(u"teams"_s, false);
    for (qsizetype i = 0; teams && i < teams->size(); ++i) {
        JsonObjectReader reader(teams->at(i).toObject(), root.pathOf(u"teams"_s, i), problems);
        reader.rejectUnknown({u"id", u"name"});
        Team team;
        team.slug = reader.id(u"id"_s);
        team.name = reader.nonEmptyString(u"name"_s, true);
        directory.teams.append(team);
    }
    const std::optional<QJsonArray> people = root.array(u"people"_s, true);
    for (qsizetype i = 0; people && i < people->size(); ++i) {
        JsonObjectReader reader(people->at(i).toObject(), root.pathOf(u"people"_s, i), problems);
        reader.rejectUnknown({u"email", u"name", u"roles", u"teams", u"language"});
        Person person;
        person.email = reader.nonEmptyString(u"email"_s, true).trimmed().toLower();
        if (!person.email.isEmpty() && !person.email.contains(u'@'))
            reader.problem(u"email"_s, tr("must be an email address"));
        person.name = reader.nonEmptyString(u"name"_s, true);
        person.language = reader.string(u"language"_s, false).value_or(u"ru"_s);
        if (person.language != u"ru"_s && person.language != u"en"_s)
            reader.problem(u"language"_s, tr("must be \"ru\" or \"en\""));
        const QStringList roles = reader.stringList(u"roles"_s).value_or(QStringList());
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const std::optional<Role> role = roleFromId(roles.at(r));
            if (!role)
                problems.append(reader.pathOf(u"roles"_s, r) + u": "_s
                                + tr("must be one of admin, trainer, arbiter, engineer, team_lead"));
            else
                person.roles.append(*role);
        }
        person.teams = reader.stringList(u"teams"_s).value_or(QStringList());
        directory.people.append(person);
    }
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return directory;
}

Status PeopleImporter::write(const PeopleDirectory &directory)
{
    PeopleStore store(m_db);
    return m_db.transaction([&]() -> Status {
        for (const Team &team : directory.teams) {
            if (const Result<qint64> id = store.ensureTeam(team.slug, team.name); !id)
                return std::unexpected(id.error());
        }
        for (const Person &person : directory.people) {
            const Result<qint64> id = store.ensurePerson(person.email, person.name, person.language);
            if (!id)
                return std::unexpected(id.error());
            if (const Status s = store.updateProfile(*id, person.name, person.language); !s)
                return s;
            for (Role role : person.roles) {
                if (const Status s = store.addRole(*id, role); !s)
                    return s;
            }
            for (const QString &team : person.teams) {
                if (const Status s = store.addToTeam(team, *id); !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace qadesk
