#include "helpdesk/FreshdeskMapping.h"
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

QJsonArray fixture(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readData(u"freshdesk/"_s + name));
    REQUIRE(document.isArray());
    return document.array();
}

// The directory as a sync builds it: groups, agents, and the requesters side-loaded on tickets.
FreshdeskMapping::Directory directory()
{
    FreshdeskMapping::Directory d;
    d.addGroups(fixture(u"groups.json"_s));
    d.addAgents(fixture(u"agents.json"_s));
    for (const QJsonValue &t : fixture(u"tickets-include-requester-stats.json"_s))
        d.addContact(t[u"requester"_s].toObject());
    return d;
}

QJsonObject rawTicket(const QString &id)
{
    for (const QJsonValue &t : fixture(u"tickets-include-requester-stats.json"_s)) {
        if (FreshdeskMapping::idText(t[u"id"_s]) == id)
            return t.toObject();
    }
    FAIL("no ticket " << id.toStdString() << " in the fixture");
    return {};
}

Ticket mapTicket(const QString &id, const FreshdeskMapping::Directory &d = directory())
{
    QStringList problems;
    const Ticket t = FreshdeskMapping::ticket(rawTicket(id), d, u"freshdesk-main"_s, u"https://acme.freshdesk.com/"_s,
                                              u"tickets[0]"_s, problems);
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());
    return t;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST_CASE("freshdesk: a ticket with requester and stats side-loads is mapped to the common model", "[freshdesk]")
{
    const Ticket mail = mapTicket(u"101"_s);
    CHECK(mail.sourceName == u"freshdesk-main"_s);
    CHECK(mail.externalId == u"101"_s);
    CHECK(mail.subject == u"Не приходит почта на домен"_s);
    CHECK(mail.status == u"solved"_s);          // 4 resolved
    CHECK(mail.channel == u"email"_s);          // source 1
    CHECK(mail.tags == QStringList{u"l1"_s, u"mail"_s});
    CHECK(mail.team == u"first-line"_s);        // group_id through GET /api/v2/groups
    CHECK(mail.assigneeName == u"Анна Смирнова"_s); // responder_id through GET /api/v2/agents
    CHECK(mail.assigneeEmail == u"anna@example.ru"_s);
    CHECK(mail.requesterName == u"Иван Петров"_s);
    CHECK(mail.requesterEmail == u"ivan@client.example"_s);
    CHECK(mail.createdAt == utc(2026, 10, 1, 9, 0));
    CHECK(mail.createdAt.timeSpec() == Qt::UTC);
    CHECK(mail.updatedAt == utc(2026, 10, 3, 8, 0));
    CHECK(mail.solvedAt == utc(2026, 10, 2, 10, 15)); // stats.resolved_at, not updated_at
    CHECK(mail.csat.isEmpty());                 // satisfaction ratings are a separate resource
    CHECK(mail.csatComment.isEmpty());
    CHECK(mail.url == u"https://acme.freshdesk.com/a/tickets/101"_s);
    CHECK_FALSE(mail.stub);

    // The description is the first message, written by the requester.
    REQUIRE(mail.messages.size() == 1);
    const Message &question = mail.messages.at(0);
    CHECK(question.externalId == u"description"_s);
    CHECK(question.authorKind == AuthorKind::Customer);
    CHECK(question.authorName == u"Иван Петров"_s);
    CHECK(question.authorEmail == u"ivan@client.example"_s);
    CHECK(question.isPublic);
    CHECK(question.channel == u"email"_s);
    CHECK(question.createdAt == utc(2026, 10, 1, 9, 0));
    CHECK(question.bodyHtml == u"<div>Письма не доходят</div>"_s);
    CHECK(question.bodyText == u"Письма не доходят"_s);
    REQUIRE(question.attachments.size() == 1);
    CHECK(question.attachments.at(0).name == u"bounce.eml"_s);
    CHECK(question.attachments.at(0).sizeBytes == 4096);
    CHECK(question.attachments.at(0).contentType == u"message/rfc822"_s);
    CHECK(question.attachments.at(0).url.isEmpty()); // a signed link that expires: not kept
}

