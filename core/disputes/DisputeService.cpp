#include "DisputeService.h"

#include "disputes/DisputeArbitration.h"
#include "disputes/DisputeJson.h"
#include "disputes/DisputeParties.h"
#include "common/IsoTime.h"
#include "domain/Evaluation.h"
#include "scoring/Scorecard.h"
#include "scoring/ScoringEngine.h"
#include "mail/MailOutbox.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DisputeStore.h"
#include "storage/EvaluationStore.h"
#include "notifications/NotificationText.h"
#include "storage/NotificationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

const QString settingEntity = u"setting"_s;
const QString windowSetting = u"dispute.window_days"_s;

Error permission(const QString &message)
{
    return {Error::Code::Permission, message};
}

Error conflict(const QString &message)
{
    return {Error::Code::Conflict, message};
}

QJsonValue scoreJson(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue();
}

QString actionVerb(DisputeAction action)
{
    switch (action) {
    case DisputeAction::Accept: return DisputeService::tr("accepted");
    case DisputeAction::Decline: return DisputeService::tr("declined");
    case DisputeAction::Assign: return DisputeService::tr("assigned to an arbiter");
    case DisputeAction::Resolve: return DisputeService::tr("resolved");
    case DisputeAction::Withdraw: return DisputeService::tr("withdrawn");
    }
    return {};
}

} // namespace

struct DisputeService::Context
{
    Dispute dispute;
    Person actor;
    QList<Person> people;
    const Person *engineer = nullptr;
};

DisputeService::DisputeService(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

QDateTime DisputeService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<int> DisputeService::windowDays()
{
    const Result<QList<AuditEntry>> entries = AuditLog(m_db).list(settingEntity, windowSetting);
    if (!entries)
        return std::unexpected(entries.error());
    if (entries->isEmpty())
        return defaultWindowDays;
    return entries->last().after.value(u"value"_s).toInt(defaultWindowDays);
}

Status DisputeService::setWindowDays(int days, qint64 actorId)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Person *actor = DisputeParties::find(*people, actorId);
    if (!actor || !actor->hasRole(Role::Admin))
        return std::unexpected(permission(tr("only a QA admin can change the dispute window")));
    if (days < 1 || days > 365)
        return std::unexpected(Error::invalid(tr("the dispute window must be 1 to 365 days, not %1").arg(days)));
    const Result<int> current = windowDays();
    if (!current)
        return std::unexpected(current.error());
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = u"setting.change"_s;
    entry.entity = settingEntity;
    entry.entityId = windowSetting;
    entry.before = {{u"value"_s, *current}};
    entry.after = {{u"value"_s, days}};
    return AuditLog(m_db).append(entry);
}

Status DisputeService::checkOpen(const Evaluation &e, const Person &actor, const QList<Person> &people)
{
    const Person *engineer = nullptr;
    for (const Person &p : people) {
        if (p.email == e.engineerEmail)
            engineer = &p;
    }
    const bool isEngineer = actor.email == e.engineerEmail;
    const bool isLead = engineer && DisputeParties::leadsTeamOf(actor, *engineer);
    if (!isEngineer && !isLead)
        return std::unexpected(permission(tr("only %1 or a team lead of theirs can dispute evaluation %2")
                                              .arg(e.engineerName)
                                              .arg(e.id)));
    if (e.status != EvaluationStatus::Submitted)
        return std::unexpected(conflict(tr("evaluation %1 is not submitted; only a submitted evaluation can be disputed")
                                            .arg(e.id)));
    if (e.kind != EvaluationKind::Normal)
        return std::unexpected(conflict(tr("evaluation %1 is a calibration and does not count; it cannot be disputed")
                                            .arg(e.id)));
    const Result<int> days = windowDays();
    if (!days)
        return std::unexpected(days.error());
    const QDateTime deadline = e.submittedAt.addDays(*days);
    if (now() > deadline)
        return std::unexpected(conflict(tr("the %n-day window to dispute evaluation %1 closed on %2", nullptr, *days)
                                            .arg(e.id)
                                            .arg(QLocale().toString(deadline.toLocalTime(), QLocale::ShortFormat))));
    const Result<QList<Dispute>> existing = DisputeStore(m_db).forEvaluation(e.id);
    if (!existing)
        return std::unexpected(existing.error());
    for (const Dispute &d : *existing) {
        if (d.isActive())
            return std::unexpected(conflict(tr("evaluation %1 already has dispute %2 (%3); wait for it or withdraw it")
                                                .arg(e.id)
                                                .arg(d.id)
                                                .arg(disputeStatusLabel(d.status).toLower())));
    }
    return {};
}

