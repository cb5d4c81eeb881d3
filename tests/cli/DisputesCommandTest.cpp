// qadesk disputes: a dispute walked from opening to resolution on the demo workspace, with the
// role rules and bad input refused, run as a real process.
#include "cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString engineer = u"d.kozlov@demo.qadesk.example"_s;     // first line
const QString lead = u"a.solovyov@demo.qadesk.example"_s;       // leads the first line
const QString trainer = u"i.zaytseva@demo.qadesk.example"_s;    // evaluated d.kozlov last
const QString admin = u"e.kuznetsova@demo.qadesk.example"_s;
const QString arbiter = u"t.grigorieva@demo.qadesk.example"_s;
const QString stranger = u"a.smirnova@demo.qadesk.example"_s;

CliResult ok(const CliRunner &cli, const QStringList &args)
{
    const CliResult r = cli.run(args);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r;
}

// The engineer's newest evaluation in the demo (a few days old: inside the 14-day window).
QJsonObject newestEvaluationOf(const CliRunner &cli, const QString &email)
{
    const QJsonArray all = ok(cli, {u"evaluations"_s, u"list"_s, u"--json"_s}).jsonArray();
    for (const QJsonValue &e : all) {
        if (e.toObject().value(u"engineer"_s).toString() == email && e.toObject().value(u"kind"_s).toString() == u"normal"_s)
            return e.toObject();
    }
    FAIL("no evaluation of " << email.toStdString());
    return {};
}

QJsonObject evaluationById(const CliRunner &cli, qint64 id)
{
    const QJsonArray all = ok(cli, {u"evaluations"_s, u"list"_s, u"--json"_s}).jsonArray();
    for (const QJsonValue &e : all) {
        if (e.toObject().value(u"id"_s).toInteger() == id)
            return e.toObject();
    }
    FAIL("no evaluation " << id);
    return {};
}

} // namespace