TEST_CASE("freshdesk: closed, open and outbound tickets, unknown groups and missing side-loads", "[freshdesk]")
{
    // Closed without stats.resolved_at: solved at updated_at. Portal is the web channel. An
    // offset in a time is converted to UTC. No requester side-load and an unknown contact: empty.
    const Ticket site = mapTicket(u"102"_s);
    CHECK(site.status == u"closed"_s);
    CHECK(site.channel == u"web"_s);
    CHECK(site.tags.isEmpty());
    CHECK(site.team.isEmpty());                 // a group the groups list does not have
    CHECK(site.assigneeName == u"Boris Orlov"_s);
    CHECK(site.assigneeEmail == u"boris@example.ru"_s);
    CHECK(site.requesterName.isEmpty());
    CHECK(site.requesterEmail.isEmpty());
    CHECK(site.createdAt == utc(2026, 10, 5, 11, 0));
    CHECK(site.solvedAt == utc(2026, 10, 6, 17, 45));
    REQUIRE(site.messages.size() == 1);
    CHECK(site.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK(site.messages.at(0).bodyText == u"The site shows 500"_s);
    CHECK(site.messages.at(0).bodyHtml == u"<div>The site shows <b>500</b></div>"_s);
    CHECK(site.messages.at(0).attachments.isEmpty());

    // Without the side-load, a requester the directory knows is still named.
    FreshdeskMapping::Directory known = directory();
    known.addContact(QJsonObject{{u"id"_s, 43000000902.0}, {u"name"_s, u"Jane Customer"_s}, {u"email"_s, u"Jane@Customer.example"_s}});
    const Ticket named = mapTicket(u"102"_s, known);
    CHECK(named.requesterName == u"Jane Customer"_s);
    CHECK(named.requesterEmail == u"jane@customer.example"_s);
    CHECK(named.messages.at(0).authorName == u"Jane Customer"_s);

    // Open, by phone, nobody assigned, no group: not solved.
    const Ticket call = mapTicket(u"103"_s);
    CHECK(call.status == u"open"_s);
    CHECK(call.channel == u"voice"_s);
    CHECK(call.tags == QStringList{u"billing"_s});
    CHECK(call.team.isEmpty());
    CHECK(call.assigneeName.isEmpty());
    CHECK(call.assigneeEmail.isEmpty());
    CHECK(call.requesterName == u"Ольга Кузнецова"_s);
    CHECK_FALSE(call.solvedAt.isValid());

    // An outbound email is written by the agent: its description is the agent's message.
    const Ticket outbound = mapTicket(u"104"_s);
    CHECK(outbound.status == u"pending"_s);
    CHECK(outbound.channel == u"outbound_email"_s);
    CHECK(outbound.team == u"second-line"_s);
    CHECK(outbound.requesterEmail == u"ivan@client.example"_s);
    CHECK_FALSE(outbound.solvedAt.isValid());
    REQUIRE(outbound.messages.size() == 1);
    CHECK(outbound.messages.at(0).authorKind == AuthorKind::Engineer);
    CHECK(outbound.messages.at(0).authorName == u"Анна Смирнова"_s);
    CHECK(outbound.messages.at(0).authorEmail == u"anna@example.ru"_s);
    CHECK(outbound.messages.at(0).channel == u"outbound_email"_s);
}

TEST_CASE("freshdesk: conversations map notes, incoming replies, authors and attachments", "[freshdesk]")
{
    const FreshdeskMapping::Directory d = directory();
    const Ticket ticket = mapTicket(u"101"_s, d);
    const QJsonArray raw = fixture(u"conversations-101.json"_s);
    REQUIRE(raw.size() == 5);
    QStringList problems;
    QList<Message> messages;
    for (int i = 0; i < raw.size(); ++i)
        messages.append(FreshdeskMapping::conversation(raw.at(i).toObject(), d, ticket, u"43000000901"_s,
                                                       u"conversations[%1]"_s.arg(i), problems));
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());

    // A private note by an agent.
    const Message &note = messages.at(0);
    CHECK(note.externalId == u"43000200001"_s);
    CHECK_FALSE(note.isPublic);
    CHECK(note.authorKind == AuthorKind::Engineer);
    CHECK(note.authorName == u"Анна Смирнова"_s);
    CHECK(note.authorEmail == u"anna@example.ru"_s);
    CHECK(note.channel == u"email"_s);          // the ticket's channel
    CHECK(note.createdAt == utc(2026, 10, 1, 9, 30));
    CHECK(note.bodyHtml == u"<div>Проверила MX, записи верные.</div>"_s);
    CHECK(note.bodyText == u"Проверила MX, записи верные."_s);
    CHECK(note.attachments.isEmpty());

    // A public reply by the agent.
    const Message &reply = messages.at(1);
    CHECK(reply.isPublic);
    CHECK(reply.authorKind == AuthorKind::Engineer);
    CHECK(reply.authorEmail == u"anna@example.ru"_s);
    CHECK(reply.bodyText == u"Иван, проверьте, пожалуйста, SPF."_s);

    // An incoming reply by the requester with an attachment; the offset time becomes UTC.
    const Message &answer = messages.at(2);
    CHECK(answer.externalId == u"43000200003"_s);
    CHECK(answer.isPublic);
    CHECK(answer.authorKind == AuthorKind::Customer);
    CHECK(answer.authorName == u"Иван Петров"_s);
    CHECK(answer.authorEmail == u"ivan@client.example"_s);
    CHECK(answer.createdAt == utc(2026, 10, 1, 7, 0));
    CHECK(answer.createdAt.timeSpec() == Qt::UTC);
    REQUIRE(answer.attachments.size() == 1);
    CHECK(answer.attachments.at(0).name == u"spf-report.pdf"_s);
    CHECK(answer.attachments.at(0).sizeBytes == 123456);
    CHECK(answer.attachments.at(0).contentType == u"application/pdf"_s);
    CHECK(answer.attachments.at(0).url.isEmpty());

    // An incoming reply from a contact nobody side-loaded: named from the sender address.
    const Message &colleague = messages.at(3);
    CHECK(colleague.authorKind == AuthorKind::Customer);
    CHECK(colleague.authorName == u"Ольга Кузнецова"_s);
    CHECK(colleague.authorEmail == u"olga@client.example"_s);

    // A note by a user the account no longer lists (a deleted agent, an automation).
    const Message &automatic = messages.at(4);
    CHECK(automatic.authorKind == AuthorKind::System);
    CHECK_FALSE(automatic.authorName.isEmpty());
    CHECK(automatic.authorEmail.isEmpty());
    CHECK_FALSE(automatic.isPublic);
}

