#include "helpdesk/OmnideskConnector.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockOmnidesk.h"
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

constexpr int pageLimit = 3; // small pages, so that a few cases need several

struct SyncOptions
{
    int stopAfterPages = 0;
    QString apiKey;
    QDateTime since;
};

SyncOptions stopAfter(int pages)
{
    SyncOptions options;
    options.stopAfterPages = pages;
    return options;
}

SyncOptions withApiKey(const QString &apiKey)
{
    SyncOptions options;
    options.apiKey = apiKey;
    return options;
}

SyncOptions startingAt(const QDateTime &since)
{
    SyncOptions options;
    options.since = since;
    return options;
}

// A sync of the mock into the database, run to its end (or to `stopAfterPages`).
SyncRun sync(Database &db, MockOmnidesk &mock, const SyncOptions &options = {})
{
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    if (!SourceStore(db).find(u"od"_s).value())
        REQUIRE(SourceStore(db).add({0, u"od"_s, u"omnidesk"_s, mock.baseUrl(), mock.email, u"OD_API_KEY"_s}).has_value());
    OmnideskConnector connector(
        {u"od"_s, mock.baseUrl(), mock.email, options.apiKey.isEmpty() ? mock.apiKey : options.apiKey, options.since},
        http);
    connector.setPageLimit(pageLimit);
    return runSync(db, connector, u"od"_s, options.stopAfterPages);
}

QList<Ticket> storedTickets(Database &db)
{
    return TicketStore(db).list().value();
}

Ticket storedTicket(Database &db, qint64 caseId)
{
    const std::optional<qint64> id = TicketStore(db).findId(u"od"_s, QString::number(caseId)).value();
    REQUIRE(id.has_value());
    return TicketStore(db).get(*id).value().value();
}

QDateTime secs(qint64 sinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(sinceEpoch, QTimeZone::utc());
}

// The database holds exactly the server's cases and messages: none lost, none duplicated.
void requireSameAsServer(Database &db, const MockOmnidesk &mock)
{
    const QList<Ticket> stored = storedTickets(db);
    REQUIRE(stored.size() == mock.cases().size());
    for (const MockOmnidesk::Case &expected : mock.cases()) {
        INFO(expected.id);
        const auto found = std::find_if(stored.begin(), stored.end(),
                                        [&](const Ticket &t) { return t.externalId == QString::number(expected.id); });
        REQUIRE(found != stored.end());
        CHECK(found->subject == expected.subject);
        CHECK(found->messageCount == expected.messages);
        CHECK(found->updatedAt == secs(expected.updatedAt));
    }
}

void seed(MockOmnidesk &mock, int cases)
{
    for (int i = 1; i <= cases; ++i)
        mock.addCase(1000 + i, u"Обращение %1"_s.arg(i), i % 5);
}

QString checkpointOf(Database &db)
{
    return SourceStore(db).checkpoint(u"od"_s).value();
}

} // namespace

