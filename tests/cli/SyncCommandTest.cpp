#include "CliRunner.h"
#include "support/MockZendesk.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("sources add, list and test, then sync from a Zendesk", "[cli][sync]")
{
    MockZendesk mock;
    for (int i = 1; i <= 5; ++i)
        mock.addTicket(3000 + i, u"Тикет %1"_s.arg(i), i % 4);
    CliRunner cli;
    cli.setEnvironment(u"ZD_TOKEN"_s, mock.token);

    const CliResult added = cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"main"_s, u"--url"_s,
                                     mock.baseUrl(), u"--user"_s, mock.email, u"--token-env"_s, u"ZD_TOKEN"_s});
    INFO(added);
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains(u"plain HTTP"_s)); // http:// is accepted with a visible warning
    const CliResult again = cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"main"_s, u"--url"_s,
                                     mock.baseUrl(), u"--token-env"_s, u"ZD_TOKEN"_s});
    CHECK(again.exitCode == 2);

    const CliResult list = cli.run({u"sources"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.jsonArray().size() == 1);
    const QJsonObject source = list.jsonArray().first().toObject();
    CHECK(source.value(u"kind"_s).toString() == u"zendesk"_s);
    CHECK(source.value(u"token_env"_s).toString() == u"ZD_TOKEN"_s);
    CHECK_FALSE(list.out.contains(mock.token)); // the token itself is never stored or printed

    const CliResult tested = cli.run({u"sources"_s, u"test"_s, u"main"_s});
    INFO(tested);
    CHECK(tested.exitCode == 0);

    const CliResult synced = cli.run({u"sync"_s});
    INFO(synced);
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains(u"up to date"_s));
    const CliResult tickets = cli.run({u"tickets"_s, u"list"_s, u"--json"_s});
    CHECK(tickets.jsonArray().size() == 5);
}

TEST_CASE("sync exits 1 with the reason when the helpdesk refuses the token, and 2 without a token", "[cli][sync]")
{
    MockZendesk mock;
    mock.addTicket(1, u"x"_s, 1);
    CliRunner cli;
    REQUIRE(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"main"_s, u"--url"_s, mock.baseUrl(),
                     u"--user"_s, mock.email, u"--token-env"_s, u"ZD_TOKEN"_s})
                .exitCode
            == 0);
    const CliResult missing = cli.run({u"sync"_s, u"--source"_s, u"main"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"$ZD_TOKEN"_s));

    cli.setEnvironment(u"ZD_TOKEN"_s, u"not-the-token"_s);
    const CliResult refused = cli.run({u"sync"_s});
    INFO(refused);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"refused the credentials"_s));
    CHECK_FALSE(refused.err.contains(u"not-the-token"_s));
    CHECK(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"frob"_s, u"--name"_s, u"x"_s, u"--url"_s, mock.baseUrl(),
                   u"--token-env"_s, u"T"_s})
              .exitCode
          == 2);
    CHECK(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"x"_s, u"--url"_s, u"ftp://x"_s,
                   u"--token-env"_s, u"T"_s})
              .exitCode
          == 2);
}

TEST_CASE("a sync process killed mid-way and started again ends with exactly the helpdesk's tickets", "[cli][sync][kill]")
{
    MockZendesk mock;
    mock.ticketsPerPage = 3;
    for (int i = 1; i <= 15; ++i)
        mock.addTicket(7000 + i, u"Тикет %1"_s.arg(i), 1 + i % 3);
    CliRunner cli;
    cli.setEnvironment(u"ZD_TOKEN"_s, mock.token);
    REQUIRE(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"main"_s, u"--url"_s, mock.baseUrl(),
                     u"--user"_s, mock.email, u"--token-env"_s, u"ZD_TOKEN"_s})
                .exitCode
            == 0);

    QProcess sync;
    sync.setProgram(QString::fromUtf8(QADESK_BINARY));
    sync.setArguments({u"sync"_s});
    sync.setProcessEnvironment(cli.environment());
    mock.afterExportPage = [&sync](int page) {
        if (page == 3)
            sync.kill(); // SIGKILL while the third page is on its way: no cleanup runs
    };
    QSignalSpy finished(&sync, &QProcess::finished);
    sync.start();
    REQUIRE(finished.wait(60000));
    CHECK(sync.exitStatus() == QProcess::CrashExit);
    const qsizetype kept = cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray().size();
    CHECK(kept < 15); // killed before the end

    mock.afterExportPage = nullptr;
    const CliResult resumed = cli.run({u"sync"_s});
    INFO(resumed);
    REQUIRE(resumed.exitCode == 0);
    const QJsonArray tickets = cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray();
    REQUIRE(tickets.size() == 15);
    int messages = 0;
    QSet<QString> ids;
    for (const QJsonValue &t : tickets) {
        messages += t.toObject().value(u"message_count"_s).toInt();
        ids.insert(t.toObject().value(u"external_id"_s).toString());
    }
    CHECK(ids.size() == 15);
    int expected = 0;
    for (const MockZendesk::Ticket &t : mock.tickets())
        expected += t.comments;
    CHECK(messages == expected);
}

