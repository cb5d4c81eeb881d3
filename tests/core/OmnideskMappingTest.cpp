#include "helpdesk/OmnideskMapping.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

// The items of a fixture list, by value (safe as the range of a for loop).
QList<QJsonObject> items(const QString &fixture, const QString &wrapper)
{
    const Result<OmnideskMapping::ListPage> page = OmnideskMapping::listPage(readData(fixture), wrapper);
    INFO((page ? QString() : page.error().message).toStdString());
    REQUIRE(page.has_value());
    return page->items;
}

OmnideskMapping::Directory fixtureDirectory()
{
    OmnideskMapping::Directory directory;
    directory.addLabels(items(u"omnidesk/labels.json"_s, u"label"_s));
    directory.addGroups(items(u"omnidesk/groups.json"_s, u"group"_s));
    directory.addStaff(items(u"omnidesk/staff.json"_s, u"staff"_s));
    for (const QString &name : {u"omnidesk/user-email.json"_s, u"omnidesk/user-telegram.json"_s})
        directory.addUser(QJsonDocument::fromJson(readData(name)).object().value(u"user"_s).toObject());
    return directory;
}

struct Mapped
{
    QList<Ticket> tickets;
    QStringList problems;
};

Mapped fixtureCases()
{
    const OmnideskMapping::Directory directory = fixtureDirectory();
    Mapped mapped;
    const QList<QJsonObject> cases = items(u"omnidesk/cases-list.json"_s, u"case"_s);
    for (qsizetype i = 0; i < cases.size(); ++i)
        mapped.tickets.append(OmnideskMapping::ticket(cases.at(i), directory, u"omni"_s, u"https://acme.omnidesk.ru/"_s,
                                                      u"cases[%1]"_s.arg(i), mapped.problems));
    return mapped;
}

} // namespace

TEST_CASE("omnidesk: a list is read in the order of its keys, with its total", "[omnidesk]")
{
    const Result<OmnideskMapping::ListPage> page = OmnideskMapping::listPage(readData(u"omnidesk/cases-list.json"_s), u"case"_s);
    REQUIRE(page.has_value());
    REQUIRE(page->items.size() == 3);
    CHECK(page->totalCount == 3);
    CHECK(page->items.at(0).value(u"case_id"_s).toInt() == 2000);
    CHECK(page->items.at(2).value(u"case_id"_s).toInt() == 2002);

    // Twelve items: as JSON object keys "10" and "11" sort before "2", but the list order counts.
    QJsonObject twelve;
    for (int i = 0; i < 12; ++i)
        twelve.insert(QString::number(i), QJsonObject{{u"message"_s, QJsonObject{{u"message_id"_s, 100 + i}}}});
    twelve.insert(u"total_count"_s, u"12"_s); // as text, as some accounts send it
    const auto ordered = OmnideskMapping::listPage(QJsonDocument(twelve).toJson(), u"message"_s);
    REQUIRE(ordered.has_value());
    REQUIRE(ordered->items.size() == 12);
    for (int i = 0; i < 12; ++i)
        CHECK(ordered->items.at(i).value(u"message_id"_s).toInt() == 100 + i);
    CHECK(ordered->totalCount == 12);

    const auto empty = OmnideskMapping::listPage("[]", u"case"_s);
    REQUIRE(empty.has_value());
    CHECK(empty->items.isEmpty());
    const auto none = OmnideskMapping::listPage(R"({"total_count": 0})", u"case"_s);
    REQUIRE(none.has_value());
    CHECK(none->items.isEmpty());
    CHECK(none->totalCount == 0);
}

TEST_CASE("omnidesk: a list that is not the documented shape is refused with the place named", "[omnidesk]")
{
    const auto unwrapped = OmnideskMapping::listPage(R"({"0": {"case_id": 1}, "total_count": 1})", u"case"_s);
    REQUIRE_FALSE(unwrapped.has_value());
    CHECK(unwrapped.error().message.contains(u"\"0\""_s));
    CHECK(unwrapped.error().message.contains(u"case"_s));

    const auto truncated = OmnideskMapping::listPage(R"({"0": {"case": {"case_id": 1, "subj)", u"case"_s);
    REQUIRE_FALSE(truncated.has_value());
    CHECK(truncated.error().message.contains(u"line 1"_s));
}

