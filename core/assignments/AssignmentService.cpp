#include "AssignmentService.h"

#include "people/TeamAccess.h"
#include "scoring/ScorecardMatcher.h"
#include "storage/AssignmentStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qadesk {

struct AssignmentService::Pool
{
    QList<AssignmentDraw::Candidate> candidates;
    QMap<QString, int> priorCounts;
    QHash<qint64, Ticket> tickets;          // every ticket by id
    QHash<QString, Person> people;          // by email
    TeamAccess access;
};

namespace {

Error permission(const QString &message)
{
    return {Error::Code::Permission, message};
}

QDateTime startOfDayUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

AssignmentDraw::Plan drawPlan(const AssignmentPlan &plan, const Person &trainer, const TeamAccess &access)
{
    AssignmentDraw::Plan p;
    p.trainer = trainer.email;
    p.perWeek = plan.perWeek;
    p.teams = plan.teams;
    p.tags = plan.tags;
    p.channels = plan.channels;
    p.scorecards = plan.scorecards;
    if (access.restricted() && !trainer.hasRole(Role::Admin))
        p.allowedTeams = trainer.evaluableTeams;
    return p;
}

Status audit(Database &db, qint64 actorId, const QString &action, const QString &entity, const QString &entityId,
             const QJsonObject &before, const QJsonObject &after, const QString &reason = {})
{
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.before = before;
    entry.after = after;
    entry.reason = reason;
    return AuditLog(db).append(entry);
}

QJsonObject planJson(const AssignmentPlan &plan)
{
    return {{u"per_week"_s, plan.perWeek},
            {u"teams"_s, QJsonArray::fromStringList(plan.teams)},
            {u"tags"_s, QJsonArray::fromStringList(plan.tags)},
            {u"channels"_s, QJsonArray::fromStringList(plan.channels)},
            {u"scorecards"_s, QJsonArray::fromStringList(plan.scorecards)},
            {u"active"_s, plan.active}};
}

QJsonObject taskJson(const AssignmentTask &task)
{
    return {{u"trainer"_s, task.trainerEmail}, {u"ticket"_s, task.ticketExternalId},
            {u"engineer"_s, task.engineerEmail}, {u"week"_s, task.week}};
}

} // namespace

Result<Person> AssignmentService::person(const QString &email)
{
    const Result<std::optional<Person>> found = PeopleStore(m_db).findByEmail(email);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("nobody with the email \"%1\"").arg(email)));
    return **found;
}

Result<Person> AssignmentService::requireAdmin(qint64 actorId, const QString &what)
{
    const Result<std::optional<Person>> actor = PeopleStore(m_db).findById(actorId);
    if (!actor)
        return std::unexpected(actor.error());
    if (!*actor)
        return std::unexpected(permission(tr("only an admin may %1; say who is acting (--as EMAIL)").arg(what)));
    if (!(*actor)->hasRole(Role::Admin))
        return std::unexpected(permission(tr("%1 is not an admin: only an admin may %2").arg((*actor)->name, what)));
    return **actor;
}

Result<QList<AssignmentPlan>> AssignmentService::plans()
{
    const Result<QList<AssignmentPlan>> stored = AssignmentStore(m_db).plans();
    if (!stored)
        return std::unexpected(stored.error());
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    QList<AssignmentPlan> plans;
    for (const Person &p : *people) {
        if (!p.hasRole(Role::Trainer))
            continue;
        const auto it = std::find_if(stored->begin(), stored->end(),
                                     [&](const AssignmentPlan &plan) { return plan.trainerId == p.id; });
        AssignmentPlan plan = it != stored->end() ? *it : AssignmentPlan{};
        plan.trainerId = p.id;
        plan.trainerEmail = p.email;
        plan.trainerName = p.name;
        plans.append(plan);
    }
    std::sort(plans.begin(), plans.end(),
              [](const AssignmentPlan &a, const AssignmentPlan &b) { return a.trainerEmail < b.trainerEmail; });
    return plans;
}

