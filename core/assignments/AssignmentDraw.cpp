#include "AssignmentDraw.h"

#include <limits>

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

bool anyOf(const QStringList &wanted, const QStringList &have)
{
    return std::any_of(have.begin(), have.end(), [&](const QString &h) { return wanted.contains(h); });
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

bool AssignmentDraw::eligible(const Plan &plan, const Candidate &candidate)
{
    if (candidate.engineer.isEmpty() || candidate.engineer == plan.trainer)
        return false;
    if (plan.allowedTeams && !candidate.team.isEmpty() && !plan.allowedTeams->contains(candidate.team))
        return false;
    if (!plan.teams.isEmpty() && !plan.teams.contains(candidate.team))
        return false;
    if (!plan.channels.isEmpty() && !plan.channels.contains(candidate.channel))
        return false;
    if (!plan.scorecards.isEmpty() && !plan.scorecards.contains(candidate.scorecard))
        return false;
    if (!plan.tags.isEmpty() && !anyOf(plan.tags, candidate.tags))
        return false;
    return true;
}

AssignmentDraw::Outcome AssignmentDraw::run(const Inputs &inputs)
{
    std::mt19937_64 generator(inputs.seed);
    Outcome outcome;
    QMap<QString, int> counts = inputs.priorCounts;
    QSet<qint64> taken;

    // The order of everything the generator chooses from is fixed by sorting, never by the
    // order the database happened to return rows in.
    QList<Plan> plans = inputs.plans;
    std::sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return a.trainer < b.trainer; });
    QList<Candidate> candidates = inputs.candidates;
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.ticketId < b.ticketId; });

    for (const Plan &plan : plans) {
        QMap<QString, QList<const Candidate *>> byEngineer; // sorted by email
        for (const Candidate &c : candidates) {
            if (!taken.contains(c.ticketId) && eligible(plan, c))
                byEngineer[c.engineer].append(&c);
        }
        for (int i = 0; i < plan.perWeek; ++i) {
            int least = std::numeric_limits<int>::max();
            for (auto it = byEngineer.cbegin(); it != byEngineer.cend(); ++it) {
                if (!it->isEmpty())
                    least = std::min(least, counts.value(it.key()));
            }
            QStringList ties;
            for (auto it = byEngineer.cbegin(); it != byEngineer.cend(); ++it) {
                if (!it->isEmpty() && counts.value(it.key()) == least)
                    ties.append(it.key());
            }
            if (ties.isEmpty()) {
                outcome.shortfall.insert(plan.trainer, plan.perWeek - i);
                break;
            }
            const QString engineer = ties.at(qsizetype(uniformBelow(generator, quint64(ties.size()))));
            QList<const Candidate *> &tickets = byEngineer[engineer];
            const Candidate *chosen = tickets.takeAt(qsizetype(uniformBelow(generator, quint64(tickets.size()))));
            taken.insert(chosen->ticketId);
            counts[engineer] += 1;
            outcome.picks.append({plan.trainer, chosen->ticketId, chosen->externalId, engineer});
        }
    }
    return outcome;
}

QJsonObject AssignmentDraw::inputsToJson(const Inputs &inputs)
{
    QJsonArray plans;
    for (const Plan &p : inputs.plans) {
        QJsonObject plan{{u"trainer"_s, p.trainer},
                         {u"per_week"_s, p.perWeek},
                         {u"teams"_s, QJsonArray::fromStringList(p.teams)},
                         {u"tags"_s, QJsonArray::fromStringList(p.tags)},
                         {u"channels"_s, QJsonArray::fromStringList(p.channels)},
                         {u"scorecards"_s, QJsonArray::fromStringList(p.scorecards)},
                         {u"allowed_teams"_s,
                          p.allowedTeams ? QJsonValue(QJsonArray::fromStringList(*p.allowedTeams)) : QJsonValue()}};
        plans.append(plan);
    }
    QJsonArray candidates;
    for (const Candidate &c : inputs.candidates) {
        candidates.append(QJsonObject{{u"ticket_id"_s, c.ticketId},
                                      {u"ticket"_s, c.externalId},
                                      {u"engineer"_s, c.engineer},
                                      {u"team"_s, c.team},
                                      {u"channel"_s, c.channel},
                                      {u"scorecard"_s, c.scorecard},
                                      {u"tags"_s, QJsonArray::fromStringList(c.tags)}});
    }
    QJsonObject prior;
    for (auto it = inputs.priorCounts.cbegin(); it != inputs.priorCounts.cend(); ++it)
        prior.insert(it.key(), it.value());
    // The seed is text: JSON numbers lose precision past 2^53.
    return {{u"week"_s, inputs.week},
            {u"seed"_s, QString::number(inputs.seed)},
            {u"plans"_s, plans},
            {u"candidates"_s, candidates},
            {u"prior_counts"_s, prior}};
}

Result<AssignmentDraw::Inputs> AssignmentDraw::inputsFromJson(const QJsonObject &json)
{
    Inputs inputs;
    inputs.week = json.value(u"week"_s).toString();
    bool ok = false;
    inputs.seed = json.value(u"seed"_s).toString().toULongLong(&ok);
    if (!ok)
        return std::unexpected(Error::invalid(tr("seed: not an unsigned 64-bit number")));
    for (const QJsonValue &v : json.value(u"plans"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Plan plan;
        plan.trainer = o.value(u"trainer"_s).toString();
        plan.perWeek = o.value(u"per_week"_s).toInt();
        plan.teams = stringList(o.value(u"teams"_s));
        plan.tags = stringList(o.value(u"tags"_s));
        plan.channels = stringList(o.value(u"channels"_s));
        plan.scorecards = stringList(o.value(u"scorecards"_s));
        if (o.value(u"allowed_teams"_s).isArray())
            plan.allowedTeams = stringList(o.value(u"allowed_teams"_s));
        inputs.plans.append(plan);
    }
    for (const QJsonValue &v : json.value(u"candidates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        inputs.candidates.append({o.value(u"ticket_id"_s).toInteger(), o.value(u"ticket"_s).toString(),
                                  o.value(u"engineer"_s).toString(), o.value(u"team"_s).toString(),
                                  o.value(u"channel"_s).toString(), o.value(u"scorecard"_s).toString(),
                                  stringList(o.value(u"tags"_s))});
    }
    const QJsonObject prior = json.value(u"prior_counts"_s).toObject();
    for (auto it = prior.begin(); it != prior.end(); ++it)
        inputs.priorCounts.insert(it.key(), it.value().toInt());
    return inputs;
}

QJsonObject AssignmentDraw::outcomeToJson(const Outcome &outcome)
{
    QJsonArray picks;
    for (const Pick &p : outcome.picks)
        picks.append(QJsonObject{{u"trainer"_s, p.trainer}, {u"ticket_id"_s, p.ticketId},
                                 {u"ticket"_s, p.externalId}, {u"engineer"_s, p.engineer}});
    QJsonObject shortfall;
    for (auto it = outcome.shortfall.cbegin(); it != outcome.shortfall.cend(); ++it)
        shortfall.insert(it.key(), it.value());
    return {{u"picks"_s, picks}, {u"shortfall"_s, shortfall}};
}

} // namespace qadesk
