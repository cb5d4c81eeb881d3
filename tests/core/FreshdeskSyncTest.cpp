#include "helpdesk/FreshdeskConnector.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockFreshdesk.h"
#include "support/SyncRunner.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// A sync of the mock into the database, run to its end (or to `stopAfterPages`).
SyncRun sync(Database &db, MockFreshdesk &mock, int stopAfterPages = 0, const QString &apiKey = {})
{
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    if (!SourceStore(db).find(u"fd"_s).value())
        REQUIRE(SourceStore(db).add({0, u"fd"_s, u"freshdesk"_s, mock.baseUrl(), {}, u"FD_API_KEY"_s}).has_value());
    FreshdeskConnector connector({u"fd"_s, mock.baseUrl(), {}, apiKey.isEmpty() ? mock.apiKey : apiKey, {}}, http);
    return runSync(db, connector, u"fd"_s, stopAfterPages);
}

// The database holds exactly the server's tickets and messages: none lost, none duplicated.
void requireSameAsServer(Database &db, const MockFreshdesk &mock)
{
    const QList<Ticket> stored = TicketStore(db).list().value();
    REQUIRE(stored.size() == mock.tickets().size());
    for (const MockFreshdesk::Ticket &expected : mock.tickets()) {
        const auto found = std::find_if(stored.begin(), stored.end(),
                                        [&](const Ticket &t) { return t.externalId == QString::number(expected.id); });
        REQUIRE(found != stored.end());
        INFO(expected.id);
        CHECK(found->subject == expected.subject);
        CHECK(found->messageCount == expected.conversations + 1); // the description comes first
        CHECK(found->updatedAt == QDateTime::fromSecsSinceEpoch(expected.updatedAt, QTimeZone::utc()));
    }
}

void seed(MockFreshdesk &mock, int tickets)
{
    mock.ticketsPerPage = 3;
    for (int i = 1; i <= tickets; ++i)
        mock.addTicket(1000 + i, u"Тикет %1"_s.arg(i), i % 5);
}

Ticket storedTicket(Database &db, const QString &externalId)
{
    const std::optional<qint64> id = TicketStore(db).findId(u"fd"_s, externalId).value();
    REQUIRE(id.has_value());
    const std::optional<Ticket> ticket = TicketStore(db).get(*id).value();
    REQUIRE(ticket.has_value());
    return *ticket;
}

QString checkpointAt(qint64 secs, int page = 1)
{
    return u"since:%1|page:%2"_s.arg(QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate)).arg(page);
}

} // namespace