TEST_CASE("an Omnidesk sync stores exactly the helpdesk's cases with their conversations", "[sync][omnidesk]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockOmnidesk mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(run.stats.tickets >= 7);

    const Ticket closed = storedTicket(t.db(), 1001);
    const MockOmnidesk::Case &first = mock.cases().first();
    CHECK(closed.status == u"closed"_s);
    CHECK(closed.channel == u"email"_s);
    CHECK(closed.tags == QStringList{u"billing"_s, u"vip"_s});
    CHECK(closed.team == u"first-line"_s);
    CHECK(closed.assigneeEmail == u"anna@example.ru"_s);
    CHECK(closed.assigneeName == u"Анна Смирнова"_s);
    CHECK(closed.requesterEmail == u"client@example.com"_s);
    CHECK(closed.requesterName == u"Client"_s);
    CHECK(closed.csat == u"high"_s);
    CHECK(closed.createdAt == secs(first.createdAt)); // written with +0300, stored in UTC
    CHECK(closed.solvedAt == secs(first.updatedAt));
    CHECK(closed.url == mock.baseUrl() + u"/staff/cases/record/664-1001/"_s);
    CHECK(storedTicket(t.db(), 1002).status == u"open"_s);
    CHECK(storedTicket(t.db(), 1003).status == u"pending"_s); // "waiting" in Omnidesk

    const Ticket withNote = storedTicket(t.db(), 1002);
    REQUIRE(withNote.messages.size() == 2);
    CHECK(withNote.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK(withNote.messages.at(0).authorEmail == u"client@example.com"_s);
    CHECK(withNote.messages.at(0).isPublic);
    CHECK(withNote.messages.at(0).createdAt == secs(mock.cases().at(1).createdAt));
    REQUIRE(withNote.messages.at(0).attachments.size() == 1);
    CHECK(withNote.messages.at(0).attachments.at(0).name == u"screenshot.png"_s);
    CHECK(withNote.messages.at(0).attachments.at(0).sizeBytes == 40500);
    CHECK_FALSE(withNote.messages.at(1).isPublic); // an internal note
    CHECK(withNote.messages.at(1).authorKind == AuthorKind::Engineer);
    CHECK(withNote.messages.at(1).authorEmail == u"anna@example.ru"_s);
    CHECK(storedTicket(t.db(), 1003).messages.at(1).isPublic);
    const Ticket fourMessages = storedTicket(t.db(), 1004); // two message pages
    REQUIRE(fourMessages.messages.size() == 4);
    CHECK(fourMessages.messages.at(3).externalId == u"1004003"_s);
    CHECK(checkpointOf(t.db()) == u"updated:%1"_s.arg(mock.cases().last().updatedAt));

    // What was asked: the documented order, a Unix time, pages of the chosen size.
    REQUIRE(mock.caseListQueries.size() >= 3);
    CHECK_FALSE(mock.caseListQueries.first().hasQueryItem(u"from_updated_time"_s));
    for (const QUrlQuery &query : std::as_const(mock.caseListQueries)) {
        CHECK(query.queryItemValue(u"sort"_s) == u"updated_at_asc"_s);
        CHECK(query.queryItemValue(u"limit"_s) == QString::number(pageLimit));
        CHECK(query.queryItemValue(u"page"_s) == u"1"_s); // never deeper: see the connector's header
    }
    CHECK(mock.caseListQueries.at(1).queryItemValue(u"from_updated_time"_s)
          == QString::number(mock.cases().at(2).updatedAt - 1));

    // Nothing changed on the server: a second sync stores nothing twice and reads little.
    const int requestsBefore = mock.requests;
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(again.stats.pages == 1);
    CHECK(again.stats.tickets == 1); // the last case, whose second may still see changes
    CHECK(mock.requests - requestsBefore <= 7);
}

TEST_CASE("Omnidesk rate limits are honoured: 429 with and without Retry-After", "[sync][omnidesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 4);
    mock.throttleNext = 2;
    mock.retryAfter = "0";
    SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);

    mock.addCase(2001, u"Новое"_s, 2);
    mock.throttleNext = 2;
    mock.retryAfter = QByteArray(); // no header: exponential backoff
    run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a burst of Omnidesk server errors is retried with backoff", "[sync][omnidesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 5);
    mock.afterCasesPage = [&mock](int page) {
        if (page == 1)
            mock.failNext = 3; // the first messages requests fail three times
    };
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("an Omnidesk that keeps failing stops the sync with what was kept, and the next sync completes",
          "[sync][omnidesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockOmnidesk mock;
    seed(mock, 7);
    mock.afterCasesPage = [&mock](int page) {
        if (page == 2)
            mock.failNext = 50; // from the second page's messages on, everything fails
    };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"failed after 5 attempts"_s));
    CHECK(broken.message.contains(u"kept"_s));
    CHECK(storedTickets(t.db()).size() == pageLimit); // the first page was committed
    mock.afterCasesPage = nullptr;
    mock.failNext = 0;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("truncated JSON from Omnidesk stops the sync cleanly and the next one resumes", "[sync][omnidesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 7);
    mock.afterCasesPage = [&mock](int page) { mock.truncateNextList = page == 2; };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"case list: the answer is not the expected JSON"_s));
    CHECK(storedTickets(t.db()).size() == pageLimit);
    mock.afterCasesPage = nullptr;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("an Omnidesk case updated between pages is stored once, in its latest state", "[sync][omnidesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 8);
    mock.afterCasesPage = [&mock](int page) {
        // Case 1001 was on the first page: it moves to the end of Omnidesk's list, and every
        // later case moves back one place (a client asking for page 2 would skip one).
        if (page == 1)
            mock.updateCase(1001, u"Обращение 1 (обновлено)"_s, 4);
        if (page == 2)
            mock.updateCase(1005, u"Обращение 5 (обновлено)"_s, 2); // not read yet
    };
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    const Ticket updated = storedTicket(t.db(), 1001);
    CHECK(updated.subject == u"Обращение 1 (обновлено)"_s);
    CHECK(updated.messages.size() == 4);
    CHECK(storedTicket(t.db(), 1005).messages.size() == 2);
}

