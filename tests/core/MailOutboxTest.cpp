#include "common/IsoTime.h"
#include "mail/MailComposer.h"
#include "mail/MailOutbox.h"
#include "storage/AuditLog.h"
#include "support/MailWorkspace.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

QList<OutboxMessage> all(Database &db)
{
    return MailOutboxStore(db).list().value();
}

// Inserts a dispute the way the dispute service leaves a resolved one (schema v4).
qint64 resolvedDispute(Database &db, qint64 evaluationId, qint64 engineerId, qint64 arbiterId)
{
    const QString now = IsoTime::nowText();
    const qint64 id = db.insert(u"INSERT INTO disputes (evaluation_id, opened_by, opened_at, status, outcome, "
                                u"arbiter_id, resolved_at, resolution_comment, original_score, resolved_score, "
                                u"updated_at) VALUES (?, ?, ?, 'resolved', 'partial', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                {evaluationId, engineerId, now, arbiterId, now, u"Частично согласен с инженером"_s,
                                 80.0, 90.0, now})
                          .value();
    REQUIRE(db.run(u"INSERT INTO dispute_items (dispute_id, criterion_id, reason, proposed_value, original_value, "
                   u"original_comment, decision, decided_value, decision_comment) "
                   u"VALUES (?, 'workaround', 'Обходной путь был дан', 'yes', 'partly', 'x', 'accept', 'yes', "
                   u"'Да, обходной путь в письме есть')"_s,
                   {id})
                .has_value());
    return id;
}

} // namespace

TEST_CASE("submitting an evaluation queues the engineer's message in the same transaction", "[mail][outbox]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    const qint64 ticketId = w.ticket(u"40001"_s, u"Не приходит почта"_s, u"anna@example.ru"_s);
    const qint64 evaluationId = w.submit(ticketId, AnswerValue::No, u"В целом хорошо, но <внимательнее>"_s);

    const QList<OutboxMessage> queued = all(t.db());
    REQUIRE(queued.size() == 1);
    const OutboxMessage &m = queued.first();
    CHECK(m.status == OutboxStatus::Queued);
    CHECK(m.kind == u"evaluation"_s);
    CHECK(m.entityId == QString::number(evaluationId));
    CHECK(m.recipient == u"anna@example.ru"_s);
    CHECK(m.recipientName == u"Анна Смирнова"_s);
    CHECK(m.language == u"ru"_s);
    CHECK(m.messageId.endsWith(u"@example.ru"_s));
    // A critical question failed: the score is 0, the uncapped score is told.
    CHECK(m.subject == u"Оценка тикета 40001: 0 %"_s);
    CHECK(m.bodyText.contains(u"Без этого ограничения было бы"_s));
    CHECK(m.bodyText.contains(u"https://help.example.ru/agent/tickets/40001"_s));
    CHECK(m.bodyText.contains(u"- Question understood — Нет\n  Не понял вопрос <b>клиента</b>"_s));
    CHECK(m.bodyText.contains(u"- Question workaround — Частично\n  Обходное решение дано не полностью"_s));
    CHECK_FALSE(m.bodyText.contains(u"Question polite"_s)); // answered Yes
    CHECK(m.bodyText.contains(u"В целом хорошо, но <внимательнее>"_s));
    CHECK(m.bodyText.contains(u"Первая линия"_s));
    const QDate until = QDate::currentDate().addDays(14);
    CHECK(m.bodyText.contains(MailComposer::formatDate(until, u"ru"_s)));
    CHECK(m.bodyText.contains(u"https://qa.example.ru/my-scores"_s));
    // In HTML the comments are text, never markup.
    CHECK(m.bodyHtml.contains(u"Не понял вопрос &lt;b&gt;клиента&lt;/b&gt;"_s));
    CHECK(m.bodyHtml.contains(u"В целом хорошо, но &lt;внимательнее&gt;"_s));
    CHECK(m.bodyHtml.contains(u"<a href=\"https://help.example.ru/agent/tickets/40001\">"_s));
}

