#include "kpi/KpiReportBuilder.h"
#include "kpi/KpiReportJob.h"
#include "kpi/KpiReportJson.h"
#include "assignments/AssignmentService.h"
#include "support/KpiFixture.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const KpiPeriod october{QDate(2026, 10, 1), QDate(2026, 10, 31), QTimeZone::utc()};
const KpiPeriod september{QDate(2026, 9, 1), QDate(2026, 9, 30), QTimeZone::utc()};
const KpiFilter octoberFilter{october, KpiTimeBasis::Submitted, std::nullopt, 0};

KpiReportOptions optionsFor(const KpiPeriod &period)
{
    KpiReportOptions options;
    options.period = period;
    return options;
}

// The report without the moment it was generated, to compare two computations.
QJsonObject comparable(const KpiReport &report)
{
    QJsonObject json = KpiReportJson::toJson(report);
    json.remove(u"generated_at"_s);
    return json;
}

template<typename T>
T waitFor(QSignalSpy &spy)
{
    REQUIRE((spy.count() > 0 || spy.wait(20000)));
    REQUIRE(spy.count() == 1);
    return spy.takeFirst().at(0).template value<T>();
}

const TrainerActivity &trainer(const QList<TrainerActivity> &list, qint64 id)
{
    for (const TrainerActivity &a : list) {
        if (a.trainerId == id)
            return a;
    }
    FAIL("no trainer " << id);
    return list.first();
}

} // namespace

TEST_CASE("the KPI job computes on a worker what the builder computes on the calling thread", "[kpi][job]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    KpiFixture f(t.db());
    f.assignTasks();
    const KpiReportJob::Mode mode = GENERATE(KpiReportJob::Mode::Auto, KpiReportJob::Mode::Synchronous);
    KpiReportJob job(t.db(), mode);
    CHECK(job.usesWorker() == (mode == KpiReportJob::Mode::Auto));

    QSignalSpy busy(&job, &KpiReportJob::busyChanged);
    QSignalSpy reports(&job, &KpiReportJob::reportReady);
    job.requestReport(optionsFor(october));
    CHECK(reports.count() == 0); // never inside the request: always from the event loop
    CHECK(job.isBusy(KpiReportJob::Task::Report));
    const auto dashboard = waitFor<KpiDashboardReport>(reports);
    CHECK_FALSE(job.isBusy());
    REQUIRE(busy.count() == 2);
    CHECK(busy.at(0).at(0).toBool());
    CHECK_FALSE(busy.at(1).at(0).toBool());
    CHECK(comparable(dashboard.report) == comparable(KpiReportBuilder(t.db()).build(optionsFor(october)).value()));
    REQUIRE(dashboard.versions.size() == 1);
    CHECK(dashboard.versions.at(0).versionId == f.versionId);
    CHECK(dashboard.versions.at(0).evaluations == 7);

    QSignalSpy questions(&job, &KpiReportJob::questionsReady);
    job.requestQuestions(octoberFilter, f.versionId);
    const auto q = waitFor<QuestionReport>(questions);
    REQUIRE(q.questions.size() == 3);
    CHECK(q.questions.at(1).partly == 2); // workaround: 2 yes, 2 partly, 1 no, 2 N/A
    CHECK(q.questions.at(1).na == 2);

    QSignalSpy charts(&job, &KpiReportJob::chartsReady);
    job.requestCharts({october, KpiTimeBasis::Submitted, KpiGrouping::Engineer, f.anna});
    const auto c = waitFor<KpiChartData>(charts);
    CHECK_FALSE(c.monthly);
    CHECK(c.trendPeriod.to == october.to);
    CHECK(c.trendPeriod.from == october.to.addDays(-77));
    REQUIRE(c.bands.size() == 10);
    CHECK(c.bands.at(7) == 1); // Анна's 70, 80, 90, 100
    CHECK(c.bands.at(8) == 1);
    CHECK(c.bands.at(9) == 2);

    QSignalSpy trainers(&job, &KpiReportJob::trainersReady);
    job.requestTrainers(octoberFilter, QDate(2026, 11, 1));
    const auto list = waitFor<QList<TrainerActivity>>(trainers);
    CHECK(trainer(list, f.olga).assigned == 4);
    CHECK(trainer(list, f.viktor).assignedDone == 1);

    QSignalSpy evaluations(&job, &KpiReportJob::evaluationsReady);
    job.requestEvaluations({october, KpiTimeBasis::Submitted, KpiGrouping::Engineer, f.boris});
    CHECK(waitFor<QList<KpiEvaluationRow>>(evaluations).size() == 2);

    // An error is a message, not a crash: a period that ends before it starts.
    QSignalSpy failures(&job, &KpiReportJob::failed);
    job.requestReport(optionsFor(KpiPeriod{october.to, october.from, october.zone}));
    REQUIRE(failures.wait(20000));
    CHECK(failures.at(0).at(0).value<KpiReportJob::Task>() == KpiReportJob::Task::Report);
    CHECK(failures.at(0).at(1).toString().contains(u"period"_s));
    CHECK_FALSE(job.isBusy());
}

