#include "DemoCommand.h"

#include "cli/CliContext.h"
#include "demo/DemoWorkspace.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString DemoCommand::name() const
{
    return u"demo"_s;
}

QList<Command::Usage> DemoCommand::usages() const
{
    return {
        {u"demo init"_s, tr("seed the workspace with the demo data")},
    };
}

void DemoCommand::addOptions(QCommandLineParser &) const
{
}

int DemoCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.value(1) != u"init"_s || args.size() != 2)
        return context.badUsage(tr("demo needs: init"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<DemoWorkspace::Report> report = DemoWorkspace::seed(**db);
    if (!report)
        return context.fail(report.error());
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonObject({{u"database"_s, (*db)->url().display()},
                                      {u"already_seeded"_s, report->alreadySeeded},
                                      {u"scorecards"_s, report->scorecards},
                                      {u"people"_s, report->people},
                                      {u"tickets"_s, report->tickets},
                                      {u"evaluations"_s, report->evaluations}}));
    } else if (report->alreadySeeded) {
        context.out() << tr("%1 already holds the demo workspace.").arg((*db)->url().display()) << Qt::endl;
    } else {
        context.out() << tr("Demo workspace ready in %1.").arg((*db)->url().display()) << Qt::endl
                      << tr("Scorecards: %1, people: %2, tickets: %3, evaluations: %4.")
                             .arg(report->scorecards)
                             .arg(report->people)
                             .arg(report->tickets)
                             .arg(report->evaluations)
                      << Qt::endl;
    }
    return Success;
}

} // namespace qadesk::cli