Result<QList<AssignmentService::PlanProblem>> AssignmentService::checkPlan(const AssignmentPlan &plan)
{
    using Field = PlanProblem::Field;
    QList<PlanProblem> problems;
    std::optional<Person> trainer;
    if (plan.trainerEmail.trimmed().isEmpty()) {
        problems.append({Field::Trainer, tr("trainer: choose the trainer the plan is for")});
    } else {
        const Result<std::optional<Person>> found = PeopleStore(m_db).findByEmail(plan.trainerEmail);
        if (!found)
            return std::unexpected(found.error());
        trainer = *found;
        if (!trainer)
            problems.append({Field::Trainer, tr("trainer: nobody with the email \"%1\"").arg(plan.trainerEmail)});
        else if (!trainer->hasRole(Role::Trainer))
            problems.append({Field::Trainer, tr("trainer: %1 is not a trainer").arg(trainer->email)});
    }
    const Result<TeamAccess> access = TeamAccess::load(m_db);
    if (!access)
        return std::unexpected(access.error());
    if (plan.perWeek < 0 || plan.perWeek > 500)
        problems.append({Field::PerWeek, tr("per week: %1 is not between 0 and 500").arg(plan.perWeek)});
    PeopleStore people(m_db);
    for (const QString &slug : plan.teams) {
        const Result<std::optional<qint64>> team = people.findTeam(slug);
        if (!team)
            return std::unexpected(team.error());
        if (!*team)
            problems.append({Field::Teams, tr("teams: no team \"%1\"").arg(slug)});
        // The draw would silently find nothing there: say so where the team is chosen.
        else if (trainer && !access->mayEvaluate(*trainer, slug))
            problems.append({Field::Teams, tr("teams: %1 may not evaluate team \"%2\" (see People and roles)")
                                               .arg(trainer->name.isEmpty() ? trainer->email : trainer->name, slug)});
    }
    // A card id nobody has would silently leave the trainer without tickets.
    if (!plan.scorecards.isEmpty()) {
        const Result<QList<ScorecardSummary>> cards = ScorecardStore(m_db).list();
        if (!cards)
            return std::unexpected(cards.error());
        for (const QString &id : plan.scorecards) {
            const bool known = std::any_of(cards->cbegin(), cards->cend(),
                                           [&](const ScorecardSummary &card) { return card.slug == id; });
            if (!known)
                problems.append({Field::Scorecards, tr("scorecards: no scorecard \"%1\"").arg(id)});
        }
    }
    const auto blank = [](const QStringList &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const QString &s) { return s.trimmed().isEmpty(); });
    };
    if (blank(plan.tags))
        problems.append({Field::Tags, tr("tags: an empty tag (two commas in a row?)")});
    if (blank(plan.channels))
        problems.append({Field::Channels, tr("channels: an empty channel (two commas in a row?)")});
    return problems;
}

Result<AssignmentPlan> AssignmentService::setPlan(const AssignmentPlan &plan, qint64 actorId)
{
    if (const Result<Person> admin = requireAdmin(actorId, tr("change assignment plans")); !admin)
        return std::unexpected(admin.error());
    const Result<QList<PlanProblem>> problems = checkPlan(plan);
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty())
        return std::unexpected(Error::invalid(problems->first().message));
    const Result<Person> trainer = person(plan.trainerEmail);
    if (!trainer)
        return std::unexpected(trainer.error());
    const Result<QList<AssignmentPlan>> before = plans();
    if (!before)
        return std::unexpected(before.error());
    AssignmentPlan old;
    for (const AssignmentPlan &p : *before) {
        if (p.trainerId == trainer->id)
            old = p;
    }
    AssignmentPlan saved = plan;
    saved.trainerId = trainer->id;
    saved.trainerEmail = trainer->email;
    saved.trainerName = trainer->name;
    saved.stored = true;
    const Status done = m_db.transaction([&]() -> Status {
        if (const Status stored = AssignmentStore(m_db).savePlan(saved); !stored)
            return stored;
        return audit(m_db, actorId, u"assignment.plan"_s, u"assignment_plan"_s, trainer->email,
                     old.stored ? planJson(old) : QJsonObject(), planJson(saved));
    });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