TEST_CASE("a newer KPI request supersedes an older one whose result is dropped", "[kpi][job]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    KpiReportJob job(t.db());
    REQUIRE(job.usesWorker());
    QSignalSpy reports(&job, &KpiReportJob::reportReady);
    QSignalSpy trainers(&job, &KpiReportJob::trainersReady);
    QSignalSpy questions(&job, &KpiReportJob::questionsReady);

    // September is asked for first, then October; only October is ever delivered, whether
    // September was skipped in the queue or computed and dropped on arrival.
    job.requestReport(optionsFor(september));
    job.requestTrainers(KpiFilter{september, KpiTimeBasis::Submitted, std::nullopt, 0}, QDate(2026, 11, 1));
    job.requestQuestions(KpiFilter{september, KpiTimeBasis::Submitted, std::nullopt, 0}, f.versionId);
    job.requestQuestions(octoberFilter, f.versionId);
    job.requestReport(optionsFor(october));
    REQUIRE(reports.wait(20000));
    QTest::qWait(100); // anything late would arrive now
    REQUIRE(reports.count() == 1);
    CHECK(reports.at(0).at(0).value<KpiDashboardReport>().report.period.from == october.from);
    // The tabs' requests belonged to the superseded period: dropped with it.
    CHECK(trainers.count() == 0);
    CHECK(questions.count() == 0);
    CHECK_FALSE(job.isBusy());

    // Two question requests in a row: only the second's answer comes.
    job.requestQuestions(KpiFilter{september, KpiTimeBasis::Submitted, std::nullopt, 0}, f.versionId);
    job.requestQuestions(octoberFilter, f.versionId);
    REQUIRE(questions.wait(20000));
    QTest::qWait(100);
    REQUIRE(questions.count() == 1);
    CHECK(questions.at(0).at(0).value<QuestionReport>().evaluations == 7);

    // A write (an export, a month close) carries its own period: a new report does not drop it.
    QSignalSpy failures(&job, &KpiReportJob::failed);
    QSignalSpy written(&job, &KpiReportJob::written);
    job.requestWrite([](Database &) -> Result<QString> { return std::unexpected(Error::io(u"the disk is full"_s)); });
    job.requestWrite([](Database &db) -> Result<QString> {
        if (const Result<QSqlQuery> q = db.run(u"SELECT 1"_s); !q)
            return std::unexpected(q.error());
        return u"/b"_s;
    });
    job.requestReport(optionsFor(october));
    REQUIRE(written.wait(20000));
    CHECK(written.at(0).at(0).toString() == u"/b"_s); // the first was superseded by the second
    QTest::qWait(100);
    REQUIRE(reports.count() == 2);
    CHECK(reports.at(1).at(0).value<KpiDashboardReport>().report.period.from == october.from);
    CHECK(failures.count() == 0);

    // A result that arrives late: the first computation is running when the second is asked for.
    std::atomic<bool> started{false};
    std::atomic<bool> release{false};
    written.clear();
    job.requestWrite([&started, &release](Database &) -> Result<QString> {
        started = true;
        while (!release)
            QThread::msleep(1);
        return u"first"_s;
    });
    REQUIRE(QTest::qWaitFor([&started] { return started.load(); }, 20000));
    job.requestWrite([](Database &) -> Result<QString> { return u"second"_s; });
    release = true;
    REQUIRE(written.wait(20000));
    QTest::qWait(100);
    REQUIRE(written.count() == 1);
    CHECK(written.at(0).at(0).toString() == u"second"_s);

    // Cancelled: nothing is delivered and the job is idle at once.
    job.requestReport(optionsFor(october));
    job.cancel();
    CHECK_FALSE(job.isBusy());
    QTest::qWait(200);
    CHECK(reports.count() == 2);

    job.requestWrite([](Database &) -> Result<QString> { return std::unexpected(Error::io(u"the disk is full"_s)); });
    REQUIRE(failures.wait(20000));
    CHECK(failures.at(0).at(0).value<KpiReportJob::Task>() == KpiReportJob::Task::Write);
    CHECK(failures.at(0).at(1).toString() == u"the disk is full"_s);
}

