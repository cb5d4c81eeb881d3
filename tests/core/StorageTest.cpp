#include "scoring/ScorecardParser.h"
#include "storage/AuditLog.h"
#include "storage/EvaluationStore.h"
#include "storage/Migrator.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/PostgresServer.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

Scorecard vectorCard(int index = 0)
{
    const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
    const Result<Scorecard> card = ScorecardParser::fromJson(
        vectors.value(u"cases"_s).toArray().at(index).toObject().value(u"scorecard"_s).toObject());
    REQUIRE(card.has_value());
    return *card;
}

Ticket sampleTicket()
{
    Ticket t;
    t.sourceName = u"zendesk-main"_s;
    t.externalId = u"40001"_s;
    t.subject = u"Не приходит почта на домен"_s;
    t.status = u"solved"_s;
    t.channel = u"email"_s;
    t.tags = {u"l1"_s, u"mail"_s};
    t.team = u"first-line"_s;
    t.assigneeEmail = u"anna@example.ru"_s;
    t.assigneeName = u"Анна Смирнова"_s;
    t.requesterName = u"Client"_s;
    t.requesterEmail = u"client@example.com"_s;
    t.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc());
    t.updatedAt = QDateTime(QDate(2026, 10, 2), QTime(10, 0), QTimeZone::utc());
    t.solvedAt = t.updatedAt;
    t.csat = u"good"_s;
    t.url = u"https://x.zendesk.com/agent/tickets/40001"_s;
    Message customer;
    customer.externalId = u"1"_s;
    customer.authorName = u"Client"_s;
    customer.authorKind = AuthorKind::Customer;
    customer.createdAt = t.createdAt;
    customer.bodyText = u"Письма не доходят"_s;
    customer.bodyHtml = u"<p>Письма не доходят</p>"_s;
    customer.attachments = {{u"bounce.eml"_s, 4096, u"message/rfc822"_s, QString()}};
    Message note = customer;
    note.externalId = u"2"_s;
    note.authorName = u"Анна"_s;
    note.authorKind = AuthorKind::Engineer;
    note.isPublic = false;
    note.bodyText = u"Проверила MX"_s;
    note.attachments.clear();
    note.createdAt = t.createdAt.addSecs(600);
    t.messages = {customer, note};
    return t;
}

} // namespace

TEST_CASE("a new database is migrated to the latest schema", "[storage][migration]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Result<int> version = t.db().schemaVersion();
    REQUIRE(version.has_value());
    CHECK(*version == Migrator::latestVersion());
    const QStringList tables = t.db().connection().tables();
    for (const QString &table : {u"people"_s, u"person_roles"_s, u"teams"_s, u"team_members"_s, u"sources"_s,
                                 u"tickets"_s, u"messages"_s, u"message_attachments"_s, u"scorecards"_s,
                                 u"scorecard_versions"_s, u"evaluations"_s, u"answers"_s, u"audit_log"_s}) {
        INFO(table.toStdString());
        CHECK(tables.contains(table));
    }
    // Opening again applies nothing and keeps the version.
    auto again = t.reopen();
    CHECK(again->schemaVersion().value_or(-1) == Migrator::latestVersion());
}

TEST_CASE("a database newer than the application is refused with a clear message", "[storage][migration]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    REQUIRE(t.db().run(u"UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'"_s).has_value());
    const Result<std::unique_ptr<Database>> reopened = Database::open(t.url());
    REQUIRE_FALSE(reopened.has_value());
    CHECK(reopened.error().code == Error::Code::Conflict);
    CHECK(reopened.error().message.contains(u"schema version 999"_s));
    CHECK(reopened.error().message.contains(u"newer than this QA Desk"_s));
}

TEST_CASE("a failed transaction leaves nothing half-written", "[storage]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    PeopleStore people(t.db());
    const Status result = t.db().transaction([&]() -> Status {
        REQUIRE(people.ensurePerson(u"a@example.ru"_s).has_value());
        REQUIRE(people.ensurePerson(u"b@example.ru"_s).has_value());
        return std::unexpected(Error::invalid(u"stop"_s));
    });
    CHECK_FALSE(result.has_value());
    CHECK(people.list().value().isEmpty());
}

