#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "support/MailWorkspace.h"
#include "support/MimeReader.h"
#include "support/SmtpSink.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

MailSettings sinkSettings(Database &db, int port)
{
    MailSettings settings = MailSettings::load(db).value();
    settings.port = port;
    return settings;
}

// A port on 127.0.0.1 where nothing listens.
int closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    return server.serverPort(); // closed again when `server` goes
}

QList<OutboxMessage> all(Database &db)
{
    return MailOutboxStore(db).list().value();
}

} // namespace

TEST_CASE("queued mail reaches an SMTP server with both parts, Cyrillic headers and the link", "[mail][smtp]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    const qint64 evaluationId = w.submit(w.ticket(u"40001"_s, u"Не приходит почта на корпоративный ящик"_s,
                                                  u"anna@example.ru"_s),
                                         AnswerValue::No, u"Проверьте «SPF» & DKIM"_s);
    SmtpSink sink;
    MailDispatcher dispatcher(t.db(), sinkSettings(t.db(), sink.port()), {});
    const MailSendReport report = dispatcher.sendPending().value();
    CHECK(report.sent == 1);
    CHECK(report.errors.isEmpty());

    const QList<QByteArray> received = sink.messages();
    REQUIRE(received.size() == 1);
    const MimeReader mail(received.first());
    const OutboxMessage stored = all(t.db()).first();
    CHECK(stored.status == OutboxStatus::Sent);
    CHECK(stored.sentAt.isValid());
    CHECK(mail.header(u"Subject"_s) == u"Оценка тикета 40001: 0 %"_s);
    CHECK(mail.headers.value(u"subject"_s).startsWith("=?UTF-8?B?")); // RFC 2047, not raw UTF-8
    CHECK(mail.header(u"To"_s) == u"Анна Смирнова <anna@example.ru>"_s);
    CHECK(mail.header(u"From"_s) == u"QA Desk <qa@example.ru>"_s);
    CHECK(mail.header(u"Message-ID"_s) == u"<"_s + stored.messageId + u">"_s);
    CHECK(mail.header(u"MIME-Version"_s) == u"1.0"_s);
    CHECK(mail.header(u"Content-Type"_s).startsWith(u"multipart/alternative;"_s));
    CHECK(mail.header(u"Auto-Submitted"_s) == u"auto-generated"_s);
    CHECK_FALSE(mail.header(u"Date"_s).isEmpty());
    // Every header line is 7-bit ASCII.
    CHECK(std::all_of(mail.headerBlock.cbegin(), mail.headerBlock.cend(), [](char c) { return uchar(c) < 0x80; }));

    const QString text = mail.part(u"text/plain"_s);
    const QString html = mail.part(u"text/html"_s);
    CHECK(text.contains(u"https://help.example.ru/agent/tickets/40001"_s));
    CHECK(text.contains(u"Не понял вопрос <b>клиента</b>"_s));
    CHECK(text.contains(u"Проверьте «SPF» & DKIM"_s));
    CHECK(text.contains(u"Без этого ограничения было бы"_s));
    CHECK(html.contains(u"<a href=\"https://help.example.ru/agent/tickets/40001\">"_s));
    CHECK(html.contains(u"Проверьте «SPF» &amp; DKIM"_s));
    CHECK(html.contains(u"Не понял вопрос &lt;b&gt;клиента&lt;/b&gt;"_s));
    CHECK(html.contains(u"Первая линия"_s));
    // The envelope goes to the engineer only.
    const QJsonObject envelope = sink.envelopes().first();
    CHECK(envelope.value(u"mail_from"_s).toString() == u"qa@example.ru"_s);
    CHECK(envelope.value(u"rcpt_tos"_s).toArray() == QJsonArray{u"anna@example.ru"_s});
    CHECK(evaluationId > 0);

    // Nothing is sent twice.
    CHECK(dispatcher.sendPending().value().sent == 0);
    CHECK(sink.messages().size() == 1);
}

TEST_CASE("a failing server leaves the mail queued, and a later round delivers each message once", "[mail][smtp]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    MailWorkspace w(t.db());
    for (int i = 1; i <= 3; ++i)
        w.submit(w.ticket(QString::number(i), u"Тикет"_s, i == 2 ? u"john@example.com"_s : u"anna@example.ru"_s));
    QDateTime now = QDateTime::currentDateTimeUtc();
    {
        MailDispatcher down(t.db(), sinkSettings(t.db(), closedPort()), {});
        down.setClock([&] { return now; });
        const MailSendReport report = down.sendPending().value();
        CHECK(report.sent == 0);
        CHECK(report.retrying == 1);
        CHECK(report.stoppedEarly); // no server: the other two are not even tried
    }
    QList<OutboxMessage> queued = all(t.db());
    REQUIRE(queued.size() == 3);
    for (const OutboxMessage &m : queued)
        CHECK(m.status == OutboxStatus::Queued);
    const auto tried = std::find_if(queued.cbegin(), queued.cend(), [](const OutboxMessage &m) { return m.attempts == 1; });
    REQUIRE(tried != queued.cend());
    CHECK_FALSE(tried->lastError.isEmpty());
    CHECK(tried->notBefore == now.addSecs(60));

    SmtpSink sink;
    MailDispatcher up(t.db(), sinkSettings(t.db(), sink.port()), {});
    up.setClock([&] { return now; });
    CHECK(up.sendPending().value().sent == 2); // the failed one waits for its backoff
    now = now.addSecs(61);
    CHECK(up.sendPending().value().sent == 1);
    CHECK(up.sendPending().value().sent == 0);
    const QList<QByteArray> received = sink.messages();
    REQUIRE(received.size() == 3);
    QStringList ids;
    for (const QByteArray &raw : received)
        ids.append(MimeReader(raw).header(u"Message-ID"_s));
    ids.removeDuplicates();
    CHECK(ids.size() == 3);
    for (const OutboxMessage &m : all(t.db()))
        CHECK(m.status == OutboxStatus::Sent);
}