Result<AssignmentService::Pool> AssignmentService::pool(const IsoWeek &week, bool anyPeriod, qint64 ignoreTaskId)
{
    Pool pool;
    const Result<TeamAccess> access = TeamAccess::load(m_db);
    if (!access)
        return std::unexpected(access.error());
    pool.access = *access;
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    for (const Person &p : *people)
        pool.people.insert(p.email, p);
    const Result<QList<Ticket>> tickets = TicketStore(m_db).list();
    if (!tickets)
        return std::unexpected(tickets.error());
    const Result<QList<Evaluation>> evaluations = EvaluationStore(m_db).list();
    if (!evaluations)
        return std::unexpected(evaluations.error());
    const Result<QList<AssignmentTask>> tasks = AssignmentStore(m_db).tasks();
    if (!tasks)
        return std::unexpected(tasks.error());

    const Result<QList<Scorecard>> activeCards = ScorecardStore(m_db).activeCards();
    if (!activeCards)
        return std::unexpected(activeCards.error());
    const QList<Scorecard> &cards = *activeCards;

    QSet<qint64> evaluated;
    QSet<qint64> everAssigned;
    QSet<qint64> assigned;
    for (const Evaluation &e : *evaluations) {
        if (e.kind == EvaluationKind::Normal)
            evaluated.insert(e.ticketId);
    }
    const QDate monthStart = week.monthStart();
    for (const AssignmentTask &t : *tasks) {
        everAssigned.insert(t.ticketId);
        assigned.insert(t.ticketId);
        if (t.id == ignoreTaskId)
            continue; // the task being replaced no longer counts for its engineer
        const Result<IsoWeek> taskWeek = IsoWeek::parse(t.week);
        if (taskWeek && taskWeek->monthStart() == monthStart && !t.engineerEmail.isEmpty())
            pool.priorCounts[t.engineerEmail] += 1;
    }
    // Evaluations made outside any task count towards the month too.
    const QDateTime monthFrom = startOfDayUtc(monthStart);
    const QDateTime monthTo = startOfDayUtc(monthStart.addMonths(1));
    for (const Evaluation &e : *evaluations) {
        if (e.kind == EvaluationKind::Normal && e.status == EvaluationStatus::Submitted
            && !everAssigned.contains(e.ticketId) && e.submittedAt >= monthFrom && e.submittedAt < monthTo)
            pool.priorCounts[e.engineerEmail] += 1;
    }

    const QDateTime from = startOfDayUtc(week.previous().monday());
    const QDateTime to = startOfDayUtc(week.monday());
    for (const Ticket &t : *tickets) {
        pool.tickets.insert(t.id, t);
        if (t.stub || t.assigneeEmail.isEmpty() || !t.solvedAt.isValid())
            continue;
        if (!anyPeriod && (t.solvedAt < from || t.solvedAt >= to))
            continue;
        if (evaluated.contains(t.id) || assigned.contains(t.id))
            continue;
        AssignmentDraw::Candidate c;
        c.ticketId = t.id;
        c.externalId = t.externalId;
        c.engineer = t.assigneeEmail;
        c.team = t.team;
        c.channel = t.channel;
        c.tags = t.tags;
        const QList<ScorecardMatcher::Match> matches = ScorecardMatcher::rank(cards, t);
        if (!matches.isEmpty())
            c.scorecard = matches.first().card->id;
        pool.candidates.append(c);
    }
    return pool;
}

