#include "helpdesk/TicketBatchWriter.h"
#include "helpdesk/ZendeskExportParser.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// The value of a result, by value: safe as the range of a for loop (unlike `.value()` of a
// temporary, which would dangle).
template<typename T>
T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.has_value());
    return std::move(*result);
}

ZendeskExportParser::Options smallOptions()
{
    return {u"zendesk-main"_s, u"https://acme.zendesk.com/"_s};
}

QList<Ticket> smallExport()
{
    const Result<QList<Ticket>> tickets =
        ZendeskExportParser::parse(readData(u"zendesk-export-small.json"_s), smallOptions());
    INFO((tickets ? QString() : tickets.error().message).toStdString());
    REQUIRE(tickets.has_value());
    return *tickets;
}

const Ticket &byId(const QList<Ticket> &tickets, const QString &externalId)
{
    for (const Ticket &t : tickets) {
        if (t.externalId == externalId)
            return t;
    }
    FAIL("no ticket " << externalId.toStdString());
    return tickets.first();
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

qint64 countOf(Database &db, const QString &table)
{
    Result<QSqlQuery> q = db.run(u"SELECT COUNT(*) FROM "_s + table);
    REQUIRE(q.has_value());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("zendesk export: tickets are mapped to the common model", "[import][zendesk]")
{
    const QList<Ticket> tickets = smallExport();
    REQUIRE(tickets.size() == 4);
    for (const Ticket &t : tickets) {
        CHECK(t.sourceName == u"zendesk-main"_s);
        CHECK(t.url == u"https://acme.zendesk.com/agent/tickets/"_s + t.externalId);
    }

    const Ticket &mail = byId(tickets, u"40001"_s);
    CHECK(mail.subject == u"Не приходит почта на домен"_s);
    CHECK(mail.status == u"solved"_s);
    CHECK(mail.channel == u"web"_s);
    CHECK(mail.tags == QStringList{u"l1"_s, u"mail"_s});
    CHECK(mail.team == u"first-line"_s);
    CHECK(mail.assigneeEmail == u"anna@example.ru"_s);
    CHECK(mail.assigneeName == u"Анна Смирнова"_s);
    CHECK(mail.requesterEmail == u"ivan@client.example"_s);
    CHECK(mail.requesterName == u"Иван Петров"_s);
    // Times are UTC, whatever offset the export wrote.
    CHECK(mail.createdAt == utc(2026, 10, 1, 9, 0));
    CHECK(mail.createdAt.timeSpec() == Qt::UTC);
    CHECK(mail.updatedAt == utc(2026, 10, 3, 8, 0));
    // solved_at comes from the metric set, not from updated_at.
    CHECK(mail.solvedAt == utc(2026, 10, 2, 10, 15));
    CHECK(mail.csat == u"good"_s);
    CHECK(mail.csatComment == u"Спасибо!"_s);

    REQUIRE(mail.messages.size() == 4);
    const Message &question = mail.messages.at(0);
    CHECK(question.externalId == u"5001"_s);
    CHECK(question.authorKind == AuthorKind::Customer);
    CHECK(question.authorName == u"Иван Петров"_s);
    CHECK(question.authorEmail == u"ivan@client.example"_s);
    CHECK(question.isPublic);
    CHECK(question.channel == u"web"_s);
    CHECK(question.createdAt == utc(2026, 10, 1, 9, 0));
    CHECK(question.createdAt.timeSpec() == Qt::UTC);
    CHECK(question.bodyText == u"Письма не доходят"_s);
    CHECK(question.bodyHtml == u"<p>Письма не доходят</p>"_s);
    REQUIRE(question.attachments.size() == 1);
    CHECK(question.attachments.at(0).name == u"bounce.eml"_s);
    CHECK(question.attachments.at(0).sizeBytes == 4096);
    CHECK(question.attachments.at(0).contentType == u"message/rfc822"_s);

    const Message &note = mail.messages.at(1);
    CHECK(note.authorKind == AuthorKind::Engineer);
    CHECK(note.authorEmail == u"anna@example.ru"_s);
    CHECK_FALSE(note.isPublic);
    CHECK(note.bodyText == u"Проверила MX"_s);
    CHECK(mail.messages.at(2).isPublic);
    CHECK(mail.messages.at(2).authorKind == AuthorKind::Engineer);

    // An author the export does not side-load (a deleted user, a trigger) is shown as the system.
    const Message &unknown = mail.messages.at(3);
    CHECK(unknown.authorKind == AuthorKind::System);
    CHECK(unknown.authorEmail.isEmpty());
    CHECK_FALSE(unknown.authorName.isEmpty());
    CHECK(unknown.bodyText == u"Automatic reminder"_s);

    // A string id, an admin as the agent, no metric set: a closed ticket is solved at updated_at.
    const Ticket &site = byId(tickets, u"40002"_s);
    CHECK(site.subject == u"Site down after .htaccess change"_s);
    CHECK(site.team == u"second-line"_s);
    CHECK(site.channel == u"email"_s);
    CHECK(site.assigneeEmail == u"boss@example.com"_s);
    CHECK(site.requesterName == u"Jane Customer"_s);
    CHECK(site.solvedAt == utc(2026, 10, 6, 17, 45));
    CHECK(site.csat == u"bad"_s);
    CHECK(site.csatComment == u"Too slow"_s);
    REQUIRE(site.messages.size() == 2);
    CHECK(site.messages.at(0).authorKind == AuthorKind::Customer);
    CHECK(site.messages.at(1).authorKind == AuthorKind::Engineer); // admin role
    // Without plain_body the text is the body; the HTML is kept as sent.
    CHECK(site.messages.at(1).bodyText == u"Fixed the RewriteRule, the site is up again."_s);
    CHECK(site.messages.at(1).bodyHtml == u"<p>Fixed the <code>RewriteRule</code>, the site is up again.</p>"_s);
    REQUIRE(site.messages.at(0).attachments.size() == 1);
    CHECK(site.messages.at(0).attachments.at(0).name == u"screenshot.png"_s);
    CHECK(site.messages.at(0).attachments.at(0).sizeBytes == 123456);

    // A metric set without solved_at: a solved ticket falls back to updated_at; "offered" is no CSAT.
    const Ticket &chat = byId(tickets, u"40003"_s);
    CHECK(chat.channel == u"chat"_s);
    CHECK(chat.tags.isEmpty());
    CHECK(chat.solvedAt == utc(2026, 10, 7, 11, 30));
    CHECK(chat.csat.isEmpty());
    CHECK(chat.messages.size() == 2);

    // An open ticket with no group and no assignee: not solved, no team, no assignee, no CSAT.
    const Ticket &open = byId(tickets, u"40004"_s);
    CHECK(open.status == u"open"_s);
    CHECK_FALSE(open.solvedAt.isValid());
    CHECK(open.team.isEmpty());
    CHECK(open.assigneeEmail.isEmpty());
    CHECK(open.csat.isEmpty());
    CHECK(open.requesterEmail == u"jane@client.example"_s);
}

TEST_CASE("zendesk export: without a base URL there is no link", "[import][zendesk]")
{
    const Result<QList<Ticket>> tickets =
        ZendeskExportParser::parse(readData(u"zendesk-export-small.json"_s), {u"zendesk-main"_s, QString()});
    REQUIRE(tickets.has_value());
    for (const Ticket &t : *tickets)
        CHECK(t.url.isEmpty());
}

TEST_CASE("zendesk export: a malformed document is refused with the place named", "[import][zendesk]")
{
    SECTION("tickets must be an array")
    {
        const Result<QList<Ticket>> r =
            ZendeskExportParser::fromJson(QJsonObject{{u"tickets"_s, QJsonObject{}}}, smallOptions());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.error().message.startsWith(u"tickets: "_s));
    }
    SECTION("tickets missing")
    {
        const Result<QList<Ticket>> r = ZendeskExportParser::fromJson(QJsonObject{}, smallOptions());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.startsWith(u"tickets: "_s));
    }
    SECTION("not JSON")
    {
        const Result<QList<Ticket>> r = ZendeskExportParser::parse(QByteArray("{\"tickets\": ["), smallOptions());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.error().message.contains(u"line 1"_s));
    }
    SECTION("a bad comment time names ticket, comment and field; every bad time is reported")
    {
        QJsonObject document = QJsonDocument::fromJson(readData(u"zendesk-export-small.json"_s)).object();
        QJsonArray tickets = document.value(u"tickets"_s).toArray();
        QJsonObject second = tickets.at(1).toObject();
        QJsonArray comments = second.value(u"comments"_s).toArray();
        QJsonObject comment = comments.at(1).toObject();
        comment.insert(u"created_at"_s, u"5th of October"_s);
        comments.replace(1, comment);
        second.insert(u"comments"_s, comments);
        tickets.replace(1, second);
        QJsonObject third = tickets.at(2).toObject();
        third.insert(u"updated_at"_s, u"2026-13-45T99:00:00Z"_s);
        tickets.replace(2, third);
        document.insert(u"tickets"_s, tickets);

        const Result<QList<Ticket>> r = ZendeskExportParser::fromJson(document, smallOptions());
        REQUIRE_FALSE(r.has_value());
        INFO(r.error().message.toStdString());
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.error().message.contains(u"tickets[1].comments[1].created_at: "_s));
        CHECK(r.error().message.contains(u"tickets[2].updated_at: "_s));
        CHECK(r.error().message.split(u'\n').size() == 2);
    }
}