Status DisputeService::canOpen(qint64 evaluationId, qint64 actorId)
{
    const Result<std::optional<Evaluation>> evaluation = EvaluationStore(m_db).get(evaluationId);
    if (!evaluation)
        return std::unexpected(evaluation.error());
    if (!*evaluation)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Person *actor = DisputeParties::find(*people, actorId);
    if (!actor)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
    return checkOpen(**evaluation, *actor, *people);
}

Result<QList<Evaluation>> DisputeService::disputableBy(qint64 actorId)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Person *actor = DisputeParties::find(*people, actorId);
    if (!actor)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
    const Result<QList<Evaluation>> all = EvaluationStore(m_db).list();
    if (!all)
        return std::unexpected(all.error());
    const Result<int> days = windowDays();
    if (!days)
        return std::unexpected(days.error());
    const Result<QList<qint64>> active = DisputeStore(m_db).activeEvaluationIds();
    if (!active)
        return std::unexpected(active.error());
    // The same rules as checkOpen, read once for the whole list.
    QList<Evaluation> disputable;
    for (const Evaluation &e : *all) {
        if (e.status != EvaluationStatus::Submitted || e.kind != EvaluationKind::Normal || active->contains(e.id)
            || now() > e.submittedAt.addDays(*days))
            continue;
        const auto engineer = std::find_if(people->begin(), people->end(),
                                           [&](const Person &p) { return p.email == e.engineerEmail; });
        if (actor->email == e.engineerEmail || (engineer != people->end() && DisputeParties::leadsTeamOf(*actor, *engineer)))
            disputable.append(e);
    }
    return disputable;
}

Result<QStringList> DisputeService::arbitratedQuestions(qint64 evaluationId)
{
    const Result<QList<Dispute>> disputes = DisputeStore(m_db).forEvaluation(evaluationId);
    if (!disputes)
        return std::unexpected(disputes.error());
    QStringList ids;
    for (const Dispute &d : *disputes) {
        if (d.status != DisputeStatus::Resolved)
            continue;
        for (const DisputeItem &i : d.items)
            ids.append(i.criterionId);
    }
    return ids;
}

