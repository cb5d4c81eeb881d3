#include "EvaluationsCommand.h"

#include "cli/ActingPerson.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "domain/DomainJson.h"
#include "evaluations/EvaluationImporter.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString EvaluationsCommand::name() const
{
    return u"evaluations"_s;
}

QList<Command::Usage> EvaluationsCommand::usages() const
{
    return {
        {u"evaluations import FILE.json [--allow-incomplete] [--as EMAIL]"_s,
         tr("import qadesk.evaluations/1, all or nothing (--as a QA admin once the workspace has one)")},
        {u"evaluations list [--json]"_s, tr("every evaluation, newest first")},
    };
}

void EvaluationsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"allow-incomplete"_s, tr("Import evaluations that miss answers or comments, flagged as incomplete.")});
    ActingPerson::addOption(parser);
}

int EvaluationsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action == u"import"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("evaluations import needs exactly one file"));
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        const Result<std::optional<qint64>> actor = ActingPerson::importer(**db, parser, u"evaluations import"_s);
        if (!actor)
            return context.fail(actor.error());
        EvaluationImporter::Options options;
        options.allowIncomplete = parser.isSet(u"allow-incomplete"_s);
        options.actorId = *actor;
        const Result<EvaluationImportReport> report = EvaluationImporter(**db).importFile(args.at(2), options);
        if (!report)
            return context.fail(report.error());
        if (parser.isSet(u"json"_s)) {
            context.printJson(QJsonObject({{u"imported"_s, report->imported},
                                          {u"incomplete"_s, report->incomplete},
                                          {u"ticket_stubs"_s, report->ticketStubs},
                                          {u"people_created"_s, report->peopleCreated}}));
        } else {
            context.out() << tr("Imported %n evaluation(s).", nullptr, report->imported) << Qt::endl;
            if (report->incomplete > 0)
                context.out() << tr("%n of them flagged incomplete.", nullptr, report->incomplete) << Qt::endl;
            if (report->ticketStubs > 0)
                context.out() << tr("%n ticket(s) not in the workspace yet were created as stubs; a sync fills them in.",
                                    nullptr, report->ticketStubs)
                              << Qt::endl;
        }
        return Success;
    }
    if (action == u"list"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("evaluations list takes no arguments"));
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        const Result<QList<Evaluation>> evaluations = EvaluationStore(**db).list();
        if (!evaluations)
            return context.fail(evaluations.error());
        if (parser.isSet(u"json"_s)) {
            QJsonArray json;
            for (const Evaluation &e : *evaluations)
                json.append(DomainJson::evaluation(e, false));
            context.printJson(json);
            return Success;
        }
        TextTable table({tr("ID"), tr("SUBMITTED"), tr("TICKET"), tr("ENGINEER"), tr("TRAINER"), tr("SCORECARD"),
                         tr("SCORE"), tr("NOTE")});
        const QLocale locale;
        for (const Evaluation &e : *evaluations) {
            QStringList notes;
            if (e.kind == EvaluationKind::Calibration)
                notes.append(tr("calibration"));
            if (e.criticalFailed)
                notes.append(tr("critical question failed (%1 before the cap)").arg(locale.toString(e.uncappedScore.value_or(0), 'f', 1)));
            if (!e.complete)
                notes.append(tr("incomplete"));
            if (e.status == EvaluationStatus::Draft)
                notes.append(tr("draft"));
            table.addRow({QString::number(e.id), e.submittedAt.toUTC().toString(u"yyyy-MM-dd"_s), e.ticketExternalId,
                          e.engineerEmail, e.trainerEmail, e.scorecardId,
                          e.score ? locale.toString(*e.score, 'f', 1) : tr("unscored"), notes.join(u", "_s)});
        }
        table.print(context.out(), tr("No evaluations yet."));
        return Success;
    }
    return context.badUsage(tr("evaluations needs one of: import, list"));
}

} // namespace qadesk::cli