TEST_CASE("zendesk export: the parsed batch is written once, however often it is written", "[import][zendesk]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    const QList<Ticket> tickets = smallExport();

    const Result<int> first = TicketBatchWriter(t.db()).write(tickets, u"zendesk-export-small.json"_s);
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first.has_value());
    CHECK(*first == 4);
    CHECK(countOf(t.db(), u"tickets"_s) == 4);
    CHECK(countOf(t.db(), u"messages"_s) == 9);
    CHECK(countOf(t.db(), u"message_attachments"_s) == 2);

    TicketStore store(t.db());
    const QList<Ticket> listed = store.list().value();
    REQUIRE(listed.size() == 4);
    qint64 mailId = 0;
    for (const Ticket &ticket : listed) {
        if (ticket.externalId == u"40001"_s)
            mailId = ticket.id;
    }
    REQUIRE(mailId != 0);
    const std::optional<Ticket> mail = store.get(mailId).value();
    REQUIRE(mail.has_value());
    CHECK_FALSE(mail->stub);
    CHECK(mail->team == u"first-line"_s);
    CHECK(mail->assigneeEmail == u"anna@example.ru"_s);
    CHECK(mail->solvedAt == utc(2026, 10, 2, 10, 15));
    CHECK(mail->url == u"https://acme.zendesk.com/agent/tickets/40001"_s);
    REQUIRE(mail->messages.size() == 4);
    CHECK_FALSE(mail->messages.at(1).isPublic);
    CHECK(mail->messages.at(3).authorKind == AuthorKind::System);
    REQUIRE(mail->messages.at(0).attachments.size() == 1);
    CHECK(mail->messages.at(0).attachments.at(0).sizeBytes == 4096);
    CHECK(mail->messages.at(0).createdAt == utc(2026, 10, 1, 9, 0));

    // Assignees become engineers.
    PeopleStore people(t.db());
    CHECK(people.findByEmail(u"anna@example.ru"_s).value()->hasRole(Role::Engineer));
    CHECK(people.findByEmail(u"boss@example.com"_s).value()->hasRole(Role::Engineer));
    const qsizetype peopleAfterFirst = people.list().value().size();

    const Result<int> second = TicketBatchWriter(t.db()).write(tickets, u"zendesk-export-small.json"_s);
    REQUIRE(second.has_value());
    CHECK(countOf(t.db(), u"tickets"_s) == 4);
    CHECK(countOf(t.db(), u"messages"_s) == 9);
    CHECK(countOf(t.db(), u"message_attachments"_s) == 2);
    CHECK(people.list().value().size() == peopleAfterFirst);
    CHECK(store.list().value().size() == 4);

    int batches = 0;
    for (const AuditEntry &entry : must(AuditLog(t.db()).list(u"source"_s, u"zendesk-main"_s))) {
        if (entry.action == u"tickets.import"_s) {
            ++batches;
            CHECK(entry.after.value(u"tickets"_s).toInt() == 4);
        }
    }
    CHECK(batches == 2);
}
