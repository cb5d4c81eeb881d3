#include "domain/Person.h"
#include "kpi/KpiAdministration.h"
#include "kpi/KpiCalculator.h"
#include "kpi/KpiPeriodPreset.h"
#include "kpi/KpiReportBuilder.h"
#include "kpi/KpiReportJson.h"
#include "storage/AuditLog.h"
#include "storage/BonusTableStore.h"
#include "storage/PeopleStore.h"
#include "support/KpiFixture.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const KpiPeriod october{QDate(2026, 10, 1), QDate(2026, 10, 31), QTimeZone::utc()};

KpiReport report(Database &db, KpiTimeBasis basis = KpiTimeBasis::Submitted, KpiPeriod period = october)
{
    KpiReportOptions options;
    options.period = period;
    options.basis = basis;
    return KpiReportBuilder(db).build(options).value();
}

const KpiRow &row(const KpiReport &r, KpiGrouping grouping, const QString &key)
{
    const KpiTable *table = r.table(grouping);
    REQUIRE(table != nullptr);
    for (const KpiRow &row : table->rows) {
        if (row.key == key)
            return row;
    }
    FAIL("no row " << key.toStdString());
    return table->total;
}

Person personOf(Database &db, const QString &email)
{
    return PeopleStore(db).findByEmail(email).value().value();
}

} // namespace

TEST_CASE("KPI tables by engineer, team, scorecard and trainer match the hand-computed fixture", "[kpi][report]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    KpiFixture f(t.db());
    const KpiReport r = report(t.db());
    CHECK(r.minimumEvaluations == 4); // a calendar month needs the monthly threshold
    CHECK(KpiCalculator::minimumEvaluations(4, KpiPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28), QTimeZone::utc()}) == 4);
    CHECK(KpiCalculator::minimumEvaluations(4, KpiPeriod{QDate(2026, 10, 1), QDate(2026, 12, 31), QTimeZone::utc()}) == 12);
    CHECK(KpiCalculator::minimumEvaluations(0, october) == 0);
    CHECK(r.previousPeriod.from == QDate(2026, 8, 31)); // 31 days before October 1
    CHECK(r.previousPeriod.to == QDate(2026, 9, 30));
    CHECK_FALSE(r.snapshot.has_value());

    const KpiRow &anna = row(r, KpiGrouping::Engineer, u"anna@example.ru"_s);
    CHECK(anna.evaluations == 4); // calibration, unscored and draft left out
    CHECK(*anna.kpi == Approx(85).margin(1e-9));
    CHECK(*anna.lowest == 70);
    CHECK(*anna.highest == 100);
    CHECK(*anna.bonusMultiplier == Approx(0.9).margin(1e-12));
    CHECK_FALSE(anna.tooFewEvaluations);
    CHECK(anna.openDisputes == 1);
    CHECK(anna.overturnedDisputes == 0);

    const KpiRow &boris = row(r, KpiGrouping::Engineer, u"boris@example.ru"_s);
    CHECK(boris.evaluations == 2);
    CHECK(*boris.kpi == Approx(45).margin(1e-9)); // the arbitrated 90 counts
    CHECK(boris.criticalFails == 1);
    CHECK(*boris.bonusMultiplier == 0.0);
    CHECK(boris.tooFewEvaluations);
    CHECK(boris.overturnedDisputes == 1);
    CHECK(boris.openDisputes == 0);

    const KpiRow &vera = row(r, KpiGrouping::Engineer, u"vera@example.ru"_s);
    CHECK(*vera.bonusMultiplier == Approx(1.1).margin(1e-12));
    CHECK(vera.openDisputes == 0); // a declined dispute is neither open nor overturned
    CHECK(vera.overturnedDisputes == 0);

    const KpiRow &gleb = row(r, KpiGrouping::Engineer, u"gleb@example.ru"_s);
    CHECK(gleb.evaluations == 0);
    CHECK_FALSE(gleb.kpi.has_value()); // no KPI and no multiplier, never 0
    CHECK_FALSE(gleb.bonusMultiplier.has_value());
    CHECK(gleb.tooFewEvaluations);

    // Change against August 31 - September 30, the 31 days before October.
    CHECK(*anna.previousKpi == Approx(80).margin(1e-9));
    CHECK(*anna.change == Approx(5).margin(1e-9));
    CHECK_FALSE(boris.previousKpi.has_value());
    CHECK_FALSE(boris.change.has_value());

    // Teams pool evaluations: not the mean of the engineers' KPIs ((85 + 45) / 2 = 65).
    const KpiRow &first = row(r, KpiGrouping::Team, u"first-line"_s);
    CHECK(first.evaluations == 6);
    CHECK(*first.kpi == Approx(430.0 / 6).margin(1e-9));
    CHECK_FALSE(first.bonusMultiplier.has_value()); // a bonus is personal
    const KpiRow &second = row(r, KpiGrouping::Team, u"second-line"_s);
    CHECK(*second.kpi == Approx(185.0 / 3).margin(1e-9));
    CHECK(second.criticalFails == 1);

    const KpiRow &card = row(r, KpiGrouping::Scorecard, u"first-line"_s);
    CHECK(card.evaluations == 7);
    CHECK(*card.kpi == Approx(75).margin(1e-9));
    CHECK(*row(r, KpiGrouping::Trainer, u"olga@example.ru"_s).kpi == Approx(87).margin(1e-9));
    CHECK(*row(r, KpiGrouping::Trainer, u"viktor@example.ru"_s).kpi == Approx(45).margin(1e-9));

    const KpiTable *engineers = r.table(KpiGrouping::Engineer);
    CHECK(engineers->rows.size() == 4); // trainers and the admin are not engineers
    CHECK(engineers->total.evaluations == 7);
    CHECK(*engineers->total.kpi == Approx(75).margin(1e-9));
    CHECK(engineers->total.openDisputes == 1);
    CHECK(engineers->total.overturnedDisputes == 1);
}