Result<qint64> DisputeService::open(qint64 evaluationId, qint64 actorId, const QList<DisputedQuestion> &questions)
{
    const Result<std::optional<Evaluation>> found = EvaluationStore(m_db).get(evaluationId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(evaluationId)));
    const Evaluation &e = **found;
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Person *actor = DisputeParties::find(*people, actorId);
    if (!actor)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
    if (const Status allowed = checkOpen(e, *actor, *people); !allowed)
        return std::unexpected(allowed.error());
    if (questions.isEmpty())
        return std::unexpected(Error::invalid(tr("a dispute needs at least one question")));
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById(e.scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    const Result<QStringList> arbitrated = arbitratedQuestions(evaluationId);
    if (!arbitrated)
        return std::unexpected(arbitrated.error());

    Dispute d;
    d.evaluationId = evaluationId;
    d.openedBy = actorId;
    d.openedAt = now();
    d.originalScore = e.score;
    d.originalUncappedScore = e.uncappedScore;
    d.originalCriticalFailed = e.criticalFailed;
    QStringList problems;
    QSet<QString> seen;
    for (const DisputedQuestion &q : questions) {
        const Criterion *criterion = card->card.findCriterion(q.criterionId);
        if (!criterion) {
            problems.append(tr("%1: no such question on scorecard %2").arg(q.criterionId, card->card.id));
            continue;
        }
        if (seen.contains(q.criterionId)) {
            problems.append(tr("%1: disputed twice").arg(q.criterionId));
            continue;
        }
        seen.insert(q.criterionId);
        if (arbitrated->contains(q.criterionId)) {
            problems.append(tr("%1: already arbitrated; it cannot be disputed again").arg(q.criterionId));
            continue;
        }
        const auto answer = e.answers.constFind(q.criterionId);
        if (answer == e.answers.constEnd()) {
            problems.append(tr("%1: the trainer gave no answer to dispute").arg(q.criterionId));
            continue;
        }
        if (q.reason.trimmed().isEmpty())
            problems.append(tr("%1: a reason is required").arg(q.criterionId));
        if (q.proposed && *q.proposed == answer->value)
            problems.append(tr("%1: the proposed answer is the trainer's answer (%2)")
                                .arg(q.criterionId, answerValueLabel(*q.proposed)));
        if (q.proposed && *q.proposed == AnswerValue::NotApplicable && !criterion->naAllowed)
            problems.append(tr("%1: N/A is not allowed for this question").arg(q.criterionId));
        d.items.append({q.criterionId, q.reason.trimmed(), q.proposed, answer->value, answer->comment, {}, {}, {}});
    }
    if (!problems.isEmpty())
        return std::unexpected(Error::invalid(problems.join(u'\n')));

    qint64 id = 0;
    const Status written = m_db.transaction([&]() -> Status {
        const Result<qint64> inserted = DisputeStore(m_db).insert(d);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        const Result<std::optional<Dispute>> stored = DisputeStore(m_db).get(id);
        if (!stored || !*stored)
            return std::unexpected(stored ? Error::storage(tr("dispute %1 vanished").arg(id)) : stored.error());
        const Dispute &s = **stored;
        if (const Status a = record(s, actorId, u"dispute.open"_s, {},
                                    {{u"status"_s, disputeStatusId(s.status)},
                                     {u"evaluation"_s, evaluationId},
                                     {u"score"_s, scoreJson(e.score)},
                                     {u"questions"_s, DisputeJson::items(s.items, false)}});
            !a)
            return a;
        const Person *engineer = nullptr;
        for (const Person &p : *people) {
            if (p.email == e.engineerEmail)
                engineer = &p;
        }
        QList<qint64> leads = DisputeParties::teamLeadsOf(*people, engineer);
        if (leads.isEmpty()) { // nobody leads the team: the admins triage
            for (const Person &p : *people) {
                if (p.hasRole(Role::Admin))
                    leads.append(p.id);
            }
        }
        if (const Status n = notify(leads, actorId, u"dispute.triage"_s, s, {{u"actor"_s, actor->name}});
            !n)
            return n;
        return notify({s.trainerId, s.engineerId}, actorId, u"dispute.opened"_s, s, {{u"actor"_s, actor->name}});
    });
    if (!written)
        return std::unexpected(written.error());
    return id;
}

Result<DisputeService::Context> DisputeService::context(qint64 disputeId, qint64 actorId)
{
    Context c;
    const Result<std::optional<Dispute>> dispute = DisputeStore(m_db).get(disputeId);
    if (!dispute)
        return std::unexpected(dispute.error());
    if (!*dispute)
        return std::unexpected(Error::notFound(tr("no dispute %1").arg(disputeId)));
    c.dispute = **dispute;
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    c.people = *people;
    const Person *actor = DisputeParties::find(c.people, actorId);
    if (!actor)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
    c.actor = *actor;
    return c;
}

