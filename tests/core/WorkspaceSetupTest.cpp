// A new workspace's first person, and where QA Desk finds its workspace.
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/PeopleStore.h"
#include "storage/WorkspaceLocation.h"
#include "support/TestDatabase.h"
#include "workspace/WorkspaceSetup.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("the first person of an empty workspace becomes its QA admin and trainer, once", "[workspace]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase test(backend);
    Database &db = test.db();
    CHECK_FALSE(WorkspaceSetup::hasPeople(db).value());

    const Result<Person> badEmail = WorkspaceSetup::createFirstAdmin(db, u"Anna"_s, u"anna.example.com"_s, u"en"_s);
    REQUIRE_FALSE(badEmail.has_value());
    CHECK(badEmail.error().isInvalidInput());
    CHECK(badEmail.error().message.startsWith(u"email:"_s));
    const Result<Person> noName = WorkspaceSetup::createFirstAdmin(db, u"  "_s, u"anna@example.com"_s, u"en"_s);
    REQUIRE_FALSE(noName.has_value());
    CHECK(noName.error().message.startsWith(u"name:"_s));
    CHECK(PeopleStore(db).list().value().isEmpty());

    const Result<Person> admin = WorkspaceSetup::createFirstAdmin(db, u" Anna  Petrova "_s, u" Anna@Example.com"_s, u"ru"_s);
    REQUIRE(admin.has_value());
    CHECK(admin->name == u"Anna Petrova"_s);
    CHECK(admin->email == u"anna@example.com"_s);
    CHECK(admin->language == u"ru"_s);
    CHECK(admin->hasRole(Role::Admin));
    CHECK(admin->hasRole(Role::Trainer));
    CHECK_FALSE(admin->hasRole(Role::Engineer));
    const QList<AuditEntry> audit = AuditLog(db).list(u"person"_s, QString::number(admin->id)).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"workspace.first_admin"_s);
    CHECK(audit.first().actorId == admin->id);

    // Nobody else can claim the workspace this way.
    const Result<Person> second = WorkspaceSetup::createFirstAdmin(db, u"Boris"_s, u"boris@example.com"_s, u"en"_s);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK(PeopleStore(db).list().value().size() == 1);
}

TEST_CASE("the workspace is --db, else $QADESK_DB, else the remembered one, never with its password",
          "[workspace]")
{
    QStandardPaths::setTestModeEnabled(true);
    WorkspaceLocation::forget();
    const QByteArray savedEnvironment = qgetenv("QADESK_DB");
    qunsetenv("QADESK_DB");

    CHECK_FALSE(WorkspaceLocation::chosen({}).has_value());
    CHECK(WorkspaceLocation::resolve({}) == WorkspaceLocation::defaultUrl()); // the command line's default

    WorkspaceLocation::remember(u"postgresql://qa:s3cret@db.example.com:5433/qadesk"_s, true);
    CHECK(WorkspaceLocation::remembered() == u"postgresql://qa@db.example.com:5433/qadesk"_s);
    CHECK(WorkspaceLocation::passwordInKeychain());
    CHECK_FALSE(QSettings().allKeys().join(u' ').contains(u"s3cret"_s));
    for (const QString &key : QSettings().allKeys())
        CHECK_FALSE(QSettings().value(key).toString().contains(u"s3cret"_s));
    CHECK(WorkspaceLocation::secretName(u"postgresql://qa:s3cret@db.example.com:5433/qadesk"_s)
          == u"database postgresql://qa@db.example.com:5433/qadesk"_s);
    CHECK(WorkspaceLocation::chosen({}).value() == u"postgresql://qa@db.example.com:5433/qadesk"_s);

    qputenv("QADESK_DB", "demo");
    CHECK(WorkspaceLocation::chosen({}).value() == WorkspaceLocation::defaultUrl());
    CHECK(WorkspaceLocation::chosen(u"sqlite:/tmp/given.qadesk"_s).value() == u"sqlite:/tmp/given.qadesk"_s);

    // The password goes back in only to connect, percent-encoded.
    const QString withPassword = DatabaseUrl::withPassword(u"postgresql://qa@db.example.com:5433/qadesk"_s, u"p@ss/word"_s);
    const DatabaseUrl parsed = DatabaseUrl::parse(withPassword).value();
    CHECK(parsed.password == u"p@ss/word"_s);
    CHECK(parsed.host == u"db.example.com"_s);
    CHECK(DatabaseUrl::withPassword(u"sqlite:/tmp/x.qadesk"_s, u"pw"_s) == u"sqlite:/tmp/x.qadesk"_s);

    WorkspaceLocation::forget();
    if (savedEnvironment.isNull())
        qunsetenv("QADESK_DB");
    else
        qputenv("QADESK_DB", savedEnvironment);
    QStandardPaths::setTestModeEnabled(false);
}