TEST_CASE("a submit that fails leaves no message, and drafts queue nothing", "[mail][outbox]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    const qint64 ticketId = w.ticket(u"40002"_s, u"Subject"_s, u"anna@example.ru"_s);
    EvaluationService service(t.db());
    const EvaluationDraft draft = service.openDraft(ticketId, w.trainer, w.card.id).value();
    DraftState state;
    for (const QString &id : w.card.criterionIds())
        state.answers.insert(id, {AnswerValue::Yes, {}});
    CHECK_FALSE(service.submit(draft.evaluationId, state, draft.revision + 5, w.trainer).has_value()); // stale revision
    CHECK(all(t.db()).isEmpty());
    CHECK_FALSE(MailComposer(t.db(), MailSettings()).evaluation(draft.evaluationId).has_value());
    REQUIRE(service.submit(draft.evaluationId, state, draft.revision, w.trainer).has_value());
    REQUIRE(all(t.db()).size() == 1);
    CHECK(all(t.db()).first().bodyText.contains(u"Отличная работа!"_s)); // every answer Yes
}

TEST_CASE("an English-speaking engineer gets the message in English", "[mail][outbox]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    const qint64 ticketId = w.ticket(u"50001"_s, u"Password reset"_s, u"john@example.com"_s);
    w.submit(ticketId, AnswerValue::Yes, u"Good job"_s);
    const OutboxMessage m = all(t.db()).value(0);
    CHECK(m.language == u"en"_s);
    CHECK(m.subject.startsWith(u"Ticket 50001 evaluated: "_s));
    CHECK(m.bodyText.contains(u"- Question workaround — Partly"_s));
    CHECK(m.bodyText.contains(u"Trainer's comment:\nGood job"_s));
    CHECK_FALSE(m.bodyText.contains(u"critical"_s));
}

TEST_CASE("mail switched off, or a calibration evaluation, queues nothing", "[mail][outbox]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    REQUIRE(MailOutboxStore(t.db()).saveSettings({{u"enabled"_s, u"0"_s}}).has_value());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    CHECK(all(t.db()).isEmpty());
    REQUIRE(MailOutboxStore(t.db()).saveSettings({{u"enabled"_s, u"1"_s}}).has_value());
    EvaluationService service(t.db());
    const EvaluationDraft draft = service.openDraft(w.ticket(u"2"_s, u"s"_s, u"anna@example.ru"_s), w.trainer, w.card.id,
                                                    EvaluationKind::Calibration)
                                      .value();
    DraftState state;
    for (const QString &id : w.card.criterionIds())
        state.answers.insert(id, {AnswerValue::Yes, {}});
    REQUIRE(service.submit(draft.evaluationId, state, draft.revision, w.trainer).has_value());
    CHECK(all(t.db()).isEmpty());
}

TEST_CASE("a digest engineer's evaluations wait for the hour and go out as one message", "[mail][digest]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    MailOutbox outbox(t.db());
    // The team chose the digest; Anna's own choice wins over it only when she makes one.
    const qint64 team = PeopleStore(t.db()).ensureTeam(u"l1"_s).value();
    CHECK_FALSE(outbox.setPreference(w.engineer, u"team"_s, team, {true, 9, false}).has_value()); // not her team's lead
    REQUIRE(outbox.setPreference(w.lead, u"team"_s, team, {true, 9, false}).has_value());
    w.submit(w.ticket(u"1"_s, u"Первый"_s, u"anna@example.ru"_s));
    w.submit(w.ticket(u"2"_s, u"Второй"_s, u"anna@example.ru"_s), AnswerValue::No);
    const QList<OutboxMessage> held = all(t.db());
    REQUIRE(held.size() == 2);
    for (const OutboxMessage &m : held) {
        CHECK(m.status == OutboxStatus::Held);
        CHECK(m.notBefore.toLocalTime().time() == QTime(9, 0));
        CHECK(m.notBefore > QDateTime::currentDateTimeUtc());
    }
    // Before the hour nothing happens; at the hour one digest replaces them.
    CHECK(MailOutbox::queueScheduled(t.db(), QDateTime::currentDateTimeUtc()).value() == 0);
    const QDateTime later = held.first().notBefore.addSecs(60);
    CHECK(MailOutbox::queueScheduled(t.db(), later).value() == 1);
    CHECK(MailOutbox::queueScheduled(t.db(), later).value() == 0);
    const QList<OutboxMessage> after = all(t.db());
    REQUIRE(after.size() == 3);
    const OutboxMessage &digest = after.first();
    CHECK(digest.kind == u"digest"_s);
    CHECK(digest.status == OutboxStatus::Queued);
    CHECK(digest.subject.startsWith(u"Ваши оценки за "_s));
    CHECK(digest.subject.endsWith(u": 2"_s));
    CHECK(digest.bodyText.contains(u"Тикет 1 «Первый»"_s));
    CHECK(digest.bodyText.contains(u"Тикет 2 «Второй»: 0 %"_s));
    CHECK(digest.bodyText.contains(u"Не понял вопрос <b>клиента</b>"_s));
    for (qsizetype i = 1; i < after.size(); ++i) {
        CHECK(after.at(i).status == OutboxStatus::Digested);
        CHECK(after.at(i).digestId == digest.id);
    }
    // Anna's own preference overrides the team's.
    REQUIRE(outbox.setPreference(w.engineer, u"person"_s, w.engineer, {false, 17, false}).has_value());
    w.submit(w.ticket(u"3"_s, u"Третий"_s, u"anna@example.ru"_s));
    CHECK(all(t.db()).first().status == OutboxStatus::Queued);
}

