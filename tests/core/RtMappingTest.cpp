// Request Tracker mapping on responses captured from a real RT 5.0.3 (tests/peers/request-tracker).
#include "helpdesk/RtMapping.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readData(u"rt/"_s + name));
    REQUIRE(document.isObject());
    return document.object();
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

RtMapping::Directory directory()
{
    RtMapping::Directory d;
    d.addUser(fixture(u"user-alice.json"_s));
    d.addUser(fixture(u"user-bob.json"_s));
    d.addUser(fixture(u"user-RT_System.json"_s));
    d.addQueue(fixture(u"queue-3.json"_s));
    return d;
}

QJsonObject listedTicket(const QString &page, int index)
{
    const QJsonArray items = fixture(page).value(u"items"_s).toArray();
    REQUIRE(index < items.size());
    return items.at(index).toObject();
}

QList<RtMapping::Part> parts(const QList<int> &ids, QStringList &problems)
{
    QList<RtMapping::Part> list;
    for (int id : ids)
        list.append(RtMapping::part(fixture(u"attachment-%1.json"_s.arg(id)), u"attachment/%1"_s.arg(id), problems));
    return list;
}

QJsonObject transaction(const QJsonObject &history, const QString &id)
{
    for (const QJsonValue &item : history.value(u"items"_s).toArray()) {
        if (RtMapping::refId(item[u"id"_s]) == id)
            return item.toObject();
    }
    FAIL("no transaction " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("an RT ticket from the search maps every field", "[rt][mapping]")
{
    QStringList problems;
    const Ticket t = RtMapping::ticket(listedTicket(u"tickets-page-1.json"_s, 0), directory(), {}, u"rt"_s,
                                       u"http://127.0.0.1:8099/"_s, u"items[0]"_s, problems);
    CHECK(problems.isEmpty());
    CHECK(t.sourceName == u"rt"_s);
    CHECK(t.externalId == u"1"_s);
    CHECK(t.subject == u"Cannot log in after password reset"_s);
    CHECK(t.status == u"solved"_s); // RT's "resolved"
    CHECK(t.team == u"QA-Support"_s); // queue 3, named through GET /queue/3
    CHECK(t.assigneeEmail == u"alice@qa.localhost"_s);
    CHECK(t.assigneeName == u"Alice Agent"_s);
    CHECK(t.requesterEmail == u"bob@customer.example"_s);
    CHECK(t.requesterName == u"Bob Customer"_s);
    CHECK(t.createdAt == utc(u"2026-11-22T14:43:42Z"_s));
    CHECK(t.updatedAt == utc(u"2026-11-22T14:43:54Z"_s));
    CHECK(t.solvedAt == utc(u"2026-11-22T14:43:53Z"_s));
    CHECK(t.tags == QStringList{u"login"_s, u"password-reset"_s});
    CHECK(t.channel == u"email"_s);
    CHECK(t.csat == u"5"_s);
    CHECK(t.url == u"http://127.0.0.1:8099/Ticket/Display.html?id=1"_s);
    CHECK(t.messages.isEmpty());
}

TEST_CASE("an open RT ticket has no solved time and an empty CSAT", "[rt][mapping]")
{
    QStringList problems;
    const Ticket t = RtMapping::ticket(listedTicket(u"tickets-page-2.json"_s, 0), directory(), {}, u"rt"_s,
                                       u"http://127.0.0.1:8099"_s, u"items[0]"_s, problems);
    CHECK(problems.isEmpty());
    CHECK(t.externalId == u"3"_s);
    CHECK(t.status == u"new"_s);
    CHECK_FALSE(t.solvedAt.isValid()); // RT writes "1970-01-01T00:00:00Z" for "not set"
    CHECK(t.csat.isEmpty());
    CHECK(t.channel == u"web"_s);
    CHECK(t.tags == QStringList{u"feature-request"_s});
}

TEST_CASE("RT custom field names for tags, channel and CSAT are configurable", "[rt][mapping]")
{
    QStringList problems;
    RtMapping::FieldNames names;
    names.tags = u"Channel"_s;
    names.channel = u"Tags"_s;
    names.csat = u"Satisfaction"_s; // not in this RT
    const Ticket t = RtMapping::ticket(listedTicket(u"tickets-page-1.json"_s, 1), directory(), names, u"rt"_s,
                                       {}, u"items[1]"_s, problems);
    CHECK(t.tags == QStringList{u"chat"_s});
    CHECK(t.channel == u"billing"_s);
    CHECK(t.csat.isEmpty());
    CHECK(t.url.isEmpty());
    // Unknown users and queues are named by RT's reference rather than dropped.
    CHECK(t.team == u"QA-Support"_s);
    CHECK(t.assigneeName == u"carol"_s);
    CHECK(t.requesterEmail == u"dana@customer.example"_s);
}

TEST_CASE("RT history keeps Create, Correspond and Comment only, in order", "[rt][mapping]")
{
    const QJsonObject history = fixture(u"ticket-1-history.json"_s);
    QStringList kept;
    QStringList left;
    for (const QJsonValue &item : history.value(u"items"_s).toArray()) {
        const QString type = item[u"Type"_s].toString();
        (RtMapping::isConversation(type) ? kept : left).append(type);
    }
    CHECK(kept == QStringList{u"Create"_s, u"Comment"_s, u"Correspond"_s, u"Correspond"_s});
    CHECK(left.contains(u"EmailRecord"_s));
    CHECK(left.contains(u"Status"_s));
    CHECK(left.contains(u"CustomField"_s));
    CHECK(left.contains(u"Set"_s));
    CHECK(left.contains(u"SetWatcher"_s));
    QStringList problems;
    Ticket ticket;
    CHECK_FALSE(RtMapping::message(transaction(history, u"58"_s), {}, directory(), ticket, {}, u"h"_s, problems));
    CHECK_FALSE(RtMapping::message(transaction(history, u"71"_s), {}, directory(), ticket, {}, u"h"_s, problems));
}

TEST_CASE("RT messages: the customer's plain text, an internal note, an HTML reply with a file", "[rt][mapping]")
{
    QStringList problems;
    const RtMapping::Directory users = directory();
    const Ticket ticket = RtMapping::ticket(listedTicket(u"tickets-page-1.json"_s, 0), users, {}, u"rt"_s, {},
                                            u"t"_s, problems);
    const QStringList requestors{u"bob@customer.example"_s};
    const QJsonObject history = fixture(u"ticket-1-history.json"_s);

    const std::optional<Message> created =
        RtMapping::message(transaction(history, u"57"_s), parts({1}, problems), users, ticket, requestors, u"h"_s, problems);
    REQUIRE(created);
    CHECK(created->externalId == u"57"_s);
    CHECK(created->isPublic);
    CHECK(created->authorKind == AuthorKind::Customer);
    CHECK(created->authorName == u"Bob Customer"_s);
    CHECK(created->authorEmail == u"bob@customer.example"_s);
    CHECK(created->createdAt == utc(u"2026-11-22T14:43:42Z"_s));
    CHECK(created->channel == u"email"_s);
    CHECK(created->bodyHtml.isEmpty());
    CHECK(created->bodyText == u"Hi,\nsince resetting my password yesterday I get \"invalid credentials\" on every login.\n"
                               "Order #A-1042.\nBob"_s);
    CHECK(created->attachments.isEmpty());

    const std::optional<Message> note =
        RtMapping::message(transaction(history, u"65"_s), parts({8}, problems), users, ticket, requestors, u"h"_s, problems);
    REQUIRE(note);
    CHECK_FALSE(note->isPublic);
    CHECK(note->authorKind == AuthorKind::Engineer);
    CHECK(note->authorName == u"Alice Agent"_s);
    CHECK(note->authorEmail == u"alice@qa.localhost"_s);
    CHECK(note->bodyText == u"Checked auth logs: account locked after 5 failed attempts. Unlocking."_s);

    // multipart/mixed (9) holding the HTML body (10) and lockout.txt (11)
    const std::optional<Message> reply = RtMapping::message(transaction(history, u"66"_s), parts({9, 10, 11}, problems),
                                                            users, ticket, requestors, u"h"_s, problems);
    REQUIRE(reply);
    CHECK(reply->isPublic);
    CHECK(reply->authorKind == AuthorKind::Engineer);
    CHECK(reply->bodyHtml == u"<p>Hi Bob,</p><p>your account was <b>locked</b> after several failed attempts. I have "
                             "unlocked it &mdash; please try again.</p><p>Alice</p>"_s);
    REQUIRE(reply->attachments.size() == 1);
    CHECK(reply->attachments.at(0).name == u"lockout.txt"_s);
    CHECK(reply->attachments.at(0).sizeBytes == 51);
    CHECK(reply->attachments.at(0).contentType == u"text/plain"_s);

    const std::optional<Message> followUp =
        RtMapping::message(transaction(history, u"69"_s), parts({15}, problems), users, ticket, requestors, u"h"_s, problems);
    REQUIRE(followUp);
    CHECK(followUp->isPublic);
    CHECK(followUp->authorKind == AuthorKind::Customer);
    CHECK(followUp->bodyText == u"Works now, thanks!"_s);
    CHECK(problems.isEmpty());
}

TEST_CASE("an RT customer's HTML message is kept as HTML", "[rt][mapping]")
{
    QStringList problems;
    const RtMapping::Directory users = directory();
    const Ticket ticket = RtMapping::ticket(listedTicket(u"tickets-page-1.json"_s, 1), users, {}, u"rt"_s, {},
                                            u"t"_s, problems);
    const std::optional<Message> created =
        RtMapping::message(transaction(fixture(u"ticket-2-history.json"_s), u"78"_s), parts({22}, problems), users,
                           ticket, {u"dana@customer.example"_s}, u"h"_s, problems);
    REQUIRE(created);
    CHECK(created->authorKind == AuthorKind::Customer);
    CHECK(created->bodyHtml == u"<p>I was charged <b>twice</b> for invoice INV-77.</p>"_s);
    CHECK(problems.isEmpty());
}

TEST_CASE("RT author kinds: requestor, privileged agent, unprivileged user, RT_System", "[rt][mapping]")
{
    QStringList problems;
    const RtMapping::Directory users = directory();
    Ticket ticket;
    ticket.requesterEmail = u"bob@customer.example"_s;
    const auto kindOf = [&](const QString &creator, const QStringList &requestors) {
        const QJsonObject txn{{u"id"_s, u"1"_s},
                              {u"Type"_s, u"Correspond"_s},
                              {u"Created"_s, u"2026-11-22T14:43:42Z"_s},
                              {u"Creator"_s, QJsonObject{{u"id"_s, creator}, {u"type"_s, u"user"_s}}}};
        return RtMapping::message(txn, {}, users, ticket, requestors, u"h"_s, problems)->authorKind;
    };
    CHECK(kindOf(u"alice"_s, {}) == AuthorKind::Engineer);
    CHECK(kindOf(u"alice"_s, {u"alice"_s}) == AuthorKind::Customer); // an agent's own ticket
    CHECK(kindOf(u"bob@customer.example"_s, {}) == AuthorKind::Customer);
    CHECK(kindOf(u"RT_System"_s, {}) == AuthorKind::System);
    CHECK(kindOf(u"stranger@example.org"_s, {}) == AuthorKind::Customer);
    CHECK(kindOf(u"31"_s, {}) == AuthorKind::Engineer); // alice by her numeric id
}

TEST_CASE("broken RT attachment content is a problem naming the part", "[rt][mapping]")
{
    QStringList problems;
    QJsonObject json = fixture(u"attachment-10.json"_s);
    json.insert(u"Content"_s, u"not*base64!"_s);
    RtMapping::part(json, u"attachment/10"_s, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(u"attachment/10.Content"_s));
}