Status DisputeService::checkTransition(const Dispute &d, DisputeAction action) const
{
    bool legal = false;
    QString needs;
    switch (action) {
    case DisputeAction::Accept:
    case DisputeAction::Decline:
        legal = d.status == DisputeStatus::Open;
        needs = tr("only an open dispute can be %1").arg(actionVerb(action));
        break;
    case DisputeAction::Assign:
        legal = d.status == DisputeStatus::Accepted || d.status == DisputeStatus::InArbitration;
        needs = tr("only an accepted dispute can be assigned to an arbiter");
        break;
    case DisputeAction::Resolve:
        legal = d.status == DisputeStatus::InArbitration;
        needs = tr("only a dispute in arbitration can be resolved");
        break;
    case DisputeAction::Withdraw:
        legal = d.isActive();
        needs = tr("only an open, accepted or in-arbitration dispute can be withdrawn");
        break;
    }
    if (legal)
        return {};
    return std::unexpected(conflict(tr("dispute %1 is %2: %3").arg(d.id).arg(disputeStatusLabel(d.status).toLower(), needs)));
}

Status DisputeService::checkRole(const Context &c, DisputeAction action) const
{
    const Dispute &d = c.dispute;
    const Person &a = c.actor;
    const Person *engineer = DisputeParties::find(c.people, d.engineerId);
    switch (action) {
    case DisputeAction::Accept:
    case DisputeAction::Decline:
        if (a.id == d.trainerId)
            return std::unexpected(permission(tr("%1 gave the disputed evaluation and cannot triage the dispute about it")
                                                  .arg(a.name)));
        if (a.id == d.engineerId)
            return std::unexpected(permission(tr("%1 is the engineer of dispute %2 and cannot triage it").arg(a.name).arg(d.id)));
        if (!a.hasRole(Role::Admin) && !(engineer && DisputeParties::leadsTeamOf(a, *engineer)))
            return std::unexpected(permission(tr("only a team lead of %1 or a QA admin can triage dispute %2")
                                                  .arg(d.engineerName)
                                                  .arg(d.id)));
        return {};
    case DisputeAction::Assign:
        if (!a.hasRole(Role::Admin))
            return std::unexpected(permission(tr("only a QA admin assigns arbiters")));
        return {};
    case DisputeAction::Resolve:
        if (!d.arbiterId || a.id != *d.arbiterId)
            return std::unexpected(permission(tr("only %1, the arbiter assigned to dispute %2, can resolve it")
                                                  .arg(d.arbiterName.isEmpty() ? tr("the arbiter") : d.arbiterName)
                                                  .arg(d.id)));
        return {};
    case DisputeAction::Withdraw:
        if (a.id != d.openedBy)
            return std::unexpected(permission(tr("only %1, who opened dispute %2, can withdraw it").arg(d.openedByName).arg(d.id)));
        return {};
    }
    return {};
}

Result<QList<DisputeAction>> DisputeService::actionsFor(const Dispute &dispute, qint64 actorId)
{
    Context c;
    c.dispute = dispute;
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    c.people = *people;
    const Person *actor = DisputeParties::find(c.people, actorId);
    if (!actor)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
    c.actor = *actor;
    QList<DisputeAction> actions;
    for (DisputeAction action : {DisputeAction::Accept, DisputeAction::Decline, DisputeAction::Assign,
                                 DisputeAction::Resolve, DisputeAction::Withdraw}) {
        if (checkTransition(dispute, action) && checkRole(c, action))
            actions.append(action);
    }
    return actions;
}

Status DisputeService::accept(qint64 disputeId, qint64 actorId)
{
    const Result<Context> c = context(disputeId, actorId);
    if (!c)
        return std::unexpected(c.error());
    if (const Status s = checkTransition(c->dispute, DisputeAction::Accept); !s)
        return s;
    if (const Status s = checkRole(*c, DisputeAction::Accept); !s)
        return s;
    const Dispute &d = c->dispute;
    return m_db.transaction([&]() -> Status {
        if (const Status s = DisputeStore(m_db).triage(d.id, d.status, DisputeStatus::Accepted, actorId, {}); !s)
            return s;
        if (const Status s = record(d, actorId, u"dispute.accept"_s, {{u"status"_s, disputeStatusId(d.status)}},
                                    {{u"status"_s, disputeStatusId(DisputeStatus::Accepted)}});
            !s)
            return s;
        QList<qint64> admins;
        for (const Person &p : c->people) {
            if (p.hasRole(Role::Admin))
                admins.append(p.id);
        }
        if (const Status s = notify(admins, actorId, u"dispute.assign"_s, d);
            !s)
            return s;
        return notify({d.engineerId, d.openedBy, d.trainerId}, actorId, u"dispute.accepted"_s, d,
                      {{u"actor"_s, c->actor.name}});
    });
}

