#include "WhatIfAnalysis.h"

#include "scoring/Scorecard.h"
#include "scoring/ScoringEngine.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject figureJson(const KpiFigure &figure)
{
    return {{u"evaluations"_s, figure.evaluations},
            {u"kpi"_s, optionalNumber(figure.kpi)},
            {u"multiplier"_s, optionalNumber(KpiCalculator::multiplier(figure.kpi))},
            {u"critical_fails"_s, figure.criticalFails}};
}

// Rows in name order, ties by id, so the output is stable.
QList<WhatIfRow> sortedRows(QHash<QString, WhatIfRow> rows)
{
    QList<WhatIfRow> list = rows.values();
    std::sort(list.begin(), list.end(), [](const WhatIfRow &a, const WhatIfRow &b) {
        return a.name == b.name ? a.id < b.id : a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

} // namespace

std::optional<double> WhatIfRow::change() const
{
    if (!before.kpi || !after.kpi)
        return std::nullopt;
    return *after.kpi - *before.kpi;
}

QJsonObject WhatIfRow::toJson() const
{
    QJsonObject json{{u"before"_s, figureJson(before)},
                     {u"after"_s, figureJson(after)},
                     {u"change"_s, optionalNumber(change())},
                     {u"rescored"_s, rescored}};
    if (!id.isEmpty())
        json.insert(u"id"_s, id);
    if (!name.isEmpty())
        json.insert(u"name"_s, name);
    return json;
}

QJsonObject WhatIfResult::toJson() const
{
    QJsonArray engineerRows;
    for (const WhatIfRow &r : engineers)
        engineerRows.append(r.toJson());
    QJsonArray teamRows;
    for (const WhatIfRow &r : teams)
        teamRows.append(r.toJson());
    QJsonArray evaluationRows;
    for (const WhatIfEvaluation &e : evaluations) {
        QJsonObject row{{u"id"_s, e.evaluationId},
                        {u"ticket"_s, e.ticketExternalId},
                        {u"engineer"_s, e.engineerEmail},
                        {u"before"_s, optionalNumber(e.before)},
                        {u"after"_s, optionalNumber(e.after)},
                        {u"critical_failed_before"_s, e.criticalBefore},
                        {u"critical_failed_after"_s, e.criticalAfter}};
        if (!e.leftOut.isEmpty())
            row.insert(u"left_out_unanswered"_s, QJsonArray::fromStringList(e.leftOut));
        if (!e.dropped.isEmpty())
            row.insert(u"dropped_answers"_s, QJsonArray::fromStringList(e.dropped));
        evaluationRows.append(row);
    }
    return {{u"scorecard"_s, scorecardId},
            {u"draft_version"_s, draftVersion},
            {u"from"_s, period.from.toString(Qt::ISODate)},
            {u"to"_s, period.to.toString(Qt::ISODate)},
            {u"new_questions"_s, QJsonArray::fromStringList(newQuestions)},
            {u"new_questions_note"_s,
             WhatIfAnalysis::tr("questions new in the draft have no answer in old evaluations and are left out like N/A")},
            {u"removed_questions"_s, QJsonArray::fromStringList(removedQuestions)},
            {u"overall"_s, overall.toJson()},
            {u"engineers"_s, engineerRows},
            {u"teams"_s, teamRows},
            {u"evaluations"_s, evaluationRows}};
}

WhatIfResult WhatIfAnalysis::compute(const Scorecard &draft, const QList<Evaluation> &evaluations,
                                     const KpiPeriod &period, const QHash<QString, QStringList> &teamsOf,
                                     const QHash<QString, QString> &teamNames)
{
    WhatIfResult result;
    result.scorecardId = draft.id;
    result.draftVersion = draft.contentVersion();
    result.period = period;
    const QStringList draftIds = draft.criterionIds();

    // The same evaluations twice: as stored, and with the card's ones re-scored under the draft.
    QList<Evaluation> after;
    after.reserve(evaluations.size());
    QSet<QString> leftOutAnywhere;
    QSet<QString> droppedAnywhere;
    QSet<qint64> rescoredIds;
    for (const Evaluation &e : evaluations) {
        Evaluation changed = e;
        if (e.scorecardId == draft.id && KpiCalculator::counts(e) && period.contains(e.submittedAt)) {
            WhatIfEvaluation row;
            row.evaluationId = e.id;
            row.ticketExternalId = e.ticketExternalId;
            row.engineerEmail = e.engineerEmail;
            row.engineerName = e.engineerName;
            row.submittedAt = e.submittedAt;
            row.before = e.score;
            row.criticalBefore = e.criticalFailed;
            // The engine leaves an unanswered question out of the score, exactly like N/A.
            const ScoreResult scored = ScoringEngine::score(draft, e.answers);
            row.after = scored.score;
            row.criticalAfter = scored.criticalFailed;
            for (const QString &id : draftIds) {
                if (!e.answers.contains(id)) {
                    row.leftOut.append(id);
                    leftOutAnywhere.insert(id);
                }
            }
            for (auto it = e.answers.constBegin(); it != e.answers.constEnd(); ++it) {
                if (!draftIds.contains(it.key())) {
                    row.dropped.append(it.key());
                    droppedAnywhere.insert(it.key());
                }
            }
            changed.score = scored.score;
            changed.uncappedScore = scored.uncappedScore;
            changed.criticalFailed = scored.criticalFailed;
            rescoredIds.insert(e.id);
            result.evaluations.append(std::move(row));
        }
        after.append(std::move(changed));
    }
    for (const QString &id : draftIds) {
        if (leftOutAnywhere.contains(id))
            result.newQuestions.append(id);
    }
    result.removedQuestions = droppedAnywhere.values();
    result.removedQuestions.sort();
    std::sort(result.evaluations.begin(), result.evaluations.end(),
              [](const WhatIfEvaluation &a, const WhatIfEvaluation &b) {
                  return a.submittedAt == b.submittedAt ? a.evaluationId < b.evaluationId : a.submittedAt < b.submittedAt;
              });

    // Group by engineer and team; KpiCalculator does the math for every group.
    QMap<QString, QList<qsizetype>> byEngineer;
    QMap<QString, QList<qsizetype>> byTeam;
    QHash<QString, QString> engineerNames;
    for (qsizetype i = 0; i < evaluations.size(); ++i) {
        const Evaluation &e = evaluations.at(i);
        if (!KpiCalculator::counts(e) || !period.contains(e.submittedAt))
            continue;
        byEngineer[e.engineerEmail].append(i);
        engineerNames.insert(e.engineerEmail, e.engineerName.isEmpty() ? e.engineerEmail : e.engineerName);
        const QStringList teams = teamsOf.value(e.engineerEmail);
        if (teams.isEmpty())
            byTeam[QString()].append(i);
        for (const QString &team : teams)
            byTeam[team].append(i);
    }
    const auto makeRow = [&](const QString &id, const QString &name, const QList<qsizetype> &indexes) {
        WhatIfRow row;
        row.id = id;
        row.name = name;
        QList<Evaluation> beforeList;
        QList<Evaluation> afterList;
        for (qsizetype i : indexes) {
            beforeList.append(evaluations.at(i));
            afterList.append(after.at(i));
            if (rescoredIds.contains(evaluations.at(i).id))
                ++row.rescored;
        }
        row.before = KpiCalculator::compute(beforeList, period);
        row.after = KpiCalculator::compute(afterList, period);
        return row;
    };
    QHash<QString, WhatIfRow> engineerRows;
    for (auto it = byEngineer.constBegin(); it != byEngineer.constEnd(); ++it)
        engineerRows.insert(it.key(), makeRow(it.key(), engineerNames.value(it.key()), it.value()));
    QHash<QString, WhatIfRow> teamRows;
    for (auto it = byTeam.constBegin(); it != byTeam.constEnd(); ++it) {
        const QString name = it.key().isEmpty() ? tr("(no team)") : teamNames.value(it.key(), it.key());
        teamRows.insert(it.key(), makeRow(it.key(), name, it.value()));
    }
    result.engineers = sortedRows(engineerRows);
    result.teams = sortedRows(teamRows);
    result.overall.before = KpiCalculator::compute(evaluations, period);
    result.overall.after = KpiCalculator::compute(after, period);
    result.overall.rescored = int(rescoredIds.size());
    return result;
}

Result<WhatIfResult> WhatIfAnalysis::run(Database &db, const Scorecard &draft, const KpiPeriod &period)
{
    if (const Result<ScorecardVersion> card = ScorecardStore(db).current(draft.id); !card)
        return std::unexpected(card.error());
    const Result<QList<Evaluation>> evaluations = EvaluationStore(db).submittedWithAnswers();
    if (!evaluations)
        return std::unexpected(evaluations.error());
    PeopleStore people(db);
    const Result<QList<Person>> persons = people.list();
    if (!persons)
        return std::unexpected(persons.error());
    const Result<QList<Team>> teams = people.teams();
    if (!teams)
        return std::unexpected(teams.error());
    QHash<QString, QStringList> teamsOf;
    for (const Person &p : *persons)
        teamsOf.insert(p.email, p.teams);
    QHash<QString, QString> teamNames;
    for (const Team &t : *teams)
        teamNames.insert(t.slug, t.name.isEmpty() ? t.slug : t.name);
    return compute(draft, *evaluations, period, teamsOf, teamNames);
}

} // namespace qadesk
