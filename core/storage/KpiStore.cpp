#include "KpiStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QString keyColumn(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Engineer: return u"e.engineer_id"_s;
    case KpiGrouping::Trainer: return u"e.trainer_id"_s;
    case KpiGrouping::Scorecard: return u"v.scorecard_id"_s;
    case KpiGrouping::Team: return u"tm.team_id"_s;
    }
    return {};
}

// "FROM … WHERE …" selecting the counted evaluations of the filter, joined so that `grouping`'s
// key column can be read. The values it needs are appended to `values`.
QString countedFrom(const KpiFilter &filter, std::optional<KpiGrouping> grouping, QVariantList &values)
{
    const bool solved = filter.basis == KpiTimeBasis::Solved;
    auto needs = [&](KpiGrouping g) { return grouping == g || filter.only == g; };
    QString sql = u" FROM evaluations e"_s;
    if (solved)
        sql += u" JOIN tickets t ON t.id = e.ticket_id"_s;
    if (needs(KpiGrouping::Scorecard))
        sql += u" JOIN scorecard_versions v ON v.id = e.scorecard_version_id"_s;
    if (needs(KpiGrouping::Team))
        sql += u" JOIN team_members tm ON tm.person_id = e.engineer_id"_s;
    const QString time = solved ? u"t.solved_at"_s : u"e.submitted_at"_s;
    sql += u" WHERE "_s + time + u" >= ? AND "_s + time
           + u" < ? AND e.status = 'submitted' AND e.kind = 'normal' AND e.score IS NOT NULL"_s;
    const auto [from, to] = KpiStore::bounds(filter.period);
    values << from << to;
    if (filter.only) {
        sql += u" AND "_s + keyColumn(*filter.only) + u" = ?"_s;
        values << filter.onlyId;
    }
    return sql;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

KpiSums readSums(const QSqlQuery &q, int first)
{
    KpiSums s;
    s.evaluations = q.value(first).toInt();
    s.scoreSum = q.value(first + 1).toDouble();
    s.lowest = optionalDouble(q.value(first + 2));
    s.highest = optionalDouble(q.value(first + 3));
    s.criticalFails = q.value(first + 4).toInt();
    return s;
}

const QString sumColumns = u"COUNT(*), SUM(e.score), MIN(e.score), MAX(e.score), SUM(e.critical_failed)"_s;

} // namespace

QPair<QString, QString> KpiStore::bounds(const KpiPeriod &period)
{
    const QDateTime from(period.from, QTime(0, 0), period.zone);
    const QDateTime to(period.to.addDays(1), QTime(0, 0), period.zone);
    return {IsoTime::toText(from), IsoTime::toText(to)};
}

Result<QList<KpiSums>> KpiStore::sums(const KpiFilter &filter, KpiGrouping grouping)
{
    QVariantList values;
    const QString key = keyColumn(grouping);
    Result<QSqlQuery> q = m_db.run(u"SELECT "_s + key + u", "_s + sumColumns + countedFrom(filter, grouping, values)
                                       + u" GROUP BY "_s + key,
                                   values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiSums> list;
    while (q->next()) {
        KpiSums s = readSums(*q, 1);
        s.id = q->value(0).toLongLong();
        list.append(s);
    }
    return list;
}

Result<KpiSums> KpiStore::total(const KpiFilter &filter)
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.run(u"SELECT "_s + sumColumns + countedFrom(filter, std::nullopt, values), values);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? readSums(*q, 0) : KpiSums{};
}

Result<QHash<qint64, KpiDisputeCounts>> KpiStore::disputeCounts(const KpiFilter &filter, KpiGrouping grouping)
{
    // Disputes are counted on the period's evaluations; a resolved one has already written the
    // arbitrated score into the evaluation.
    QVariantList values;
    const QString key = keyColumn(grouping);
    QString from = countedFrom(filter, grouping, values);
    from.replace(u" FROM evaluations e"_s, u" FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id"_s);
    Result<QSqlQuery> q = m_db.run(
        u"SELECT "_s + key
            + u", SUM(CASE WHEN d.status IN ('open', 'accepted', 'in_arbitration') THEN 1 ELSE 0 END), "
              u"SUM(CASE WHEN d.outcome IN ('partial', 'overturned') THEN 1 ELSE 0 END)"_s
            + from + u" GROUP BY "_s + key,
        values);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, KpiDisputeCounts> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), {q->value(1).toInt(), q->value(2).toInt()});
    return counts;
}