Result<AssignmentService::DrawReport> AssignmentService::draw(const DrawRequest &request, qint64 actorId)
{
    if (const Result<Person> admin = requireAdmin(actorId, tr("draw assignments")); !admin)
        return std::unexpected(admin.error());
    if (!request.week.isValid())
        return std::unexpected(Error::invalid(tr("week: which week? (like 2026-W47)")));
    const QString weekText = request.week.toString();
    const Result<QList<AssignmentPlan>> allPlans = plans();
    if (!allPlans)
        return std::unexpected(allPlans.error());
    const Result<QList<AssignmentTask>> existing = AssignmentStore(m_db).tasks(weekText);
    if (!existing)
        return std::unexpected(existing.error());
    Result<Pool> pool = this->pool(request.week, false, 0);
    if (!pool)
        return std::unexpected(pool.error());

    DrawReport report;
    report.week = weekText;
    report.seed = request.seed ? *request.seed : QRandomGenerator::system()->generate64();
    report.solvedFrom = request.week.previous().monday();
    report.solvedTo = request.week.previous().sunday();
    report.dueDate = request.week.dueDate();
    report.candidateCount = int(pool->candidates.size());

    AssignmentDraw::Inputs inputs;
    inputs.week = weekText;
    inputs.seed = report.seed;
    inputs.candidates = pool->candidates;
    inputs.priorCounts = pool->priorCounts;
    bool trainerFound = request.trainerEmail.isEmpty();
    for (const AssignmentPlan &plan : *allPlans) {
        if (!request.trainerEmail.isEmpty() && plan.trainerEmail != request.trainerEmail.trimmed().toLower())
            continue;
        trainerFound = true;
        if (!plan.active || plan.perWeek == 0)
            continue;
        const bool drawn = std::any_of(existing->begin(), existing->end(),
                                       [&](const AssignmentTask &t) { return t.trainerId == plan.trainerId; });
        if (drawn) {
            report.skippedTrainers.append(plan.trainerEmail);
            continue;
        }
        inputs.plans.append(drawPlan(plan, pool->people.value(plan.trainerEmail), pool->access));
    }
    if (!trainerFound)
        return std::unexpected(Error::notFound(tr("trainer: %1 is not a trainer of this workspace").arg(request.trainerEmail)));
    if (inputs.plans.isEmpty() && !report.skippedTrainers.isEmpty())
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("week %1 has been drawn already for %2; reassign or replace single tasks "
                                        "instead").arg(weekText, report.skippedTrainers.join(u", "_s))});

    const AssignmentDraw::Outcome outcome = AssignmentDraw::run(inputs);
    report.shortfall = outcome.shortfall;
    for (const AssignmentDraw::Pick &pick : outcome.picks) {
        const Ticket ticket = pool->tickets.value(pick.ticketId);
        const Person trainer = pool->people.value(pick.trainer);
        const Person engineer = pool->people.value(pick.engineer);
        AssignmentTask task;
        task.week = weekText;
        task.trainerId = trainer.id;
        task.trainerEmail = trainer.email;
        task.trainerName = trainer.name;
        task.ticketId = ticket.id;
        task.ticketExternalId = ticket.externalId;
        task.ticketSubject = ticket.subject;
        task.sourceName = ticket.sourceName;
        task.team = ticket.team;
        task.engineerId = engineer.id;
        task.engineerEmail = pick.engineer;
        task.engineerName = engineer.name.isEmpty() ? pick.engineer : engineer.name;
        task.dueDate = report.dueDate;
        report.tasks.append(task);
    }
    if (request.dryRun)
        return report;

    const Status stored = m_db.transaction([&]() -> Status {
        AssignmentStore store(m_db);
        DrawRecord record;
        record.week = weekText;
        record.seed = QString::number(report.seed);
        record.inputs = AssignmentDraw::inputsToJson(inputs);
        record.result = AssignmentDraw::outcomeToJson(outcome);
        const Result<qint64> drawId = store.insertDraw(record, actorId);
        if (!drawId)
            return std::unexpected(drawId.error());
        report.drawId = *drawId;
        for (AssignmentTask &task : report.tasks) {
            task.drawId = *drawId;
            const Result<qint64> id = store.insertTask(task);
            if (!id)
                return std::unexpected(id.error());
            task.id = *id;
        }
        return audit(m_db, actorId, u"assignment.draw"_s, u"assignment_draw"_s, QString::number(*drawId), {},
                     {{u"week"_s, weekText},
                      {u"seed"_s, QString::number(report.seed)},
                      {u"tasks"_s, int(report.tasks.size())},
                      {u"candidates"_s, report.candidateCount}});
    });
    if (!stored)
        return std::unexpected(stored.error());
    return report;
}

