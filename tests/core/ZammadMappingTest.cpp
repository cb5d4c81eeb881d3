#include "helpdesk/ZammadMapping.h"
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

const QString baseUrl = u"https://help.romashka.example/"_s;

QJsonArray fixtureArray(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readData(u"zammad/"_s + name));
    REQUIRE(document.isArray());
    return document.array();
}

QJsonObject fixtureObject(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readData(u"zammad/"_s + name));
    REQUIRE(document.isObject());
    return document.object();
}

// What the connector learns from /ticket_states?expand=true and /users/{id}.
ZammadMapping::Directory directory()
{
    ZammadMapping::Directory d;
    d.addStates(fixtureArray(u"ticket-states-expanded.json"_s));
    const QJsonArray users = fixtureArray(u"users.json"_s);
    for (const QJsonValue &user : users)
        d.addUser(user.toObject());
    return d;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

struct Mapped
{
    Ticket ticket;
    QStringList problems;
};

Mapped ticket42(const ZammadMapping::Directory &d)
{
    Mapped mapped;
    const QJsonObject json = fixtureArray(u"tickets-search-expanded.json"_s).at(0).toObject();
    mapped.ticket = ZammadMapping::ticket(json, fixtureArray(u"articles-by-ticket-42.json"_s),
                                          ZammadMapping::tags(fixtureObject(u"tags-ticket-42.json"_s)), d,
                                          u"zammad-main"_s, baseUrl, u"ticket 42"_s, mapped.problems);
    return mapped;
}

} // namespace

TEST_CASE("zammad: an expanded ticket is mapped to the common model", "[zammad]")
{
    const Mapped mapped = ticket42(directory());
    INFO(mapped.problems.join(u'\n').toStdString());
    REQUIRE(mapped.problems.isEmpty());
    const Ticket &t = mapped.ticket;
    CHECK(t.sourceName == u"zammad-main"_s);
    CHECK(t.externalId == u"42"_s);
    CHECK(t.subject == u"Не приходит письмо для сброса пароля"_s);
    CHECK(t.status == u"closed"_s);
    CHECK(t.channel == u"email"_s);
    CHECK(t.tags == QStringList{u"password-reset"_s, u"email"_s, u"vip"_s});
    CHECK(t.team == u"Support L2"_s);
    CHECK(t.assigneeName == u"Анна Смирнова"_s);
    CHECK(t.assigneeEmail == u"anna.smirnova@support.example"_s);
    CHECK(t.requesterName == u"Иван Петров"_s);
    CHECK(t.requesterEmail == u"ivan@romashka.example"_s);
    CHECK(t.createdAt == utc(2026, 11, 2, 9, 0, 12, 345));
    CHECK(t.updatedAt == utc(2026, 11, 3, 16, 20, 6, 4));
    CHECK(t.solvedAt == utc(2026, 11, 3, 16, 20, 5, 870)); // close_at
    CHECK(t.csat.isEmpty());                                 // Zammad has no built-in CSAT
    CHECK(t.csatComment.isEmpty());
    CHECK(t.url == u"https://help.romashka.example/#ticket/zoom/42"_s);
    CHECK_FALSE(t.stub);
    CHECK(t.messages.size() == 5);
}