TEST_CASE("disputes walk from open to resolved on the command line, under the role rules", "[cli][disputes]")
{
    const CliRunner cli;
    ok(cli, {u"demo"_s, u"init"_s});
    const QJsonObject evaluation = newestEvaluationOf(cli, engineer);
    const qint64 evaluationId = evaluation.value(u"id"_s).toInteger();
    const QString eid = QString::number(evaluationId);
    const double scoreBefore = evaluation.value(u"score"_s).toDouble();

    // Bad input: exit code 2 with the problem named.
    const CliResult orphan = cli.run({u"disputes"_s, u"open"_s, eid, u"--reason"_s, u"x"_s, u"--as"_s, engineer});
    CHECK(orphan.exitCode == 2);
    CHECK(orphan.err.contains(u"--reason must follow the --question"_s));
    const CliResult badAnswer = cli.run({u"disputes"_s, u"open"_s, eid, u"--question"_s, u"sla"_s, u"--reason"_s, u"x"_s,
                                         u"--proposed"_s, u"maybe"_s, u"--as"_s, engineer});
    CHECK(badAnswer.exitCode == 2);
    CHECK(badAnswer.err.contains(u"sla: \"maybe\" is not an answer"_s));
    const CliResult noAs = cli.run({u"disputes"_s, u"open"_s, eid, u"--question"_s, u"sla"_s, u"--reason"_s, u"x"_s});
    CHECK(noAs.exitCode == 2);
    CHECK(noAs.err.contains(u"--as"_s));
    // Someone else's evaluation: refused (exit 1), nothing written.
    const CliResult foreign = cli.run({u"disputes"_s, u"open"_s, eid, u"--question"_s, u"sla"_s, u"--reason"_s, u"x"_s,
                                       u"--as"_s, stranger});
    CHECK(foreign.exitCode == 1);
    CHECK(ok(cli, {u"disputes"_s, u"list"_s, u"--json"_s}).jsonArray().isEmpty());

    // Open: two groups, the second without a proposal.
    const QJsonObject opened = ok(cli, {u"disputes"_s, u"open"_s, eid, u"--question"_s, u"sla"_s, u"--reason"_s,
                                        u"Ответил за 20 минут, SLA час"_s, u"--proposed"_s, u"yes"_s, u"--question"_s,
                                        u"first-answer"_s, u"--reason"_s, u"Первый ответ решал вопрос"_s, u"--as"_s,
                                        engineer, u"--json"_s})
                                   .jsonObject();
    const QString id = QString::number(opened.value(u"id"_s).toInteger());
    CHECK(opened.value(u"status"_s).toString() == u"open"_s);
    CHECK(opened.value(u"original_score"_s).toDouble() == Approx(scoreBefore));
    const QJsonArray questions = opened.value(u"questions"_s).toArray();
    REQUIRE(questions.size() == 2);
    CHECK(questions.at(1).toObject().value(u"question"_s).toString() == u"sla"_s);
    CHECK(questions.at(1).toObject().value(u"proposed"_s).toString() == u"yes"_s);
    CHECK(questions.at(1).toObject().value(u"original"_s).toString() == u"no"_s);
    CHECK(questions.at(0).toObject().value(u"proposed"_s).isNull());

    // Illegal steps and wrong people: exit 1 with a clear message.
    const CliResult early = cli.run({u"disputes"_s, u"resolve"_s, id, u"--decision"_s, u"sla=keep"_s, u"--comment"_s,
                                     u"sla=x"_s, u"--as"_s, arbiter});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(u"only a dispute in arbitration can be resolved"_s));
    const CliResult byTrainer = cli.run({u"disputes"_s, u"accept"_s, id, u"--as"_s, trainer});
    CHECK(byTrainer.exitCode == 1);
    CHECK(byTrainer.err.contains(u"triage"_s));
    ok(cli, {u"disputes"_s, u"accept"_s, id, u"--as"_s, lead});
    const CliResult leadAssigns = cli.run({u"disputes"_s, u"assign"_s, id, u"--auto"_s, u"--as"_s, lead});
    CHECK(leadAssigns.exitCode == 1);
    CHECK(leadAssigns.err.contains(u"only a QA admin assigns arbiters"_s));
    const CliResult trainerArbiter = cli.run({u"disputes"_s, u"assign"_s, id, u"--arbiter"_s, trainer, u"--as"_s, admin});
    CHECK(trainerArbiter.exitCode == 2); // not an arbiter
    const QJsonObject assigned = ok(cli, {u"disputes"_s, u"assign"_s, id, u"--auto"_s, u"--as"_s, admin, u"--json"_s}).jsonObject();
    CHECK(assigned.value(u"status"_s).toString() == u"in_arbitration"_s);
    CHECK(assigned.value(u"arbiter"_s).toString() == arbiter);

    const CliResult byEngineer = cli.run({u"disputes"_s, u"resolve"_s, id, u"--decision"_s, u"sla=yes"_s, u"--comment"_s,
                                          u"sla=x"_s, u"--as"_s, engineer});
    CHECK(byEngineer.exitCode == 1);
    const CliResult noComment = cli.run({u"disputes"_s, u"resolve"_s, id, u"--decision"_s, u"sla=accept"_s, u"--decision"_s,
                                         u"first-answer=keep"_s, u"--comment"_s, u"sla=Время ответа в SLA"_s, u"--as"_s,
                                         arbiter});
    CHECK(noComment.exitCode == 2);
    CHECK(noComment.err.contains(u"first-answer: the decision needs a comment"_s));

    const QJsonObject resolved =
        ok(cli, {u"disputes"_s, u"resolve"_s, id, u"--decision"_s, u"sla=accept"_s, u"--comment"_s, u"sla=Время ответа в SLA"_s,
                 u"--decision"_s, u"first-answer=keep"_s, u"--comment"_s, u"first-answer=Не хватило шагов"_s,
                 u"--summary"_s, u"SLA засчитан"_s, u"--as"_s, arbiter, u"--json"_s})
            .jsonObject();
    CHECK(resolved.value(u"status"_s).toString() == u"resolved"_s);
    CHECK(resolved.value(u"outcome"_s).toString() == u"partial"_s);
    CHECK(resolved.value(u"resolution_comment"_s).toString() == u"SLA засчитан"_s);
    const double scoreAfter = resolved.value(u"resolved_score"_s).toDouble();
    CHECK(scoreAfter > scoreBefore);
    // The evaluation itself carries the arbitrated score now.
    CHECK(evaluationById(cli, evaluationId).value(u"score"_s).toDouble() == Approx(scoreAfter));

    // Lists and show, by who may see them.
    CHECK(ok(cli, {u"disputes"_s, u"list"_s, u"--json"_s, u"--as"_s, stranger}).jsonArray().isEmpty());
    CHECK(ok(cli, {u"disputes"_s, u"list"_s, u"--json"_s, u"--as"_s, trainer}).jsonArray().size() == 1);
    CHECK(ok(cli, {u"disputes"_s, u"list"_s, u"--json"_s, u"--status"_s, u"active"_s}).jsonArray().isEmpty());
    CHECK(cli.run({u"disputes"_s, u"show"_s, id, u"--as"_s, stranger}).exitCode == 1);
    const CliResult shown = ok(cli, {u"disputes"_s, u"show"_s, id});
    CHECK(shown.out.contains(u"Partially overturned"_s));
    CHECK(shown.out.contains(u"accept → yes"_s));
    const CliResult table = ok(cli, {u"disputes"_s, u"list"_s});
    CHECK(table.out.contains(u"resolved (partial)"_s));

    // The same question cannot be disputed again.
    const CliResult again = cli.run({u"disputes"_s, u"open"_s, eid, u"--question"_s, u"sla"_s, u"--reason"_s, u"ещё"_s,
                                     u"--as"_s, engineer});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"sla: already arbitrated"_s));
    CHECK(cli.run({u"disputes"_s, u"withdraw"_s, id, u"--as"_s, engineer}).exitCode == 1);
    CHECK(cli.run({u"disputes"_s, u"show"_s, u"9999"_s}).exitCode == 2);
}

TEST_CASE("the dispute window is shown to anyone and changed only by an admin", "[cli][disputes]")
{
    const CliRunner cli;
    ok(cli, {u"demo"_s, u"init"_s});
    CHECK(ok(cli, {u"disputes"_s, u"window"_s, u"--json"_s}).jsonObject().value(u"window_days"_s).toInt() == 14);
    CHECK(cli.run({u"disputes"_s, u"window"_s, u"30"_s, u"--as"_s, lead}).exitCode == 1);
    CHECK(cli.run({u"disputes"_s, u"window"_s, u"0"_s, u"--as"_s, admin}).exitCode == 2);
    CHECK(ok(cli, {u"disputes"_s, u"window"_s, u"30"_s, u"--as"_s, admin, u"--json"_s}).jsonObject().value(u"window_days"_s).toInt()
          == 30);
    CHECK(ok(cli, {u"disputes"_s, u"window"_s}).out.contains(u"up to 30 day"_s));
}
