// The monthly KPI at scale: generates (once) a workspace of 2,000 engineers and 1,000,000
// evaluations with 10 answers each over 2026, then times the monthly KPI table by engineer, the
// same aggregate statement in the sqlite3 command-line shell on the same file, and the
// dashboard's first paint.
//
//   QT_QPA_PLATFORM=offscreen qadesk_bench_kpi [file=kpi-bench.qadesk] [evaluations=1000000] [engineers=2000]

#include "dashboard/DashboardPage.h"
#include "kpi/KpiReportBuilder.h"
#include "scoring/ScorecardParser.h"
#include "storage/Database.h"
#include "storage/KpiStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace qadesk;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void check(bool ok, const QString &what)
{
    if (!ok) {
        out << "failed: " << what << Qt::endl;
        std::exit(1);
    }
}

template<typename T>
T must(Result<T> result, const QString &what)
{
    if (!result) {
        out << "failed: " << what << ": " << result.error().message << Qt::endl;
        std::exit(1);
    }
    return std::move(*result);
}

struct Waited
{
    double longestStall = 0;   // ms between two ticks of a 1 ms timer
};

// Runs the event loop until the page has shown what it computes on its worker.
Waited waitUntilComputed(const ui::DashboardPage &page)
{
    Waited waited;
    QElapsedTimer gap;
    gap.start();
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        waited.longestStall = std::max(waited.longestStall, gap.nsecsElapsed() / 1e6);
        gap.restart();
    });
    tick.start();
    while (page.isComputing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return waited;
}

void mustOk(const Status &status, const QString &what)
{
    if (!status) {
        out << "failed: " << what << ": " << status.error().message << Qt::endl;
        std::exit(1);
    }
}

void run(Database &db, const QString &sql)
{
    const auto done = db.run(sql);
    if (!done) {
        out << "failed: " << sql.left(80) << ": " << done.error().message << Qt::endl;
        std::exit(1);
    }
}

