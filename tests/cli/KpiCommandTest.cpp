#include "cli/CliRunner.h"
#include "storage/Database.h"
#include "support/KpiFixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

// The fixture of tests/support/KpiFixture.h in the runner's workspace.
void seed(const CliRunner &runner)
{
    auto db = Database::open(runner.databaseUrl());
    REQUIRE(db.has_value());
    KpiFixture fixture(**db);
}

QJsonObject rowByKey(const QJsonObject &json, const QString &key)
{
    for (const QJsonValue &row : json.value(u"rows"_s).toArray()) {
        if (row.toObject().value(u"key"_s).toString() == key)
            return row.toObject();
    }
    FAIL("no row " << key.toStdString());
    return {};
}

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    const auto at = [&](qsizetype i) { return i < text.size() ? text.at(i) : QChar(); };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("qadesk kpi prints the period's table as JSON with nulls for missing numbers", "[cli][kpi]")
{
    CliRunner runner;
    seed(runner);
    const CliResult r = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s,
                                    u"engineer"_s, u"--format"_s, u"json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.jsonObject();
    CHECK(json.value(u"period"_s).toObject().value(u"from"_s).toString() == u"2026-10-01"_s);
    CHECK(json.value(u"period"_s).toObject().value(u"to"_s).toString() == u"2026-10-31"_s);
    CHECK(json.value(u"rows"_s).toArray().size() == 4);
    const QJsonObject anna = rowByKey(json, u"anna@example.ru"_s);
    CHECK(anna.value(u"name"_s).toString() == u"Анна Смирнова"_s);
    CHECK(anna.value(u"evaluations"_s).toInt() == 4);
    CHECK(anna.value(u"kpi"_s).toDouble() == Approx(85));
    CHECK(anna.value(u"bonus_multiplier"_s).toDouble() == Approx(0.9));
    CHECK(anna.value(u"open_disputes"_s).toInt() == 1);
    CHECK(rowByKey(json, u"boris@example.ru"_s).value(u"critical_fails"_s).toInt() == 1);
    const QJsonObject gleb = rowByKey(json, u"gleb@example.ru"_s);
    CHECK(gleb.value(u"kpi"_s).isNull());
    CHECK(gleb.value(u"bonus_multiplier"_s).isNull());
    CHECK(json.value(u"source"_s).toObject().value(u"kind"_s).toString() == u"live"_s);

    const CliResult teams = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s,
                                        u"team"_s, u"--json"_s});
    REQUIRE(teams.exitCode == 0);
    CHECK(rowByKey(teams.jsonObject(), u"first-line"_s).value(u"kpi"_s).toDouble() == Approx(430.0 / 6));

    const CliResult table = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(u"Анна Смирнова"_s));
    CHECK(table.out.contains(u"85.0"_s));
}

