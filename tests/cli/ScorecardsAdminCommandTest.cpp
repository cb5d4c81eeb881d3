// qadesk scorecards diff / duplicate / archive and the QA admin rule, as a real process.
#include "cli/CliRunner.h"
#include "kpi/WhatIfAnalysis.h"
#include "scoring/ScorecardParser.h"
#include "storage/Database.h"

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

TEST_CASE("scorecards whatif gives the same numbers as the core analysis", "[cli][scorecards][whatif]")
{
    const CliRunner cli;
    seedDemo(cli);
    QJsonObject card = exportCard(cli, u"first-line"_s);
    QJsonArray sections = card.value(u"sections"_s).toArray();
    QJsonObject section = sections.at(0).toObject();
    QJsonArray criteria = section.value(u"criteria"_s).toArray();
    QJsonObject first = criteria.at(0).toObject();
    first.insert(u"weight"_s, first.value(u"weight"_s).toDouble(1.0) * 4);
    criteria.replace(0, first);
    criteria.append(QJsonObject{{u"id"_s, u"thorough-first-answer"_s}, {u"text"_s, u"Был ли первый ответ полным?"_s}});
    section.insert(u"criteria"_s, criteria);
    sections.replace(0, section);
    card.insert(u"sections"_s, sections);
    const QString draftFile = cli.writeJson(u"draft.json"_s, card);

    const CliResult r = cli.run({u"scorecards"_s, u"whatif"_s, draftFile, u"--from"_s, u"2000-01-01"_s, u"--to"_s,
                                 u"2100-12-31"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.jsonObject();
    CHECK(json.value(u"new_questions"_s).toArray() == QJsonArray{u"thorough-first-answer"_s});
    CHECK(json.value(u"overall"_s).toObject().value(u"rescored"_s).toInt() > 0);

    auto db = qadesk::Database::open(cli.databaseUrl());
    REQUIRE(db.has_value());
    qadesk::KpiPeriod period;
    period.from = QDate(2000, 1, 1);
    period.to = QDate(2100, 12, 31);
    const qadesk::Scorecard draft = qadesk::ScorecardParser::fromJson(card).value();
    const qadesk::WhatIfResult core = qadesk::WhatIfAnalysis::run(**db, draft, period).value();
    CHECK(QJsonDocument(json).toJson() == QJsonDocument(core.toJson()).toJson());

    const CliResult text = cli.run({u"scorecards"_s, u"whatif"_s, draftFile, u"--from"_s, u"2000-01-01"_s, u"--to"_s,
                                    u"2100-12-31"_s});
    INFO(text);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"left out like N/A: thorough-first-answer"_s));
    CHECK(text.out.contains(u"KPI BEFORE"_s));

    const CliResult badPeriod = cli.run({u"scorecards"_s, u"whatif"_s, draftFile, u"--from"_s, u"2026-13-01"_s,
                                         u"--to"_s, u"2026-12-31"_s});
    CHECK(badPeriod.exitCode == 2);
}