TEST_CASE("a resolved dispute gives the engineer the arbiter's decisions", "[mail][dispute]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    const qint64 evaluationId = w.submit(w.ticket(u"777"_s, u"Спорный тикет"_s, u"anna@example.ru"_s));
    const qint64 arbiter = PeopleStore(t.db()).ensurePerson(u"arbiter@example.ru"_s, u"Татьяна Григорьева"_s).value();
    const qint64 disputeId = resolvedDispute(t.db(), evaluationId, w.engineer, arbiter);
    REQUIRE(t.db().transaction([&] { return MailOutbox::queueDisputeResolved(t.db(), disputeId); }).has_value());
    const OutboxMessage m = all(t.db()).first();
    CHECK(m.kind == u"dispute"_s);
    CHECK(m.entityId == QString::number(disputeId));
    CHECK(m.recipient == u"anna@example.ru"_s);
    CHECK(m.subject == u"Спор по тикету 777 решён: спор удовлетворён частично"_s);
    CHECK(m.bodyText.contains(u"арбитр — Татьяна Григорьева"_s));
    CHECK(m.bodyText.contains(u"Оценка была: 80 %\nОценка теперь: 90 %"_s));
    CHECK(m.bodyText.contains(u"- Question workaround: Частично -> Да (принято ваше предложение)\n"
                              u"  Да, обходной путь в письме есть"_s));
    CHECK(m.bodyText.contains(u"Частично согласен с инженером"_s));
    // A dispute that is not resolved is refused, not mailed.
    REQUIRE(t.db().run(u"UPDATE disputes SET status = 'open' WHERE id = ?"_s, {disputeId}).has_value());
    CHECK_FALSE(MailOutbox::queueDisputeResolved(t.db(), disputeId).has_value());
}

TEST_CASE("the admin hears once a day of disputes waiting too long", "[mail][dispute]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    const qint64 evaluationId = w.submit(w.ticket(u"9"_s, u"s"_s, u"anna@example.ru"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto open = [&](int daysAgo) {
        REQUIRE(t.db().run(u"INSERT INTO disputes (evaluation_id, opened_by, opened_at, status, updated_at) "
                           u"VALUES (?, ?, ?, 'open', ?)"_s,
                           {evaluationId, w.engineer, IsoTime::toText(now.addDays(-daysAgo)), IsoTime::nowText()})
                    .has_value());
    };
    open(2);
    CHECK(MailOutbox::queueScheduled(t.db(), now).value() == 0); // 5 days by default
    open(8);
    CHECK(MailOutbox::queueScheduled(t.db(), now).value() == 1);
    CHECK(MailOutbox::queueScheduled(t.db(), now.addSecs(60)).value() == 0); // once a day
    const OutboxMessage notice = all(t.db()).first();
    CHECK(notice.kind == u"dispute_waiting"_s);
    CHECK(notice.recipient == u"admin@example.ru"_s);
    CHECK(notice.bodyText.contains(u"Анна Смирнова"_s));
    CHECK(notice.bodyText.contains(u"ждёт 8 дн."_s));
    CHECK_FALSE(notice.bodyText.contains(u"ждёт 2 дн."_s));
}

