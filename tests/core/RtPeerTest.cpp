// Syncs a REAL Request Tracker 5 (tests/peers/request-tracker/start.sh) through RtConnector and
// SyncEngine. Hidden from normal runs ([.peer]); tests/peers/run-rt-peer-tests.sh starts the
// peer, sets RT_PEER_URL and RT_PEER_TOKEN and runs `qadesk_core_tests "[peer]"`. Not tagged [rt]:
// a tag filter runs hidden tests too, and "[rt]" must stay the offline tests.
// The peer keeps its data between runs, and every run adds a reply: counts are checked
// relative to what the first sync stored, never as absolute numbers of messages.
#include "helpdesk/RtConnector.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Peer
{
    QString url;
    QString token;
};

Peer peer()
{
    const QString url = qEnvironmentVariable("RT_PEER_URL");
    const QString token = qEnvironmentVariable("RT_PEER_TOKEN");
    if (url.isEmpty() || token.isEmpty())
        FAIL("RT_PEER_URL and RT_PEER_TOKEN must name a running RT peer: run tests/peers/run-rt-peer-tests.sh "
             "(or tests/peers/request-tracker/start.sh and export both)");
    return {url, token};
}

struct SyncRun
{
    bool ok = false;
    QString message;
    SyncEngine::Stats stats;
};

SyncRun sync(Database &db, const Peer &p)
{
    HttpClient http;
    if (!SourceStore(db).find(u"rt"_s).value())
        REQUIRE(SourceStore(db).add({0, u"rt"_s, u"rt"_s, p.url, {}, u"RT_PEER_TOKEN"_s}).has_value());
    RtConnector::Options options;
    options.queue = u"QA-Support"_s;
    options.ticketsPerPage = 2;   // small pages: the real server's paging and re-anchoring are used
    options.historyPerPage = 5;   // ticket histories span pages (next_page)
    RtConnector connector({u"rt"_s, p.url, {}, p.token, {}}, http, options);
    SyncEngine engine(db, connector, u"rt"_s);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (finished.isEmpty())
        REQUIRE(finished.wait(120000));
    return {finished.first().at(0).toBool(), finished.first().at(1).toString(), engine.stats()};
}

Ticket bySubject(Database &db, const QString &subject)
{
    const QList<Ticket> all = TicketStore(db).list().value();
    const auto found = std::find_if(all.begin(), all.end(), [&](const Ticket &t) { return t.subject == subject; });
    if (found == all.end())
        FAIL("no ticket \"" << subject.toStdString() << "\" was synced");
    const std::optional<Ticket> ticket = TicketStore(db).get(found->id).value();
    REQUIRE(ticket.has_value());
    return *ticket;
}

// The index of the first message at or after `from` whose text contains `needle`, or -1.
qsizetype findMessage(const Ticket &t, const QString &needle, qsizetype from = 0)
{
    for (qsizetype i = from; i < t.messages.size(); ++i) {
        if (t.messages.at(i).bodyText.contains(needle) || t.messages.at(i).bodyHtml.contains(needle))
            return i;
    }
    return -1;
}

// POST through REST2 as the peer's root, waiting for the answer.
HttpResult post(const Peer &p, const QString &path, const QJsonObject &body)
{
    HttpClient http;
    HttpRequest request;
    QString base = p.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    request.url = QUrl(base + u"/REST/2.0"_s + path);
    request.method = "POST";
    request.headers = {{"Authorization", "token " + p.token.toUtf8()}, {"Content-Type", "application/json"}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::optional<HttpResult> answer;
    QObject context;
    http.send(request, &context, [&answer](const HttpResult &result) { answer = result; });
    for (int i = 0; i < 3000 && !answer; ++i)
        QTest::qWait(10);
    REQUIRE(answer.has_value());
    return *answer;
}

} // namespace