TEST_CASE("an Omnidesk sync interrupted after a page resumes and ends as an uninterrupted one",
          "[sync][omnidesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockOmnidesk mock;
    seed(mock, 9);
    const SyncRun interrupted = sync(t.db(), mock, stopAfter(1));
    CHECK_FALSE(interrupted.ok);
    CHECK(interrupted.message.contains(u"Cancelled"_s));
    CHECK(storedTickets(t.db()).size() == pageLimit);
    CHECK(checkpointOf(t.db()) == u"updated:%1"_s.arg(mock.cases().at(pageLimit - 1).updatedAt));
    const int requestsBefore = mock.requests;
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(mock.requests - requestsBefore < 30); // it went on from the checkpoint instead of starting over

    // The same state as one uninterrupted sync of the same helpdesk.
    TestDatabase whole(Backend::Sqlite);
    REQUIRE(sync(whole.db(), mock).ok);
    CHECK(checkpointOf(t.db()) == checkpointOf(whole.db()));
    for (const MockOmnidesk::Case &c : mock.cases()) {
        INFO(c.id);
        const Ticket a = storedTicket(t.db(), c.id);
        const Ticket b = storedTicket(whole.db(), c.id);
        CHECK(a.subject == b.subject);
        CHECK(a.status == b.status);
        CHECK(a.tags == b.tags);
        CHECK(a.updatedAt == b.updatedAt);
        REQUIRE(a.messages.size() == b.messages.size());
        for (qsizetype m = 0; m < a.messages.size(); ++m) {
            CHECK(a.messages.at(m).externalId == b.messages.at(m).externalId);
            CHECK(a.messages.at(m).isPublic == b.messages.at(m).isPublic);
            CHECK(a.messages.at(m).createdAt == b.messages.at(m).createdAt);
        }
    }
}

TEST_CASE("a wrong Omnidesk API key stops the sync with a permission error that never shows the key",
          "[sync][omnidesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 2);
    const SyncRun run = sync(t.db(), mock, withApiKey(u"wrong-api-key"_s));
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"refused the credentials"_s));
    CHECK(run.message.contains(u"API key"_s));
    CHECK_FALSE(run.message.contains(u"wrong-api-key"_s));
    CHECK_FALSE(run.message.contains(u"secret-api-key"_s));
    CHECK(storedTickets(t.db()).isEmpty());
    CHECK(checkpointOf(t.db()).isEmpty());

    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    OmnideskConnector connector({u"od"_s, mock.baseUrl(), mock.email, u"wrong-api-key"_s, {}}, http);
    std::optional<Result<TicketPage>> page;
    connector.fetchPage({}, [&page](Result<TicketPage> result) { page = std::move(result); });
    REQUIRE(QTest::qWaitFor([&page] { return page.has_value(); }, 10000));
    REQUIRE_FALSE(page->has_value());
    CHECK(page->error().code == Error::Code::Permission);
    CHECK(page->error().message.contains(u"credentials"_s));
    CHECK_FALSE(page->error().message.contains(u"wrong-api-key"_s));

    std::optional<Status> tested;
    connector.testConnection([&tested](Status status) { tested = status; });
    REQUIRE(QTest::qWaitFor([&tested] { return tested.has_value(); }, 10000));
    REQUIRE_FALSE(tested->has_value());
    CHECK(tested->error().code == Error::Code::Permission);
    CHECK_FALSE(tested->error().message.contains(u"wrong-api-key"_s));
}

TEST_CASE("the Omnidesk connection test reads one staff member and one case", "[omnidesk]")
{
    MockOmnidesk mock;
    seed(mock, 1);
    HttpClient http;
    OmnideskConnector connector({u"od"_s, mock.baseUrl(), mock.email, mock.apiKey, {}}, http);
    std::optional<Status> tested;
    connector.testConnection([&tested](Status status) { tested = status; });
    REQUIRE(QTest::qWaitFor([&tested] { return tested.has_value(); }, 10000));
    INFO((tested->has_value() ? QString() : tested->error().message).toStdString());
    CHECK(tested->has_value());
    CHECK(mock.requests == 2);
}

TEST_CASE("many Omnidesk cases changed in the same second are all stored, page by page", "[sync][omnidesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 1);
    const qint64 bulk = mock.clock() + 60; // a rule closed seven cases at once
    for (int i = 1; i <= 7; ++i)
        mock.addCase(3000 + i, u"Закрыто правилом %1"_s.arg(i), 1, bulk);
    mock.addCase(4001, u"После правила"_s, 2);

    const SyncRun interrupted = sync(t.db(), mock, stopAfter(2));
    CHECK_FALSE(interrupted.ok);
    // The second page was all in that second: the checkpoint moves on by page number.
    CHECK(checkpointOf(t.db()) == u"updated:%1:page:2"_s.arg(bulk));
    const SyncRun resumed = sync(t.db(), mock);
    INFO(resumed.message.toStdString());
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(checkpointOf(t.db()) == u"updated:%1"_s.arg(mock.cases().last().updatedAt));
}