Status DisputeService::decline(qint64 disputeId, qint64 actorId, const QString &reason)
{
    const Result<Context> c = context(disputeId, actorId);
    if (!c)
        return std::unexpected(c.error());
    if (const Status s = checkTransition(c->dispute, DisputeAction::Decline); !s)
        return s;
    if (const Status s = checkRole(*c, DisputeAction::Decline); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("declining a dispute needs a reason")));
    const Dispute &d = c->dispute;
    return m_db.transaction([&]() -> Status {
        if (const Status s = DisputeStore(m_db).triage(d.id, d.status, DisputeStatus::Declined, actorId, reason.trimmed()); !s)
            return s;
        if (const Status s = record(d, actorId, u"dispute.decline"_s, {{u"status"_s, disputeStatusId(d.status)}},
                                    {{u"status"_s, disputeStatusId(DisputeStatus::Declined)}}, reason.trimmed());
            !s)
            return s;
        return notify({d.engineerId, d.openedBy, d.trainerId}, actorId, u"dispute.declined"_s, d,
                      {{u"actor"_s, c->actor.name}, {u"reason"_s, reason.trimmed()}});
    });
}

Result<QList<Person>> DisputeService::eligibleArbiters(const Dispute &d)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    QList<Person> arbiters;
    for (const Person &p : *people) {
        if (p.hasRole(Role::Arbiter) && p.id != d.trainerId && p.id != d.engineerId && p.id != d.openedBy)
            arbiters.append(p);
    }
    std::sort(arbiters.begin(), arbiters.end(), [](const Person &a, const Person &b) { return a.id < b.id; });
    return arbiters;
}

