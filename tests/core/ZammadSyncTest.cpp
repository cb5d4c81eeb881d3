#include "common/IsoTime.h"
#include "helpdesk/SyncEngine.h"
#include "helpdesk/ZammadConnector.h"
#include "net/HttpClient.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockZammad.h"
#include "support/SyncRunner.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// Small pages, so that a handful of tickets spans several of them.
constexpr int pageSize = 3;

// A sync of the mock into the database, run to its end (or to `stopAfterPages`).
SyncRun sync(Database &db, MockZammad &mock, int stopAfterPages = 0, const QString &token = {})
{
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    if (!SourceStore(db).find(u"zm"_s).value())
        REQUIRE(SourceStore(db).add({0, u"zm"_s, u"zammad"_s, mock.baseUrl(), {}, u"ZM_TOKEN"_s}).has_value());
    ZammadConnector connector({u"zm"_s, mock.baseUrl(), {}, token.isEmpty() ? mock.token : token, {}}, http);
    connector.setPageSize(pageSize);
    return runSync(db, connector, u"zm"_s, stopAfterPages);
}

QList<Ticket> storedTickets(Database &db)
{
    const Result<QList<Ticket>> tickets = TicketStore(db).list();
    REQUIRE(tickets.has_value());
    return *tickets;
}

Ticket storedTicket(Database &db, qint64 externalId)
{
    const Result<std::optional<qint64>> id = TicketStore(db).findId(u"zm"_s, QString::number(externalId));
    REQUIRE(id.has_value());
    REQUIRE(id->has_value());
    const Result<std::optional<Ticket>> ticket = TicketStore(db).get(**id);
    REQUIRE(ticket.has_value());
    REQUIRE(ticket->has_value());
    return **ticket;
}

// The database holds exactly the server's tickets and articles: none lost, none duplicated.
void requireSameAsServer(Database &db, const MockZammad &mock)
{
    const QList<Ticket> stored = storedTickets(db);
    REQUIRE(stored.size() == mock.tickets().size());
    for (const MockZammad::Ticket &expected : mock.tickets()) {
        const auto found = std::find_if(stored.begin(), stored.end(),
                                        [&](const Ticket &t) { return t.externalId == QString::number(expected.id); });
        REQUIRE(found != stored.end());
        INFO(expected.id);
        CHECK(found->subject == expected.title);
        CHECK(found->messageCount == expected.articles);
        CHECK(found->tags == expected.tags);
    }
}

// Everything stored about every ticket, as text: two databases compare equal when they hold the
// same state.
QStringList snapshot(Database &db)
{
    QStringList lines;
    QList<Ticket> tickets = storedTickets(db);
    std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) { return a.externalId < b.externalId; });
    for (const Ticket &listed : tickets) {
        const Ticket t = storedTicket(db, listed.externalId.toLongLong());
        lines.append(QStringList{t.externalId, t.subject, t.status, t.channel, t.tags.join(u','), t.team, t.assigneeEmail,
                                 t.requesterEmail, IsoTime::toText(t.createdAt), IsoTime::toText(t.updatedAt),
                                 IsoTime::toText(t.solvedAt), t.url}
                         .join(u'|'));
        for (const Message &m : t.messages) {
            lines.append(QStringList{u"  "_s + m.externalId, m.authorName, m.authorEmail, authorKindId(m.authorKind),
                                     m.isPublic ? u"public"_s : u"internal"_s, m.channel, IsoTime::toText(m.createdAt),
                                     m.bodyHtml, m.bodyText, QString::number(m.attachments.size())}
                             .join(u'|'));
        }
    }
    return lines;
}

void seed(MockZammad &mock, int tickets)
{
    for (int i = 1; i <= tickets; ++i)
        mock.addTicket(1000 + i, u"Тикет %1"_s.arg(i), i % 5);
}