TEST_CASE("omnidesk: RFC 2822 times are read with their offset into UTC", "[omnidesk]")
{
    CHECK(OmnideskMapping::timeFromText(u"Mon, 05 May 2014 00:15:17 +0300"_s) == utc(2014, 5, 4, 21, 15, 17));
    CHECK(OmnideskMapping::timeFromText(u"Tue, 23 Dec 2014 10:55:23 +0200"_s) == utc(2014, 12, 23, 8, 55, 23));
    CHECK(OmnideskMapping::timeFromText(u"Thu, 02 Oct 2025 23:59:59 -0500"_s) == utc(2025, 10, 3, 4, 59, 59));
    CHECK(OmnideskMapping::timeFromText(u"Thu, 01 Jan 2026 01:30:00 +0300"_s) == utc(2025, 12, 31, 22, 30));
    CHECK(OmnideskMapping::timeFromText(u"Mon, 05 May 2014 00:15:17 +0300"_s).timeSpec() == Qt::UTC);
    // Tolerated: a weekday that does not match the date, a zone name, ISO 8601.
    CHECK(OmnideskMapping::timeFromText(u"Sun, 05 May 2014 00:15:17 +0300"_s) == utc(2014, 5, 4, 21, 15, 17));
    CHECK(OmnideskMapping::timeFromText(u"Mon, 05 May 2014 00:15:17 GMT"_s) == utc(2014, 5, 5, 0, 15, 17));
    CHECK(OmnideskMapping::timeFromText(u"2014-05-05T00:15:17+03:00"_s) == utc(2014, 5, 4, 21, 15, 17));
    // Omnidesk's "not yet".
    CHECK_FALSE(OmnideskMapping::timeFromText(u"-"_s).isValid());
    CHECK_FALSE(OmnideskMapping::timeFromText(QString()).isValid());
    CHECK_FALSE(OmnideskMapping::timeFromText(u"yesterday"_s).isValid());
    CHECK(OmnideskMapping::updatedAtSecs({{u"updated_at"_s, u"Mon, 05 May 2014 00:15:17 +0300"_s}}) == 1399238117);
    CHECK(OmnideskMapping::updatedAtSecs({{u"updated_at"_s, u"-"_s}}) == -1);
}

TEST_CASE("omnidesk: a closed case is mapped with labels, team, people, times and CSAT", "[omnidesk]")
{
    const Mapped mapped = fixtureCases();
    INFO(mapped.problems.join(u'\n').toStdString());
    REQUIRE(mapped.problems.isEmpty());
    REQUIRE(mapped.tickets.size() == 3);
    const Ticket &t = mapped.tickets.at(0);
    CHECK(t.sourceName == u"omni"_s);
    CHECK(t.externalId == u"2000"_s);
    CHECK(t.subject == u"Не приходит письмо для сброса пароля"_s);
    CHECK(t.status == u"closed"_s);
    CHECK(t.channel == u"email"_s);
    CHECK(t.tags == QStringList{u"billing"_s, u"vip"_s, u"sla-breach"_s}); // labels and locked labels, by name
    CHECK(t.team == u"first-line"_s);
    CHECK(t.assigneeEmail == u"anna.smirnova@acme.ru"_s);
    CHECK(t.assigneeName == u"Анна Смирнова"_s);
    CHECK(t.requesterEmail == u"ivan@client.example"_s);
    CHECK(t.requesterName == u"Иван Клиентов"_s);
    CHECK(t.createdAt == utc(2014, 5, 4, 21, 15, 17));
    CHECK(t.updatedAt == utc(2014, 12, 23, 8, 55, 23));
    CHECK(t.solvedAt == utc(2014, 12, 23, 8, 50));
    CHECK(t.csat == u"high"_s);
    CHECK(t.csatComment == u"Спасибо, быстро помогли"_s);
    CHECK(t.url == u"https://acme.omnidesk.ru/staff/cases/record/664-245651/"_s);
    CHECK(t.messages.isEmpty());
}