Result<QList<KpiGroupMember>> KpiStore::members(KpiGrouping grouping)
{
    QString sql;
    QVariantList values;
    switch (grouping) {
    case KpiGrouping::Engineer:
    case KpiGrouping::Trainer:
        sql = u"SELECT p.id, p.email, p.name, CASE WHEN p.active = 1 AND EXISTS (SELECT 1 FROM person_roles r "
              u"WHERE r.person_id = p.id AND r.role = ?) THEN 1 ELSE 0 END FROM people p"_s;
        values << (grouping == KpiGrouping::Engineer ? u"engineer"_s : u"trainer"_s);
        break;
    case KpiGrouping::Team:
        sql = u"SELECT id, slug, name, 1 FROM teams"_s;
        break;
    case KpiGrouping::Scorecard:
        sql = u"SELECT id, slug, title, 1 - archived FROM scorecards"_s;
        break;
    }
    Result<QSqlQuery> q = m_db.run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiGroupMember> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() != 0});
    return list;
}

Result<QList<QPair<qint64, int>>> KpiStore::versionsUsed(const KpiFilter &filter)
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.run(u"SELECT e.scorecard_version_id, COUNT(*)"_s + countedFrom(filter, std::nullopt, values)
                                       + u" GROUP BY e.scorecard_version_id ORDER BY COUNT(*) DESC, e.scorecard_version_id"_s,
                                   values);
    if (!q)
        return std::unexpected(q.error());
    QList<QPair<qint64, int>> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toInt()});
    return list;
}

Result<QList<AnswerCount>> KpiStore::answerCounts(const KpiFilter &filter, qint64 scorecardVersionId)
{
    QVariantList values;
    QString from = countedFrom(filter, std::nullopt, values);
    from.replace(u" FROM evaluations e"_s, u" FROM answers a JOIN evaluations e ON e.id = a.evaluation_id"_s);
    values << scorecardVersionId;
    Result<QSqlQuery> q = m_db.run(u"SELECT a.criterion_id, a.value, COUNT(*)"_s + from
                                       + u" AND e.scorecard_version_id = ? GROUP BY a.criterion_id, a.value"_s,
                                   values);
    if (!q)
        return std::unexpected(q.error());
    QList<AnswerCount> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()});
    return list;
}

Result<QList<double>> KpiStore::scores(const KpiFilter &filter)
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.run(u"SELECT e.score"_s + countedFrom(filter, std::nullopt, values), values);
    if (!q)
        return std::unexpected(q.error());
    QList<double> list;
    while (q->next())
        list.append(q->value(0).toDouble());
    return list;
}

Result<QList<KpiScoredPair>> KpiStore::scoredPairs(const KpiFilter &filter)
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.run(u"SELECT e.trainer_id, e.engineer_id, e.score"_s + countedFrom(filter, std::nullopt, values), values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiScoredPair> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toDouble()});
    return list;
}

Result<QMultiHash<qint64, qint64>> KpiStore::teamsOfPeople()
{
    Result<QSqlQuery> q = m_db.run(u"SELECT person_id, team_id FROM team_members"_s);
    if (!q)
        return std::unexpected(q.error());
    QMultiHash<qint64, qint64> teams;
    while (q->next())
        teams.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return teams;
}