TEST_CASE("the solved-time filter moves an evaluation to the month its ticket was solved", "[kpi][report]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    const KpiReport r = report(t.db(), KpiTimeBasis::Solved);
    // Анна's 100 is of a ticket solved on September 29; her 80, 90 and 70 were solved in October.
    const KpiRow &anna = row(r, KpiGrouping::Engineer, u"anna@example.ru"_s);
    CHECK(anna.evaluations == 3);
    CHECK(*anna.kpi == Approx(80).margin(1e-9));
    // Вера's 95 was submitted on October 31 and solved on October 30: still in.
    CHECK(row(r, KpiGrouping::Engineer, u"vera@example.ru"_s).evaluations == 1);
}

TEST_CASE("an empty period has rows without KPI and no total", "[kpi][report]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    const KpiReport r = report(t.db(), KpiTimeBasis::Submitted, KpiPeriod{QDate(2025, 1, 1), QDate(2025, 1, 7), QTimeZone::utc()});
    CHECK(r.minimumEvaluations == 1); // 4 a month over 7 days: 0.92, at least 1
    const KpiTable *engineers = r.table(KpiGrouping::Engineer);
    REQUIRE(engineers->rows.size() == 4);
    for (const KpiRow &row : engineers->rows) {
        CHECK(row.evaluations == 0);
        CHECK_FALSE(row.kpi.has_value());
        CHECK_FALSE(row.bonusMultiplier.has_value());
    }
    CHECK_FALSE(engineers->total.kpi.has_value());
    CHECK(r.table(KpiGrouping::Trainer)->rows.size() == 2); // trainers are listed, empty
    CHECK(KpiReportBuilder(t.db()).buildLive({KpiPeriod{QDate(2026, 2, 1), QDate(2026, 1, 1), QTimeZone::utc()}}).error().isInvalidInput());
}

