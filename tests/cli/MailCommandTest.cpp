#include "CliRunner.h"
#include "mail/MailOutbox.h"
#include "storage/Database.h"
#include "storage/MailOutboxStore.h"
#include "storage/PeopleStore.h"
#include "support/MailWorkspace.h"
#include "support/MimeReader.h"
#include "support/SmtpSink.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QSet>
#include <QThread>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// A workspace in the runner's database with `count` submitted evaluations queued for mail,
// the SMTP server set to `port` on 127.0.0.1.
QList<qint64> seed(const CliRunner &cli, int count, int port)
{
    auto db = Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    MailWorkspace w(**db);
    REQUIRE(MailOutboxStore(**db).saveSettings({{u"port"_s, QString::number(port)}}).has_value());
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(w.submit(w.ticket(QString::number(40000 + i), u"Тикет номер %1"_s.arg(i), u"anna@example.ru"_s),
                            AnswerValue::Yes, u"Комментарий %1"_s.arg(i)));
    return ids;
}

} // namespace

TEST_CASE("mail preview prints the engineer's message", "[cli][mail]")
{
    CliRunner cli;
    const QList<qint64> ids = seed(cli, 1, 2525);
    const CliResult preview = cli.run({u"mail"_s, u"preview"_s, QString::number(ids.first())});
    INFO(preview);
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(u"To: Анна Смирнова <anna@example.ru>"_s));
    CHECK(preview.out.contains(u"Subject: Оценка тикета 40001: "_s));
    CHECK(preview.out.contains(u"Комментарий 1"_s));
    CHECK(preview.out.contains(u"https://help.example.ru/agent/tickets/40001"_s));
    CHECK(preview.out.contains(u"<html lang=\"ru\">"_s));

    const QJsonObject json = cli.run({u"mail"_s, u"preview"_s, QString::number(ids.first()), u"--json"_s}).jsonObject();
    CHECK(json.value(u"to"_s).toString() == u"anna@example.ru"_s);
    CHECK(json.value(u"text"_s).toString().contains(u"Question workaround — Частично"_s));

    const CliResult mime = cli.run({u"mail"_s, u"preview"_s, QString::number(ids.first()), u"--mime"_s});
    REQUIRE(mime.exitCode == 0);
    const MimeReader reader(mime.out.toLatin1());
    CHECK(reader.header(u"Subject"_s).startsWith(u"Оценка тикета 40001"_s));

    CHECK(cli.run({u"mail"_s, u"preview"_s, u"abc"_s}).exitCode == 2);
    CHECK(cli.run({u"mail"_s, u"preview"_s, u"99999"_s}).exitCode == 2);
    CHECK(cli.run({u"mail"_s, u"frobnicate"_s}).exitCode == 2);
}

TEST_CASE("mail send-pending delivers the queue, the admin lists it, others may not", "[cli][mail]")
{
    SmtpSink sink;
    CliRunner cli;
    seed(cli, 2, sink.port());
    const CliResult sent = cli.run({u"mail"_s, u"send-pending"_s, u"--json"_s});
    INFO(sent);
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.jsonObject().value(u"sent"_s).toInt() == 2);
    CHECK(sink.messages().size() == 2);
    const QJsonArray list = cli.run({u"mail"_s, u"list"_s, u"--as"_s, u"admin@example.ru"_s, u"--json"_s}).jsonArray();
    REQUIRE(list.size() == 2);
    for (const QJsonValue &m : list)
        CHECK(m.toObject().value(u"status"_s).toString() == u"sent"_s);
    const CliResult refused = cli.run({u"mail"_s, u"list"_s, u"--as"_s, u"anna@example.ru"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"only a QA admin"_s));
    CHECK(cli.run({u"mail"_s, u"list"_s}).exitCode == 2); // who is asking?
}

TEST_CASE("a server that is down: send-pending exits 1 and keeps the mail, the admin retries and cancels", "[cli][mail]")
{
    CliRunner cli;
    int closed = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        closed = probe.serverPort();
    }
    seed(cli, 2, closed);
    const CliResult down = cli.run({u"mail"_s, u"send-pending"_s});
    INFO(down);
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(u"127.0.0.1:"_s + QString::number(closed)));
    const QJsonArray list = cli.run({u"mail"_s, u"list"_s, u"--as"_s, u"admin@example.ru"_s, u"--json"_s}).jsonArray();
    REQUIRE(list.size() == 2);
    for (const QJsonValue &m : list)
        CHECK(m.toObject().value(u"status"_s).toString() == u"queued"_s);
    const QString first = QString::number(list.at(0).toObject().value(u"id"_s).toInteger());
    CHECK(cli.run({u"mail"_s, u"cancel"_s, first, u"--as"_s, u"admin@example.ru"_s}).exitCode == 0);
    CHECK(cli.run({u"mail"_s, u"cancel"_s, first, u"--as"_s, u"anna@example.ru"_s}).exitCode == 1);
    CHECK(cli.run({u"mail"_s, u"retry"_s, first, u"--as"_s, u"admin@example.ru"_s}).exitCode == 0);
}