TEST_CASE("the audit log is append-only in the database itself", "[storage][audit]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    AuditEntry entry;
    entry.action = u"test.action"_s;
    entry.entity = u"thing"_s;
    entry.entityId = u"1"_s;
    entry.before = QJsonObject{{u"x"_s, 1}};
    entry.after = QJsonObject{{u"x"_s, 2}};
    entry.reason = u"because"_s;
    REQUIRE(AuditLog(t.db()).append(entry).has_value());
    const auto entries = AuditLog(t.db()).list(u"thing"_s, u"1"_s);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().actor == u"qadesk"_s);
    CHECK(entries->first().after.value(u"x"_s).toInt() == 2);
    CHECK(entries->first().reason == u"because"_s);
    CHECK_FALSE(t.db().run(u"UPDATE audit_log SET action = 'forged'"_s).has_value());
    CHECK_FALSE(t.db().run(u"DELETE FROM audit_log"_s).has_value());
    CHECK(AuditLog(t.db()).list().value().size() == 1);
}

TEST_CASE("people, roles and teams round-trip", "[storage]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    PeopleStore people(t.db());
    const qint64 id = people.ensurePerson(u"Anna@Example.RU"_s, u"Анна"_s, u"en"_s).value();
    CHECK(people.ensurePerson(u"anna@example.ru"_s).value() == id);
    REQUIRE(people.addRole(id, Role::Trainer).has_value());
    REQUIRE(people.addRole(id, Role::Arbiter).has_value());
    REQUIRE(people.addRole(id, Role::Trainer).has_value()); // twice is fine
    REQUIRE(people.addToTeam(u"second-line"_s, id).has_value());
    const std::optional<Person> anna = people.findByEmail(u"anna@example.ru"_s).value();
    REQUIRE(anna.has_value());
    CHECK(anna->name == u"Анна"_s);
    CHECK(anna->language == u"en"_s);
    CHECK(anna->roles == QList<Role>{Role::Arbiter, Role::Trainer});
    CHECK(anna->teams == QStringList{u"second-line"_s});
    CHECK_FALSE(people.ensurePerson(u"  "_s).has_value());
}

TEST_CASE("tickets with their conversation round-trip and are never duplicated", "[storage][tickets]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    TicketStore store(t.db());
    const Ticket original = sampleTicket();
    const qint64 id = store.save(original).value();

    const std::optional<Ticket> loaded = store.get(id).value();
    REQUIRE(loaded.has_value());
    CHECK(loaded->subject == original.subject);
    CHECK(loaded->tags == original.tags);
    CHECK(loaded->team == u"first-line"_s);
    CHECK(loaded->assigneeEmail == u"anna@example.ru"_s);
    CHECK(loaded->solvedAt == original.solvedAt);
    CHECK(loaded->csat == u"good"_s);
    CHECK_FALSE(loaded->stub);
    REQUIRE(loaded->messages.size() == 2);
    CHECK(loaded->messages.at(0).bodyText == u"Письма не доходят"_s);
    CHECK(loaded->messages.at(0).createdAt == original.messages.at(0).createdAt);
    REQUIRE(loaded->messages.at(0).attachments.size() == 1);
    CHECK(loaded->messages.at(0).attachments.at(0).name == u"bounce.eml"_s);
    CHECK(loaded->messages.at(0).attachments.at(0).sizeBytes == 4096);
    CHECK_FALSE(loaded->messages.at(1).isPublic);
    CHECK(loaded->messages.at(1).authorKind == AuthorKind::Engineer);

    // Saving the same ticket again (a repeated sync) updates it in place.
    Ticket changed = original;
    changed.subject = u"Updated"_s;
    changed.messages.removeLast();
    CHECK(store.save(changed).value() == id);
    const QList<Ticket> all = store.list().value();
    REQUIRE(all.size() == 1);
    CHECK(all.first().subject == u"Updated"_s);
    CHECK(all.first().messageCount == 1);
}

