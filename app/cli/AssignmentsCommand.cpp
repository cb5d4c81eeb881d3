#include "AssignmentsCommand.h"

#include "assignments/AssignmentService.h"
#include "cli/ActingPerson.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

QStringList listValue(const QCommandLineParser &parser, const QString &option)
{
    QStringList items;
    for (const QString &item : parser.value(option).split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QJsonObject taskJson(const AssignmentTask &t)
{
    QJsonObject json{{u"id"_s, t.id},
                     {u"draw"_s, t.drawId},
                     {u"week"_s, t.week},
                     {u"trainer"_s, t.trainerEmail},
                     {u"ticket"_s, t.ticketExternalId},
                     {u"ticket_id"_s, t.ticketId},
                     {u"source"_s, t.sourceName},
                     {u"subject"_s, t.ticketSubject},
                     {u"team"_s, t.team},
                     {u"engineer"_s, t.engineerEmail},
                     {u"due"_s, t.dueDate.toString(Qt::ISODate)},
                     {u"status"_s, t.status == AssignmentTask::Status::Active ? u"active"_s : u"replaced"_s},
                     {u"done"_s, t.done},
                     {u"overdue"_s, t.overdue(today())},
                     {u"evaluation"_s, t.evaluationId ? QJsonValue(t.evaluationId) : QJsonValue()}};
    if (t.replacedBy)
        json.insert(u"replaced_by"_s, t.replacedBy);
    return json;
}

QJsonObject planJson(const AssignmentPlan &p)
{
    return {{u"trainer"_s, p.trainerEmail},
            {u"per_week"_s, p.perWeek},
            {u"teams"_s, QJsonArray::fromStringList(p.teams)},
            {u"tags"_s, QJsonArray::fromStringList(p.tags)},
            {u"channels"_s, QJsonArray::fromStringList(p.channels)},
            {u"scorecards"_s, QJsonArray::fromStringList(p.scorecards)},
            {u"active"_s, p.active},
            {u"default"_s, !p.stored}};
}

Result<std::optional<quint64>> seedOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"seed"_s))
        return std::optional<quint64>();
    bool ok = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return std::unexpected(Error::invalid(AssignmentsCommand::tr("--seed: \"%1\" is not a number from 0 to "
                                                                     "18446744073709551615").arg(parser.value(u"seed"_s))));
    return std::optional(seed);
}

void printTasks(CliContext &context, const QList<AssignmentTask> &tasks)
{
    TextTable table({AssignmentsCommand::tr("TASK"), AssignmentsCommand::tr("WEEK"), AssignmentsCommand::tr("DUE"),
                     AssignmentsCommand::tr("TRAINER"), AssignmentsCommand::tr("TICKET"),
                     AssignmentsCommand::tr("ENGINEER"), AssignmentsCommand::tr("STATE")});
    for (const AssignmentTask &t : tasks) {
        QString state = t.status == AssignmentTask::Status::Replaced
                            ? AssignmentsCommand::tr("replaced by %1").arg(t.replacedBy)
                        : t.done              ? AssignmentsCommand::tr("done")
                        : t.overdue(today()) ? AssignmentsCommand::tr("overdue")
                        : t.evaluationId      ? AssignmentsCommand::tr("in progress")
                                              : AssignmentsCommand::tr("to do");
        table.addRow({QString::number(t.id), t.week, t.dueDate.toString(Qt::ISODate), t.trainerEmail,
                      t.sourceName + u':' + t.ticketExternalId, t.engineerEmail, state});
    }
    table.print(context.out(), AssignmentsCommand::tr("No tasks."));
}

} // namespace

QString AssignmentsCommand::name() const
{
    return u"assignments"_s;
}