TEST_CASE("zammad: articles keep author, visibility, channel, body and attachments", "[zammad]")
{
    const Mapped mapped = ticket42(directory());
    REQUIRE(mapped.problems.isEmpty());
    const QList<Message> &m = mapped.ticket.messages;
    REQUIRE(m.size() == 5);

    SECTION("an HTML e-mail from the customer with attachments")
    {
        const Message &email = m.at(0);
        CHECK(email.externalId == u"101"_s);
        CHECK(email.authorKind == AuthorKind::Customer);
        CHECK(email.authorName == u"Иван Петров"_s);
        CHECK(email.authorEmail == u"ivan@romashka.example"_s);
        CHECK(email.isPublic);
        CHECK(email.channel == u"email"_s);
        CHECK(email.createdAt == utc(2026, 11, 2, 9, 0, 12, 400));
        CHECK(email.bodyHtml == u"<div>Здравствуйте!<br>Письмо для сброса пароля не приходит уже второй день.</div>"_s);
        CHECK(email.bodyText.isEmpty());
        REQUIRE(email.attachments.size() == 2);
        CHECK(email.attachments.at(0).name == u"screenshot.png"_s);
        CHECK(email.attachments.at(0).sizeBytes == 48213); // "48213" as Zammad writes it
        CHECK(email.attachments.at(0).contentType == u"image/png"_s);
        CHECK(email.attachments.at(0).url == u"https://help.romashka.example/api/v1/ticket_attachment/42/101/501"_s);
        CHECK(email.attachments.at(1).name == u"error-log.txt"_s);
        CHECK(email.attachments.at(1).sizeBytes == 1312);
        CHECK(email.attachments.at(1).contentType == u"text/plain"_s); // from Mime-Type
    }

    SECTION("the system's auto-reply")
    {
        const Message &reply = m.at(1);
        CHECK(reply.externalId == u"102"_s);
        CHECK(reply.authorKind == AuthorKind::System);
        CHECK(reply.authorName == u"Support"_s);
        CHECK(reply.authorEmail.isEmpty());
        CHECK(reply.isPublic);
        CHECK(reply.channel == u"email"_s);
        CHECK(reply.bodyHtml == u"<p>Ваше обращение получено.</p>"_s);
        CHECK(reply.attachments.isEmpty());
    }

    SECTION("an internal note by the agent")
    {
        const Message &note = m.at(2);
        CHECK(note.externalId == u"103"_s);
        CHECK(note.authorKind == AuthorKind::Engineer);
        CHECK(note.authorName == u"Анна Смирнова"_s);
        CHECK(note.authorEmail == u"anna.smirnova@support.example"_s);
        CHECK_FALSE(note.isPublic);
        CHECK(note.channel == u"note"_s);
        CHECK(note.createdAt == utc(2026, 11, 2, 9, 10, 0));
        CHECK(note.bodyHtml.startsWith(u"<p>Проверила почтовые логи"_s));
    }

    SECTION("a phone note an agent recorded for the customer")
    {
        const Message &phone = m.at(3);
        CHECK(phone.externalId == u"104"_s);
        CHECK(phone.authorKind == AuthorKind::Customer);
        CHECK(phone.authorName == u"Иван Петров"_s);
        CHECK(phone.authorEmail == u"ivan@romashka.example"_s); // origin_by_id, not the agent who typed it
        CHECK(phone.isPublic);
        CHECK(phone.channel == u"phone"_s);
        CHECK(phone.bodyText == u"Клиент позвонил: письмо так и не пришло, просит сбросить пароль вручную."_s);
        CHECK(phone.bodyHtml.isEmpty());
    }

    SECTION("the agent's e-mail reply from the group's shared address")
    {
        const Message &reply = m.at(4);
        CHECK(reply.externalId == u"105"_s);
        CHECK(reply.authorKind == AuthorKind::Engineer);
        CHECK(reply.authorName == u"Анна Смирнова via Support L2"_s);
        CHECK(reply.authorEmail == u"anna.smirnova@support.example"_s);
        CHECK(reply.isPublic);
        CHECK(reply.createdAt == utc(2026, 11, 2, 9, 15, 40, 201));
        REQUIRE(reply.attachments.size() == 1);
        CHECK(reply.attachments.at(0).name == u"инструкция.pdf"_s);
        CHECK(reply.attachments.at(0).sizeBytes == 102400);
        CHECK(reply.attachments.at(0).contentType == u"application/pdf"_s);
    }
}

TEST_CASE("zammad: a custom closed state, no owner and an unknown customer", "[zammad]")
{
    const QJsonObject json = fixtureArray(u"tickets-search-expanded.json"_s).at(1).toObject();
    QStringList problems;
    const Ticket t = ZammadMapping::ticket(json, {}, {}, directory(), u"zammad-main"_s, baseUrl, u"ticket 43"_s, problems);
    REQUIRE(problems.isEmpty());
    CHECK(t.externalId == u"43"_s);
    CHECK(t.status == u"resolved"_s);
    CHECK(t.solvedAt == utc(2026, 11, 4, 8, 30, 0)); // no close_at: updated_at, as the state's type is "closed"
    CHECK(t.assigneeEmail.isEmpty());                // owner 1 is Zammad's "nobody"
    CHECK(t.assigneeName.isEmpty());
    CHECK(t.requesterEmail == u"olga@example.com"_s); // user 12 unknown: the expanded login
    CHECK(t.team == u"Users"_s);
    CHECK(t.channel == u"phone"_s);
    CHECK(t.tags.isEmpty());
    CHECK(t.messages.isEmpty());

    // Without the state list a state is closed only by the name "closed".
    const Ticket unknownStates =
        ZammadMapping::ticket(json, {}, {}, {}, u"zammad-main"_s, baseUrl, u"ticket 43"_s, problems);
    CHECK_FALSE(unknownStates.solvedAt.isValid());
}