TEST_CASE("team leads who asked get their team's KPI on Mondays", "[mail][kpi]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    REQUIRE(MailOutbox(t.db()).setPreference(w.lead, u"person"_s, w.lead, {false, 17, true}).has_value());
    QDate monday = QDate::currentDate().addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    const QDateTime mondayMorning = QDateTime(monday, QTime(8, 0)).toUTC();
    CHECK(MailOutbox::queueScheduled(t.db(), mondayMorning.addDays(-1)).value() == 0); // Sunday
    CHECK(MailOutbox::queueScheduled(t.db(), mondayMorning).value() == 1);
    CHECK(MailOutbox::queueScheduled(t.db(), mondayMorning.addSecs(3600)).value() == 0);
    const OutboxMessage m = all(t.db()).first();
    CHECK(m.kind == u"team_kpi"_s);
    CHECK(m.recipient == u"lead@example.ru"_s);
    CHECK(m.bodyText.contains(u"- Анна Смирнова: "_s));
    CHECK(m.bodyText.contains(u"- John Smith: "_s));
    CHECK_FALSE(m.bodyText.contains(u"Алексей Соловьёв:"_s)); // the lead is not an engineer
}

TEST_CASE("a claimed message belongs to its sender, and a lapsed claim becomes uncertain, never resent", "[mail][outbox]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    auto other = t.reopen(); // a second sender, e.g. a scheduled job beside the window
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MailOutboxStore a(t.db());
    MailOutboxStore b(*other);
    const auto claimed = a.claimNext(u"A"_s, now, now.addSecs(300)).value();
    REQUIRE(claimed.has_value());
    CHECK(claimed->status == OutboxStatus::Sending);
    CHECK(claimed->attempts == 1);
    CHECK_FALSE(b.claimNext(u"B"_s, now, now.addSecs(300)).value().has_value());
    CHECK_FALSE(b.markSent(claimed->id, u"B"_s, now).has_value());
    // A is killed; after the lease the message is uncertain and nobody claims it.
    CHECK(b.expireLeases(now.addSecs(200), u"x"_s).value() == 0);
    CHECK(b.expireLeases(now.addSecs(400), u"the sender stopped"_s).value() == 1);
    CHECK_FALSE(b.claimNext(u"B"_s, now.addSecs(400), now.addSecs(700)).value().has_value());
    CHECK_FALSE(a.markSent(claimed->id, u"A"_s, now).has_value()); // too late for A as well
    CHECK(a.get(claimed->id).value()->status == OutboxStatus::Uncertain);
    CHECK(a.get(claimed->id).value()->lastError == u"the sender stopped"_s);
}

TEST_CASE("only the QA admin sees, retries and cancels mail, and it is audited", "[mail][outbox]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    MailOutbox outbox(t.db());
    CHECK(outbox.list(w.trainer).error().code == Error::Code::Permission);
    const qint64 id = outbox.list(w.admin).value().first().id;
    CHECK(outbox.cancel(w.engineer, id).error().code == Error::Code::Permission);
    REQUIRE(outbox.cancel(w.admin, id).has_value());
    CHECK(outbox.cancel(w.admin, id).error().code == Error::Code::Conflict);
    REQUIRE(outbox.retry(w.admin, id).has_value());
    CHECK(MailOutboxStore(t.db()).get(id).value()->status == OutboxStatus::Queued);
    CHECK(outbox.retry(w.admin, 999).error().code == Error::Code::NotFound);
    const QList<AuditEntry> entries = AuditLog(t.db()).list(u"mail"_s, QString::number(id)).value();
    REQUIRE(entries.size() == 2);
    MailSettings bad;
    CHECK(outbox.saveSettings(w.trainer, bad).error().code == Error::Code::Permission);
    bad.port = 0;
    CHECK(outbox.saveSettings(w.admin, bad).error().message.contains(u"port"_s));
}

