// qadesk scorecards diff / duplicate / archive and the QA admin rule, as a real process.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString admin = u"e.kuznetsova@demo.qadesk.example"_s;
const QString trainer = u"o.belova@demo.qadesk.example"_s;

void seedDemo(const CliRunner &cli)
{
    const CliResult r = cli.run({u"demo"_s, u"init"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

QJsonObject exportCard(const CliRunner &cli, const QString &id)
{
    const CliResult r = cli.run({u"scorecards"_s, u"export"_s, id});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString currentVersion(const CliRunner &cli, const QString &id)
{
    const CliResult r = cli.run({u"scorecards"_s, u"list"_s, u"--json"_s});
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue &c : r.jsonArray()) {
        if (c.toObject().value(u"id"_s).toString() == id)
            return c.toObject().value(u"version"_s).toString();
    }
    FAIL("no card " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("scorecards diff lists what changed between two versions", "[cli][scorecards][diff]")
{
    const CliRunner cli;
    seedDemo(cli);
    const QString v1 = currentVersion(cli, u"first-line"_s);
    QJsonObject card = exportCard(cli, u"first-line"_s);
    QJsonArray sections = card.value(u"sections"_s).toArray();
    QJsonObject section = sections.at(0).toObject();
    QJsonArray criteria = section.value(u"criteria"_s).toArray();
    QJsonObject first = criteria.at(0).toObject();
    const QString firstId = first.value(u"id"_s).toString();
    first.insert(u"weight"_s, 7);
    criteria.replace(0, first);
    criteria.append(QJsonObject{{u"id"_s, u"thorough-first-answer"_s}, {u"text"_s, u"Был ли первый ответ полным?"_s}});
    section.insert(u"criteria"_s, criteria);
    sections.replace(0, section);
    card.insert(u"sections"_s, sections);
    const QString file = cli.writeJson(u"edited.json"_s, card);

    const CliResult imported = cli.run({u"scorecards"_s, u"import"_s, file, u"--as"_s, admin});
    INFO(imported);
    REQUIRE(imported.exitCode == 0);
    const QString v2 = currentVersion(cli, u"first-line"_s);
    REQUIRE(v2 != v1);

    const CliResult diff = cli.run({u"scorecards"_s, u"diff"_s, u"first-line"_s, u"--from"_s, v1.left(8), u"--to"_s,
                                    v2.left(8), u"--json"_s});
    INFO(diff);
    REQUIRE(diff.exitCode == 0);
    const QJsonObject json = diff.jsonObject();
    CHECK(json.value(u"from"_s).toString() == v1);
    CHECK(json.value(u"to"_s).toString() == v2);
    QStringList kinds;
    for (const QJsonValue &c : json.value(u"changes"_s).toArray())
        kinds.append(c.toObject().value(u"kind"_s).toString() + u' ' + c.toObject().value(u"question"_s).toString());
    CHECK(kinds.contains(u"question.weight "_s + firstId));
    CHECK(kinds.contains(u"question.added thorough-first-answer"_s));
    CHECK(kinds.size() == 2);

    const CliResult text = cli.run({u"scorecards"_s, u"diff"_s, u"first-line"_s, u"--from"_s, v1.left(8)});
    INFO(text);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Question \"thorough-first-answer\" added"_s));

    const CliResult unknown = cli.run({u"scorecards"_s, u"diff"_s, u"first-line"_s, u"--from"_s, u"ffffffff"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"--from"_s));
}

TEST_CASE("a non-admin cannot save, duplicate or archive a card from the command line", "[cli][scorecards][roles]")
{
    const CliRunner cli;
    seedDemo(cli);
    const QString v1 = currentVersion(cli, u"first-line"_s);
    QJsonObject card = exportCard(cli, u"first-line"_s);
    card.insert(u"title"_s, u"Переименовано"_s);
    const QString file = cli.writeJson(u"edited.json"_s, card);

    const CliResult save = cli.run({u"scorecards"_s, u"import"_s, file, u"--as"_s, trainer});
    INFO(save);
    CHECK(save.exitCode == 1);
    CHECK(save.err.contains(u"is not a QA admin and cannot change scorecards"_s));
    CHECK(currentVersion(cli, u"first-line"_s) == v1);

    const CliResult archive = cli.run({u"scorecards"_s, u"archive"_s, u"first-line"_s, u"--as"_s, trainer});
    INFO(archive);
    CHECK(archive.exitCode == 1);
    CHECK(archive.err.contains(u"is not a QA admin and cannot archive scorecards"_s));

    const CliResult nobody = cli.run({u"scorecards"_s, u"archive"_s, u"first-line"_s});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(u"--as"_s));

    const CliResult ok = cli.run({u"scorecards"_s, u"archive"_s, u"first-line"_s, u"--as"_s, admin, u"--json"_s});
    INFO(ok);
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.jsonObject().value(u"archived"_s).toBool());
    const CliResult copy = cli.run({u"scorecards"_s, u"duplicate"_s, u"first-line"_s, u"first-line-copy"_s,
                                    u"--title"_s, u"Копия"_s, u"--as"_s, admin, u"--json"_s});
    INFO(copy);
    REQUIRE(copy.exitCode == 0);
    CHECK(exportCard(cli, u"first-line-copy"_s).value(u"title"_s).toString() == u"Копия"_s);
}