Result<qint64> DisputeService::assign(qint64 disputeId, qint64 actorId, std::optional<qint64> arbiterId)
{
    const Result<Context> c = context(disputeId, actorId);
    if (!c)
        return std::unexpected(c.error());
    if (const Status s = checkTransition(c->dispute, DisputeAction::Assign); !s)
        return std::unexpected(s.error());
    if (const Status s = checkRole(*c, DisputeAction::Assign); !s)
        return std::unexpected(s.error());
    const Dispute &d = c->dispute;
    const Result<QList<Person>> eligible = eligibleArbiters(d);
    if (!eligible)
        return std::unexpected(eligible.error());
    qint64 chosen = 0;
    if (arbiterId) {
        const Person *arbiter = DisputeParties::find(c->people, *arbiterId);
        if (!arbiter)
            return std::unexpected(Error::notFound(tr("no person with id %1").arg(*arbiterId)));
        if (!arbiter->hasRole(Role::Arbiter))
            return std::unexpected(Error::invalid(tr("%1 is not an arbiter").arg(arbiter->name)));
        if (arbiter->id == d.trainerId)
            return std::unexpected(permission(tr("%1 gave the disputed evaluation and cannot arbitrate it").arg(arbiter->name)));
        if (arbiter->id == d.engineerId)
            return std::unexpected(permission(tr("%1 is the disputing engineer and cannot arbitrate").arg(arbiter->name)));
        if (arbiter->id == d.openedBy)
            return std::unexpected(permission(tr("%1 opened the dispute and cannot arbitrate it").arg(arbiter->name)));
        if (d.arbiterId && *d.arbiterId == arbiter->id)
            return std::unexpected(conflict(tr("%1 is already the arbiter of dispute %2").arg(arbiter->name).arg(d.id)));
        chosen = arbiter->id;
    } else {
        // In turn: the next arbiter by id after the one assigned last, skipping who may not take it.
        QList<qint64> candidates;
        for (const Person &p : *eligible) {
            if (!d.arbiterId || p.id != *d.arbiterId)
                candidates.append(p.id);
        }
        if (candidates.isEmpty())
            return std::unexpected(conflict(tr("no arbiter can take dispute %1: the workspace has no arbiter who is "
                                               "neither the trainer, the engineer nor the opener")
                                                .arg(d.id)));
        const Result<std::optional<qint64>> last = DisputeStore(m_db).lastAssignedArbiter();
        if (!last)
            return std::unexpected(last.error());
        chosen = candidates.first();
        if (*last) {
            const auto next = std::find_if(candidates.begin(), candidates.end(), [&](qint64 id) { return id > **last; });
            if (next != candidates.end())
                chosen = *next;
        }
    }
    const Person *arbiter = DisputeParties::find(c->people, chosen);
    const Status written = m_db.transaction([&]() -> Status {
        if (const Status s = DisputeStore(m_db).assign(d.id, d.status, chosen); !s)
            return s;
        QJsonObject before{{u"status"_s, disputeStatusId(d.status)}};
        if (d.arbiterId)
            before.insert(u"arbiter"_s, d.arbiterEmail);
        if (const Status s = record(d, actorId, u"dispute.assign"_s, before,
                                    {{u"status"_s, disputeStatusId(DisputeStatus::InArbitration)},
                                     {u"arbiter"_s, arbiter->email},
                                     {u"automatic"_s, !arbiterId.has_value()}});
            !s)
            return s;
        if (const Status s = notify({chosen}, actorId, u"dispute.arbitrate"_s, d);
            !s)
            return s;
        if (d.arbiterId) {
            if (const Status s = notify({*d.arbiterId}, actorId, u"dispute.unassigned"_s, d);
                !s)
                return s;
        }
        return notify({d.engineerId, d.openedBy, d.trainerId}, actorId, u"dispute.assigned"_s, d,
                      {{u"arbiter"_s, arbiter->name}});
    });
    if (!written)
        return std::unexpected(written.error());
    return chosen;
}

Result<ArbitrationResult> DisputeService::preview(qint64 disputeId, const QList<DisputeRuling> &rulings)
{
    const Result<Dispute> d = get(disputeId);
    if (!d)
        return std::unexpected(d.error());
    const Result<std::optional<Evaluation>> e = EvaluationStore(m_db).get(d->evaluationId);
    if (!e)
        return std::unexpected(e.error());
    if (!*e)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(d->evaluationId)));
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById((*e)->scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    return DisputeArbitration::decide(*d, **e, card->card, rulings);
}