Result<AssignmentService::VerifyReport> AssignmentService::verify(qint64 drawId)
{
    const Result<std::optional<DrawRecord>> record = AssignmentStore(m_db).draw(drawId);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::unexpected(Error::notFound(tr("no draw %1").arg(drawId)));
    const Result<AssignmentDraw::Inputs> inputs = AssignmentDraw::inputsFromJson((*record)->inputs);
    if (!inputs)
        return std::unexpected(inputs.error());
    VerifyReport report;
    report.drawId = drawId;
    report.rerun = AssignmentDraw::run(*inputs).picks;
    for (const QJsonValue &v : (*record)->result.value(u"picks"_s).toArray()) {
        const QJsonObject o = v.toObject();
        report.recorded.append({o.value(u"trainer"_s).toString(), o.value(u"ticket_id"_s).toInteger(),
                                o.value(u"ticket"_s).toString(), o.value(u"engineer"_s).toString()});
    }
    report.identical = report.recorded.size() == report.rerun.size()
                       && std::equal(report.recorded.begin(), report.recorded.end(), report.rerun.begin(),
                                     [](const AssignmentDraw::Pick &a, const AssignmentDraw::Pick &b) {
                                         return a.trainer == b.trainer && a.ticketId == b.ticketId
                                                && a.engineer == b.engineer;
                                     });
    return report;
}

Result<QList<AssignmentTask>> AssignmentService::tasks(const QString &week, const QString &trainerEmail,
                                                       bool withReplaced)
{
    qint64 trainerId = 0;
    if (!trainerEmail.isEmpty()) {
        const Result<Person> trainer = person(trainerEmail);
        if (!trainer)
            return std::unexpected(trainer.error());
        trainerId = trainer->id;
    }
    return AssignmentStore(m_db).tasks(week, trainerId, withReplaced);
}

namespace {

QList<AssignmentProgress> progressOf(const QList<AssignmentTask> &tasks, const QDate &today)
{
    QMap<QString, AssignmentProgress> byTrainer;
    for (const AssignmentTask &t : tasks) {
        AssignmentProgress &p = byTrainer[t.trainerEmail];
        p.trainerId = t.trainerId;
        p.trainerEmail = t.trainerEmail;
        p.trainerName = t.trainerName;
        p.assigned += 1;
        p.done += t.done ? 1 : 0;
        p.overdue += t.overdue(today) ? 1 : 0;
    }
    return byTrainer.values();
}

} // namespace

Result<QList<AssignmentProgress>> AssignmentService::progress(const QString &week, const QDate &today)
{
    const Result<QList<AssignmentTask>> all = AssignmentStore(m_db).tasks(week);
    if (!all)
        return std::unexpected(all.error());
    return progressOf(*all, today);
}

Result<QList<AssignmentProgress>> AssignmentService::progress(const QDate &dueFrom, const QDate &dueTo, const QDate &today)
{
    const Result<QList<AssignmentTask>> due = AssignmentStore(m_db).tasksDue(dueFrom, dueTo);
    if (!due)
        return std::unexpected(due.error());
    return progressOf(*due, today);
}