TEST_CASE("qadesk kpi --by trainer adds each trainer's tasks assigned, done and overdue to the rows", "[cli][kpi]")
{
    CliRunner runner;
    {
        auto db = Database::open(runner.databaseUrl());
        REQUIRE(db.has_value());
        KpiFixture fixture(**db);
        fixture.assignTasks();
    }
    const CliResult r = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s,
                                    u"trainer"_s, u"--format"_s, u"json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.jsonObject();
    CHECK(json.value(u"by"_s).toString() == u"trainer"_s);
    CHECK(json.value(u"rows"_s).toArray().size() == 2);
    // The shape is kept; the tasks are added beside it. Today is after October.
    const QJsonObject olga = rowByKey(json, u"olga@example.ru"_s);
    CHECK(olga.value(u"name"_s).toString() == u"Ольга Белова"_s);
    CHECK(olga.value(u"evaluations"_s).toInt() == 5);
    CHECK(olga.value(u"kpi"_s).toDouble() == Approx(87));
    CHECK(olga.value(u"bonus_multiplier"_s).isNull());
    CHECK(olga.value(u"critical_fails"_s).toInt() == 0);
    CHECK(olga.value(u"open_disputes"_s).toInt() == 1);
    CHECK(olga.value(u"assigned"_s).toInt() == 4);
    CHECK(olga.value(u"done"_s).toInt() == 3);
    CHECK(olga.value(u"overdue"_s).toInt() == 1);
    const QJsonObject viktor = rowByKey(json, u"viktor@example.ru"_s);
    CHECK(viktor.value(u"evaluations"_s).toInt() == 2);
    CHECK(viktor.value(u"assigned"_s).toInt() == 2);
    CHECK(viktor.value(u"done"_s).toInt() == 1);
    CHECK(viktor.value(u"overdue"_s).toInt() == 1);

    // Other groupings keep the shape only.
    const CliResult engineers = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--json"_s});
    REQUIRE(engineers.exitCode == 0);
    CHECK_FALSE(rowByKey(engineers.jsonObject(), u"anna@example.ru"_s).contains(u"assigned"_s));

    // November: Ольга's one task, not done; the table format shows the same columns.
    const CliResult november = runner.run({u"kpi"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--by"_s,
                                           u"trainer"_s, u"--json"_s});
    REQUIRE(november.exitCode == 0);
    CHECK(rowByKey(november.jsonObject(), u"olga@example.ru"_s).value(u"assigned"_s).toInt() == 1);
    CHECK(rowByKey(november.jsonObject(), u"olga@example.ru"_s).value(u"done"_s).toInt() == 0);
    CHECK(rowByKey(november.jsonObject(), u"viktor@example.ru"_s).value(u"assigned"_s).toInt() == 0);
    const CliResult table = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s,
                                        u"trainer"_s});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(u"Assigned"_s));
    CHECK(table.out.contains(u"Overdue"_s));

    // The workbook has them on its last sheet.
    const QString path = runner.path(u"kpi.xlsx"_s);
    REQUIRE(runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s, u"xlsx"_s,
                        u"-o"_s, path})
                .exitCode == 0);
    CHECK(tool(u"unzip"_s, {u"-p"_s, path, u"xl/workbook.xml"_s}).contains(u"name=\"Trainers\""_s));
    const QString sheet = tool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet9.xml"_s});
    const qsizetype olgaAt = sheet.indexOf(u"Ольга Белова"_s);
    REQUIRE(olgaAt > 0);
    // Her row: 5 evaluations, 4 tasks, 3 done, 1 overdue, average 87.
    const QString olgaRow = sheet.mid(olgaAt, sheet.indexOf(u"</row>"_s, olgaAt) - olgaAt);
    CHECK(olgaRow.contains(u"<v>5</v>"_s));
    CHECK(olgaRow.contains(u"<v>4</v>"_s));
    CHECK(olgaRow.contains(u"<v>3</v>"_s));
    CHECK(olgaRow.contains(u"<v>1</v>"_s));
    CHECK(olgaRow.contains(u"<v>87</v>"_s));

    // And the PDF, in its Trainers table: evaluations, tasks, done, overdue, average, others'.
    const QString pdf = runner.path(u"kpi.pdf"_s);
    REQUIRE(runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s, u"pdf"_s,
                        u"-o"_s, pdf})
                .exitCode == 0);
    const QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    INFO(text.toStdString());
    CHECK(text.contains(u"Trainers"_s));
    CHECK(text.contains(QRegularExpression(u"Ольга Белова\\s+5\\s+4\\s+3\\s+1\\s+87\\.0\\s+45\\.0"_s)));
    CHECK(text.contains(QRegularExpression(u"Виктор Ли\\s+2\\s+2\\s+1\\s+1\\s+45\\.0\\s+87\\.0"_s)));
}