TEST_CASE("a token kept in the system keychain: a clear error when the keychain cannot be reached, never the token",
          "[cli][sync][tokens]")
{
    MockZendesk mock;
    mock.addTicket(1, u"x"_s, 1);
    CliRunner cli;
    // No session bus and no display: the keychain cannot be reached, as on a CI machine.
    cli.setEnvironment(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/qadesk-test-bus"_s);
    cli.setEnvironment(u"DISPLAY"_s, QString());
    const QByteArray secret = "kc-secret-4f7a";
    mock.token = QString::fromUtf8(secret);
    const CliResult stored = cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"kc"_s,
                                      u"--url"_s, mock.baseUrl(), u"--user"_s, mock.email, u"--token-stdin"_s},
                                     secret + "\n");
    INFO(stored);
    CHECK(stored.exitCode == 1);
    CHECK(stored.err.contains(u"keychain"_s));
    CHECK_FALSE(stored.err.contains(QString::fromUtf8(secret)));
    CHECK(cli.run({u"sources"_s, u"list"_s, u"--json"_s}).jsonArray().isEmpty()); // not added without its token

    const CliResult neither = cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"kc"_s,
                                       u"--url"_s, mock.baseUrl()});
    CHECK(neither.exitCode == 2);
    CHECK(neither.err.contains(u"--token-stdin"_s));
    const CliResult empty = cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"kc"_s,
                                     u"--url"_s, mock.baseUrl(), u"--token-stdin"_s});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(u"standard input holds no token"_s));

    // A source without a token variable reads the keychain on sync and test: a clear error here.
    cli.setEnvironment(u"ZD_TOKEN"_s, QString::fromUtf8(secret));
    REQUIRE(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"kc"_s, u"--url"_s,
                     mock.baseUrl(), u"--user"_s, mock.email, u"--token-env"_s, u"ZD_TOKEN"_s})
                .exitCode
            == 0);
    REQUIRE(cli.run({u"sources"_s, u"edit"_s, u"kc"_s, u"--token-env"_s, QString()}).exitCode == 0);
    for (const QStringList &args : {QStringList{u"sync"_s}, QStringList{u"sources"_s, u"test"_s, u"kc"_s}}) {
        const CliResult run = cli.run(args);
        INFO(run);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"source \"kc\": the system keychain"_s));
        CHECK_FALSE(run.err.contains(QString::fromUtf8(secret)));
        CHECK_FALSE(run.out.contains(QString::fromUtf8(secret)));
    }
    CHECK(mock.requests == 0);

    // The token of a source that names its variable never reaches the workspace file.
    REQUIRE(cli.run({u"sources"_s, u"edit"_s, u"kc"_s, u"--token-env"_s, u"ZD_TOKEN"_s}).exitCode == 0);
    const CliResult synced = cli.run({u"sync"_s});
    INFO(synced);
    REQUIRE(synced.exitCode == 0);
    CHECK_FALSE(synced.out.contains(QString::fromUtf8(secret)));
    CHECK_FALSE(synced.err.contains(QString::fromUtf8(secret)));
    for (const QString &file : QStringList{cli.databasePath(), cli.databasePath() + u"-wal"_s}) {
        QFile db(file);
        if (db.open(QIODevice::ReadOnly))
            CHECK_FALSE(db.readAll().contains(secret));
    }
}

TEST_CASE("sources edit changes the address and which tickets a source pulls, and list shows it", "[cli][sync][settings]")
{
    MockZendesk mock;
    for (int i = 1; i <= 4; ++i)
        mock.addTicket(400 + i, u"Тикет %1"_s.arg(i), 1);
    mock.setStatus(402, u"open"_s);
    CliRunner cli;
    cli.setEnvironment(u"ZD_TOKEN"_s, mock.token);
    REQUIRE(cli.run({u"sources"_s, u"add"_s, u"--kind"_s, u"zendesk"_s, u"--name"_s, u"main"_s, u"--url"_s,
                     u"https://old.example"_s, u"--user"_s, mock.email, u"--token-env"_s, u"ZD_TOKEN"_s})
                .exitCode
            == 0);
    const CliResult edited = cli.run({u"sources"_s, u"edit"_s, u"main"_s, u"--url"_s, mock.baseUrl(), u"--statuses"_s,
                                      u"solved, closed"_s, u"--agent"_s, u"anna@example.ru=a.smirnova@company.example"_s,
                                      u"--group-team"_s, u"first-line=l1"_s});
    INFO(edited);
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.err.contains(u"plain HTTP"_s)); // the new address is http://: the warning shows
    const QJsonObject settings = cli.run({u"sources"_s, u"list"_s, u"--json"_s}).jsonArray().first().toObject()
                                     .value(u"settings"_s).toObject();
    CHECK(settings.value(u"pull"_s)[u"statuses"_s].toArray() == QJsonArray{u"solved"_s, u"closed"_s});
    CHECK(settings.value(u"agents"_s)[u"anna@example.ru"_s].toString() == u"a.smirnova@company.example"_s);
    CHECK(cli.run({u"sources"_s, u"edit"_s, u"main"_s, u"--solved-from"_s, u"yesterday"_s}).exitCode == 2);
    CHECK(cli.run({u"sources"_s, u"edit"_s, u"main"_s, u"--agent"_s, u"nobody"_s}).exitCode == 2);
    CHECK(cli.run({u"sources"_s, u"edit"_s, u"nobody"_s, u"--statuses"_s, u"solved"_s}).exitCode == 2);

    const CliResult synced = cli.run({u"sync"_s});
    INFO(synced);
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains(u"1 skipped"_s));
    const QJsonArray tickets = cli.run({u"tickets"_s, u"list"_s, u"--json"_s}).jsonArray();
    CHECK(tickets.size() == 3);
}