TEST_CASE("a sender killed while sending does not make a message arrive twice", "[cli][mail][kill]")
{
    // The sink holds its answer to the first message for a while: the sender is killed after
    // the server has the message but before it could mark it sent.
    SmtpSink sink({u"--delay-first"_s, u"30"_s});
    CliRunner cli;
    seed(cli, 3, sink.port());
    QProcess sender;
    sender.setProgram(QString::fromUtf8(QADESK_BINARY));
    sender.setArguments({u"mail"_s, u"send-pending"_s});
    sender.setProcessEnvironment(cli.environment());
    sender.start();
    REQUIRE(sender.waitForStarted(10000));
    QElapsedTimer waited;
    waited.start();
    while (sink.messages().isEmpty() && waited.elapsed() < 20000)
        QThread::msleep(50);
    REQUIRE(sink.messages().size() == 1);
    sender.kill(); // SIGKILL: no cleanup runs
    REQUIRE(sender.waitForFinished(10000));
    CHECK(sender.exitStatus() == QProcess::CrashExit);

    // The next run sends the other two, not the one that was on its way.
    const CliResult again = cli.run({u"mail"_s, u"send-pending"_s, u"--json"_s});
    INFO(again);
    CHECK(again.exitCode == 0);
    CHECK(again.jsonObject().value(u"sent"_s).toInt() == 2);
    // Once its claim has lapsed it is shown to the admin as uncertain, still not resent.
    {
        auto db = Database::open(cli.databaseUrl());
        REQUIRE(db.has_value());
        CHECK(MailOutboxStore(**db).expireLeases(QDateTime::currentDateTimeUtc().addSecs(3600), u"stopped"_s).value() == 1);
    }
    CHECK(cli.run({u"mail"_s, u"send-pending"_s, u"--json"_s}).jsonObject().value(u"sent"_s).toInt() == 0);
    const QJsonArray uncertain
        = cli.run({u"mail"_s, u"list"_s, u"--status"_s, u"uncertain"_s, u"--as"_s, u"admin@example.ru"_s, u"--json"_s})
              .jsonArray();
    CHECK(uncertain.size() == 1);

    const QList<QByteArray> received = sink.messages();
    REQUIRE(received.size() == 3);
    QSet<QString> ids;
    QSet<QString> subjects;
    for (const QByteArray &raw : received) {
        ids.insert(MimeReader(raw).header(u"Message-ID"_s));
        subjects.insert(MimeReader(raw).header(u"Subject"_s));
    }
    CHECK(ids.size() == 3);
    CHECK(subjects.size() == 3);
}

TEST_CASE("mail digest: an engineer chooses one message a day, a stranger may not choose for them", "[cli][mail]")
{
    CliRunner cli;
    seed(cli, 0, 2525);
    const CliResult chosen = cli.run({u"mail"_s, u"digest"_s, u"--person"_s, u"anna@example.ru"_s, u"--hour"_s, u"9"_s,
                                      u"--as"_s, u"anna@example.ru"_s});
    INFO(chosen);
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.out.contains(u"9:00"_s));
    CHECK(cli.run({u"mail"_s, u"digest"_s, u"--person"_s, u"anna@example.ru"_s, u"--off"_s, u"--as"_s,
                   u"john@example.com"_s})
              .exitCode
          == 1);
    CHECK(cli.run({u"mail"_s, u"digest"_s, u"--team"_s, u"l1"_s, u"--hour"_s, u"25"_s, u"--as"_s, u"lead@example.ru"_s})
              .exitCode
          == 2);
    CHECK(cli.run({u"mail"_s, u"digest"_s, u"--team"_s, u"l1"_s, u"--as"_s, u"lead@example.ru"_s}).exitCode == 0);
    auto db = Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    const qint64 anna = PeopleStore(**db).findByEmail(u"anna@example.ru"_s).value().value().id;
    const MailPreference preference = MailOutboxStore(**db).preferenceFor(anna).value();
    CHECK(preference.digest);
    CHECK(preference.digestHour == 9); // her own choice wins over the team's

    // --inherit drops her own choice: the team's (a digest at the default 17:00) applies again.
    CHECK(cli.run({u"mail"_s, u"digest"_s, u"--person"_s, u"anna@example.ru"_s, u"--inherit"_s, u"--as"_s,
                   u"john@example.com"_s})
              .exitCode
          == 1);
    const CliResult inherited = cli.run({u"mail"_s, u"digest"_s, u"--person"_s, u"anna@example.ru"_s, u"--inherit"_s,
                                         u"--as"_s, u"anna@example.ru"_s});
    INFO(inherited);
    REQUIRE(inherited.exitCode == 0);
    CHECK(inherited.out.contains(u"team"_s));
    const MailPreference team = MailOutboxStore(**db).preferenceFor(anna).value();
    CHECK(team.digest);
    CHECK(team.digestHour == 17);
}