TEST_CASE("a batch of tickets with long conversations is stored whole and in order or not at all", "[storage][tickets]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    TicketStore store(t.db());
    // 40 messages: several multi-row statements, with messages carrying attachments (stored one
    // by one) in between; two tickets share the team and the assignee (looked up once).
    QList<Ticket> batch;
    for (int n = 0; n < 2; ++n) {
        Ticket ticket = sampleTicket();
        ticket.externalId = u"batch-%1"_s.arg(n);
        ticket.messages.clear();
        for (int i = 0; i < 40; ++i) {
            Message m;
            m.externalId = i == 7 ? QString() : u"m%1"_s.arg(i);   // no id: its position stands in
            m.authorName = u"Анна"_s;
            m.authorKind = i % 2 ? AuthorKind::Engineer : AuthorKind::Customer;
            m.isPublic = i != 5;
            m.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc()).addSecs(60 * i);
            m.bodyText = u"сообщение %1 / message %1"_s.arg(i);
            if (i == 3 || i == 20 || i == 39)
                m.attachments.append({u"file-%1.pdf"_s.arg(i), 100 + i, u"application/pdf"_s, u"https://x.example/%1"_s.arg(i)});
            ticket.messages.append(m);
        }
        batch.append(ticket);
    }
    REQUIRE(store.saveAll(batch).has_value());
    for (int n = 0; n < 2; ++n) {
        const qint64 id = store.findId(u"zendesk-main"_s, u"batch-%1"_s.arg(n)).value().value();
        const Ticket loaded = store.get(id).value().value();
        CHECK(loaded.team == u"first-line"_s);
        CHECK(loaded.assigneeEmail == u"anna@example.ru"_s);
        REQUIRE(loaded.messages.size() == 40);
        for (int i = 0; i < 40; ++i) {
            INFO(i);
            const Message &m = loaded.messages.at(i);
            CHECK(m.externalId == (i == 7 ? u"8"_s : u"m%1"_s.arg(i)));
            CHECK(m.bodyText == u"сообщение %1 / message %1"_s.arg(i));
            CHECK(m.isPublic == (i != 5));
            CHECK(m.authorKind == (i % 2 ? AuthorKind::Engineer : AuthorKind::Customer));
            REQUIRE(m.attachments.size() == ((i == 3 || i == 20 || i == 39) ? 1 : 0));
            if (!m.attachments.isEmpty())
                CHECK(m.attachments.first().sizeBytes == 100 + i);
        }
    }

    // One bad ticket (no external id) rolls the whole batch back, and a raised stop flag too.
    Ticket bad = sampleTicket();
    bad.externalId.clear();
    Ticket third = sampleTicket();
    third.externalId = u"batch-2"_s;
    const Status refused = store.saveAll({third, bad});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"external id"_s));
    CHECK_FALSE(store.findId(u"zendesk-main"_s, u"batch-2"_s).value().has_value());
    const std::atomic<bool> stop{true};
    CHECK_FALSE(store.saveAll({third}, &stop).has_value());
    CHECK_FALSE(store.findId(u"zendesk-main"_s, u"batch-2"_s).value().has_value());
    CHECK(store.list().value().size() == 2);
}

TEST_CASE("a stub ticket is filled in by a later save", "[storage][tickets]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    TicketStore store(t.db());
    const qint64 stubId = store.ensureStub(u"zendesk-main"_s, u"40001"_s, u"anna@example.ru"_s).value();
    CHECK(store.ensureStub(u"zendesk-main"_s, u"40001"_s, u"anna@example.ru"_s).value() == stubId);
    CHECK(store.get(stubId).value()->stub);
    CHECK(store.save(sampleTicket()).value() == stubId);
    const Ticket filled = *store.get(stubId).value();
    CHECK_FALSE(filled.stub);
    CHECK(filled.messages.size() == 2);
}

TEST_CASE("scorecard versions are kept and never change under an evaluation", "[storage][scorecards]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    ScorecardStore cards(t.db());
    const Scorecard v1 = vectorCard();
    const ScorecardImportResult first = cards.save(v1).value();
    CHECK(first.newCard);
    CHECK(first.newVersion);
    CHECK(first.version == v1.contentVersion());
    const ScorecardImportResult same = cards.save(v1).value();
    CHECK_FALSE(same.newCard);
    CHECK_FALSE(same.newVersion);

    Scorecard v2 = v1;
    v2.sections[0].criteria[0].weight = 5;
    const ScorecardImportResult second = cards.save(v2).value();
    CHECK(second.newVersion);
    CHECK(second.version != first.version);
    CHECK(cards.current(v1.id).value().contentHash == second.version);
    CHECK(cards.version(v1.id, first.version.left(8)).value().card.toJson() == v1.toJson());
    CHECK(cards.versions(v1.id).value().size() == 2);
    const QList<ScorecardSummary> list = cards.list().value();
    REQUIRE(list.size() == 1);
    CHECK(list.first().versionCount == 2);
    CHECK(list.first().criterionCount == v1.criterionCount());
    CHECK_FALSE(cards.current(u"nope"_s).has_value());
    CHECK(cards.current(u"nope"_s).error().code == Error::Code::NotFound);
    CHECK(AuditLog(t.db()).list(u"scorecard"_s, v1.id).value().size() == 2);

    // Going back to the first content reuses its version instead of making a third.
    CHECK_FALSE(cards.save(v1).value().newVersion);
    CHECK(cards.current(v1.id).value().contentHash == first.version);
}