TEST_CASE("the per-question view gives shares of No, Partly and N/A and the worst questions", "[kpi][questions]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    KpiFixture f(t.db());
    const KpiFilter filter{october, KpiTimeBasis::Submitted, std::nullopt, 0};
    const QuestionReport q = KpiReportBuilder(t.db()).questions(filter, f.versionId).value();
    REQUIRE(q.questions.size() == 3);
    CHECK(q.evaluations == 7);
    const QuestionStat &understood = q.questions.at(0);
    CHECK(understood.critical);
    CHECK(understood.yes == 6);
    CHECK(understood.no == 1);
    CHECK(*understood.noShare == Approx(1.0 / 7).margin(1e-12));
    const QuestionStat &workaround = q.questions.at(1);
    CHECK(*workaround.noShare == Approx(0.2).margin(1e-12));      // 1 of the 5 not N/A
    CHECK(*workaround.partlyShare == Approx(0.4).margin(1e-12));  // 2 of 5
    CHECK(*workaround.naShare == Approx(2.0 / 7).margin(1e-12));  // 2 of all 7
    CHECK(workaround.sectionTitle == u"Основное"_s);
    const QList<QuestionStat> top = q.topFailing(2);
    REQUIRE(top.size() == 2);
    CHECK(top.at(0).criterionId == u"polite"_s);      // 2/7 No
    CHECK(top.at(1).criterionId == u"workaround"_s);  // 1/5 No

    // One engineer's view: Анна's 4 evaluations only.
    const QuestionReport annas = KpiReportBuilder(t.db())
                                     .questions({october, KpiTimeBasis::Submitted, KpiGrouping::Engineer, f.anna}, f.versionId)
                                     .value();
    CHECK(annas.questions.at(0).yes == 4);
    CHECK(annas.questions.at(0).no == 0);
    const QList<QuestionReport> all = KpiReportBuilder(t.db()).questionReports(filter).value();
    REQUIRE(all.size() == 1);
    CHECK(all.first().evaluations == 7);
}

TEST_CASE("trend, distribution and click-through list the same evaluations as the table", "[kpi][report]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    KpiReportBuilder builder(t.db());
    const KpiFilter anna{KpiPeriod{QDate(2026, 9, 1), QDate(2026, 10, 31), QTimeZone::utc()}, KpiTimeBasis::Submitted,
                         KpiGrouping::Engineer, f.anna};
    const QList<KpiTrendPoint> months = builder.trend(anna, true).value();
    REQUIRE(months.size() == 2);
    CHECK(*months.at(0).kpi == Approx(80).margin(1e-9));
    CHECK(*months.at(1).kpi == Approx(85).margin(1e-9));
    const QList<KpiTrendPoint> weeks = builder.trend({october, KpiTimeBasis::Submitted, std::nullopt, 0}, false).value();
    CHECK(weeks.first().period.from == QDate(2026, 9, 28)); // whole weeks, Monday first
    CHECK(weeks.last().period.to == QDate(2026, 11, 1));
    int counted = 0;
    for (const KpiTrendPoint &p : weeks)
        counted += p.evaluations;
    CHECK(counted == 7);

    const QList<int> bands = builder.distribution({october, KpiTimeBasis::Submitted, std::nullopt, 0}).value();
    CHECK(bands == QList<int>{1, 0, 0, 0, 0, 0, 0, 1, 1, 4}); // 0 | 70 | 80 | 90, 90, 95, 100

    const QList<KpiEvaluationRow> behind = KpiStore(t.db())
                                               .evaluations({october, KpiTimeBasis::Submitted, KpiGrouping::Team,
                                                             PeopleStore(t.db()).ensureTeam(u"second-line"_s).value()},
                                                            true)
                                               .value();
    REQUIRE(behind.size() == 3);
    CHECK(behind.at(0).engineer == u"Борис Орлов"_s);
    CHECK(behind.at(0).criticalFailed);
    CHECK(behind.at(0).answers.value(u"understood"_s).value == AnswerValue::No);
    CHECK(behind.at(0).answers.value(u"understood"_s).comment == u"Комментарий «0»"_s);
    const QList<KpiDisputeRow> disputes = KpiStore(t.db()).disputes({october, KpiTimeBasis::Submitted, std::nullopt, 0}).value();
    CHECK(disputes.size() == 3);
}