QString sinceOf(const MockZammad &mock, qint64 ticketId)
{
    for (const MockZammad::Ticket &t : mock.tickets()) {
        if (t.id == ticketId)
            return IsoTime::toText(QDateTime::fromSecsSinceEpoch(t.updatedAt, QTimeZone::utc()));
    }
    FAIL("no ticket " << ticketId);
    return {};
}

QDateTime at(const QString &iso)
{
    return IsoTime::fromText(iso);
}

} // namespace

TEST_CASE("a Zammad sync stores exactly the helpdesk's tickets with their conversations", "[sync][zammad]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZammad mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    // Pages of 3 re-anchored on the last updated_at: 1-3, (3)-5, (5)-7, (7) and the end.
    CHECK(run.stats.pages == 4);
    CHECK(run.stats.tickets == 7);
    CHECK(run.stats.requests == mock.requests);
    CHECK(mock.searchQueries.first() == u"updated_at:>=1970-01-01T00:00:00.000Z"_s);
    CHECK(mock.userRequests == 2); // the agent and the customer, once for the whole sync
    requireSameAsServer(t.db(), mock);

    const Ticket closed = storedTicket(t.db(), 1002);
    CHECK(closed.status == u"closed"_s);
    CHECK(closed.channel == u"email"_s);
    CHECK(closed.team == u"first-line"_s);
    CHECK(closed.assigneeEmail == u"anna@example.ru"_s);
    CHECK(closed.assigneeName == u"Анна Смирнова"_s);
    CHECK(closed.requesterEmail == u"client@example.com"_s);
    CHECK(closed.requesterName == u"Client"_s);
    CHECK(closed.solvedAt == closed.updatedAt.addSecs(-60)); // close_at
    CHECK(closed.url == mock.baseUrl() + u"/#ticket/zoom/1002"_s);
    CHECK(closed.tags == QStringList{u"l1"_s, u"t1002"_s});
    CHECK_FALSE(storedTicket(t.db(), 1001).solvedAt.isValid()); // open

    const Ticket allPublic = storedTicket(t.db(), 1003);
    REQUIRE(allPublic.messages.size() == 3);
    CHECK(allPublic.messages.at(1).isPublic);
    CHECK(allPublic.messages.at(2).isPublic);
    const Ticket withInternal = storedTicket(t.db(), 1002);
    REQUIRE(withInternal.messages.size() == 2);
    CHECK(withInternal.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK(withInternal.messages.at(0).authorName == u"Client"_s);
    CHECK(withInternal.messages.at(0).authorEmail == u"client@example.com"_s);
    CHECK(withInternal.messages.at(0).channel == u"email"_s);
    CHECK(withInternal.messages.at(0).bodyHtml == u"<p>Сообщение 0 тикета 1002</p>"_s);
    REQUIRE(withInternal.messages.at(0).attachments.size() == 1);
    CHECK(withInternal.messages.at(0).attachments.at(0).name == u"screenshot.png"_s);
    CHECK(withInternal.messages.at(0).attachments.at(0).sizeBytes == 2048);
    CHECK_FALSE(withInternal.messages.at(1).isPublic); // an internal note
    CHECK(withInternal.messages.at(1).authorKind == AuthorKind::Engineer);
    CHECK(withInternal.messages.at(1).authorName == u"Анна Смирнова"_s);
    CHECK(withInternal.messages.at(1).authorEmail == u"anna@example.ru"_s);
    CHECK(withInternal.messages.at(1).channel == u"note"_s);
    CHECK(withInternal.messages.at(1).bodyText == u"Сообщение 1 тикета 1002"_s);

    CHECK(SourceStore(t.db()).checkpoint(u"zm"_s).value()
          == u"since:%1|page:1|seen:1007"_s.arg(sinceOf(mock, 1007)));

    // Nothing changed on the server: a second sync reads one page, fetches no conversation and
    // stores nothing twice.
    const int requestsBefore = mock.requests;
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    CHECK(again.stats.pages == 1);
    CHECK(again.stats.tickets == 0);
    CHECK(mock.requests - requestsBefore == 2); // the states and one search
    CHECK(mock.searchQueries.last() == u"updated_at:>="_s + sinceOf(mock, 1007));
    requireSameAsServer(t.db(), mock);

    // A change after the sync is picked up by the next one.
    mock.updateTicket(1004, u"Тикет 4 (изменён)"_s, 2);
    const SyncRun changed = sync(t.db(), mock);
    REQUIRE(changed.ok);
    CHECK(changed.stats.tickets == 1);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("after a Zammad sync the next one starts before the search index may lag", "[sync][zammad]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 3);
    // The server's clock (its Date header) is two minutes after the last change.
    const QDateTime serverNow = QDateTime::fromSecsSinceEpoch(mock.tickets().last().updatedAt + 120, QTimeZone::utc());
    mock.dateHeader = QLocale::c().toString(serverNow, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    REQUIRE(sync(t.db(), mock).ok);
    const QDateTime since = serverNow.addSecs(-ZammadConnector::indexLagSeconds);
    CHECK(SourceStore(t.db()).checkpoint(u"zm"_s).value() == u"since:%1|page:1"_s.arg(IsoTime::toText(since)));

    // The recent changes are read again (a change indexed late would be among them), once each.
    const qsizetype searchesBefore = mock.searchQueries.size();
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    CHECK(again.stats.tickets == 3);
    CHECK(mock.searchQueries.at(searchesBefore) == u"updated_at:>="_s + IsoTime::toText(since));
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("Zammad rate limits are honoured: 429 with and without Retry-After", "[sync][zammad][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 4);
    mock.throttleNext = 2;
    mock.retryAfter = "0";
    SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    CHECK(mock.throttleNext == 0);
    requireSameAsServer(t.db(), mock);

    mock.addTicket(2001, u"Новый"_s, 2);
    mock.throttleNext = 2;
    mock.retryAfter = QByteArray(); // no header: exponential backoff
    run = sync(t.db(), mock);
    REQUIRE(run.ok);
    CHECK(mock.throttleNext == 0);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a burst of Zammad server errors is retried with backoff", "[sync][zammad][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 5);
    mock.failNext = 3;
    const SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    CHECK(mock.failNext == 0);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a Zammad server that keeps failing stops the sync with what was kept, and the next sync completes",
          "[sync][zammad][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZammad mock;
    seed(mock, 6);
    mock.afterSearchPage = [&mock](int page) {
        if (page == 2)
            mock.failNext = 50; // from the second page's articles on, everything fails
    };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"failed after 5 attempts"_s));
    CHECK(broken.message.contains(u"kept"_s));
    CHECK(storedTickets(t.db()).size() == 3); // the first page was committed
    mock.afterSearchPage = nullptr;
    mock.failNext = 0;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    CHECK(mock.searchQueries.at(2) == u"updated_at:>="_s + sinceOf(mock, 1003)); // from the checkpoint
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("truncated Zammad JSON stops the sync cleanly and the next one resumes", "[sync][zammad][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 5);
    mock.afterSearchPage = [&mock](int page) { mock.truncateNextSearch = page == 2; };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"ticket search: the answer is not the expected JSON"_s));
    CHECK(storedTickets(t.db()).size() == 3);
    mock.afterSearchPage = nullptr;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);

    // Cut articles fail the page they belong to, and the next sync fetches it again.
    mock.updateTicket(1002, u"Тикет 2 (изменён)"_s, 3);
    mock.truncateNextArticles = true;
    const SyncRun brokenArticles = sync(t.db(), mock);
    CHECK_FALSE(brokenArticles.ok);
    CHECK(brokenArticles.message.contains(u"articles of ticket 1002: the answer is not the expected JSON"_s));
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a Zammad ticket updated between pages is neither lost nor stored twice", "[sync][zammad][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 6);
    mock.afterSearchPage = [&mock](int page) {
        // Moves from the first page to the end of the order: counting pages would skip 1004.
        if (page == 1)
            mock.updateTicket(1001, u"Тикет 1 (обновлён)"_s, 4);
    };
    const SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    const Ticket updated = storedTicket(t.db(), 1001);
    CHECK(updated.subject == u"Тикет 1 (обновлён)"_s);
    CHECK(updated.messages.size() == 4);
    CHECK(storedTicket(t.db(), 1004).messages.size() == 4);
}