TEST_CASE("omnidesk: waiting, unassigned and trashed cases keep what they have", "[omnidesk]")
{
    const Mapped mapped = fixtureCases();
    REQUIRE(mapped.problems.isEmpty());
    const Ticket &waiting = mapped.tickets.at(1);
    CHECK(waiting.status == u"pending"_s);
    CHECK(waiting.channel == u"telegram"_s);
    CHECK(waiting.tags.isEmpty());
    CHECK(waiting.team.isEmpty());
    CHECK(waiting.assigneeEmail.isEmpty());
    CHECK(waiting.requesterName == u"ivan_tg"_s); // a messenger user without a name or an email
    CHECK(waiting.requesterEmail.isEmpty());
    CHECK(waiting.createdAt == utc(2025, 10, 1, 6, 0));
    CHECK_FALSE(waiting.solvedAt.isValid()); // closed_at "-"
    CHECK(waiting.csat.isEmpty());

    const Ticket &trashed = mapped.tickets.at(2);
    CHECK(trashed.status == u"deleted"_s);
    CHECK(trashed.channel == u"voice"_s);
    CHECK(trashed.tags == QStringList{u"vip"_s, u"999"_s}); // once each; an unknown label keeps its id
    CHECK(trashed.team == u"second-line"_s);
    CHECK(trashed.assigneeEmail == u"oleg@acme.ru"_s);
    CHECK(trashed.createdAt == utc(2025, 10, 3, 4, 59, 59)); // -0500 crosses midnight
    CHECK(trashed.updatedAt == utc(2025, 10, 3, 5, 0));
    CHECK_FALSE(trashed.solvedAt.isValid());
    CHECK(trashed.csat == u"low"_s);
}

TEST_CASE("omnidesk: messages are mapped with authors, notes, rule replies, times and files", "[omnidesk]")
{
    const OmnideskMapping::Directory directory = fixtureDirectory();
    const Mapped mapped = fixtureCases();
    const Ticket &ticket = mapped.tickets.at(0);
    QStringList problems;
    QList<Message> messages;
    const QList<QJsonObject> list = items(u"omnidesk/messages.json"_s, u"message"_s);
    for (qsizetype i = 0; i < list.size(); ++i)
        messages.append(OmnideskMapping::message(list.at(i), directory, ticket, u"messages[%1]"_s.arg(i), problems));
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());
    REQUIRE(messages.size() == 4);

    const Message &question = messages.at(0);
    CHECK(question.externalId == u"3001"_s);
    CHECK(question.authorKind == AuthorKind::Customer);
    CHECK(question.authorName == u"Иван Клиентов"_s);
    CHECK(question.authorEmail == u"ivan@client.example"_s);
    CHECK(question.isPublic);
    CHECK(question.channel == u"email"_s);
    CHECK(question.createdAt == utc(2014, 5, 4, 21, 15, 17));
    CHECK(question.bodyText == u"Здравствуйте! Не приходит письмо для сброса пароля."_s);
    CHECK(question.bodyHtml == u"<p>Здравствуйте! Не приходит письмо для сброса пароля.</p>"_s);
    REQUIRE(question.attachments.size() == 1);
    CHECK(question.attachments.at(0).name == u"screenshot.png"_s);
    CHECK(question.attachments.at(0).sizeBytes == 40500);
    CHECK(question.attachments.at(0).contentType == u"image/png"_s);
    CHECK(question.attachments.at(0).url == u"https://acme.omnidesk.ru/some_path_here/345"_s);

    const Message &autoReply = messages.at(1);
    CHECK(autoReply.authorKind == AuthorKind::System); // sent by a rule, though it names a staff member
    CHECK(autoReply.authorName == u"Omnidesk rule"_s);
    CHECK(autoReply.authorEmail.isEmpty());
    CHECK(autoReply.isPublic);

    const Message &note = messages.at(2);
    CHECK(note.externalId == u"3003"_s);
    CHECK_FALSE(note.isPublic);
    CHECK(note.authorKind == AuthorKind::Engineer);
    CHECK(note.authorName == u"Олег Петров"_s);
    CHECK(note.authorEmail == u"oleg@acme.ru"_s);
    CHECK(note.createdAt == utc(2014, 5, 5, 6, 2));
    CHECK(note.bodyHtml.isEmpty());
    CHECK(note.bodyText == u"Проверил логи: письмо ушло, но попало в спам у клиента."_s);

    const Message &answer = messages.at(3);
    CHECK(answer.isPublic);
    CHECK(answer.authorKind == AuthorKind::Engineer);
    CHECK(answer.authorEmail == u"anna.smirnova@acme.ru"_s);
    CHECK(answer.createdAt == utc(2014, 12, 23, 8, 45));
    CHECK(answer.bodyHtml == u"<p>Иван, добрый день!</p><p>Проверьте, пожалуйста, папку «Спам».</p>"_s);
    REQUIRE(answer.attachments.size() == 1);
    CHECK(answer.attachments.at(0).name == u"инструкция.pdf"_s);
    CHECK(answer.attachments.at(0).sizeBytes == 120000); // given as text
}

