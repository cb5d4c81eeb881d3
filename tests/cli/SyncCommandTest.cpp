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
