#include "domain/SourceSettings.h"
#include "helpdesk/ZendeskConnector.h"
#include "net/HttpClient.h"
#include "storage/AuditLog.h"
#include "storage/PeopleStore.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockZendesk.h"
#include "support/SyncRunner.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

Ticket ticket(const QString &status, const QString &group, const QStringList &tags, const QDateTime &solved = {})
{
    Ticket t;
    t.externalId = u"1"_s;
    t.status = status;
    t.team = group;
    t.tags = tags;
    t.solvedAt = solved;
    return t;
}

QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("source settings say which tickets are pulled and why the others are not", "[sources][settings]")
{
    SourceSettings s;
    CHECK_FALSE(s.hasFilter());
    CHECK(s.skipReason(ticket(u"open"_s, {}, {})).isEmpty());

    s.statuses = {u"solved"_s, u"closed"_s};
    CHECK(s.skipReason(ticket(u"Solved"_s, {}, {})).isEmpty()); // as the helpdesk spells it, any case
    CHECK(s.skipReason(ticket(u"open"_s, {}, {})).contains(u"status \"open\""_s));

    s.solvedFrom = QDate(2026, 10, 1);
    s.solvedTo = QDate(2026, 10, 31);
    CHECK(s.skipReason(ticket(u"solved"_s, {}, {})) == u"not solved"_s);
    CHECK(s.skipReason(ticket(u"solved"_s, {}, {}, day(2026, 9, 30))).contains(u"before 2026-10-01"_s));
    CHECK(s.skipReason(ticket(u"solved"_s, {}, {}, day(2026, 10, 31))).isEmpty()); // both ends included
    CHECK(s.skipReason(ticket(u"solved"_s, {}, {}, day(2026, 11, 1))).contains(u"after 2026-10-31"_s));

    s.groups = {u"First line"_s};
    CHECK(s.skipReason(ticket(u"solved"_s, u"VIP"_s, {}, day(2026, 10, 5))).contains(u"group \"VIP\""_s));
    s.tags = {u"billing"_s, u"refund"_s};
    CHECK(s.skipReason(ticket(u"solved"_s, u"first line"_s, {u"other"_s}, day(2026, 10, 5))).contains(u"tags"_s));
    CHECK(s.skipReason(ticket(u"solved"_s, u"first line"_s, {u"Refund"_s}, day(2026, 10, 5))).isEmpty());
}

TEST_CASE("source settings map agents to engineers and groups to teams", "[sources][settings]")
{
    SourceSettings s;
    s.agentEmails.insert(u"anna@helpdesk.example"_s, u"a.smirnova@company.example"_s);
    s.groupTeams.insert(u"First line"_s, u"l1"_s);
    Ticket t = ticket(u"solved"_s, u"first line"_s, {});
    t.assigneeEmail = u"Anna@Helpdesk.example"_s;
    Message agent;
    agent.authorKind = AuthorKind::Engineer;
    agent.authorEmail = u"anna@helpdesk.example"_s;
    Message customer;
    customer.authorKind = AuthorKind::Customer;
    customer.authorEmail = u"anna@helpdesk.example"_s; // only agents are mapped
    t.messages = {agent, customer};
    s.mapPeople(t);
    CHECK(t.assigneeEmail == u"a.smirnova@company.example"_s);
    CHECK(t.team == u"l1"_s);
    CHECK(t.messages.at(0).authorEmail == u"a.smirnova@company.example"_s);
    CHECK(t.messages.at(1).authorEmail == u"anna@helpdesk.example"_s);

    Ticket other = ticket(u"solved"_s, u"VIP"_s, {});
    other.assigneeEmail = u"boris@helpdesk.example"_s;
    s.mapPeople(other);
    CHECK(other.assigneeEmail == u"boris@helpdesk.example"_s); // unmapped agents keep their email
    CHECK(other.team == u"VIP"_s);
}

TEST_CASE("source settings survive JSON and bad settings name their field", "[sources][settings]")
{
    SourceSettings s;
    s.statuses = {u"solved"_s};
    s.solvedFrom = QDate(2026, 1, 1);
    s.groups = {u"L1"_s};
    s.tags = {u"vip"_s};
    s.agentEmails.insert(u"a@h.example"_s, u"b@c.example"_s);
    s.groupTeams.insert(u"L1"_s, u"first-line"_s);
    const Result<SourceSettings> back = SourceSettings::fromJson(s.toJson(), u"source \"x\""_s);
    REQUIRE(back.has_value());
    CHECK(*back == s);

    const QJsonObject badDate = QJsonDocument::fromJson(R"({"pull":{"solved_from":"1st of May"}})").object();
    const Result<SourceSettings> date = SourceSettings::fromJson(badDate, u"source \"x\""_s);
    REQUIRE_FALSE(date.has_value());
    CHECK(date.error().message.contains(u"source \"x\".pull: \"solved_from\""_s));
    const QJsonObject badList = QJsonDocument::fromJson(R"({"pull":{"tags":"vip"}})").object();
    CHECK_FALSE(SourceSettings::fromJson(badList, u"x"_s).has_value());
    const QJsonObject backwards = QJsonDocument::fromJson(R"({"pull":{"solved_from":"2026-02-01","solved_to":"2026-01-01"}})").object();
    CHECK_FALSE(SourceSettings::fromJson(backwards, u"x"_s).has_value());
}