Result<ArbitrationResult> DisputeService::resolve(qint64 disputeId, qint64 actorId, const QList<DisputeRuling> &rulings,
                                                  const QString &comment)
{
    const Result<Context> c = context(disputeId, actorId);
    if (!c)
        return std::unexpected(c.error());
    if (const Status s = checkTransition(c->dispute, DisputeAction::Resolve); !s)
        return std::unexpected(s.error());
    if (const Status s = checkRole(*c, DisputeAction::Resolve); !s)
        return std::unexpected(s.error());
    const Dispute &d = c->dispute;
    const Result<std::optional<Evaluation>> e = EvaluationStore(m_db).get(d.evaluationId);
    if (!e)
        return std::unexpected(e.error());
    if (!*e)
        return std::unexpected(Error::notFound(tr("no evaluation %1").arg(d.evaluationId)));
    if ((*e)->status != EvaluationStatus::Submitted)
        return std::unexpected(conflict(tr("evaluation %1 was reopened and is not submitted; it cannot be arbitrated now")
                                            .arg(d.evaluationId)));
    // Scored with the version the evaluation is pinned to, never the card's current one.
    const Result<ScorecardVersion> card = ScorecardStore(m_db).versionById((*e)->scorecardVersionId);
    if (!card)
        return std::unexpected(card.error());
    Result<ArbitrationResult> result = DisputeArbitration::decide(d, **e, card->card, rulings);
    if (!result)
        return result;

    Dispute resolved = d;
    resolved.items = result->items;
    resolved.outcome = result->outcome;
    resolved.resolvedAt = now();
    resolved.resolutionComment = comment.trimmed();
    ArbitratedScore written;
    written.score = result->score.score;
    written.uncappedScore = result->score.uncappedScore;
    written.criticalFailed = result->score.criticalFailed;
    for (const DisputeItem &item : result->items) {
        if (item.changed())
            written.changedAnswers.insert(item.criterionId, Answer{*item.decidedValue, item.decisionComment});
    }
    const Status stored = m_db.transaction([&]() -> Status {
        if (const Status s = DisputeStore(m_db).resolve(resolved, d.status, written); !s)
            return s;
        if (const Status s = record(d, actorId, u"dispute.resolve"_s,
                                    {{u"status"_s, disputeStatusId(d.status)}, {u"score"_s, scoreJson((*e)->score)}},
                                    {{u"status"_s, disputeStatusId(DisputeStatus::Resolved)},
                                     {u"outcome"_s, disputeOutcomeId(result->outcome)},
                                     {u"score"_s, scoreJson(written.score)},
                                     {u"decisions"_s, DisputeJson::items(result->items, true)}},
                                    resolved.resolutionComment);
            !s)
            return s;
        // The evaluation's own history: what its answers and score were, and are now.
        QJsonObject beforeAnswers;
        QJsonObject afterAnswers;
        for (auto it = written.changedAnswers.begin(); it != written.changedAnswers.end(); ++it) {
            const Answer old = (*e)->answers.value(it.key());
            beforeAnswers.insert(it.key(), QJsonObject{{u"value"_s, answerValueId(old.value)}, {u"comment"_s, old.comment}});
            afterAnswers.insert(it.key(), QJsonObject{{u"value"_s, answerValueId(it->value)}, {u"comment"_s, it->comment}});
        }
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = u"evaluation.arbitrate"_s;
        entry.entity = u"evaluation"_s;
        entry.entityId = QString::number(d.evaluationId);
        entry.before = {{u"score"_s, scoreJson((*e)->score)},
                        {u"uncapped_score"_s, scoreJson((*e)->uncappedScore)},
                        {u"critical_failed"_s, (*e)->criticalFailed},
                        {u"answers"_s, beforeAnswers}};
        entry.after = {{u"score"_s, scoreJson(written.score)},
                       {u"uncapped_score"_s, scoreJson(written.uncappedScore)},
                       {u"critical_failed"_s, written.criticalFailed},
                       {u"answers"_s, afterAnswers},
                       {u"dispute"_s, d.id},
                       {u"scorecard_version"_s, card->contentHash}};
        entry.reason = tr("dispute %1: %2").arg(d.id).arg(disputeOutcomeLabel(result->outcome).toLower());
        if (const Status s = AuditLog(m_db).append(entry); !s)
            return s;
        // The engineer's email about the outcome is queued with the resolution itself.
        if (const Status s = MailOutbox::queueDisputeResolved(m_db, d.id); !s)
            return s;
        QList<qint64> recipients{d.engineerId, d.openedBy, d.trainerId};
        recipients += DisputeParties::teamLeadsOf(c->people, DisputeParties::find(c->people, d.engineerId));
        return notify(recipients, actorId, u"dispute.resolved"_s, d,
                      {{u"outcome"_s, disputeOutcomeId(result->outcome)},
                       {u"before"_s, scoreJson((*e)->score)},
                       {u"after"_s, scoreJson(written.score)}});
    });
    if (!stored)
        return std::unexpected(stored.error());
    return result;
}