TEST_CASE("qadesk kpi refuses bad periods, groupings and formats with exit code 2", "[cli][kpi]")
{
    CliRunner runner;
    for (const QStringList &args :
         {QStringList{u"kpi"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-10-31"_s},
          QStringList{u"kpi"_s, u"--from"_s, u"2026-10-31"_s, u"--to"_s, u"2026-10-01"_s},
          QStringList{u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s, u"dept"_s},
          QStringList{u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s, u"xml"_s},
          QStringList{u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s, u"xlsx"_s}}) {
        const CliResult r = runner.run(args);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
}

TEST_CASE("the CSV export is RFC 4180 UTF-8 with an optional byte order mark", "[cli][kpi][export]")
{
    CliRunner runner;
    seed(runner);
    const QString path = runner.path(u"kpi.csv"_s);
    const CliResult r = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s,
                                    u"csv"_s, u"--bom"_s, u"-o"_s, path});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).at(0) == u"key"_s);
    CHECK(rows.at(0).at(3) == u"kpi"_s);
    const QStringList anna = rows.at(1);
    CHECK(anna.at(1) == u"Анна Смирнова"_s);
    CHECK(anna.at(3).toDouble() == Approx(85));
    CHECK(anna.at(9).toDouble() == Approx(0.9));
    for (const QStringList &row : rows)
        CHECK(row.size() == 13);
    CHECK(rows.at(4).at(3).isEmpty()); // Глеб: no KPI, an empty field and not 0

    const CliResult plain = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s,
                                        u"team"_s, u"--format"_s, u"csv"_s});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.startsWith(u"key,name,"_s));
    CHECK(plain.out.contains(u"\r\n"_s));
}

TEST_CASE("the XLSX export has every sheet, Cyrillic text, number formats and frozen headers", "[cli][kpi][export]")
{
    CliRunner runner;
    seed(runner);
    const QString path = runner.path(u"kpi.xlsx"_s);
    const CliResult r = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s,
                                    u"xlsx"_s, u"-o"_s, path});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QString workbook = tool(u"unzip"_s, {u"-p"_s, path, u"xl/workbook.xml"_s});
    for (const QString &sheet : {u"KPI by engineer"_s, u"KPI by team"_s, u"Questions"_s, u"Evaluations"_s, u"Disputes"_s})
        CHECK(workbook.contains(u"name=\""_s + sheet + u'"'));
    const QString engineers = tool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet2.xml"_s});
    CHECK(engineers.contains(u"Анна Смирнова"_s));
    CHECK(engineers.contains(u"<v>85</v>"_s));   // the exact KPI, shown with one decimal by its format
    CHECK(engineers.contains(u"<v>0.9</v>"_s));  // her multiplier
    CHECK(engineers.contains(u"ySplit=\"1\""_s)); // the header row is frozen
    CHECK(engineers.contains(u"<col "_s));        // column widths
    const QString styles = tool(u"unzip"_s, {u"-p"_s, path, u"xl/styles.xml"_s});
    CHECK(styles.contains(u"formatCode=\"0.0\""_s));
    CHECK(styles.contains(u"formatCode=\"0.00\""_s));
    const QString questions = tool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet6.xml"_s});
    CHECK(questions.contains(u"Вежлив ли ответ?"_s));
    const QString evaluations = tool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet7.xml"_s});
    CHECK(evaluations.contains(u"Комментарий «1»"_s));
    CHECK(evaluations.contains(u"partly"_s));
    CHECK(evaluations.count(u"<row "_s) == 8); // header + the 7 counted evaluations
    const QString disputes = tool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet8.xml"_s});
    CHECK(disputes.contains(u"overturned"_s));
    CHECK(disputes.contains(u"in_arbitration"_s) == false);
}