TEST_CASE("a Zammad sync interrupted after a page resumes and ends as an uninterrupted one", "[sync][zammad][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZammad mock;
    seed(mock, 9);
    const SyncRun interrupted = sync(t.db(), mock, 1);
    CHECK_FALSE(interrupted.ok);
    CHECK(interrupted.message.contains(u"Cancelled"_s));
    CHECK(storedTickets(t.db()).size() == 3);
    const QString checkpoint = SourceStore(t.db()).checkpoint(u"zm"_s).value();
    CHECK(checkpoint == u"since:%1|page:1|seen:1003"_s.arg(sinceOf(mock, 1003)));

    const int searchesBefore = int(mock.searchQueries.size());
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    CHECK(mock.searchQueries.at(searchesBefore) == u"updated_at:>="_s + sinceOf(mock, 1003));
    CHECK(resumed.stats.pages == 4); // (3)-5, (5)-7, (7)-9, (9): it went on instead of starting over
    CHECK(resumed.stats.tickets == 6);
    requireSameAsServer(t.db(), mock);

    TestDatabase straight(backend);
    REQUIRE(sync(straight.db(), mock).ok);
    CHECK(snapshot(t.db()) == snapshot(straight.db()));
}

TEST_CASE("a wrong Zammad token stops the sync with a permission error that never shows the token",
          "[sync][zammad][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZammad mock;
    seed(mock, 2);
    const SyncRun run = sync(t.db(), mock, 0, u"wrong-token"_s);
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"refused the credentials"_s));
    CHECK_FALSE(run.message.contains(u"wrong-token"_s));
    CHECK(storedTickets(t.db()).isEmpty());

    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    ZammadConnector wrong({u"zm"_s, mock.baseUrl(), {}, u"wrong-token"_s, {}}, http);
    std::optional<Result<TicketPage>> page;
    wrong.fetchPage({}, [&page](Result<TicketPage> result) { page = std::move(result); });
    REQUIRE(QTest::qWaitFor([&page] { return page.has_value(); }, 10000));
    REQUIRE_FALSE(page->has_value());
    CHECK(page->error().code == Error::Code::Permission);
    CHECK(page->error().message.contains(u"credentials"_s));
    CHECK_FALSE(page->error().message.contains(u"wrong-token"_s));

    std::optional<Status> test;
    wrong.testConnection([&test](Status status) { test = status; });
    REQUIRE(QTest::qWaitFor([&test] { return test.has_value(); }, 10000));
    REQUIRE_FALSE(test->has_value());
    CHECK(test->error().code == Error::Code::Permission);
    CHECK_FALSE(test->error().message.contains(u"wrong-token"_s));

    ZammadConnector right({u"zm"_s, mock.baseUrl(), {}, mock.token, {}}, http);
    test.reset();
    right.testConnection([&test](Status status) { test = status; });
    REQUIRE(QTest::qWaitFor([&test] { return test.has_value(); }, 10000));
    CHECK(test->has_value());
}