TEST_CASE("omnidesk: unknown people are shown by id and bad times are reported with their place", "[omnidesk]")
{
    const OmnideskMapping::Directory directory = fixtureDirectory();
    Ticket ticket;
    ticket.createdAt = utc(2025, 10, 1, 6, 0);
    ticket.channel = u"chat"_s;
    QStringList problems;
    const Message unknownStaff = OmnideskMapping::message(
        {{u"message_id"_s, 1}, {u"staff_id"_s, 77}, {u"user_id"_s, 0}, {u"created_at"_s, u"-"_s}}, directory, ticket,
        u"m"_s, problems);
    CHECK(unknownStaff.authorKind == AuthorKind::Engineer);
    CHECK(unknownStaff.authorName == u"staff member 77"_s);
    CHECK(unknownStaff.createdAt == ticket.createdAt); // no time of its own: the case's
    CHECK(unknownStaff.channel == u"chat"_s);
    const Message nobody = OmnideskMapping::message({{u"message_id"_s, 2}, {u"staff_id"_s, 0}, {u"user_id"_s, 0}},
                                                    directory, ticket, u"m"_s, problems);
    CHECK(nobody.authorKind == AuthorKind::System);
    CHECK(problems.isEmpty());

    OmnideskMapping::ticket({{u"case_id"_s, 5}, {u"updated_at"_s, u"yesterday"_s}}, directory, u"omni"_s, {}, u"cases[0]"_s,
                            problems);
    OmnideskMapping::ticket({{u"subject"_s, u"no id"_s}}, directory, u"omni"_s, {}, u"cases[1]"_s, problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).startsWith(u"cases[0].updated_at: "_s));
    CHECK(problems.at(0).contains(u"+0300"_s));
    CHECK(problems.at(1) == u"cases[1].case_id: is required"_s);
}

TEST_CASE("omnidesk: the labels, groups and staff members not read yet are named", "[omnidesk]")
{
    const OmnideskMapping::Directory directory = fixtureDirectory();
    const QList<QJsonObject> cases = items(u"omnidesk/cases-list.json"_s, u"case"_s);
    CHECK(OmnideskMapping::unknownIds(cases.at(0), directory).isEmpty());
    CHECK(OmnideskMapping::unknownIds(cases.at(1), directory).isEmpty()); // 0 means none
    CHECK(OmnideskMapping::unknownIds(cases.at(2), directory) == QStringList{u"label:999"_s});
    CHECK(OmnideskMapping::unknownIds({{u"group_id"_s, 46}, {u"staff_id"_s, 24}}, directory)
          == QStringList{u"group:46"_s, u"staff:24"_s});
    const QList<QJsonObject> messages = items(u"omnidesk/messages.json"_s, u"message"_s);
    CHECK(OmnideskMapping::unknownIds(messages.at(2), directory).isEmpty());
    CHECK(OmnideskMapping::unknownIds({{u"staff_id"_s, 77}, {u"user_id"_s, 0}}, directory) == QStringList{u"staff:77"_s});
}