TEST_CASE("the bonus multiplier interpolates, holds its ends and follows the admin's table versions", "[kpi][bonus]")
{
    // The default table's ends and a point between two others.
    CHECK(*KpiCalculator::multiplier(0.0) == 0.0);
    CHECK(*KpiCalculator::multiplier(100.0) == Approx(1.2));
    CHECK(*KpiCalculator::multiplier(95.0) == Approx(1.1).margin(1e-12));
    CHECK(*KpiCalculator::multiplier(87.5) == Approx(0.95).margin(1e-12));

    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    const Person admin = personOf(t.db(), u"admin@example.ru"_s);
    const Person trainer = personOf(t.db(), u"olga@example.ru"_s);
    CHECK(BonusTableStore(t.db()).current().value().versionId == 0); // the built-in default until edited
    const auto points = BonusTable::parsePoints(u"60:0.5, 90:1.2"_s).value();
    CHECK(KpiAdministration(t.db()).saveBonusTable(trainer, points, u"x"_s).error().code == Error::Code::Permission);
    const BonusTable saved = KpiAdministration(t.db()).saveBonusTable(admin, points, u"Q4 policy"_s).value();
    CHECK(saved.versionId > 0);
    CHECK(KpiAdministration(t.db()).saveBonusTable(admin, points, u"again"_s).value().versionId == saved.versionId);
    CHECK(BonusTableStore(t.db()).versions().value().size() == 1);
    CHECK(AuditLog(t.db()).list(u"bonus_table"_s).value().size() == 1);

    const KpiReport r = report(t.db());
    CHECK(r.bonusTable.versionId == saved.versionId);
    CHECK(*row(r, KpiGrouping::Engineer, u"anna@example.ru"_s).bonusMultiplier == Approx(0.5 + 0.7 * 25 / 30).margin(1e-12));
    CHECK(*row(r, KpiGrouping::Engineer, u"boris@example.ru"_s).bonusMultiplier == 0.5);  // below the first point
    CHECK(*row(r, KpiGrouping::Engineer, u"vera@example.ru"_s).bonusMultiplier == Approx(1.2)); // beyond the last

    CHECK(BonusTable::parsePoints(u"80:0.8, 70:0"_s).error().message.contains(u"point 2"_s));
    CHECK(BonusTable::parsePoints(u"80:1.5"_s).error().message.contains(u"[0, 1.2]"_s));
    CHECK(BonusTable::parsePoints(u"eighty"_s).error().isInvalidInput());
}

TEST_CASE("a closed month keeps its snapshot after a later arbitration until the admin reopens it", "[kpi][close]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    TestDatabase t(backend);
    KpiFixture f(t.db());
    const Person admin = personOf(t.db(), u"admin@example.ru"_s);
    const Person trainer = personOf(t.db(), u"olga@example.ru"_s);
    KpiAdministration kpi(t.db());
    CHECK(kpi.closeMonth(trainer, u"2026-10"_s, KpiTimeBasis::Submitted).error().code == Error::Code::Permission);
    CHECK(kpi.closeMonth(admin, u"2026-13"_s, KpiTimeBasis::Submitted).error().isInvalidInput());
    const qint64 snapshot = kpi.closeMonth(admin, u"2026-10"_s, KpiTimeBasis::Submitted).value();
    CHECK(kpi.closeMonth(admin, u"2026-10"_s, KpiTimeBasis::Submitted).error().code == Error::Code::Conflict);

    f.setScore(f.annaSeventy, 100); // an arbitration after the close: Анна's KPI would be 92.5
    const KpiReport closed = report(t.db());
    REQUIRE(closed.snapshot.has_value());
    CHECK(closed.snapshot->id == snapshot);
    CHECK(closed.snapshot->closedBy == u"Елена Кузнецова"_s);
    CHECK(*row(closed, KpiGrouping::Engineer, u"anna@example.ru"_s).kpi == Approx(85).margin(1e-9));
    CHECK(*row(closed, KpiGrouping::Team, u"first-line"_s).kpi == Approx(430.0 / 6).margin(1e-9));
    CHECK(row(closed, KpiGrouping::Engineer, u"gleb@example.ru"_s).kpi == std::nullopt);
    // Another period (not the whole closed month) is always live.
    const KpiReport part = report(t.db(), KpiTimeBasis::Submitted, KpiPeriod{QDate(2026, 10, 1), QDate(2026, 10, 30), QTimeZone::utc()});
    CHECK_FALSE(part.snapshot.has_value());

    CHECK(kpi.reopenMonth(admin, u"2026-10"_s, u"  "_s).error().isInvalidInput());
    CHECK(kpi.reopenMonth(trainer, u"2026-10"_s, u"why"_s).error().code == Error::Code::Permission);
    REQUIRE(kpi.reopenMonth(admin, u"2026-10"_s, u"арбитраж по тикету 5004"_s).has_value());
    CHECK(kpi.reopenMonth(admin, u"2026-10"_s, u"again"_s).error().code == Error::Code::Conflict);
    const KpiReport reopened = report(t.db());
    CHECK_FALSE(reopened.snapshot.has_value());
    CHECK(*row(reopened, KpiGrouping::Engineer, u"anna@example.ru"_s).kpi == Approx(92.5).margin(1e-9));

    const QList<AuditEntry> audit = AuditLog(t.db()).list(u"kpi_month"_s, u"2026-10"_s).value();
    REQUIRE(audit.size() == 2);
    QStringList actions;
    for (const AuditEntry &e : audit)
        actions << e.action;
    CHECK(actions.contains(u"kpi.month_reopen"_s));
    CHECK(actions.contains(u"kpi.month_close"_s));
    const qint64 second = kpi.closeMonth(admin, u"2026-10"_s, KpiTimeBasis::Submitted).value();
    CHECK(second != snapshot);
    CHECK(*row(report(t.db()), KpiGrouping::Engineer, u"anna@example.ru"_s).kpi == Approx(92.5).margin(1e-9));
}