TEST_CASE("cases sharing a second across a page edge are stored whether Omnidesk's from is inclusive or not",
          "[sync][omnidesk]")
{
    const bool exclusive = GENERATE(false, true);
    INFO((exclusive ? "from_updated_time read as after" : "from_updated_time read as from"));
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    mock.exclusiveFrom = exclusive;
    // Pairs in one second: with pages of three, every page edge cuts a pair.
    const qint64 start = mock.clock();
    for (int i = 0; i < 10; ++i)
        mock.addCase(5000 + i, u"Пара %1"_s.arg(i / 2), 1, start + 60 * (i / 2 + 1));
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);

    mock.addCase(6001, u"Позже"_s, 1, mock.clock()); // the same second as the last stored case
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a label created during an Omnidesk sync is shown by its name", "[sync][omnidesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 4);
    mock.afterCasesPage = [&mock](int page) {
        if (page == 1) {
            mock.addLabel(104, u"новая-метка"_s);
            mock.addCase(2001, u"С новой меткой"_s, 1);
            mock.updateCase(2001, u"С новой меткой"_s, 1, QList<qint64>{104, 101});
        }
    };
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(storedTicket(t.db(), 2001).tags == QStringList{u"новая-метка"_s, u"billing"_s});
}

TEST_CASE("a deleted Omnidesk label is shown by its id and looked for once per sync", "[sync][omnidesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 7);
    for (const MockOmnidesk::Case &c : mock.cases())
        mock.setCaseLabels(c.id, {101, 999});
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(run.stats.pages >= 3);
    CHECK(mock.labelListsServed == 2); // read at the start and once again, not once per page
    CHECK(storedTicket(t.db(), 1007).tags == QStringList{u"billing"_s, u"999"_s});
}

TEST_CASE("a first Omnidesk sync starts at the chosen date", "[sync][omnidesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock, startingAt(secs(mock.cases().at(4).updatedAt)));
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    const QList<Ticket> stored = storedTickets(t.db());
    REQUIRE(stored.size() == 3);
    for (const Ticket &ticket : stored)
        CHECK(ticket.externalId.toInt() >= 1005);
    CHECK(mock.caseListQueries.first().queryItemValue(u"from_updated_time"_s)
          == QString::number(mock.cases().at(4).updatedAt - 1));
}

TEST_CASE("Omnidesk checkpoints are read back exactly and a foreign one is refused", "[omnidesk]")
{
    using Checkpoint = OmnideskConnector::Checkpoint;
    const auto parsed = OmnideskConnector::parseCheckpoint(u"updated:1760000120"_s);
    REQUIRE(parsed.has_value());
    CHECK(parsed->updatedFrom == 1760000120);
    CHECK(parsed->page == 1);
    const auto tie = OmnideskConnector::parseCheckpoint(u"updated:1760000120:page:4"_s);
    REQUIRE(tie.has_value());
    CHECK(tie->page == 4);
    CHECK(OmnideskConnector::checkpointText(Checkpoint{1760000120, 4}) == u"updated:1760000120:page:4"_s);
    CHECK(OmnideskConnector::checkpointText(Checkpoint{1760000120, 1}) == u"updated:1760000120"_s);
    for (const QString &bad : {u"cursor:abc"_s, u"start:12"_s, u"updated:"_s, u"updated:-5"_s, u"updated:1:page:0"_s,
                               u"updated:1:page:501"_s, u"updated:1:pages:2"_s})
        CHECK_FALSE(OmnideskConnector::parseCheckpoint(bad).has_value());

    TestDatabase t(Backend::Sqlite);
    MockOmnidesk mock;
    seed(mock, 1);
    REQUIRE(SourceStore(t.db()).add({0, u"od"_s, u"omnidesk"_s, mock.baseUrl(), mock.email, u"OD_API_KEY"_s}).has_value());
    REQUIRE(SourceStore(t.db()).setCheckpoint(u"od"_s, u"cursor:1760000000-5"_s).has_value());
    const SyncRun run = sync(t.db(), mock);
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"not an Omnidesk one"_s));
    CHECK(mock.requests == 0);
}