TEST_CASE("freshdesk: status and source numbers, ids and bad times", "[freshdesk]")
{
    CHECK(FreshdeskMapping::statusName(2) == u"open"_s);
    CHECK(FreshdeskMapping::statusName(3) == u"pending"_s);
    CHECK(FreshdeskMapping::statusName(4) == u"solved"_s);
    CHECK(FreshdeskMapping::statusName(5) == u"closed"_s);
    CHECK(FreshdeskMapping::statusName(6) == u"status-6"_s); // an account's custom status

    CHECK(FreshdeskMapping::channelName(1) == u"email"_s);
    CHECK(FreshdeskMapping::channelName(2) == u"web"_s);
    CHECK(FreshdeskMapping::channelName(3) == u"voice"_s);
    CHECK(FreshdeskMapping::channelName(7) == u"chat"_s);
    CHECK(FreshdeskMapping::channelName(9) == u"feedback_widget"_s);
    CHECK(FreshdeskMapping::channelName(10) == u"outbound_email"_s);
    CHECK(FreshdeskMapping::channelName(13) == u"source-13"_s);

    CHECK(FreshdeskMapping::idText(QJsonValue(43000000501.0)) == u"43000000501"_s);
    CHECK(FreshdeskMapping::idText(QJsonValue(u"77"_s)) == u"77"_s);
    CHECK(FreshdeskMapping::idText(QJsonValue()).isEmpty());

    // Problems name the field; a conversation without a time falls back to the ticket's.
    QJsonObject broken = rawTicket(u"103"_s);
    broken.insert(u"updated_at"_s, u"yesterday"_s);
    broken.remove(u"id"_s);
    QStringList problems;
    const Ticket t = FreshdeskMapping::ticket(broken, directory(), u"fd"_s, {}, u"tickets[3]"_s, problems);
    CHECK(problems.contains(u"tickets[3].updated_at: must be an ISO-8601 time"_s));
    CHECK(problems.contains(u"tickets[3].id: is required"_s));
    CHECK(t.url.isEmpty());

    problems.clear();
    const Ticket call = mapTicket(u"103"_s);
    const Message undated = FreshdeskMapping::conversation(
        QJsonObject{{u"id"_s, 9.0}, {u"body"_s, u"<p>x</p>"_s}, {u"user_id"_s, 43000000903.0}, {u"incoming"_s, true}},
        directory(), call, u"43000000903"_s, u"conversations[0]"_s, problems);
    CHECK(problems.isEmpty());
    CHECK(undated.createdAt == call.createdAt);
    CHECK(undated.isPublic);
    CHECK(undated.authorName == u"Ольга Кузнецова"_s);
}