Result<QList<KpiEvaluationRow>> KpiStore::evaluations(const KpiFilter &filter, bool withAnswers)
{
    QVariantList values;
    QString from = countedFrom(filter, std::nullopt, values);
    const QString joins = u" JOIN tickets tk ON tk.id = e.ticket_id JOIN people en ON en.id = e.engineer_id "
                          u"JOIN people tr ON tr.id = e.trainer_id JOIN scorecard_versions sv ON sv.id = e.scorecard_version_id "
                          u"JOIN scorecards c ON c.id = sv.scorecard_id"_s;
    from.replace(u" WHERE "_s, joins + u" WHERE "_s);
    Result<QSqlQuery> q = m_db.run(
        u"SELECT e.id, tk.external_id, tk.subject, en.email, en.name, tr.name, c.slug, c.title, sv.content_hash, "
        u"e.submitted_at, tk.solved_at, e.score, e.uncapped_score, e.critical_failed, e.comment"_s
            + from + u" ORDER BY e.submitted_at, e.id"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiEvaluationRow> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        KpiEvaluationRow r;
        r.id = q->value(0).toLongLong();
        r.ticket = q->value(1).toString();
        r.subject = q->value(2).toString();
        r.engineerEmail = q->value(3).toString();
        r.engineer = q->value(4).toString();
        r.trainer = q->value(5).toString();
        r.scorecard = q->value(6).toString();
        r.scorecardTitle = q->value(7).toString();
        r.version = q->value(8).toString();
        r.submittedAt = IsoTime::fromDb(q->value(9));
        r.solvedAt = IsoTime::fromDb(q->value(10));
        r.score = optionalDouble(q->value(11));
        r.uncappedScore = optionalDouble(q->value(12));
        r.criticalFailed = q->value(13).toInt() != 0;
        r.comment = q->value(14).toString();
        index.insert(r.id, list.size());
        list.append(std::move(r));
    }
    if (!withAnswers || list.isEmpty())
        return list;
    QVariantList answerValues;
    QString answerFrom = countedFrom(filter, std::nullopt, answerValues);
    answerFrom.replace(u" FROM evaluations e"_s, u" FROM answers a JOIN evaluations e ON e.id = a.evaluation_id"_s);
    Result<QSqlQuery> a = m_db.run(u"SELECT a.evaluation_id, a.criterion_id, a.value, a.comment"_s + answerFrom, answerValues);
    if (!a)
        return std::unexpected(a.error());
    while (a->next()) {
        const auto at = index.constFind(a->value(0).toLongLong());
        const auto value = answerValueFromId(a->value(2).toString());
        if (at != index.cend() && value)
            list[*at].answers.insert(a->value(1).toString(), Answer{*value, a->value(3).toString()});
    }
    return list;
}

Result<QList<KpiDisputeRow>> KpiStore::disputes(const KpiFilter &filter)
{
    QVariantList values;
    QString from = countedFrom(filter, std::nullopt, values);
    from.replace(u" FROM evaluations e"_s, u" FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id"_s);
    from.replace(u" WHERE "_s, u" JOIN tickets tk ON tk.id = e.ticket_id JOIN people en ON en.id = e.engineer_id "
                               u"LEFT JOIN people ar ON ar.id = d.arbiter_id WHERE "_s);
    Result<QSqlQuery> q = m_db.run(u"SELECT d.id, d.evaluation_id, tk.external_id, en.name, ar.name, d.status, d.outcome, "
                                   u"d.opened_at, d.resolved_at, d.original_score, d.resolved_score, e.score"_s
                                       + from + u" ORDER BY d.opened_at, d.id"_s,
                                   values);
    if (!q)
        return std::unexpected(q.error());
    QList<KpiDisputeRow> list;
    while (q->next()) {
        KpiDisputeRow r;
        r.id = q->value(0).toLongLong();
        r.evaluationId = q->value(1).toLongLong();
        r.ticket = q->value(2).toString();
        r.engineer = q->value(3).toString();
        r.arbiter = q->value(4).toString();
        r.status = q->value(5).toString();
        r.outcome = q->value(6).toString();
        r.openedAt = IsoTime::fromDb(q->value(7));
        r.resolvedAt = IsoTime::fromDb(q->value(8));
        r.originalScore = optionalDouble(q->value(9));
        r.resolvedScore = optionalDouble(q->value(10));
        r.score = optionalDouble(q->value(11));
        list.append(std::move(r));
    }
    return list;
}

} // namespace qadesk
