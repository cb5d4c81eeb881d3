#include "people/PeopleImporter.h"
#include "storage/PeopleStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray peopleDocument(const QJsonArray &people, const QJsonArray &teams = {})
{
    QJsonObject root{{u"format"_s, u"qadesk.people/1"_s}, {u"people"_s, people}};
    if (!teams.isEmpty())
        root.insert(u"teams"_s, teams);
    return QJsonDocument(root).toJson();
}

QJsonObject person(const QString &email, const QString &name, const QStringList &roles,
                   const QStringList &teams = {}, const QString &language = u"ru"_s)
{
    return QJsonObject{{u"email"_s, email},
                       {u"name"_s, name},
                       {u"roles"_s, QJsonArray::fromStringList(roles)},
                       {u"teams"_s, QJsonArray::fromStringList(teams)},
                       {u"language"_s, language}};
}

const QJsonArray demoTeams{QJsonObject{{u"id"_s, u"first-line"_s}, {u"name"_s, u"Первая линия"_s}},
                           QJsonObject{{u"id"_s, u"second-line"_s}, {u"name"_s, u"Вторая линия"_s}}};

PeopleDirectory parsedDirectory(const QByteArray &json)
{
    const Result<PeopleDirectory> directory = PeopleImporter::parse(json);
    INFO((directory ? QString() : directory.error().message).toStdString());
    REQUIRE(directory.has_value());
    return *directory;
}

} // namespace

TEST_CASE("people file: a valid directory is read completely", "[import][people]")
{
    const PeopleDirectory d = parsedDirectory(peopleDocument(
        {person(u" Anna@Example.RU "_s, u"Анна Смирнова"_s, {u"engineer"_s, u"team_lead"_s}, {u"first-line"_s}),
         person(u"boris@example.ru"_s, u"Boris"_s, {u"trainer"_s, u"arbiter"_s, u"admin"_s}, {}, u"en"_s)},
        demoTeams));
    REQUIRE(d.teams.size() == 2);
    CHECK(d.teams.at(0).slug == u"first-line"_s);
    CHECK(d.teams.at(0).name == u"Первая линия"_s);
    REQUIRE(d.people.size() == 2);
    CHECK(d.people.at(0).email == u"anna@example.ru"_s);
    CHECK(d.people.at(0).roles == QList<Role>{Role::Engineer, Role::TeamLead});
    CHECK(d.people.at(0).teams == QStringList{u"first-line"_s});
    CHECK(d.people.at(0).language == u"ru"_s);
    CHECK(d.people.at(1).roles == QList<Role>{Role::Trainer, Role::Arbiter, Role::Admin});
    CHECK(d.people.at(1).language == u"en"_s);

    // language defaults to ru; roles and teams may be left out.
    const PeopleDirectory minimal = parsedDirectory(
        R"({"format": "qadesk.people/1", "people": [{"email": "v@example.ru", "name": "Вера"}]})");
    REQUIRE(minimal.people.size() == 1);
    CHECK(minimal.people.first().language == u"ru"_s);
    CHECK(minimal.people.first().roles.isEmpty());
    CHECK(minimal.teams.isEmpty());
}

TEST_CASE("people file: every problem is named by its path, all at once", "[import][people]")
{
    QJsonObject missingEmail = person(u"x@example.ru"_s, u"X"_s, {u"engineer"_s});
    missingEmail.remove(u"email"_s);
    QJsonObject unknownField = person(u"y@example.ru"_s, u"Y"_s, {u"engineer"_s});
    unknownField.insert(u"phone"_s, u"+7 000"_s);
    const QJsonArray people{
        person(u"a@example.ru"_s, u"A"_s, {u"engineer"_s, u"boss"_s}),                  // people[0].roles[1]
        person(u"b@example.ru"_s, u"B"_s, {u"engineer"_s}, {}, u"de"_s),                // people[1].language
        missingEmail,                                                                   // people[2].email
        unknownField,                                                                   // people[3].phone
        person(u"not-an-email"_s, u"Z"_s, {u"trainer"_s}),                             // people[4].email
        person(u"ok@example.ru"_s, u"OK"_s, {u"trainer"_s}),                            // fine
    };
    const QJsonArray teams{QJsonObject{{u"id"_s, u"Bad Slug"_s}, {u"name"_s, u"Плохой"_s}}, // teams[0].id
                           QJsonObject{{u"id"_s, u"calls"_s}}};                           // teams[1].name

    const Result<PeopleDirectory> r = PeopleImporter::parse(peopleDocument(people, teams));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Error::Code::InvalidInput);
    const QString message = r.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(u"people[0].roles[1]: must be one of admin, trainer, arbiter, engineer, team_lead"_s));
    CHECK(message.contains(u"people[1].language: must be \"ru\" or \"en\""_s));
    CHECK(message.contains(u"people[2].email: is required"_s));
    CHECK(message.contains(u"people[3].phone: unknown field"_s));
    CHECK(message.contains(u"people[4].email: must be an email address"_s));
    CHECK(message.contains(u"teams[0].id: "_s));
    CHECK(message.contains(u"teams[1].name: is required"_s));
    CHECK_FALSE(message.contains(u"people[5]"_s));
    CHECK(message.split(u'\n').size() == 7);
}