TEST_CASE("a Freshdesk sync stores exactly the helpdesk's tickets with their conversations", "[sync][freshdesk]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockFreshdesk mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    // Pages of 3, each re-anchored on the newest updated_at seen: 1-3, 3-5, 5-7; the ticket
    // that ended a page and starts the next one is not fetched twice.
    CHECK(run.stats.pages == 3);
    CHECK(run.stats.tickets == 7);
    requireSameAsServer(t.db(), mock);

    const Ticket ticket = storedTicket(t.db(), u"1001"_s);
    CHECK(ticket.team == u"first-line"_s);
    CHECK(ticket.assigneeEmail == u"anna@example.ru"_s);
    CHECK(ticket.assigneeName == u"Анна Смирнова"_s);
    CHECK(ticket.requesterEmail == u"client@example.com"_s);
    CHECK(ticket.status == u"solved"_s);
    CHECK(ticket.channel == u"email"_s);
    CHECK(ticket.tags == QStringList{u"l1"_s, u"sync"_s});
    CHECK(ticket.solvedAt == QDateTime::fromSecsSinceEpoch(mock.tickets().at(0).updatedAt - 60, QTimeZone::utc()));
    CHECK(ticket.csat.isEmpty());
    CHECK(ticket.url == mock.baseUrl() + u"/a/tickets/1001"_s);
    REQUIRE(ticket.messages.size() == 2);
    CHECK(ticket.messages.at(0).externalId == u"description"_s);
    CHECK(ticket.messages.at(0).bodyText == u"Описание тикета 1001"_s);
    CHECK(ticket.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK(ticket.messages.at(1).authorKind == AuthorKind::Customer);
    REQUIRE(ticket.messages.at(1).attachments.size() == 1);
    CHECK(ticket.messages.at(1).attachments.at(0).name == u"screenshot.png"_s);
    CHECK(ticket.messages.at(1).attachments.at(0).sizeBytes == 2048);

    const Ticket withNote = storedTicket(t.db(), u"1002"_s);
    CHECK(withNote.status == u"closed"_s);
    CHECK(withNote.channel == u"web"_s);
    REQUIRE(withNote.messages.size() == 3);
    CHECK(withNote.messages.at(1).authorKind == AuthorKind::Customer);
    CHECK(withNote.messages.at(1).authorName == u"Client"_s);
    CHECK_FALSE(withNote.messages.at(2).isPublic); // a private note
    CHECK(withNote.messages.at(2).authorKind == AuthorKind::Engineer);
    CHECK(withNote.messages.at(2).authorName == u"Анна Смирнова"_s);
    const Ticket replied = storedTicket(t.db(), u"1003"_s);
    REQUIRE(replied.messages.size() == 4);
    CHECK(replied.messages.at(2).isPublic); // a public reply
    CHECK(replied.messages.at(2).authorKind == AuthorKind::Engineer);

    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value() == checkpointAt(mock.newestUpdate()));

    // Nothing changed on the server: a second sync stores nothing twice.
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    CHECK(again.stats.pages == 1);
    CHECK(again.stats.tickets == 1); // the newest ticket, at the checkpoint's second
    requireSameAsServer(t.db(), mock);

    // A change after the sync is picked up by the next one.
    mock.updateTicket(1002, u"Тикет 2 (обновлён)"_s, 3);
    const SyncRun changed = sync(t.db(), mock);
    REQUIRE(changed.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(storedTicket(t.db(), u"1002"_s).messages.size() == 4);
}

TEST_CASE("Freshdesk rate limits are honoured: 429 with and without Retry-After", "[sync][freshdesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    seed(mock, 4);
    mock.throttleNext = 2;
    mock.retryAfter = "0";
    SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);

    mock.addTicket(2001, u"Новый"_s, 2);
    mock.throttleNext = 2;
    mock.retryAfter = QByteArray(); // no header: exponential backoff
    run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a burst of Freshdesk server errors is retried with backoff", "[sync][freshdesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    seed(mock, 5);
    mock.failNext = 3;
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a Freshdesk server that keeps failing stops the sync with what was kept, and the next sync completes",
          "[sync][freshdesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockFreshdesk mock;
    seed(mock, 6);
    mock.afterListPage = [&mock](int page) {
        if (page == 2)
            mock.failNext = 50; // from the second page's conversations on, everything fails
    };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"failed after 5 attempts"_s));
    CHECK(broken.message.contains(u"kept"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 3); // the first page was committed
    mock.afterListPage = nullptr;
    mock.failNext = 0;
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("truncated Freshdesk JSON stops the sync cleanly and the next one resumes", "[sync][freshdesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    seed(mock, 7);
    mock.afterListPage = [&mock](int page) { mock.truncateNextList = page == 2; };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"not the expected JSON"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 3);
    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value() == checkpointAt(mock.tickets().at(2).updatedAt));
    mock.afterListPage = nullptr;
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a Freshdesk ticket updated between pages shifts the list but no ticket is lost", "[sync][freshdesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    seed(mock, 8);
    mock.afterListPage = [&mock](int page) {
        // Ticket 1001 was on page 1; it moves to the end and every ticket behind it shifts back
        // one place, so "page 2" by number alone would now start after ticket 1004.
        if (page == 1)
            mock.updateTicket(1001, u"Тикет 1 (обновлён)"_s, 4);
    };
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(storedTicket(t.db(), u"1004"_s).subject == u"Тикет 4"_s);
    CHECK(storedTicket(t.db(), u"1001"_s).messages.size() == 5);
    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value() == checkpointAt(mock.newestUpdate()));
}

TEST_CASE("Freshdesk tickets changed in the same second are paged by number, none lost", "[sync][freshdesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    mock.ticketsPerPage = 3;
    mock.addTicket(1001, u"Первый"_s, 1);
    for (int i = 2; i <= 8; ++i)
        mock.addTicket(1000 + i, u"Массовое изменение %1"_s.arg(i), 2, true); // a bulk update: one second
    mock.addTicket(1009, u"Последний"_s, 1);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value() == checkpointAt(mock.newestUpdate()));

    // Interrupted inside the bulk second, the sync resumes from the stored page number.
    TestDatabase other(Backend::Sqlite);
    const SyncRun interrupted = sync(other.db(), mock, 2);
    CHECK_FALSE(interrupted.ok);
    const qint64 bulkSecond = mock.tickets().at(1).updatedAt;
    CHECK(SourceStore(other.db()).checkpoint(u"fd"_s).value() == checkpointAt(bulkSecond, 2));
    const SyncRun resumed = sync(other.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(other.db(), mock);
}