QList<Command::Usage> AssignmentsCommand::usages() const
{
    return {
        {u"assignments draw --week 2026-W47 [--seed N] [--trainer EMAIL] [--dry-run] --as ADMIN"_s,
         tr("draw the week's tasks from tickets solved the week before")},
        {u"assignments list [--week W] [--trainer EMAIL] [--all] [--json]"_s, tr("tasks (--all: with replaced ones)")},
        {u"assignments progress [--week W] [--json]"_s, tr("assigned / done / overdue per trainer")},
        {u"assignments plans [--json]"_s, tr("each trainer's plan")},
        {u"assignments plan TRAINER [--per-week N] [--teams ..] [--tags ..] [--channels ..] [--scorecards ..] "
         u"[--inactive] --as ADMIN"_s,
         tr("set a trainer's plan")},
        {u"assignments reassign TASK --to EMAIL --reason TEXT --as ADMIN"_s, tr("give a task to another trainer")},
        {u"assignments replace TASK [--ticket [SOURCE:]ID] [--seed N] --reason TEXT --as ADMIN"_s,
         tr("another ticket for a task (drawn unless named)")},
        {u"assignments verify DRAW [--json]"_s, tr("re-run a recorded draw and compare")},
    };
}

void AssignmentsCommand::addOptions(QCommandLineParser &parser) const
{
    ActingPerson::addOption(parser);
    parser.addOption({u"week"_s, tr("An ISO week, like 2026-W47."), tr("week")});
    parser.addOption({u"seed"_s, tr("The draw's seed (a random one is chosen and recorded otherwise)."), tr("n")});
    parser.addOption({u"trainer"_s, tr("Only this trainer."), tr("email")});
    parser.addOption({u"dry-run"_s, tr("Show the draw without storing it.")});
    parser.addOption({u"all"_s, tr("Include replaced tasks.")});
    parser.addOption({u"per-week"_s, tr("Tickets a week (default 10)."), tr("n")});
    parser.addOption({u"teams"_s, tr("Only these teams (comma-separated)."), tr("teams")});
    parser.addOption({u"tags"_s, tr("Only tickets with one of these tags."), tr("tags")});
    parser.addOption({u"channels"_s, tr("Only these channels."), tr("channels")});
    parser.addOption({u"scorecards"_s, tr("Only tickets these cards fit best."), tr("cards")});
    parser.addOption({u"inactive"_s, tr("The trainer gets no tasks for now.")});
    parser.addOption({u"to"_s, tr("The trainer who takes the task."), tr("email")});
    parser.addOption({u"reason"_s, tr("Why (kept in the audit log)."), tr("text")});
    parser.addOption({u"ticket"_s, tr("The replacement ticket, [SOURCE:]ID."), tr("ticket")});
}

int AssignmentsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    static const QStringList actions{u"draw"_s,     u"list"_s,    u"progress"_s, u"plans"_s,
                                     u"plan"_s,     u"reassign"_s, u"replace"_s, u"verify"_s};
    if (!actions.contains(action))
        return context.badUsage(tr("assignments needs one of: %1").arg(actions.join(u", "_s)));
    QString week;
    if (parser.isSet(u"week"_s)) {
        const Result<IsoWeek> parsed = IsoWeek::parse(parser.value(u"week"_s));
        if (!parsed)
            return context.fail(parsed.error());
        week = parsed->toString();
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> actor = ActingPerson::resolve(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    AssignmentService service(**db);
    const bool json = parser.isSet(u"json"_s);

    if (action == u"draw"_s) {
        if (week.isEmpty())
            return context.badUsage(tr("assignments draw needs --week, like --week 2026-W47"));
        const Result<std::optional<quint64>> seed = seedOption(parser);
        if (!seed)
            return context.fail(seed.error());
        AssignmentService::DrawRequest request{IsoWeek::parse(week).value(), *seed, parser.value(u"trainer"_s),
                                               parser.isSet(u"dry-run"_s)};
        const Result<AssignmentService::DrawReport> report = service.draw(request, *actor);
        if (!report)
            return context.fail(report.error());
        if (json) {
            QJsonArray tasks;
            for (const AssignmentTask &t : report->tasks)
                tasks.append(taskJson(t));
            QJsonObject shortfall;
            for (auto it = report->shortfall.cbegin(); it != report->shortfall.cend(); ++it)
                shortfall.insert(it.key(), it.value());
            context.printJson(QJsonObject{{u"draw"_s, report->drawId ? QJsonValue(report->drawId) : QJsonValue()},
                                          {u"week"_s, report->week},
                                          {u"seed"_s, QString::number(report->seed)},
                                          {u"dry_run"_s, request.dryRun},
                                          {u"solved_from"_s, report->solvedFrom.toString(Qt::ISODate)},
                                          {u"solved_to"_s, report->solvedTo.toString(Qt::ISODate)},
                                          {u"due"_s, report->dueDate.toString(Qt::ISODate)},
                                          {u"candidates"_s, report->candidateCount},
                                          {u"tasks"_s, tasks},
                                          {u"shortfall"_s, shortfall},
                                          {u"skipped_trainers"_s, QJsonArray::fromStringList(report->skippedTrainers)}});
            return Success;
        }
        context.out() << tr("Week %1, seed %2: %n task(s) from %3 ticket(s) solved %4 to %5, due %6.", nullptr,
                            int(report->tasks.size()))
                             .arg(report->week, QString::number(report->seed))
                             .arg(report->candidateCount)
                             .arg(report->solvedFrom.toString(Qt::ISODate), report->solvedTo.toString(Qt::ISODate),
                                  report->dueDate.toString(Qt::ISODate))
                      << Qt::endl;
        for (auto it = report->shortfall.cbegin(); it != report->shortfall.cend(); ++it)
            context.out() << tr("%1: %n task(s) short, not enough eligible tickets.", nullptr, it.value()).arg(it.key())
                          << Qt::endl;
        if (!report->skippedTrainers.isEmpty())
            context.out() << tr("Drawn already: %1.").arg(report->skippedTrainers.join(u", "_s)) << Qt::endl;
        if (request.dryRun)
            context.out() << tr("Dry run: nothing stored.") << Qt::endl;
        printTasks(context, report->tasks);
        return Success;
    }
    if (action == u"list"_s) {
        const Result<QList<AssignmentTask>> tasks =
            service.tasks(week, parser.value(u"trainer"_s), parser.isSet(u"all"_s));
        if (!tasks)
            return context.fail(tasks.error());
        if (json) {
            QJsonArray array;
            for (const AssignmentTask &t : *tasks)
                array.append(taskJson(t));
            context.printJson(array);
        } else {
            printTasks(context, *tasks);
        }
        return Success;
    }
    if (action == u"progress"_s) {
        const Result<QList<AssignmentProgress>> progress = service.progress(week, today());
        if (!progress)
            return context.fail(progress.error());
        if (json) {
            QJsonArray array;
            for (const AssignmentProgress &p : *progress)
                array.append(QJsonObject{{u"trainer"_s, p.trainerEmail}, {u"name"_s, p.trainerName},
                                         {u"assigned"_s, p.assigned}, {u"done"_s, p.done}, {u"overdue"_s, p.overdue}});
            context.printJson(array);
            return Success;
        }
        TextTable table({tr("TRAINER"), tr("ASSIGNED"), tr("DONE"), tr("OVERDUE")});
        for (const AssignmentProgress &p : *progress)
            table.addRow({p.trainerEmail, QString::number(p.assigned), QString::number(p.done), QString::number(p.overdue)});
        table.print(context.out(), tr("No tasks."));
        return Success;
    }
    if (action == u"plans"_s) {
        const Result<QList<AssignmentPlan>> plans = service.plans();
        if (!plans)
            return context.fail(plans.error());
        if (json) {
            QJsonArray array;
            for (const AssignmentPlan &p : *plans)
                array.append(planJson(p));
            context.printJson(array);
            return Success;
        }
        TextTable table({tr("TRAINER"), tr("PER WEEK"), tr("TEAMS"), tr("TAGS"), tr("CHANNELS"), tr("SCORECARDS"), tr("ACTIVE")});
        for (const AssignmentPlan &p : *plans)
            table.addRow({p.trainerEmail, QString::number(p.perWeek), p.teams.join(u','), p.tags.join(u','),
                          p.channels.join(u','), p.scorecards.join(u','), p.active ? tr("yes") : tr("no")});
        table.print(context.out(), tr("No trainers."));
        return Success;
    }
    if (action == u"plan"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("assignments plan needs the trainer's email"));
        AssignmentPlan plan;
        const Result<QList<AssignmentPlan>> plans = service.plans();
        if (!plans)
            return context.fail(plans.error());
        for (const AssignmentPlan &p : *plans) {
            if (p.trainerEmail == args.at(2).trimmed().toLower())
                plan = p; // options not given keep their value
        }
        plan.trainerEmail = args.at(2);
        if (parser.isSet(u"per-week"_s)) {
            bool ok = false;
            plan.perWeek = parser.value(u"per-week"_s).toInt(&ok);
            if (!ok)
                return context.fail(Error::invalid(tr("--per-week: \"%1\" is not a number").arg(parser.value(u"per-week"_s))));
        }
        if (parser.isSet(u"teams"_s))
            plan.teams = listValue(parser, u"teams"_s);
        if (parser.isSet(u"tags"_s))
            plan.tags = listValue(parser, u"tags"_s);
        if (parser.isSet(u"channels"_s))
            plan.channels = listValue(parser, u"channels"_s);
        if (parser.isSet(u"scorecards"_s))
            plan.scorecards = listValue(parser, u"scorecards"_s);
        plan.active = !parser.isSet(u"inactive"_s);
        const Result<AssignmentPlan> saved = service.setPlan(plan, *actor);
        if (!saved)
            return context.fail(saved.error());
        if (json)
            context.printJson(planJson(*saved));
        else
            context.out() << tr("Plan of %1: %n ticket(s) a week.", nullptr, saved->perWeek).arg(saved->trainerEmail)
                          << Qt::endl;
        return Success;
    }
    if (action == u"verify"_s) {
        bool ok = false;
        const qint64 drawId = args.value(2).toLongLong(&ok);
        if (args.size() != 3 || !ok)
            return context.badUsage(tr("assignments verify needs a draw number"));
        const Result<AssignmentService::VerifyReport> report = service.verify(drawId);
        if (!report)
            return context.fail(report.error());
        if (json)
            context.printJson(QJsonObject{{u"draw"_s, drawId}, {u"identical"_s, report->identical},
                                          {u"tasks"_s, int(report->recorded.size())}});
        else
            context.out() << (report->identical
                                  ? tr("Draw %1: re-running it from its recorded seed and inputs gives the same %n ticket(s).",
                                       nullptr, int(report->recorded.size()))
                                  : tr("Draw %1: re-running it gives different tickets than recorded."))
                                 .arg(drawId)
                          << Qt::endl;
        return report->identical ? Success : Failure;
    }

    // reassign / replace
    bool ok = false;
    const qint64 taskId = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok)
        return context.badUsage(tr("assignments %1 needs a task number").arg(action));
    Result<AssignmentTask> changed = std::unexpected(Error{});
    if (action == u"reassign"_s) {
        if (!parser.isSet(u"to"_s))
            return context.badUsage(tr("assignments reassign needs --to EMAIL"));
        changed = service.reassign(taskId, parser.value(u"to"_s), parser.value(u"reason"_s), *actor);
    } else {
        const Result<std::optional<quint64>> seed = seedOption(parser);
        if (!seed)
            return context.fail(seed.error());
        changed = service.replace(taskId, parser.value(u"ticket"_s), parser.value(u"reason"_s), *actor, *seed);
    }
    if (!changed)
        return context.fail(changed.error());
    if (json)
        context.printJson(taskJson(*changed));
    else
        context.out() << (action == u"reassign"_s ? tr("Task %1 is %2's now.").arg(changed->id).arg(changed->trainerEmail)
                                                  : tr("Task %1 replaced by task %2 (ticket %3).")
                                                        .arg(taskId)
                                                        .arg(changed->id)
                                                        .arg(changed->ticketExternalId))
                      << Qt::endl;
    return Success;
}

} // namespace qadesk::cli