TEST_CASE("an evaluation with its answers round-trips", "[storage][evaluations]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const Scorecard card = vectorCard();
    const ScorecardImportResult saved = ScorecardStore(t.db()).save(card).value();
    const qint64 ticketId = TicketStore(t.db()).save(sampleTicket()).value();
    PeopleStore people(t.db());
    EvaluationRecord r;
    r.ticketId = ticketId;
    r.engineerId = people.ensurePerson(u"anna@example.ru"_s).value();
    r.trainerId = people.ensurePerson(u"trainer@example.ru"_s).value();
    r.scorecardVersionId = ScorecardStore(t.db()).current(card.id).value().versionId;
    r.submittedAt = QDateTime(QDate(2026, 10, 3), QTime(12, 0), QTimeZone::utc());
    r.score = 91.00000000000001;
    r.uncappedScore = 91.00000000000001;
    r.complete = true;
    r.comment = u"Хорошо"_s;
    r.answers = {{u"understood"_s, {AnswerValue::Yes, {}}}, {u"workaround"_s, {AnswerValue::Partly, u"без шагов"_s}}};
    const qint64 id = EvaluationStore(t.db()).insert(r).value();

    const std::optional<Evaluation> e = EvaluationStore(t.db()).get(id).value();
    REQUIRE(e.has_value());
    CHECK(e->score == r.score); // exact: kept unrounded
    CHECK(e->scorecardVersion == saved.version);
    CHECK(e->engineerEmail == u"anna@example.ru"_s);
    CHECK(e->submittedAt == r.submittedAt);
    CHECK(e->answers == r.answers);
    CHECK(e->status == EvaluationStatus::Submitted);
    CHECK(EvaluationStore(t.db()).exists(ticketId, r.trainerId, r.submittedAt).value());
    CHECK_FALSE(EvaluationStore(t.db()).exists(ticketId, r.trainerId, r.submittedAt.addSecs(1)).value());
    CHECK(EvaluationStore(t.db()).forTicket(ticketId).value().size() == 1);
}

TEST_CASE("each migration applies to a database one version older and keeps its data", "[storage][migration]")
{
    // The table each step introduces; a new migration adds its line here.
    const std::map<int, QString> introduces{{2, u"evaluation_drafts"_s}, {3, u"sync_state"_s},
                                            {4, u"disputes"_s}, {5, u"assignments"_s},
                                            {6, u"kpi_month_closes"_s}, {7, u"mail_outbox"_s}};
    REQUIRE(introduces.rbegin()->first <= Migrator::latestVersion());
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    const int step = GENERATE(range(2, Migrator::latestVersion() + 1));
    INFO(backendName(backend) << ", migration " << step);
    QTemporaryDir dir;
    const QString url = backend == Backend::Sqlite ? u"sqlite:"_s + dir.filePath(u"old.qadesk"_s)
                                                   : PostgresServer::instance().createDatabase();
    {
        auto old = Database::open(url, step - 1);
        REQUIRE(old.has_value());
        CHECK((*old)->schemaVersion().value() == step - 1);
        if (introduces.contains(step))
            CHECK_FALSE((*old)->connection().tables().contains(introduces.at(step)));
        REQUIRE(TicketStore(**old).save(sampleTicket()).has_value());
    }
    auto next = Database::open(url, step);
    REQUIRE(next.has_value());
    CHECK((*next)->schemaVersion().value() == step);
    if (introduces.contains(step))
        CHECK((*next)->connection().tables().contains(introduces.at(step)));
    CHECK(TicketStore(**next).list().value().size() == 1);
}