Result<std::optional<AssignmentTask>> AssignmentService::openTask(qint64 taskId)
{
    // Only a task still to do can move to another trainer or get another ticket.
    const Result<std::optional<AssignmentTask>> task = AssignmentStore(m_db).task(taskId);
    if (!task)
        return std::unexpected(task.error());
    if (!*task)
        return std::unexpected(Error::notFound(tr("no task %1").arg(taskId)));
    if ((*task)->status != AssignmentTask::Status::Active || (*task)->done)
        return std::unexpected(Error{Error::Code::Conflict, tr("task %1 is done or replaced already").arg(taskId)});
    return task;
}

Result<AssignmentTask> AssignmentService::reassign(qint64 taskId, const QString &trainerEmail, const QString &reason,
                                                   qint64 actorId)
{
    if (const Result<Person> admin = requireAdmin(actorId, tr("reassign tasks")); !admin)
        return std::unexpected(admin.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("reason: say why the task moves to another trainer")));
    AssignmentStore store(m_db);
    const Result<std::optional<AssignmentTask>> task = openTask(taskId);
    if (!task)
        return std::unexpected(task.error());
    const Result<Person> trainer = person(trainerEmail);
    if (!trainer)
        return std::unexpected(trainer.error());
    if (!trainer->hasRole(Role::Trainer))
        return std::unexpected(Error::invalid(tr("%1 is not a trainer").arg(trainer->email)));
    if (trainer->id == (*task)->trainerId)
        return std::unexpected(Error::invalid(tr("task %1 is %2's already").arg(taskId).arg(trainer->email)));
    if (trainer->email == (*task)->engineerEmail)
        return std::unexpected(permission(tr("%1 worked on ticket %2 and cannot evaluate it")
                                              .arg(trainer->name, (*task)->ticketExternalId)));
    const Result<TeamAccess> access = TeamAccess::load(m_db);
    if (!access)
        return std::unexpected(access.error());
    if (const Status allowed = access->check(*trainer, (*task)->team); !allowed)
        return std::unexpected(allowed.error());
    const Status done = m_db.transaction([&]() -> Status {
        if (const Status moved = store.setTrainer(taskId, trainer->id); !moved)
            return moved;
        AssignmentTask after = **task;
        after.trainerEmail = trainer->email;
        return audit(m_db, actorId, u"assignment.reassign"_s, u"assignment"_s, QString::number(taskId),
                     taskJson(**task), taskJson(after), reason.trimmed());
    });
    if (!done)
        return std::unexpected(done.error());
    const Result<std::optional<AssignmentTask>> after = store.task(taskId);
    if (!after)
        return std::unexpected(after.error());
    return **after;
}