TEST_CASE("a server that refuses keeps the reason, and a temporary refusal is retried", "[mail][smtp]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    {
        SmtpSink busy({u"--reply"_s, u"451 Try again later"_s});
        MailDispatcher dispatcher(t.db(), sinkSettings(t.db(), busy.port()), {});
        const MailSendReport report = dispatcher.sendPending().value();
        CHECK(report.retrying == 1);
        const OutboxMessage m = all(t.db()).first();
        CHECK(m.status == OutboxStatus::Queued);
        CHECK(m.lastError.contains(u"451"_s));
    }
    REQUIRE(MailOutboxStore(t.db()).requeue(all(t.db()).first().id, {OutboxStatus::Queued}, QDateTime::currentDateTimeUtc())
                .has_value());
    SmtpSink refusing({u"--reply"_s, u"554 Message rejected as spam"_s});
    MailDispatcher dispatcher(t.db(), sinkSettings(t.db(), refusing.port()), {});
    CHECK(dispatcher.sendPending().value().failed == 1);
    const OutboxMessage m = all(t.db()).first();
    CHECK(m.status == OutboxStatus::Failed);
    CHECK(m.lastError.contains(u"554"_s));
    CHECK(refusing.messages().isEmpty());
}

TEST_CASE("settings that cannot send stop the round before any message is touched", "[mail][smtp]")
{
    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"s"_s, u"anna@example.ru"_s));
    MailSettings settings = MailSettings::load(t.db()).value();
    settings.host = u"smtp.example.ru"_s; // plain SMTP to another machine is refused
    const Result<MailSendReport> report = MailDispatcher(t.db(), settings, {}).sendPending();
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().message.contains(u"security"_s));
    CHECK(all(t.db()).first().status == OutboxStatus::Queued);
    CHECK(all(t.db()).first().attempts == 0);
}

TEST_CASE("backoff doubles from a minute up to six hours", "[mail][smtp]")
{
    CHECK(MailDispatcher::backoffSeconds(1) == 60);
    CHECK(MailDispatcher::backoffSeconds(2) == 120);
    CHECK(MailDispatcher::backoffSeconds(5) == 960);
    CHECK(MailDispatcher::backoffSeconds(30) == 6 * 3600);
}

TEST_CASE("STARTTLS and TLS with a login: the server's certificate is checked", "[mail][smtp][tls]")
{
    // A throwaway certificate for 127.0.0.1, trusted only through the settings' CA file.
    QTemporaryDir keys;
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, keys.filePath(u"key.pem"_s), u"-out"_s, keys.filePath(u"cert.pem"_s)});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    const bool implicitTls = GENERATE(false, true);
    INFO((implicitTls ? "implicit TLS" : "STARTTLS"));
    QStringList arguments{u"--cert"_s, keys.filePath(u"cert.pem"_s), u"--key"_s, keys.filePath(u"key.pem"_s),
                          u"--user"_s, u"qa"_s, u"--password"_s, u"пароль s3cret"_s};
    if (implicitTls)
        arguments.append(u"--implicit-tls"_s);
    SmtpSink sink(arguments);

    TestDatabase t(Backend::Sqlite);
    MailWorkspace w(t.db());
    w.submit(w.ticket(u"1"_s, u"Тикет"_s, u"anna@example.ru"_s));
    MailSettings settings = sinkSettings(t.db(), sink.port());
    settings.security = implicitTls ? MailSettings::Security::Tls : MailSettings::Security::StartTls;
    settings.user = u"qa"_s;

    // Without the CA the certificate is not trusted: refused, nothing sent, the reason kept.
    CHECK(MailDispatcher(t.db(), settings, u"пароль s3cret"_s).sendPending().value().failed == 1);
    const OutboxMessage refused = all(t.db()).first();
    CHECK(refused.status == OutboxStatus::Failed);
    CHECK(refused.lastError.contains(u"secure connection failed"_s));
    CHECK(sink.messages().isEmpty());

    settings.caFile = keys.filePath(u"cert.pem"_s);
    REQUIRE(MailOutboxStore(t.db()).requeue(refused.id, {OutboxStatus::Failed}, QDateTime::currentDateTimeUtc()).has_value());
    // A wrong password is refused for good, with the login named and the password not.
    CHECK(MailDispatcher(t.db(), settings, u"wrong"_s).sendPending().value().failed == 1);
    CHECK(all(t.db()).first().lastError.contains(u"\"qa\""_s));
    CHECK_FALSE(all(t.db()).first().lastError.contains(u"wrong"_s));
    REQUIRE(MailOutboxStore(t.db()).requeue(refused.id, {OutboxStatus::Failed}, QDateTime::currentDateTimeUtc()).has_value());

    CHECK(MailDispatcher(t.db(), settings, u"пароль s3cret"_s).sendPending().value().sent == 1);
    REQUIRE(sink.envelopes().size() == 1);
    CHECK(sink.envelopes().first().value(u"tls"_s).toBool());
    CHECK(sink.envelopes().first().value(u"login"_s).toString() == u"qa"_s);
    CHECK(MimeReader(sink.messages().first()).header(u"Subject"_s).startsWith(u"Оценка тикета 1"_s));
}