TEST_CASE("a source is edited with its settings, audited, and a taken name is refused", "[sources][settings]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    SourceStore store(t.db());
    REQUIRE(store.add({0, u"main"_s, u"zendesk"_s, u"https://a.zendesk.com"_s, u"qa@a.example"_s, u"ZD_TOKEN"_s}).has_value());
    REQUIRE(store.add({0, u"other"_s, u"zammad"_s, u"https://z.example"_s, {}, {}}).has_value());
    Source changed = *store.find(u"main"_s).value();
    changed.name = u"support"_s;
    changed.baseUrl = u"https://b.zendesk.com"_s;
    changed.settings.statuses = {u"solved"_s};
    changed.settings.agentEmails.insert(u"a@h.example"_s, u"b@c.example"_s);
    REQUIRE(store.update(u"main"_s, changed).has_value());
    CHECK_FALSE(store.find(u"main"_s).value().has_value());
    const Source stored = *store.find(u"support"_s).value();
    CHECK(stored.baseUrl == u"https://b.zendesk.com"_s);
    CHECK(stored.tokenEnvironment == u"ZD_TOKEN"_s);
    CHECK(stored.settings == changed.settings);
    const QList<AuditEntry> audit = AuditLog(t.db()).list(u"source"_s).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"source.update"_s);
    CHECK(audit.first().before.value(u"name"_s).toString() == u"main"_s);
    CHECK(audit.first().after.value(u"name"_s).toString() == u"support"_s);

    changed.name = u"other"_s;
    const Status taken = store.update(u"support"_s, changed);
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().code == Error::Code::Conflict);
    CHECK(store.update(u"nobody"_s, changed).error().code == Error::Code::NotFound);
}

TEST_CASE("a sync pulls only the tickets the source's settings ask for and maps agents across sources",
          "[sync][sources][settings]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZendesk first;
    MockZendesk second;
    for (int i = 1; i <= 6; ++i) {
        first.addTicket(100 + i, u"Первый %1"_s.arg(i), 2);
        second.addTicket(200 + i, u"Второй %1"_s.arg(i), 1);
    }
    first.setStatus(102, u"open"_s);
    first.setStatus(105, u"solved"_s, {u"spam"_s});
    SourceStore store(t.db());
    for (const auto &[name, mock] : {std::pair{u"first"_s, &first}, std::pair{u"second"_s, &second}}) {
        Source source{0, name, u"zendesk"_s, mock->baseUrl(), mock->email, u"T"_s};
        source.settings.agentEmails.insert(u"anna@example.ru"_s, u"a.smirnova@company.example"_s);
        source.settings.groupTeams.insert(u"first-line"_s, u"l1"_s);
        if (name == u"first"_s) {
            source.settings.statuses = {u"solved"_s, u"closed"_s};
            source.settings.tags = {u"l1"_s};
        }
        REQUIRE(store.add(source).has_value());
    }
    QStringList log;
    for (const auto &[name, mock] : {std::pair{u"first"_s, &first}, std::pair{u"second"_s, &second}}) {
        HttpClient http;
        http.setPolicy(fastRetryPolicy());
        ZendeskConnector connector({name, mock->baseUrl(), mock->email, mock->token, {}}, http);
        SyncEngine engine(t.db(), connector, name);
        QObject::connect(&engine, &SyncEngine::logLine, &engine, [&log](const QString &line) { log.append(line); });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        REQUIRE(finished.wait(30000));
        INFO(finished.first().at(1).toString().toStdString());
        REQUIRE(finished.first().at(0).toBool());
        if (name == u"first"_s)
            CHECK(engine.stats().skipped == 2);
    }
    TicketStore tickets(t.db());
    CHECK_FALSE(tickets.findId(u"first"_s, u"102"_s).value().has_value()); // open
    CHECK_FALSE(tickets.findId(u"first"_s, u"105"_s).value().has_value()); // not tagged l1
    CHECK(tickets.list().value().size() == 4 + 6);
    const QString joined = log.join(u'\n');
    CHECK(joined.contains(u"skipped: status \"open\" is not one of solved, closed"_s));
    CHECK(joined.contains(u"skipped: none of the tags l1"_s));

    // Both helpdesks' Anna is one engineer, in team l1.
    const Ticket fromFirst = *tickets.get(tickets.findId(u"first"_s, u"101"_s).value().value()).value();
    const Ticket fromSecond = *tickets.get(tickets.findId(u"second"_s, u"201"_s).value().value()).value();
    CHECK(fromFirst.assigneeEmail == u"a.smirnova@company.example"_s);
    CHECK(fromSecond.assigneeEmail == u"a.smirnova@company.example"_s);
    CHECK(fromFirst.team == u"l1"_s);
    CHECK_FALSE(PeopleStore(t.db()).findByEmail(u"anna@example.ru"_s).value().has_value());
}