TEST_CASE("a real Request Tracker queue syncs with its whole conversation", "[.peer][rt-peer]")
{
    const Peer p = peer();
    TestDatabase t(Backend::Sqlite);
    const SyncRun first = sync(t.db(), p);
    INFO(first.message.toStdString());
    REQUIRE(first.ok);
    const QList<Ticket> stored = TicketStore(t.db()).list().value();
    REQUIRE(stored.size() >= 3);
    CHECK(first.stats.tickets == stored.size());

    // tickets, people and custom fields
    {
        const Ticket login = bySubject(t.db(), u"Cannot log in after password reset"_s);
        CHECK(login.sourceName == u"rt"_s);
        CHECK(login.status == u"solved"_s);
        CHECK(login.solvedAt.isValid());
        CHECK(login.team == u"QA-Support"_s);
        CHECK(login.assigneeEmail == u"alice@qa.localhost"_s);
        CHECK(login.assigneeName == u"Alice Agent"_s);
        CHECK(login.requesterEmail == u"bob@customer.example"_s);
        CHECK(login.requesterName == u"Bob Customer"_s);
        CHECK(login.channel == u"email"_s);
        CHECK(login.tags == QStringList{u"login"_s, u"password-reset"_s});
        CHECK(login.csat == u"5"_s);
        CHECK(login.url == p.url + u"/Ticket/Display.html?id="_s + login.externalId);

        const Ticket refund = bySubject(t.db(), u"Refund for duplicate charge"_s);
        CHECK(refund.status == u"solved"_s);
        CHECK(refund.assigneeEmail == u"carol@qa.localhost"_s);
        CHECK(refund.requesterEmail == u"dana@customer.example"_s);
        CHECK(refund.channel == u"chat"_s);
        CHECK(refund.tags == QStringList{u"billing"_s, u"refund"_s});
        CHECK(refund.csat == u"3"_s);

        const Ticket dark = bySubject(t.db(), u"Feature request: dark mode"_s);
        // "new" as seeded; an agent's reply (every run of this test adds one) makes RT open it.
        CHECK((dark.status == u"new"_s || dark.status == u"open"_s));
        CHECK_FALSE(dark.solvedAt.isValid());
        CHECK(dark.assigneeEmail == u"alice@qa.localhost"_s);
        CHECK(dark.channel == u"web"_s);
        CHECK(dark.csat.isEmpty());
    }

    // public replies, internal notes, HTML and attachments, in order
    {
        const Ticket login = bySubject(t.db(), u"Cannot log in after password reset"_s);
        REQUIRE(login.messages.size() == 4); // Create, Comment, Correspond, Correspond: no EmailRecord, Status, …
        const Message &opened = login.messages.at(0);
        CHECK(opened.isPublic);
        CHECK(opened.authorKind == AuthorKind::Customer);
        CHECK(opened.authorEmail == u"bob@customer.example"_s);
        CHECK(opened.bodyText.contains(u"Order #A-1042."_s));
        const Message &note = login.messages.at(1);
        CHECK_FALSE(note.isPublic);
        CHECK(note.authorKind == AuthorKind::Engineer);
        CHECK(note.authorName == u"Alice Agent"_s);
        CHECK(note.bodyText.contains(u"account locked after 5 failed attempts"_s));
        const Message &reply = login.messages.at(2);
        CHECK(reply.isPublic);
        CHECK(reply.authorKind == AuthorKind::Engineer);
        CHECK(reply.bodyHtml.startsWith(u"<p>Hi Bob,</p>"_s));
        CHECK(reply.bodyHtml.contains(u"<b>locked</b>"_s));
        REQUIRE(reply.attachments.size() == 1);
        CHECK(reply.attachments.at(0).name == u"lockout.txt"_s);
        CHECK(reply.attachments.at(0).sizeBytes == 51);
        const Message &thanks = login.messages.at(3);
        CHECK(thanks.isPublic);
        CHECK(thanks.authorKind == AuthorKind::Customer);
        CHECK(thanks.bodyText == u"Works now, thanks!"_s);
        for (qsizetype i = 1; i < login.messages.size(); ++i)
            CHECK(login.messages.at(i - 1).createdAt <= login.messages.at(i).createdAt);

        const Ticket refund = bySubject(t.db(), u"Refund for duplicate charge"_s);
        REQUIRE(refund.messages.size() == 3);
        CHECK(refund.messages.at(0).bodyHtml == u"<p>I was charged <b>twice</b> for invoice INV-77.</p>"_s);
        CHECK(refund.messages.at(0).authorKind == AuthorKind::Customer);
        CHECK(refund.messages.at(1).isPublic);
        CHECK(refund.messages.at(1).authorName == u"Carol Agent"_s);
        CHECK_FALSE(refund.messages.at(2).isPublic);
        CHECK(refund.messages.at(2).bodyText.contains(u"RF-5521"_s));
    }

    // a second sync stores nothing twice, a new reply is picked up by the next
    {
        const Ticket before = bySubject(t.db(), u"Feature request: dark mode"_s);
        const SyncRun again = sync(t.db(), p);
        INFO(again.message.toStdString());
        REQUIRE(again.ok);
        CHECK(again.stats.tickets == 0);
        CHECK(TicketStore(t.db()).list().value().size() == stored.size());
        CHECK(bySubject(t.db(), u"Feature request: dark mode"_s).messages.size() == before.messages.size());

        const QString marker = u"peer test reply %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const HttpResult answer = post(p, u"/ticket/%1/correspond"_s.arg(before.externalId),
                                       QJsonObject{{u"Content"_s, QString(u"<p>Dark mode is planned: "_s + marker + u"</p>"_s)},
                                                   {u"ContentType"_s, u"text/html"_s}});
        INFO(answer.error.toStdString());
        REQUIRE(answer.ok);
        const SyncRun changed = sync(t.db(), p);
        INFO(changed.message.toStdString());
        REQUIRE(changed.ok);
        CHECK(changed.stats.tickets >= 1);
        CHECK(TicketStore(t.db()).list().value().size() == stored.size());
        const Ticket after = bySubject(t.db(), u"Feature request: dark mode"_s);
        REQUIRE(after.messages.size() == before.messages.size() + 1);
        const Message &added = after.messages.last();
        CHECK(findMessage(after, marker) == after.messages.size() - 1);
        CHECK(added.isPublic);
        CHECK(added.authorKind == AuthorKind::Engineer); // root is privileged
        CHECK(added.bodyHtml.contains(marker));
        CHECK(after.updatedAt > before.updatedAt);
    }
}

TEST_CASE("the real RT connection test accepts the token and refuses a wrong one", "[.peer][rt-peer]")
{
    const Peer p = peer();
    HttpClient http;
    const auto test = [&](const QString &token) {
        RtConnector connector({u"rt"_s, p.url, {}, token, {}}, http);
        std::optional<Status> answer;
        connector.testConnection([&answer](Status status) { answer = std::move(status); });
        for (int i = 0; i < 3000 && !answer; ++i)
            QTest::qWait(10);
        REQUIRE(answer.has_value());
        return *answer;
    };
    CHECK(test(p.token).has_value());
    const Status refused = test(u"1-99-0000deadbeef"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK_FALSE(refused.error().message.contains(u"deadbeef"_s));
}