TEST_CASE("a KPI job destroyed while it computes leaves nothing behind", "[kpi][job]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    int delivered = 0;
    {
        KpiReportJob job(t.db());
        QObject::connect(&job, &KpiReportJob::reportReady, &job, [&delivered] { ++delivered; });
        for (int i = 0; i < 5; ++i)
            job.requestReport(optionsFor(october));
    } // waits for the running computation only; the queued ones are skipped
    QTest::qWait(100);
    CHECK(delivered == 0);
    // The workspace is still usable from this thread.
    CHECK(KpiReportBuilder(t.db()).build(optionsFor(october)).has_value());
}

TEST_CASE("a KPI job reads on the calling thread when the database file is gone from disk", "[kpi][job]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    // The open connection still reads the removed file; a second one would create an empty one.
    REQUIRE(QFile::remove(t.db().url().path));
    KpiReportJob job(t.db());
    CHECK_FALSE(job.usesWorker());
    QSignalSpy reports(&job, &KpiReportJob::reportReady);
    job.requestReport(optionsFor(october));
    const auto dashboard = waitFor<KpiDashboardReport>(reports);
    REQUIRE(dashboard.report.table(KpiGrouping::Engineer));
    CHECK(dashboard.report.table(KpiGrouping::Engineer)->total.evaluations == 7);
    CHECK_FALSE(QFile::exists(t.db().url().path));
}

TEST_CASE("the trainer view counts evaluations done and tasks assigned, done and overdue in the period",
          "[kpi][trainer]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    KpiFixture f(t.db());
    f.assignTasks();
    KpiReportBuilder builder(t.db());

    const QList<TrainerActivity> after = builder.trainerActivity(octoberFilter, QDate(2026, 11, 1)).value();
    REQUIRE(after.size() == 2); // the two trainers, by name
    CHECK(after.at(0).name == u"Виктор Ли"_s);
    CHECK(after.at(1).name == u"Ольга Белова"_s);
    const TrainerActivity &olga = trainer(after, f.olga);
    CHECK(olga.email == u"olga@example.ru"_s);
    CHECK(olga.scores.evaluations == 5);
    CHECK(olga.assigned == 4);      // the replaced task and the one due in November do not count
    CHECK(olga.assignedDone == 3);  // Вера's 95 was evaluated a day after its due day: done all the same
    CHECK(olga.overdue == 1);
    CHECK(*olga.scores.average == Approx(87).margin(1e-9));
    CHECK(*olga.scores.othersAverage == Approx(45).margin(1e-9));
    const TrainerActivity &viktor = trainer(after, f.viktor);
    CHECK(viktor.scores.evaluations == 2);
    CHECK(viktor.assigned == 2);
    CHECK(viktor.assignedDone == 1); // Анна's 100 was evaluated by Ольга, not by him
    CHECK(viktor.overdue == 1);
    CHECK(viktor.scores.othersEvaluations == 5);

    // Overdue is as of the day asked: on the 25th only Ольга's task due the 23rd is late.
    const QList<TrainerActivity> on25th = builder.trainerActivity(octoberFilter, QDate(2026, 10, 25)).value();
    CHECK(trainer(on25th, f.olga).overdue == 1);
    CHECK(trainer(on25th, f.viktor).overdue == 0);
    CHECK(trainer(builder.trainerActivity(octoberFilter, QDate(2026, 10, 20)).value(), f.olga).overdue == 0);

    // November: only Ольга's task due on the 6th, not done; no evaluations.
    const KpiPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30), QTimeZone::utc()};
    const QList<TrainerActivity> nov =
        builder.trainerActivity({november, KpiTimeBasis::Submitted, std::nullopt, 0}, QDate(2026, 11, 10)).value();
    CHECK(trainer(nov, f.olga).assigned == 1);
    CHECK(trainer(nov, f.olga).assignedDone == 0);
    CHECK(trainer(nov, f.olga).overdue == 1);
    CHECK(trainer(nov, f.olga).scores.evaluations == 0);
    CHECK_FALSE(trainer(nov, f.olga).scores.average.has_value());
    CHECK(trainer(nov, f.viktor).assigned == 0);

    // The assignments page's per-week progress is the same aggregation.
    const QList<AssignmentProgress> week = AssignmentService(t.db()).progress(u"2026-W43"_s, QDate(2026, 11, 1)).value();
    REQUIRE(week.size() == 2); // due the 23rd: Ольга's fresh ticket, Виктор's Борис
    for (const AssignmentProgress &p : week)
        CHECK(p.assigned == 1);
}