TEST_CASE("a Freshdesk sync interrupted after a page resumes and ends as an uninterrupted one",
          "[sync][freshdesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockFreshdesk mock;
    seed(mock, 9);
    const SyncRun interrupted = sync(t.db(), mock, 1);
    CHECK_FALSE(interrupted.ok);
    CHECK(interrupted.message.contains(u"Cancelled"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 3);
    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value() == checkpointAt(mock.tickets().at(2).updatedAt));
    const qsizetype listRequestsBefore = mock.listSince.size();
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
    // It went on from the checkpoint (3-5, 5-7, 7-9) instead of starting over: no list request
    // after the interruption asked for tickets older than the stored page's newest. (A request
    // the cancelled run had already sent may still reach the mock during the resumed run, so
    // the requests are checked by what they asked for, not counted.)
    CHECK(resumed.stats.pages == 3);
    const QDateTime resumedFrom = QDateTime::fromSecsSinceEpoch(mock.tickets().at(2).updatedAt, QTimeZone::utc());
    REQUIRE(mock.listSince.size() - listRequestsBefore >= 3);
    for (qsizetype i = listRequestsBefore; i < mock.listSince.size(); ++i)
        CHECK(mock.listSince.at(i) >= resumedFrom);

    // The same data synced without interruption ends in the same state.
    TestDatabase fresh(backend);
    REQUIRE(sync(fresh.db(), mock).ok);
    CHECK(SourceStore(fresh.db()).checkpoint(u"fd"_s).value() == SourceStore(t.db()).checkpoint(u"fd"_s).value());
    const QList<Ticket> interruptedState = TicketStore(t.db()).list().value();
    const QList<Ticket> freshState = TicketStore(fresh.db()).list().value();
    REQUIRE(interruptedState.size() == freshState.size());
    for (const Ticket &expected : freshState) {
        const Ticket got = storedTicket(t.db(), expected.externalId);
        const Ticket want = storedTicket(fresh.db(), expected.externalId);
        INFO(expected.externalId.toStdString());
        CHECK(got.subject == want.subject);
        CHECK(got.updatedAt == want.updatedAt);
        CHECK(got.solvedAt == want.solvedAt);
        REQUIRE(got.messages.size() == want.messages.size());
        for (int i = 0; i < got.messages.size(); ++i) {
            CHECK(got.messages.at(i).externalId == want.messages.at(i).externalId);
            CHECK(got.messages.at(i).bodyText == want.messages.at(i).bodyText);
        }
    }
}

TEST_CASE("a wrong Freshdesk API key stops the sync with a clear message and stores nothing", "[sync][freshdesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockFreshdesk mock;
    seed(mock, 2);
    const SyncRun run = sync(t.db(), mock, 0, u"wrong-api-key"_s);
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"refused the credentials"_s));
    CHECK(run.message.contains(u"API key"_s));
    CHECK_FALSE(run.message.contains(u"wrong-api-key"_s));
    CHECK(TicketStore(t.db()).list().value().isEmpty());
    CHECK(SourceStore(t.db()).checkpoint(u"fd"_s).value().isEmpty());
}

TEST_CASE("the Freshdesk connection test reads the key's agent and names a refusal as a permission error",
          "[freshdesk]")
{
    MockFreshdesk mock;
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    const auto test = [&](const QString &key) {
        FreshdeskConnector connector({u"fd"_s, mock.baseUrl(), {}, key, {}}, http);
        std::optional<Status> answer;
        connector.testConnection([&answer](Status status) { answer = std::move(status); });
        for (int i = 0; i < 300 && !answer; ++i)
            QTest::qWait(10);
        REQUIRE(answer.has_value());
        return *answer;
    };
    CHECK(test(mock.apiKey).has_value());
    const Status refused = test(u"wrong-api-key"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message.contains(u"credentials"_s));
    CHECK_FALSE(refused.error().message.contains(u"wrong-api-key"_s));
}

TEST_CASE("a stored checkpoint that is not Freshdesk's is refused, not guessed at", "[freshdesk]")
{
    MockFreshdesk mock;
    HttpClient http;
    FreshdeskConnector connector({u"fd"_s, mock.baseUrl(), {}, mock.apiKey, {}}, http);
    std::optional<Result<TicketPage>> answer;
    connector.fetchPage(u"cursor:abc"_s, [&answer](Result<TicketPage> page) { answer = std::move(page); });
    for (int i = 0; i < 100 && !answer; ++i)
        QTest::qWait(10);
    REQUIRE(answer.has_value());
    REQUIRE_FALSE(answer->has_value());
    CHECK(answer->error().code == Error::Code::InvalidInput);
    CHECK(mock.requests == 0);
}
