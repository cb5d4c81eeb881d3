#include "evaluations/EvaluationService.h"
#include "helpdesk/SyncEngine.h"
#include "helpdesk/ZendeskConnector.h"
#include "net/HttpClient.h"
#include "scoring/ScorecardParser.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/MockZendesk.h"
#include "support/SyncRunner.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// A sync of the mock into the database, run to its end (or to `stopAfterPages`).
SyncRun sync(Database &db, MockZendesk &mock, int stopAfterPages = 0, const QString &token = {})
{
    HttpClient http;
    http.setPolicy(fastRetryPolicy());
    if (!SourceStore(db).find(u"zd"_s).value())
        REQUIRE(SourceStore(db).add({0, u"zd"_s, u"zendesk"_s, mock.baseUrl(), mock.email, u"ZD_TOKEN"_s}).has_value());
    ZendeskConnector connector({u"zd"_s, mock.baseUrl(), mock.email, token.isEmpty() ? mock.token : token, {}}, http);
    return runSync(db, connector, u"zd"_s, stopAfterPages);
}

// The database holds exactly the server's tickets and messages: none lost, none duplicated.
void requireSameAsServer(Database &db, const MockZendesk &mock)
{
    const QList<Ticket> stored = TicketStore(db).list().value();
    REQUIRE(stored.size() == mock.tickets().size());
    for (const MockZendesk::Ticket &expected : mock.tickets()) {
        const auto found = std::find_if(stored.begin(), stored.end(),
                                        [&](const Ticket &t) { return t.externalId == QString::number(expected.id); });
        REQUIRE(found != stored.end());
        INFO(expected.id);
        CHECK(found->subject == expected.subject);
        CHECK(found->messageCount == expected.comments);
    }
}

void seed(MockZendesk &mock, int tickets)
{
    for (int i = 1; i <= tickets; ++i)
        mock.addTicket(1000 + i, u"Тикет %1"_s.arg(i), i % 5);
}

} // namespace