TEST_CASE("the KPI JSON keeps nulls for missing numbers and reads back", "[kpi][json]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    const KpiReport r = report(t.db());
    const QJsonObject json = KpiReportJson::tableJson(r, KpiGrouping::Engineer);
    CHECK(json.value(u"period"_s).toObject().value(u"from"_s).toString() == u"2026-10-01"_s);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    REQUIRE(rows.size() == 4);
    bool sawNull = false;
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(u"key"_s).toString() == u"gleb@example.ru"_s) {
            sawNull = v.toObject().value(u"kpi"_s).isNull() && v.toObject().value(u"bonus_multiplier"_s).isNull();
        }
    }
    CHECK(sawNull);
    const KpiReport back = KpiReportJson::fromJson(KpiReportJson::toJson(r));
    CHECK(back.tables.size() == 4);
    CHECK(*row(back, KpiGrouping::Engineer, u"anna@example.ru"_s).change == Approx(5).margin(1e-9));
    CHECK(back.period.to == QDate(2026, 10, 31));
}

TEST_CASE("the dashboard's quick periods are whole weeks, months and quarters", "[kpi][period]")
{
    const QDate today(2026, 11, 18); // a Wednesday
    const QTimeZone utc = QTimeZone::utc();
    CHECK(kpiPeriodFor(KpiPeriodPreset::ThisWeek, today, utc).from == QDate(2026, 11, 16));
    CHECK(kpiPeriodFor(KpiPeriodPreset::ThisWeek, today, utc).to == QDate(2026, 11, 22));
    CHECK(kpiPeriodFor(KpiPeriodPreset::LastWeek, today, utc).from == QDate(2026, 11, 9));
    CHECK(kpiPeriodFor(KpiPeriodPreset::ThisMonth, today, utc).to == QDate(2026, 11, 30));
    CHECK(kpiPeriodFor(KpiPeriodPreset::LastMonth, today, utc).from == QDate(2026, 10, 1));
    CHECK(kpiPeriodFor(KpiPeriodPreset::LastMonth, today, utc).to == QDate(2026, 10, 31));
    CHECK(kpiPeriodFor(KpiPeriodPreset::ThisQuarter, today, utc).from == QDate(2026, 10, 1));
    CHECK(kpiPeriodFor(KpiPeriodPreset::ThisQuarter, today, utc).to == QDate(2026, 12, 31));
    CHECK(KpiReportBuilder::monthOf(kpiPeriodFor(KpiPeriodPreset::LastMonth, today, utc)) == u"2026-10"_s);
    CHECK(KpiReportBuilder::monthOf(kpiPeriodFor(KpiPeriodPreset::ThisWeek, today, utc)).isEmpty());
}

TEST_CASE("a trainer's average is compared with the other trainers of the same teams", "[kpi][trainer]")
{
    TestDatabase t(Backend::Sqlite);
    KpiFixture f(t.db());
    const QList<TrainerComparison> list =
        KpiReportBuilder(t.db()).trainerComparison({october, KpiTimeBasis::Submitted, std::nullopt, 0}).value();
    REQUIRE(list.size() == 2);
    for (const TrainerComparison &c : list) {
        if (c.trainerId == f.olga) {
            CHECK(c.evaluations == 5);
            CHECK(*c.average == Approx(87).margin(1e-9));
            CHECK(c.othersEvaluations == 2); // Виктор's of Борис, who is in both of her teams
            CHECK(*c.othersAverage == Approx(45).margin(1e-9));
        } else {
            CHECK(c.trainerId == f.viktor);
            CHECK(*c.othersAverage == Approx(87).margin(1e-9));
        }
    }
}
