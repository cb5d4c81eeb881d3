// Request Tracker sync against a mock REST2 server, for faults the real RT peer cannot produce.
#include "helpdesk/RtConnector.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockRt.h"
#include "support/SyncRunner.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

SyncRun sync(Database &db, MockRt &mock, int stopAfterPages = 0, const QString &token = {})
{
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    if (!SourceStore(db).find(u"rt"_s).value())
        REQUIRE(SourceStore(db).add({0, u"rt"_s, u"rt"_s, mock.baseUrl(), {}, u"RT_TOKEN"_s}).has_value());
    RtConnector::Options options;
    options.ticketsPerPage = 100; // the mock's own page size (2) wins, as RT's cap would
    RtConnector connector({u"rt"_s, mock.baseUrl(), {}, token.isEmpty() ? mock.token : token, {}}, http, options);
    return runSync(db, connector, u"rt"_s, stopAfterPages);
}

Ticket stored(Database &db, qint64 id)
{
    const std::optional<qint64> row = TicketStore(db).findId(u"rt"_s, QString::number(id)).value();
    REQUIRE(row.has_value());
    const std::optional<Ticket> ticket = TicketStore(db).get(*row).value();
    REQUIRE(ticket.has_value());
    return *ticket;
}

// The database holds exactly the server's tickets, each with Create + its replies, once.
void requireSameAsServer(Database &db, const MockRt &mock)
{
    REQUIRE(TicketStore(db).list().value().size() == mock.tickets().size());
    for (const MockRt::Ticket &expected : mock.tickets()) {
        INFO(expected.id);
        const Ticket t = stored(db, expected.id);
        CHECK(t.subject == expected.subject);
        REQUIRE(t.messages.size() == expected.replies + 1);
        CHECK(t.messages.at(0).bodyText == u"Текст сообщения %1"_s.arg(expected.id * 100));
        CHECK(t.messages.at(0).authorKind == AuthorKind::Customer);
        for (int r = 1; r <= expected.replies; ++r) {
            CHECK(t.messages.at(r).isPublic == (r % 2 == 1)); // Correspond, Comment, …
            CHECK(t.messages.at(r).authorKind == AuthorKind::Engineer);
        }
    }
}

void seed(MockRt &mock, int tickets)
{
    for (int i = 1; i <= tickets; ++i)
        mock.addTicket(i, u"Тикет %1"_s.arg(i), i % 4);
}

} // namespace

TEST_CASE("an RT sync pages through the search and every history, and a second sync stores nothing twice",
          "[sync][rt]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    CHECK(run.stats.tickets == 7); // each page re-anchored on its newest LastUpdated: none twice
    requireSameAsServer(t.db(), mock);
    const Ticket first = stored(t.db(), 1);
    CHECK(first.team == u"QA-Support"_s);
    CHECK(first.assigneeName == u"Alice Agent"_s);
    CHECK(first.requesterEmail == u"bob@customer.example"_s);
    CHECK(first.status == u"solved"_s);
    CHECK(first.tags == QStringList{u"l1"_s});
    CHECK(first.csat == u"4"_s);

    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    CHECK(again.stats.tickets == 0);
    requireSameAsServer(t.db(), mock);

    mock.reply(3);
    const SyncRun changed = sync(t.db(), mock);
    REQUIRE(changed.ok);
    CHECK(changed.stats.tickets == 1);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a burst of RT server errors is retried", "[sync][rt][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 5);
    mock.failNext = 3;
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("truncated RT JSON stops the sync cleanly and the next one resumes", "[sync][rt][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 6);
    mock.afterSearchPage = [&mock](int page) { mock.truncateNextSearch = page == 2; };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"not the expected JSON"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 2);
    mock.afterSearchPage = nullptr;
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("an RT ticket that gets a reply during the sync is not lost", "[sync][rt][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 8);
    mock.afterSearchPage = [&mock](int page) {
        if (page == 1)
            mock.reply(1); // moves to the end: page numbers alone would skip ticket 3
    };
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("an interrupted RT sync resumes and ends as an uninterrupted one", "[sync][rt][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 7);
    const SyncRun interrupted = sync(t.db(), mock, 1);
    CHECK_FALSE(interrupted.ok);
    CHECK(TicketStore(t.db()).list().value().size() == 2);
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    CHECK(resumed.stats.tickets == 5); // went on from the checkpoint
    requireSameAsServer(t.db(), mock);

    TestDatabase fresh(Backend::Sqlite);
    REQUIRE(sync(fresh.db(), mock).ok);
    CHECK(SourceStore(fresh.db()).checkpoint(u"rt"_s).value() == SourceStore(t.db()).checkpoint(u"rt"_s).value());
    for (const MockRt::Ticket &ticket : mock.tickets()) {
        const Ticket got = stored(t.db(), ticket.id);
        const Ticket want = stored(fresh.db(), ticket.id);
        CHECK(got.updatedAt == want.updatedAt);
        REQUIRE(got.messages.size() == want.messages.size());
        for (int i = 0; i < got.messages.size(); ++i)
            CHECK(got.messages.at(i).externalId == want.messages.at(i).externalId);
    }
}

TEST_CASE("a wrong RT token is a permission error that never shows the token", "[sync][rt][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockRt mock;
    seed(mock, 2);
    const SyncRun run = sync(t.db(), mock, 0, u"1-14-wrongwrongwrong"_s);
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"refused the credentials"_s));
    CHECK(run.message.contains(u"RT auth token"_s));
    CHECK_FALSE(run.message.contains(u"wrongwrong"_s));
    CHECK(TicketStore(t.db()).list().value().isEmpty());

    HttpClient http;
    RtConnector connector({u"rt"_s, mock.baseUrl(), {}, u"1-14-wrongwrongwrong"_s, {}}, http);
    std::optional<Status> answer;
    connector.testConnection([&answer](Status status) { answer = std::move(status); });
    for (int i = 0; i < 300 && !answer; ++i)
        QTest::qWait(10);
    REQUIRE(answer.has_value());
    REQUIRE_FALSE(answer->has_value());
    CHECK(answer->error().code == Error::Code::Permission);
    CHECK_FALSE(answer->error().message.contains(u"wrongwrong"_s));
}

TEST_CASE("RT checkpoints round-trip and a foreign one is refused", "[rt]")
{
    RtConnector::Checkpoint checkpoint;
    checkpoint.since = QDateTime::fromString(u"2026-11-22T14:44:05Z"_s, Qt::ISODate);
    checkpoint.page = 2;
    checkpoint.seen = {u"3"_s, u"12"_s};
    const QString text = checkpoint.toText();
    CHECK(text == u"since:2026-11-22T14:44:05.000Z|page:2|seen:3,12"_s);
    const std::optional<RtConnector::Checkpoint> back = RtConnector::Checkpoint::parse(text);
    REQUIRE(back);
    CHECK(back->since == checkpoint.since);
    CHECK(back->page == 2);
    CHECK(back->seen == checkpoint.seen);
    CHECK_FALSE(RtConnector::Checkpoint::parse(u"cursor:abc"_s));

    HttpClient http;
    const RtConnector connector({u"rt"_s, u"https://rt.example/"_s, {}, u"t"_s, {}}, http,
                                RtConnector::Options{100, 100, u"It's"_s, {}});
    CHECK(connector.ticketQuery(checkpoint.since) == u"Queue = 'It\\'s' AND LastUpdated >= '2026-11-22 14:44:05 +0000'"_s);
}