TEST_CASE("the PDF report has the period, the table, the failing questions and open disputes in Cyrillic",
          "[cli][kpi][export]")
{
    CliRunner runner;
    seed(runner);
    const QString path = runner.path(u"kpi.pdf"_s);
    const CliResult r = runner.run({u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--format"_s,
                                    u"pdf"_s, u"-o"_s, path});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QString text = tool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    INFO(text.toStdString());
    CHECK(text.contains(u"KPI report"_s));
    CHECK(text.contains(u"2026-10-01"_s));
    CHECK(text.contains(u"Анна Смирнова"_s));
    CHECK(text.contains(u"Первая линия"_s));
    CHECK(text.contains(u"85.0"_s));
    CHECK(text.contains(u"Top failing questions"_s));
    CHECK(text.contains(u"Вежлив ли ответ?"_s));
    CHECK(text.contains(u"Score distribution"_s));
    CHECK(text.contains(u"Open disputes"_s));
    CHECK(text.contains(u"Live figures"_s));
}

TEST_CASE("qadesk kpi close-month freezes the month for the admin only, and reopening needs a reason", "[cli][kpi][close]")
{
    CliRunner runner;
    seed(runner);
    const QStringList october{u"kpi"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--json"_s};
    CHECK(runner.run({u"kpi"_s, u"close-month"_s, u"2026-10"_s, u"--as"_s, u"olga@example.ru"_s}).exitCode == 1);
    CHECK(runner.run({u"kpi"_s, u"close-month"_s, u"2026-10"_s}).exitCode == 2);
    const CliResult closed = runner.run({u"kpi"_s, u"close-month"_s, u"2026-10"_s, u"--as"_s, u"admin@example.ru"_s});
    INFO(closed);
    REQUIRE(closed.exitCode == 0);
    {
        auto db = Database::open(runner.databaseUrl());
        REQUIRE(db.has_value());
        REQUIRE((*db)->run(u"UPDATE evaluations SET score = 100 WHERE score = 70"_s).has_value());
    }
    const CliResult frozen = runner.run(october);
    REQUIRE(frozen.exitCode == 0);
    CHECK(frozen.jsonObject().value(u"source"_s).toObject().value(u"kind"_s).toString() == u"snapshot"_s);
    CHECK(rowByKey(frozen.jsonObject(), u"anna@example.ru"_s).value(u"kpi"_s).toDouble() == Approx(85));
    QStringList live = october;
    live << u"--live"_s;
    CHECK(rowByKey(runner.run(live).jsonObject(), u"anna@example.ru"_s).value(u"kpi"_s).toDouble() == Approx(92.5));

    CHECK(runner.run({u"kpi"_s, u"reopen-month"_s, u"2026-10"_s, u"--as"_s, u"admin@example.ru"_s}).exitCode == 2);
    REQUIRE(runner.run({u"kpi"_s, u"reopen-month"_s, u"2026-10"_s, u"--reason"_s, u"late arbitration"_s, u"--as"_s,
                        u"admin@example.ru"_s})
                .exitCode == 0);
    CHECK(rowByKey(runner.run(october).jsonObject(), u"anna@example.ru"_s).value(u"kpi"_s).toDouble() == Approx(92.5));

    const CliResult set = runner.run({u"kpi"_s, u"bonus-table"_s, u"set"_s, u"0:0, 80:1, 100:1.2"_s, u"--as"_s,
                                      u"admin@example.ru"_s});
    INFO(set);
    CHECK(set.exitCode == 0);
    CHECK(runner.run({u"kpi"_s, u"bonus-table"_s, u"set"_s, u"0:0, 80:1.5"_s, u"--as"_s, u"admin@example.ru"_s}).exitCode == 2);
    const CliResult shown = runner.run({u"kpi"_s, u"bonus-table"_s, u"--json"_s});
    CHECK(shown.jsonObject().value(u"points"_s).toArray().size() == 3);
    CHECK(rowByKey(runner.run(october).jsonObject(), u"anna@example.ru"_s).value(u"bonus_multiplier"_s).toDouble()
          == Approx(1.125)); // 92.5 between (80, 1) and (100, 1.2)
}