Status DisputeService::withdraw(qint64 disputeId, qint64 actorId)
{
    const Result<Context> c = context(disputeId, actorId);
    if (!c)
        return std::unexpected(c.error());
    if (const Status s = checkTransition(c->dispute, DisputeAction::Withdraw); !s)
        return s;
    if (const Status s = checkRole(*c, DisputeAction::Withdraw); !s)
        return s;
    const Dispute &d = c->dispute;
    return m_db.transaction([&]() -> Status {
        if (const Status s = DisputeStore(m_db).withdraw(d.id, d.status); !s)
            return s;
        if (const Status s = record(d, actorId, u"dispute.withdraw"_s, {{u"status"_s, disputeStatusId(d.status)}},
                                    {{u"status"_s, disputeStatusId(DisputeStatus::Withdrawn)}});
            !s)
            return s;
        QList<qint64> recipients{d.engineerId, d.trainerId};
        recipients += DisputeParties::teamLeadsOf(c->people, DisputeParties::find(c->people, d.engineerId));
        if (d.arbiterId && d.status == DisputeStatus::InArbitration)
            recipients.append(*d.arbiterId);
        return notify(recipients, actorId, u"dispute.withdrawn"_s, d, {{u"actor"_s, c->actor.name}});
    });
}

Result<Dispute> DisputeService::get(qint64 disputeId)
{
    const Result<std::optional<Dispute>> d = DisputeStore(m_db).get(disputeId);
    if (!d)
        return std::unexpected(d.error());
    if (!*d)
        return std::unexpected(Error::notFound(tr("no dispute %1").arg(disputeId)));
    return **d;
}

Result<QList<Dispute>> DisputeService::visibleTo(qint64 personId)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    const Person *person = DisputeParties::find(*people, personId);
    if (!person)
        return std::unexpected(Error::notFound(tr("no person with id %1").arg(personId)));
    Result<QList<Dispute>> all = DisputeStore(m_db).list();
    if (!all || person->hasRole(Role::Admin))
        return all;
    QList<Dispute> visible;
    for (const Dispute &d : *all) {
        const Person *engineer = DisputeParties::find(*people, d.engineerId);
        if (d.engineerId == personId || d.trainerId == personId || d.openedBy == personId
            || (d.arbiterId && *d.arbiterId == personId) || (engineer && DisputeParties::leadsTeamOf(*person, *engineer)))
            visible.append(d);
    }
    return visible;
}

Status DisputeService::record(const Dispute &d, qint64 actorId, const QString &action, const QJsonObject &before,
                              const QJsonObject &after, const QString &reason)
{
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = action;
    entry.entity = u"dispute"_s;
    entry.entityId = QString::number(d.id);
    entry.before = before;
    entry.after = after;
    entry.reason = reason;
    return AuditLog(m_db).append(entry);
}

Status DisputeService::notify(const QList<qint64> &recipients, qint64 actorId, const QString &kind, const Dispute &d,
                              QJsonObject facts)
{
    // The facts, not a sentence: each reader sees the notification in their own language.
    facts.insert(u"dispute"_s, d.id);
    facts.insert(u"ticket"_s, d.ticketExternalId);
    facts.insert(u"engineer"_s, d.engineerName);
    facts.insert(u"questions"_s, int(d.items.size()));
    NotificationStore store(m_db);
    QSet<qint64> done;
    for (qint64 person : recipients) {
        // Nobody is told about their own step, and nobody twice.
        if (person == 0 || person == actorId || done.contains(person))
            continue;
        done.insert(person);
        Notification n;
        n.personId = person;
        n.createdAt = QDateTime::currentDateTimeUtc();
        n.kind = kind;
        n.entity = u"dispute"_s;
        n.entityId = QString::number(d.id);
        n.args = facts;
        n.text = NotificationText::render(n); // as the actor reads it, for rows shown by older builds
        if (const Result<qint64> added = store.add(n); !added)
            return std::unexpected(added.error());
    }
    return {};
}

} // namespace qadesk