TEST_CASE("a Zendesk sync stores exactly the helpdesk's tickets with their conversations", "[sync][zendesk]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZendesk mock;
    seed(mock, 7);
    const SyncRun run = sync(t.db(), mock);
    INFO(run.message.toStdString());
    REQUIRE(run.ok);
    CHECK(run.stats.pages == 4);
    requireSameAsServer(t.db(), mock);

    const QList<Ticket> all = TicketStore(t.db()).list().value();
    const Ticket ticket = *TicketStore(t.db()).get(all.first().id).value();
    CHECK(ticket.team == u"first-line"_s);
    CHECK(ticket.assigneeEmail == u"anna@example.ru"_s);
    CHECK(ticket.csat == u"good"_s);
    CHECK(ticket.url.startsWith(mock.baseUrl() + u"/agent/tickets/"_s));
    const Ticket withNote = *TicketStore(t.db()).get(TicketStore(t.db()).findId(u"zd"_s, u"1002"_s).value().value()).value();
    REQUIRE(withNote.messages.size() == 2);
    CHECK(withNote.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK_FALSE(withNote.messages.at(1).isPublic); // an internal note
    CHECK(withNote.messages.at(1).authorKind == AuthorKind::Engineer);
    const MockZendesk::Ticket last = mock.tickets().last();
    CHECK(SourceStore(t.db()).checkpoint(u"zd"_s).value() == u"cursor:%1-%2"_s.arg(last.updatedAt).arg(last.id));

    // Nothing changed on the server: a second sync stores nothing twice.
    const SyncRun again = sync(t.db(), mock);
    REQUIRE(again.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("rate limits are honoured: 429 with and without Retry-After", "[sync][zendesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 4);
    mock.throttleNext = 2;
    mock.retryAfter = "0";
    SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);

    mock.addTicket(2001, u"Новый"_s, 2);
    mock.throttleNext = 2;
    mock.retryAfter = QByteArray(); // no header: exponential backoff
    run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a burst of server errors is retried with backoff", "[sync][zendesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 5);
    mock.failNext = 3;
    const SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("a server that keeps failing stops the sync with what was kept, and the next sync completes",
          "[sync][zendesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZendesk mock;
    seed(mock, 6);
    mock.afterExportPage = [&mock](int page) {
        if (page == 2)
            mock.failNext = 50; // from the second page's comments on, everything fails
    };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"failed after 5 attempts"_s));
    CHECK(broken.message.contains(u"kept"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 2); // the first page was committed
    mock.afterExportPage = nullptr;
    mock.failNext = 0;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("truncated JSON stops the sync cleanly and the next one resumes", "[sync][zendesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 5);
    mock.afterExportPage = [&mock](int page) { mock.truncateNextExport = page == 1; };
    const SyncRun broken = sync(t.db(), mock);
    CHECK_FALSE(broken.ok);
    CHECK(broken.message.contains(u"not the expected JSON"_s));
    mock.afterExportPage = nullptr;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
}

TEST_CASE("repeated pages and a ticket changed during the sync are stored once, in their latest state",
          "[sync][zendesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 6);
    mock.repeatNextExportPage = true;
    mock.afterExportPage = [&mock](int page) {
        if (page == 2)
            mock.updateTicket(1001, u"Тикет 1 (обновлён)"_s, 4); // moves to the end of the export
    };
    const SyncRun run = sync(t.db(), mock);
    REQUIRE(run.ok);
    requireSameAsServer(t.db(), mock);
    const auto id = TicketStore(t.db()).findId(u"zd"_s, u"1001"_s).value().value();
    CHECK(TicketStore(t.db()).get(id).value()->messages.size() == 4);
}

TEST_CASE("a sync interrupted after a page resumes and ends as an uninterrupted one", "[sync][zendesk][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MockZendesk mock;
    seed(mock, 9);
    const SyncRun interrupted = sync(t.db(), mock, 2);
    CHECK_FALSE(interrupted.ok);
    CHECK(interrupted.message.contains(u"Cancelled"_s));
    CHECK(TicketStore(t.db()).list().value().size() == 4);
    const int requestsBefore = mock.requests;
    const SyncRun resumed = sync(t.db(), mock);
    REQUIRE(resumed.ok);
    requireSameAsServer(t.db(), mock);
    CHECK(resumed.stats.pages == 3); // it went on from the checkpoint instead of starting over
    CHECK(mock.requests - requestsBefore < 20);
}

TEST_CASE("wrong credentials stop the sync with a clear message and store nothing", "[sync][zendesk][faults]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 2);
    const SyncRun run = sync(t.db(), mock, 0, u"wrong-token"_s);
    CHECK_FALSE(run.ok);
    CHECK(run.message.contains(u"refused the credentials"_s));
    CHECK_FALSE(run.message.contains(u"wrong-token"_s));
    CHECK(TicketStore(t.db()).list().value().isEmpty());
}

TEST_CASE("a sync never touches the evaluations of a ticket", "[sync][zendesk]")
{
    TestDatabase t(Backend::Sqlite);
    MockZendesk mock;
    seed(mock, 2);
    REQUIRE(sync(t.db(), mock).ok);
    const QJsonObject vectors = QJsonDocument::fromJson(readData(u"scoring-vectors.json"_s)).object();
    const Scorecard card = ScorecardParser::fromJson(
                               vectors.value(u"cases"_s).toArray().at(0).toObject().value(u"scorecard"_s).toObject())
                               .value();
    REQUIRE(ScorecardStore(t.db()).save(card).has_value());
    PeopleStore people(t.db());
    const qint64 trainer = people.ensurePerson(u"trainer@example.ru"_s).value();
    REQUIRE(people.addRole(trainer, Role::Trainer).has_value());
    const qint64 ticketId = TicketStore(t.db()).findId(u"zd"_s, u"1001"_s).value().value();
    EvaluationService service(t.db());
    const EvaluationDraft draft = service.openDraft(ticketId, trainer, card.id).value();
    DraftState all;
    for (const QString &id : card.criterionIds())
        all.answers.insert(id, {AnswerValue::Yes, {}});
    REQUIRE(service.submit(draft.evaluationId, all, draft.revision, trainer).has_value());

    mock.updateTicket(1001, u"Изменён после оценки"_s, 3);
    REQUIRE(sync(t.db(), mock).ok);
    const Evaluation kept = *EvaluationStore(t.db()).get(draft.evaluationId).value();
    CHECK(kept.status == EvaluationStatus::Submitted);
    CHECK(kept.score == 100.0);
    CHECK(kept.answers == all.answerMap());
    CHECK(TicketStore(t.db()).get(ticketId).value()->subject == u"Изменён после оценки"_s);
}