TEST_CASE("a first Zammad sync starts at the configured time, and a foreign checkpoint is refused", "[sync][zammad]")
{
    MockZammad mock;
    seed(mock, 4);
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    const QDateTime since = QDateTime::fromSecsSinceEpoch(mock.tickets().at(2).updatedAt, QTimeZone::utc());
    ZammadConnector connector({u"zm"_s, mock.baseUrl(), {}, mock.token, since}, http);
    std::optional<Result<TicketPage>> page;
    connector.fetchPage({}, [&page](Result<TicketPage> result) { page = std::move(result); });
    REQUIRE(QTest::qWaitFor([&page] { return page.has_value(); }, 10000));
    REQUIRE(page->has_value());
    CHECK(mock.searchQueries.first() == u"updated_at:>="_s + IsoTime::toText(since));
    REQUIRE((*page)->tickets.size() == 2);
    CHECK((*page)->tickets.at(0).externalId == u"1003"_s);
    CHECK((*page)->endOfStream);

    page.reset();
    connector.fetchPage(u"cursor:abc"_s, [&page](Result<TicketPage> result) { page = std::move(result); });
    REQUIRE(page.has_value());
    REQUIRE_FALSE(page->has_value());
    CHECK(page->error().isInvalidInput());
}

TEST_CASE("Zammad checkpoints: text form and where the next page starts", "[zammad]")
{
    using Checkpoint = ZammadConnector::Checkpoint;
    const QDateTime t1 = at(u"2026-11-02T09:00:00.000Z"_s);
    const QDateTime t2 = at(u"2026-11-02T09:05:00.250Z"_s);
    const QDateTime farFuture = at(u"2030-01-01T00:00:00.000Z"_s);

    SECTION("text round trip")
    {
        const Checkpoint c{t2, 3, {u"12"_s, u"9"_s}};
        CHECK(c.toText() == u"since:2026-11-02T09:05:00.250Z|page:3|seen:9,12"_s);
        const std::optional<Checkpoint> parsed = Checkpoint::parse(c.toText());
        REQUIRE(parsed.has_value());
        CHECK(parsed->since == t2);
        CHECK(parsed->page == 3);
        CHECK(parsed->seen == QSet<QString>{u"9"_s, u"12"_s});
        CHECK(Checkpoint::parse(u"since:2026-11-02T09:05:00.250Z"_s).has_value());
        CHECK_FALSE(Checkpoint::parse(u"cursor:abc"_s).has_value());
        CHECK_FALSE(Checkpoint::parse(u"since:yesterday|page:1"_s).has_value());
        CHECK_FALSE(Checkpoint::parse(u"since:2026-11-02T09:05:00.250Z|page:0"_s).has_value());
        CHECK_FALSE(Checkpoint::parse(u"page:2"_s).has_value());
    }

    SECTION("a page re-anchors on its last updated_at and remembers the tickets stored at it")
    {
        const Checkpoint next = Checkpoint{t1, 1, {}}.after({{u"1"_s, t1}, {u"2"_s, t2}, {u"3"_s, t2}}, false, farFuture);
        CHECK(next.since == t2);
        CHECK(next.page == 1);
        CHECK(next.seen == QSet<QString>{u"2"_s, u"3"_s});
    }

    SECTION("a page that shares one updated_at counts pages within it")
    {
        const Checkpoint next = Checkpoint{t1, 2, {u"1"_s}}.after({{u"4"_s, t1}, {u"5"_s, t1}}, false, farFuture);
        CHECK(next.since == t1);
        CHECK(next.page == 3);
        CHECK(next.seen == QSet<QString>{u"1"_s, u"4"_s, u"5"_s});
    }

    SECTION("the last page starts the next sync at page 1")
    {
        const Checkpoint unchanged = Checkpoint{t2, 2, {u"3"_s}}.after({{u"3"_s, t2}}, true, farFuture);
        CHECK(unchanged.since == t2);
        CHECK(unchanged.page == 1);
        CHECK(unchanged.seen == QSet<QString>{u"3"_s});
        const Checkpoint empty = Checkpoint{t2, 1, {u"3"_s}}.after({}, true, farFuture);
        CHECK(empty.toText() == Checkpoint{t2, 1, {u"3"_s}}.toText());
    }

    SECTION("after the last page, the next sync starts before the search index may lag")
    {
        const QDateTime serverNow = t2.addSecs(60);
        const Checkpoint next = Checkpoint{t1, 1, {}}.after({{u"1"_s, t2}}, true, serverNow);
        CHECK(next.since == serverNow.addSecs(-ZammadConnector::indexLagSeconds));
        CHECK(next.seen.isEmpty());
        CHECK(next.page == 1);
    }
}
