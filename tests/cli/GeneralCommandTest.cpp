// What every `qadesk` command shares: --version, --help, unknown commands and options, the
// database URL and its error messages.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

TEST_CASE("qadesk --version prints the name and the version", "[cli][general]")
{
    const CliRunner cli;
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const CliResult r = cli.run({option});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.trimmed() == u"qadesk "_s + QString::fromUtf8(QADESK_VERSION));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("qadesk --help lists every command", "[cli][general]")
{
    const CliRunner cli;
    for (const QString &option : {u"--help"_s, u"-h"_s}) {
        const CliResult r = cli.run({option});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        for (const QString &usage :
             {u"qadesk score --scorecard"_s, u"qadesk scorecards import"_s, u"qadesk scorecards list"_s,
              u"qadesk scorecards export"_s, u"qadesk evaluations import"_s, u"qadesk evaluations list"_s,
              u"qadesk tickets list"_s, u"qadesk tickets show"_s, u"qadesk demo init"_s, u"--db URL"_s,
              u"Exit codes"_s}) {
            INFO(usage.toStdString());
            CHECK(r.out.contains(usage));
        }
    }
}

TEST_CASE("COMMAND --help shows the usage of that command", "[cli][general]")
{
    const CliRunner cli;
    const QList<std::pair<QString, QString>> commands{{u"score"_s, u"--answers"_s},
                                                      {u"scorecards"_s, u"--version"_s},
                                                      {u"evaluations"_s, u"--allow-incomplete"_s},
                                                      {u"tickets"_s, u"tickets show"_s},
                                                      {u"demo"_s, u"demo init"_s}};
    for (const auto &[command, mention] : commands) {
        const CliResult r = cli.run({command, u"--help"_s});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(u"Usage:"_s));
        CHECK(r.out.contains(u"qadesk "_s + command));
        CHECK(r.out.contains(mention));
    }
}

TEST_CASE("an unknown command is bad input", "[cli][general]")
{
    const CliRunner cli;
    const CliResult r = cli.run({u"frobnicate"_s, u"--json"_s});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(u"unknown command \"frobnicate\""_s));
    CHECK(r.err.contains(u"qadesk scorecards import"_s)); // followed by the usage
}

TEST_CASE("an unknown option is bad input", "[cli][general]")
{
    const CliRunner cli;
    for (const QStringList &arguments : {QStringList{u"tickets"_s, u"list"_s, u"--frobnicate"_s},
                                         QStringList{u"score"_s, u"--frobnicate"_s},
                                         QStringList{u"scorecards"_s, u"list"_s, u"--allow-incomplete"_s}}) {
        const CliResult r = cli.run(arguments);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.isEmpty());
    }
}

TEST_CASE("a database URL of an unknown kind is bad input", "[cli][general][database]")
{
    CliRunner cli;
    SECTION("--db before the command")
    {
        const CliResult r = cli.run({u"--db"_s, u"bogus:x"_s, u"tickets"_s, u"list"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u"\"bogus:x\""_s));
    }
    SECTION("--db after the command")
    {
        const CliResult r = cli.run({u"scorecards"_s, u"list"_s, u"--db"_s, u"bogus:x"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"\"bogus:x\""_s));
    }
    SECTION("QADESK_DB")
    {
        cli.setDatabaseUrl(u"bogus:x"_s);
        const CliResult r = cli.run({u"evaluations"_s, u"list"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"\"bogus:x\""_s));
    }
}

TEST_CASE("the --db option wins over QADESK_DB", "[cli][general][database]")
{
    CliRunner cli;
    const QString url = cli.databaseUrl();
    cli.setDatabaseUrl(u"bogus:x"_s);
    const CliResult r = cli.run({u"--db"_s, url, u"scorecards"_s, u"import"_s, cliData(u"card-first-line.json"_s)});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(QFile::exists(cli.databasePath()));
}

TEST_CASE("a PostgreSQL server that refuses the connection is a failure, not bad input", "[cli][general][database]")
{
    const CliRunner cli;
    const CliResult r = cli.run({u"--db"_s, u"postgresql://nobody@127.0.0.1:1/none"_s, u"tickets"_s, u"list"_s});
    INFO(r);
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(u"postgresql://nobody@127.0.0.1:1/none"_s));
}

TEST_CASE("a password in the database URL never appears in the output", "[cli][general][database]")
{
    CliRunner cli;
    const QString password = u"s3cret"_s;

    SECTION("connection refused, URL given with --db")
    {
        const CliResult r = cli.run({u"--db"_s, u"postgresql://u:s3cret@127.0.0.1:1/db"_s, u"tickets"_s, u"list"_s});
        INFO(r);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"postgresql://u@127.0.0.1:1/db"_s));
        CHECK_FALSE(r.err.contains(password));
        CHECK_FALSE(r.out.contains(password));
    }
    SECTION("connection refused, URL given in QADESK_DB")
    {
        cli.setDatabaseUrl(u"postgresql://u:s3cret@127.0.0.1:1/db"_s);
        const CliResult r = cli.run({u"scorecards"_s, u"list"_s, u"--json"_s});
        INFO(r);
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.contains(password));
        CHECK_FALSE(r.out.contains(password));
    }
    SECTION("a malformed URL")
    {
        for (const QString &url : {u"postgresql://u:s3cret@/db"_s, u"postgresql://u:s3cret@127.0.0.1:port/db"_s,
                                   u"postgresql://u:s3cret@127.0.0.1:1/"_s}) {
            const CliResult r = cli.run({u"--db"_s, url, u"tickets"_s, u"list"_s});
            INFO(r);
            CHECK(r.exitCode == 2);
            CHECK_FALSE(r.err.isEmpty());
            CHECK_FALSE(r.err.contains(password));
            CHECK_FALSE(r.out.contains(password));
        }
    }
}

TEST_CASE("without --db or QADESK_DB the workspace lives in the data folder", "[cli][general][database]")
{
    CliRunner cli;
    cli.setDatabaseUrl(QString());
    const CliResult r = cli.run({u"scorecards"_s, u"list"_s, u"--json"_s});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK_FALSE(QFile::exists(cli.databasePath()));

    // XDG_DATA_HOME points into the runner's folder, so the default workspace was made there.
    QStringList found;
    QDirIterator it(cli.dataHome(), {u"*.qadesk"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    INFO(found.join(u", "_s).toStdString());
    CHECK(found.size() == 1);
}

TEST_CASE("file names and messages outside ASCII pass through as UTF-8", "[cli][general]")
{
    const CliRunner cli;
    QFile source(cliData(u"card-invalid-criterion-weight-zero.json"_s));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString card = cli.writeFile(u"карта с нулевым весом.json"_s, source.readAll());

    const CliResult r = cli.run({u"score"_s, u"--scorecard"_s, card, u"--answers"_s,
                                 cliData(u"answers-first-line-complete.json"_s)});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"карта с нулевым весом.json: sections[0].criteria[0].weight: must be > 0"_s));
}