TEST_CASE("people file: format and the people list are required", "[import][people]")
{
    const Result<PeopleDirectory> wrongFormat =
        PeopleImporter::parse(R"({"format": "qadesk.evaluations/1", "people": []})");
    REQUIRE_FALSE(wrongFormat.has_value());
    CHECK(wrongFormat.error().message.contains(u"format: "_s));

    const Result<PeopleDirectory> noPeople = PeopleImporter::parse(R"({"format": "qadesk.people/1", "staff": []})");
    REQUIRE_FALSE(noPeople.has_value());
    CHECK(noPeople.error().message.contains(u"people: is required"_s));
    CHECK(noPeople.error().message.contains(u"staff: unknown field"_s));
}

TEST_CASE("people are written with roles and teams, and a re-import updates without duplicating",
          "[import][people]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    PeopleImporter importer(t.db());
    const PeopleDirectory first = parsedDirectory(peopleDocument(
        {person(u"anna@example.ru"_s, u"Анна Смирнова"_s, {u"engineer"_s}, {u"first-line"_s}),
         person(u"boris@example.ru"_s, u"Boris"_s, {u"trainer"_s, u"arbiter"_s}, {u"second-line"_s}, u"en"_s)},
        demoTeams));
    const Status written = importer.write(first);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());

    PeopleStore store(t.db());
    REQUIRE(store.list().value().size() == 2);
    const QList<Team> teams = store.teams().value();
    REQUIRE(teams.size() == 2);
    CHECK(teams.at(0).slug == u"first-line"_s);
    CHECK(teams.at(0).name == u"Первая линия"_s);
    CHECK(teams.at(1).slug == u"second-line"_s);
    CHECK(teams.at(1).name == u"Вторая линия"_s);

    const Person anna = *store.findByEmail(u"anna@example.ru"_s).value();
    CHECK(anna.name == u"Анна Смирнова"_s);
    CHECK(anna.roles == QList<Role>{Role::Engineer});
    CHECK(anna.teams == QStringList{u"first-line"_s});
    const Person boris = *store.findByEmail(u"boris@example.ru"_s).value();
    CHECK(boris.hasRole(Role::Trainer));
    CHECK(boris.hasRole(Role::Arbiter));
    CHECK_FALSE(boris.hasRole(Role::Engineer));
    CHECK(boris.language == u"en"_s);
    CHECK(boris.teams == QStringList{u"second-line"_s});

    // Again, with a new name, a renamed team and one more role: updated in place.
    const PeopleDirectory second = parsedDirectory(peopleDocument(
        {person(u"Anna@Example.ru"_s, u"Анна Кузнецова"_s, {u"engineer"_s, u"team_lead"_s}, {u"first-line"_s}, u"en"_s)},
        {QJsonObject{{u"id"_s, u"first-line"_s}, {u"name"_s, u"L1"_s}}}));
    REQUIRE(importer.write(second).has_value());
    REQUIRE(importer.write(second).has_value());

    CHECK(store.list().value().size() == 2);
    CHECK(store.teams().value().size() == 2);
    const Person renamed = *store.findByEmail(u"anna@example.ru"_s).value();
    CHECK(renamed.id == anna.id);
    CHECK(renamed.name == u"Анна Кузнецова"_s);
    CHECK(renamed.language == u"en"_s);
    CHECK(renamed.hasRole(Role::Engineer));
    CHECK(renamed.hasRole(Role::TeamLead));
    CHECK(renamed.roles.size() == 2);
    CHECK(renamed.teams == QStringList{u"first-line"_s});
    CHECK(store.teams().value().at(0).name == u"L1"_s);
}