TEST_CASE("zammad: a ticket read without expand=true takes names from the directory", "[zammad]")
{
    QJsonObject json = fixtureArray(u"tickets-search-expanded.json"_s).at(0).toObject();
    for (const QString &key : {u"state"_s, u"group"_s, u"owner"_s, u"customer"_s, u"create_article_type"_s})
        json.remove(key);
    ZammadMapping::Directory d = directory();
    d.addGroups(QJsonArray{QJsonObject{{u"id"_s, 2}, {u"name"_s, u"Support L2"_s}}});
    QStringList problems;
    const Ticket t = ZammadMapping::ticket(json, fixtureArray(u"articles-by-ticket-42.json"_s), {}, d, u"zammad-main"_s,
                                           baseUrl, u"ticket 42"_s, problems);
    REQUIRE(problems.isEmpty());
    CHECK(t.status == u"closed"_s);
    CHECK(t.team == u"Support L2"_s);
    CHECK(t.assigneeEmail == u"anna.smirnova@support.example"_s);
    CHECK(t.requesterEmail == u"ivan@romashka.example"_s);
    CHECK(t.channel == u"email"_s); // the first article's type
}

TEST_CASE("zammad: the users a ticket needs, tags and sender addresses", "[zammad]")
{
    const QJsonObject json = fixtureArray(u"tickets-search-expanded.json"_s).at(0).toObject();
    // owner 3, customer 7, authors 7 (e-mail), 1 (system: nobody), 3 (note), 7 (phone, on behalf), 3
    CHECK(ZammadMapping::userIds(json, fixtureArray(u"articles-by-ticket-42.json"_s)) == QStringList{u"3"_s, u"7"_s});
    CHECK(ZammadMapping::userIds(fixtureArray(u"tickets-search-expanded.json"_s).at(1).toObject(), {})
          == QStringList{u"12"_s});
    CHECK(ZammadMapping::tags(fixtureObject(u"tags-ticket-42.json"_s)) == QStringList{u"password-reset"_s, u"email"_s, u"vip"_s});
    CHECK(ZammadMapping::tags({}).isEmpty());

    using Split = std::pair<QString, QString>;
    CHECK(ZammadMapping::splitAddress(u"\"Иван Петров\" <Ivan@Romashka.example>"_s)
          == Split{u"Иван Петров"_s, u"ivan@romashka.example"_s});
    CHECK(ZammadMapping::splitAddress(u"Support <support@x.example>"_s) == Split{u"Support"_s, u"support@x.example"_s});
    CHECK(ZammadMapping::splitAddress(u"<bare@x.example>"_s) == Split{QString(), u"bare@x.example"_s});
    CHECK(ZammadMapping::splitAddress(u"bare@x.example"_s) == Split{QString(), u"bare@x.example"_s});
    CHECK(ZammadMapping::splitAddress(u"Анна Смирнова"_s) == Split{u"Анна Смирнова"_s, QString()});
    CHECK(ZammadMapping::splitAddress(QString()) == Split{QString(), QString()});
}

TEST_CASE("zammad: a user without a name is shown by login, and bad times name their place", "[zammad]")
{
    ZammadMapping::Directory d;
    d.addUser(QJsonObject{{u"id"_s, 15}, {u"login"_s, u"bot"_s}, {u"firstname"_s, u""_s}, {u"lastname"_s, u""_s},
                          {u"email"_s, u""_s}});
    CHECK(d.users.value(u"15"_s).name == u"bot"_s);

    QStringList problems;
    const QDateTime fallback = utc(2026, 1, 1, 0, 0, 0);
    const Message m = ZammadMapping::article(QJsonObject{{u"id"_s, 7},
                                                         {u"sender"_s, u"Agent"_s},
                                                         {u"created_by_id"_s, 15},
                                                         {u"created_at"_s, u"yesterday"_s},
                                                         {u"body"_s, u"text"_s}},
                                             d, baseUrl, fallback, u"ticket 1.articles[0]"_s, problems);
    CHECK(problems == QStringList{u"ticket 1.articles[0].created_at: must be an ISO-8601 time"_s});
    CHECK(m.createdAt == fallback);
    CHECK(m.authorName == u"bot"_s);
    CHECK(m.authorEmail.isEmpty());
    CHECK(m.bodyText == u"text"_s); // no content_type: plain text

    problems.clear();
    const Ticket t = ZammadMapping::ticket(QJsonObject{{u"title"_s, u"no id"_s}}, {}, {}, d, u"z"_s, baseUrl,
                                           u"ticket ?"_s, problems);
    CHECK(problems == QStringList{u"ticket ?.id: is required"_s});
    CHECK(t.url.isEmpty());
}