TEST_CASE("a broken template override does not stop a submit: the built-in one is used", "[mail][template]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    QTemporaryDir dir;
    REQUIRE(QDir().mkpath(dir.filePath(u"ru"_s)));
    QFile broken(dir.filePath(u"ru/evaluation.txt"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("Subject: {{#oops}}\n");
    broken.close();
    REQUIRE(MailOutboxStore(t.db()).saveSettings({{u"templates_dir"_s, dir.path()}}).has_value());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    CHECK(all(t.db()).first().subject.startsWith(u"Оценка тикета 1"_s));
}

TEST_CASE("the delivery table shows each choice and where it comes from, and a team's weekly KPI flag reaches its lead",
          "[mail][digest][kpi]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    MailOutbox outbox(t.db());
    const qint64 team = PeopleStore(t.db()).ensureTeam(u"l1"_s).value();
    REQUIRE(outbox.setPreference(w.admin, u"team"_s, team, {true, 8, true}).has_value());
    REQUIRE(outbox.setPreference(w.engineer, u"person"_s, w.engineer, {true, 9, false}).has_value());
    // The lead has no row of their own: the team's flag is theirs.
    CHECK(MailOutboxStore(t.db()).weeklyKpiSubscribers().value() == QList<qint64>{w.lead});
    CHECK(AuditLog(t.db()).list(u"mail_preference"_s, u"team:%1"_s.arg(team)).value().size() == 1);

    const QList<MailPreferenceEntry> all = outbox.preferenceEntries(w.admin).value();
    REQUIRE(all.size() == 6); // the team, then five people by name
    CHECK(all.at(0).scope == u"team"_s);
    CHECK(all.at(0).key == u"l1"_s);
    CHECK(all.at(0).preference.weeklyKpi);
    const auto entry = [&](const QString &key) {
        for (const MailPreferenceEntry &e : all) {
            if (e.key == key)
                return e;
        }
        FAIL(key.toStdString());
        return MailPreferenceEntry{};
    };
    CHECK(entry(u"anna@example.ru"_s).source == MailPreferenceEntry::Source::Own);
    CHECK(entry(u"anna@example.ru"_s).preference.digestHour == 9);
    CHECK(entry(u"john@example.com"_s).source == MailPreferenceEntry::Source::Team);
    CHECK(entry(u"john@example.com"_s).fromTeam == u"First line"_s);
    CHECK(entry(u"john@example.com"_s).preference.digestHour == 8);
    CHECK(entry(u"lead@example.ru"_s).teamLead);
    CHECK(entry(u"trainer@example.ru"_s).source == MailPreferenceEntry::Source::Default);
    CHECK_FALSE(entry(u"trainer@example.ru"_s).preference.digest);

    // Others see themselves, and a lead their team too.
    const QList<MailPreferenceEntry> anna = outbox.preferenceEntries(w.engineer).value();
    REQUIRE(anna.size() == 1);
    CHECK(anna.first().key == u"anna@example.ru"_s);
    const QList<MailPreferenceEntry> lead = outbox.preferenceEntries(w.lead).value();
    REQUIRE(lead.size() == 2);
    CHECK(lead.first().scope == u"team"_s);

    // The lead's own choice wins over the team's flag.
    REQUIRE(outbox.setPreference(w.lead, u"person"_s, w.lead, {false, 17, false}).has_value());
    CHECK(MailOutboxStore(t.db()).weeklyKpiSubscribers().value().isEmpty());

    // Dropping a choice: Anna follows her team again; only she, her lead or an admin may.
    CHECK(outbox.clearPreference(w.english, u"person"_s, w.engineer).error().code == Error::Code::Permission);
    CHECK(outbox.clearPreference(w.engineer, u"team"_s, team).error().code == Error::Code::Permission);
    REQUIRE(outbox.clearPreference(w.engineer, u"person"_s, w.engineer).has_value());
    const MailPreferenceEntry followed = outbox.preferenceEntries(w.engineer).value().first();
    CHECK(followed.source == MailPreferenceEntry::Source::Team);
    CHECK(followed.preference.digestHour == 8);
    CHECK(AuditLog(t.db()).list(u"mail_preference"_s, u"person:%1"_s.arg(w.engineer)).value().size() == 2);
}