// People, teams and one 10-question card through the stores; tickets, evaluations and answers by
// set-based INSERT … SELECT (a row-by-row generator would take longer than the benchmark).
void generate(Database &db, int evaluations, int engineers)
{
    QElapsedTimer timer;
    timer.start();
    PeopleStore people(db);
    const int teams = 40;
    const int trainers = 100;
    for (int t = 0; t < teams; ++t)
        must(people.ensureTeam(u"team-%1"_s.arg(t), u"Команда %1"_s.arg(t)), u"team"_s);
    check(db.transaction([&]() -> Status {
                 for (int e = 0; e < engineers; ++e) {
                     const qint64 id = must(people.ensurePerson(u"engineer%1@bench.example"_s.arg(e), u"Инженер %1"_s.arg(e)), u"engineer"_s);
                     mustOk(people.addRole(id, Role::Engineer), u"role"_s);
                     mustOk(people.addToTeam(u"team-%1"_s.arg(e % teams), id), u"member"_s);
                 }
                 for (int t = 0; t < trainers; ++t) {
                     const qint64 id = must(people.ensurePerson(u"trainer%1@bench.example"_s.arg(t), u"Тренер %1"_s.arg(t)), u"trainer"_s);
                     mustOk(people.addRole(id, Role::Trainer), u"role"_s);
                 }
                 return {};
             }).has_value(),
          u"people"_s);
    QString card = uR"({"format": "qadesk.scorecard/1", "id": "bench", "title": "Бенчмарк", "sections": [{"id": "main", "title": "Основное", "criteria": [)"_s;
    for (int q = 0; q < 10; ++q)
        card += (q ? u", "_s : QString()) + uR"({"id": "q%1", "text": "Вопрос %1"%2})"_s.arg(q).arg(q == 0 ? u", \"critical\": true"_s : QString());
    card += u"]}]}"_s;
    must(ScorecardStore(db).save(must(ScorecardParser::parse(card.toUtf8()), u"card"_s)), u"save card"_s);
    const qint64 version = must(ScorecardStore(db).current(u"bench"_s), u"version"_s).versionId;
    out << "people and card: " << timer.restart() << " ms" << Qt::endl;

    run(db, u"INSERT INTO sources (name, kind, created_at) VALUES ('bench', 'zendesk', '2026-01-01T00:00:00.000Z')"_s);
    const QString n = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "_s.arg(evaluations);
    // Submissions spread evenly over 2026 (525,600 minutes); the ticket was solved a day earlier.
    const QString minute = u"(i * 525599 / %1)"_s.arg(evaluations);
    const QString submitted = u"strftime('%Y-%m-%dT%H:%M:00.000Z', '2026-01-01', '+' || "_s + minute + u" || ' minutes')"_s;
    const QString solved = u"strftime('%Y-%m-%dT%H:%M:00.000Z', '2026-01-01', '+' || ("_s + minute + u" - 1440) || ' minutes')"_s;
    check(db.transaction([&]() -> Status {
                 run(db, n + u"INSERT INTO tickets (id, source_id, external_id, subject, solved_at, synced_at) "
                             u"SELECT i, 1, 'T' || i, 'Тикет ' || i, "_s + solved + u", '2026-01-01T00:00:00.000Z' FROM n"_s);
                 out << "tickets: " << timer.restart() << " ms" << Qt::endl;
                 // Engineers are ids 1..engineers, trainers follow; score 40..100, 3 % critical fails at 0.
                 run(db, n + u"INSERT INTO evaluations (id, ticket_id, engineer_id, trainer_id, scorecard_version_id, status, kind, "
                             u"created_at, updated_at, submitted_at, score, uncapped_score, critical_failed, complete) "
                             u"SELECT i, i, 1 + (i * 7919) % %1, %1 + 1 + (i * 104729) % 100, %2, 'submitted', "
                             u"CASE WHEN i % 50 = 0 THEN 'calibration' ELSE 'normal' END, s, s, s, "
                             u"CASE WHEN i % 33 = 0 THEN 0 ELSE 40 + (i * 31) % 61 END, 40 + (i * 31) % 61, "
                             u"CASE WHEN i % 33 = 0 THEN 1 ELSE 0 END, 1 FROM (SELECT i, "_s.arg(engineers).arg(version)
                             + submitted + u" AS s FROM n)"_s);
                 out << "evaluations: " << timer.restart() << " ms" << Qt::endl;
                 run(db, u"WITH RECURSIVE q(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM q WHERE k < 9) "
                         u"INSERT INTO answers (evaluation_id, criterion_id, value, comment) "
                         u"SELECT e.id, 'q' || q.k, CASE (e.id * 13 + q.k * 7) % 10 WHEN 0 THEN 'no' WHEN 1 THEN 'partly' "
                         u"WHEN 2 THEN 'na' ELSE 'yes' END, '' FROM evaluations e, q"_s);
                 out << "answers: " << timer.restart() << " ms" << Qt::endl;
                 run(db, u"INSERT INTO disputes (evaluation_id, opened_by, opened_at, status, outcome, updated_at) "
                         u"SELECT id, engineer_id, submitted_at, CASE WHEN id % 3 = 0 THEN 'open' ELSE 'resolved' END, "
                         u"CASE WHEN id % 3 = 0 THEN NULL ELSE 'overturned' END, submitted_at FROM evaluations WHERE id % 200 = 0"_s);
                 return {};
             }).has_value(),
          u"generate"_s);
    run(db, u"ANALYZE"_s);
    out << "disputes and ANALYZE: " << timer.restart() << " ms" << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString file = QFileInfo(args.value(1, u"kpi-bench.qadesk"_s)).absoluteFilePath();
    const int evaluations = args.value(2, u"1000000"_s).toInt();
    const int engineers = args.value(3, u"2000"_s).toInt();
    const bool exists = QFileInfo::exists(file);
    auto db = must(Database::open(u"sqlite:"_s + file), u"open"_s);
    if (!exists)
        generate(*db, evaluations, engineers);

    // October 2026 in UTC, as the command line would ask for it.
    KpiReportOptions options;
    options.period = KpiPeriod{QDate(2026, 10, 1), QDate(2026, 10, 31), QTimeZone::utc()};
    options.groupings = {KpiGrouping::Engineer};
    const KpiFilter filter{options.period, KpiTimeBasis::Submitted, std::nullopt, 0};
    KpiReportBuilder builder(*db);
    QList<double> table;
    QList<double> aggregate;
    int rows = 0;
    int counted = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const KpiReport report = must(builder.buildLive(options), u"report"_s);
        table << timer.nsecsElapsed() / 1e6;
        rows = int(report.tables.first().rows.size());
        counted = report.tables.first().total.evaluations;
        timer.restart();
        const auto sums = must(KpiStore(*db).sums(filter, KpiGrouping::Engineer), u"sums"_s);
        aggregate << timer.nsecsElapsed() / 1e6;
    }

    // The same aggregate statement in the sqlite3 shell, its own timer (.timer on), same file.
    const auto [from, to] = KpiStore::bounds(options.period);
    const QString sql = u"SELECT e.engineer_id, COUNT(*), SUM(e.score), MIN(e.score), MAX(e.score), SUM(e.critical_failed) "
                        u"FROM evaluations e WHERE e.submitted_at >= '%1' AND e.submitted_at < '%2' AND e.status = 'submitted' "
                        u"AND e.kind = 'normal' AND e.score IS NOT NULL GROUP BY e.engineer_id;"_s.arg(from, to);
    QList<double> shell;
    for (int i = 0; i < 7; ++i) {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {file});
        sqlite.write((u".output /dev/null\n.timer on\n"_s + sql + u"\n"_s).toUtf8());
        sqlite.closeWriteChannel();
        check(sqlite.waitForFinished(120000), u"sqlite3 (Debian package sqlite3)"_s);
        const QString text = QString::fromUtf8(sqlite.readAllStandardOutput() + sqlite.readAllStandardError());
        const QRegularExpressionMatch m = QRegularExpression(u"Run Time: real ([0-9.]+)"_s).match(text);
        check(m.hasMatch(), u"sqlite3 timer output: "_s + text);
        shell << m.captured(1).toDouble() * 1000;
    }

    // The dashboard's first paint. The page asks a worker thread for this month's report (its
    // default period) and paints at once with "Computing…": the GUI thread is blocked only for
    // that. Then the event loop runs until the table is filled, while a 1 ms timer measures the
    // longest stretch the GUI thread did not answer.
    QElapsedTimer paint;
    paint.start();
    ui::DashboardPage page;
    page.resize(1400, 900);
    const double created = paint.nsecsElapsed() / 1e6;
    Person admin;
    admin.roles = {Role::Admin};
    page.setContext(db.get(), admin);
    page.reload();
    const double requested = paint.nsecsElapsed() / 1e6 - created;
    page.show();
    page.grab(); // forces layout and a full paint, offscreen
    const double blocked = paint.nsecsElapsed() / 1e6;
    const Waited filled = waitUntilComputed(page);
    const double arrived = paint.nsecsElapsed() / 1e6;
    page.grab();
    const double firstPaint = paint.nsecsElapsed() / 1e6;
    check(page.report().tables.size() == 4, u"the dashboard shows the report"_s);
    QStringList tabTimes;
    auto *tabs = page.findChild<QTabWidget *>(u"dashboardTabs"_s);
    for (int tab = 1; tab < tabs->count(); ++tab) {
        paint.restart();
        tabs->setCurrentIndex(tab);
        page.grab();
        const double tabBlocked = paint.nsecsElapsed() / 1e6;
        const Waited tabFilled = waitUntilComputed(page);
        page.grab();
        tabTimes << u"%1 %2 ms (GUI blocked %3 ms, longest stall %4 ms)"_s.arg(tabs->tabText(tab))
                        .arg(paint.nsecsElapsed() / 1e6, 0, 'f', 0)
                        .arg(tabBlocked, 0, 'f', 0)
                        .arg(tabFilled.longestStall, 0, 'f', 0);
    }

    out << "workspace: " << file << " (" << QFileInfo(file).size() / (1024 * 1024) << " MiB)" << Qt::endl;
    out << "monthly KPI table by engineer (October 2026, " << rows << " rows, " << counted << " evaluations):" << Qt::endl;
    out << "  full table (sums, previous period, disputes, totals): median " << median(table) << " ms" << Qt::endl;
    out << "  its aggregate statement through QA Desk:              median " << median(aggregate) << " ms" << Qt::endl;
    out << "  the same statement in the sqlite3 shell:              median " << median(shell) << " ms" << Qt::endl;
    out << "  ratio aggregate / sqlite3: " << median(aggregate) / median(shell)
        << ";  full table / sqlite3: " << median(table) / median(shell) << Qt::endl;
    out << "dashboard first paint (this month, KPI tab):" << Qt::endl;
    out << "  GUI thread blocked until the page is painted (\"Computing…\"): " << blocked << " ms (creating the widgets "
        << created << " ms, asking the worker " << requested << " ms, the rest showing and painting)" << Qt::endl;
    out << "  until the KPI table is filled and painted:                    " << firstPaint << " ms (painting the filled table "
        << firstPaint - arrived << " ms)" << Qt::endl;
    out << "  longest GUI stall meanwhile (1 ms timer):                     " << filled.longestStall << " ms" << Qt::endl;
    out << "  first showing of the other tabs: " << tabTimes.join(u", "_s) << Qt::endl;
    return 0;
}