Result<AssignmentTask> AssignmentService::replace(qint64 taskId, const QString &ticketRef, const QString &reason,
                                                  qint64 actorId, std::optional<quint64> seed)
{
    if (const Result<Person> admin = requireAdmin(actorId, tr("replace tasks")); !admin)
        return std::unexpected(admin.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("reason: say why the ticket is replaced")));
    AssignmentStore store(m_db);
    const Result<std::optional<AssignmentTask>> task = openTask(taskId);
    if (!task)
        return std::unexpected(task.error());
    const Result<IsoWeek> week = IsoWeek::parse((*task)->week);
    if (!week)
        return std::unexpected(week.error());
    const bool manual = !ticketRef.trimmed().isEmpty();
    Result<Pool> pool = this->pool(*week, manual, taskId);
    if (!pool)
        return std::unexpected(pool.error());
    const Person trainer = pool->people.value((*task)->trainerEmail);
    const Result<QList<AssignmentPlan>> allPlans = plans();
    if (!allPlans)
        return std::unexpected(allPlans.error());
    AssignmentPlan plan;
    for (const AssignmentPlan &p : *allPlans) {
        if (p.trainerId == trainer.id)
            plan = p;
    }

    AssignmentDraw::Pick pick;
    QJsonObject how;
    if (manual) {
        // An admin's own choice skips the plan's filters but never the hard rules.
        AssignmentDraw::Plan rules = drawPlan(AssignmentPlan{}, trainer, pool->access);
        QString source;
        QString external = ticketRef.trimmed();
        if (external.contains(u':')) {
            source = external.section(u':', 0, 0);
            external = external.section(u':', 1);
        }
        QList<const Ticket *> matches;
        for (const Ticket &t : std::as_const(pool->tickets)) {
            if (t.externalId == external && (source.isEmpty() || t.sourceName == source))
                matches.append(&t);
        }
        if (matches.isEmpty())
            return std::unexpected(Error::notFound(tr("ticket: no ticket \"%1\"").arg(ticketRef)));
        if (matches.size() > 1)
            return std::unexpected(Error::invalid(tr("ticket: \"%1\" exists in several sources; write SOURCE:ID").arg(ticketRef)));
        const Ticket &ticket = *matches.first();
        const auto candidate = std::find_if(pool->candidates.begin(), pool->candidates.end(),
                                            [&](const AssignmentDraw::Candidate &c) { return c.ticketId == ticket.id; });
        if (candidate == pool->candidates.end())
            return std::unexpected(Error{Error::Code::Conflict,
                                         tr("ticket %1 cannot be assigned: it is not solved, has no engineer, is "
                                            "evaluated already or another task holds it").arg(ticket.externalId)});
        if (ticket.assigneeEmail == trainer.email)
            return std::unexpected(permission(tr("%1 worked on ticket %2 and cannot evaluate it")
                                                  .arg(trainer.name, ticket.externalId)));
        if (const Status allowed = pool->access.check(trainer, ticket.team); !allowed)
            return std::unexpected(allowed.error());
        if (!AssignmentDraw::eligible(rules, *candidate))
            return std::unexpected(permission(tr("%1 may not evaluate ticket %2").arg(trainer.name, ticket.externalId)));
        pick = {trainer.email, ticket.id, ticket.externalId, ticket.assigneeEmail};
        how = {{u"chosen_by"_s, u"admin"_s}};
    } else {
        AssignmentDraw::Inputs inputs;
        inputs.week = (*task)->week;
        inputs.seed = seed ? *seed : QRandomGenerator::system()->generate64();
        inputs.candidates = pool->candidates;
        inputs.priorCounts = pool->priorCounts;
        AssignmentDraw::Plan one = drawPlan(plan, trainer, pool->access);
        one.perWeek = 1;
        inputs.plans = {one};
        const AssignmentDraw::Outcome outcome = AssignmentDraw::run(inputs);
        if (outcome.picks.isEmpty())
            return std::unexpected(Error{Error::Code::Conflict,
                                         tr("no other ticket of %1 fits %2's plan; name one with --ticket")
                                             .arg((*task)->week, trainer.email)});
        pick = outcome.picks.first();
        how = {{u"chosen_by"_s, u"draw"_s}, {u"seed"_s, QString::number(inputs.seed)},
               {u"candidates"_s, int(inputs.candidates.size())}};
    }

    const Person engineer = pool->people.value(pick.engineer);
    AssignmentTask replacement = **task;
    replacement.id = 0;
    replacement.ticketId = pick.ticketId;
    replacement.ticketExternalId = pick.externalId;
    replacement.engineerId = engineer.id;
    replacement.engineerEmail = pick.engineer;
    qint64 newId = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<qint64> id = store.insertTask(replacement);
        if (!id)
            return std::unexpected(id.error());
        newId = *id;
        if (const Status marked = store.markReplaced(taskId, newId); !marked)
            return marked;
        QJsonObject after = taskJson(replacement);
        after.insert(u"task"_s, newId);
        for (auto it = how.begin(); it != how.end(); ++it)
            after.insert(it.key(), it.value());
        return audit(m_db, actorId, u"assignment.replace"_s, u"assignment"_s, QString::number(taskId),
                     taskJson(**task), after, reason.trimmed());
    });
    if (!done)
        return std::unexpected(done.error());
    const Result<std::optional<AssignmentTask>> created = store.task(newId);
    if (!created)
        return std::unexpected(created.error());
    return **created;
}

} // namespace qadesk
