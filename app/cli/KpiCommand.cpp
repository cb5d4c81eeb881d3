#include "KpiCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "kpi/KpiAdministration.h"
#include "kpi/KpiReportBuilder.h"
#include "kpi/KpiReportJson.h"
#include "reports/KpiCsvExport.h"
#include "reports/KpiExportData.h"
#include "reports/KpiPdfExport.h"
#include "reports/KpiXlsxExport.h"
#include "storage/BonusTableStore.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

Result<Person> actingPerson(Database &db, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"as"_s);
    if (email.isEmpty())
        return std::unexpected(Error::invalid(KpiCommand::tr("--as EMAIL: say who is acting (a QA admin)")));
    Result<std::optional<Person>> person = PeopleStore(db).findByEmail(email);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::unexpected(Error::notFound(KpiCommand::tr("--as: nobody in the workspace has the email %1").arg(email)));
    return **person;
}

} // namespace

QString KpiCommand::name() const
{
    return u"kpi"_s;
}

QList<Command::Usage> KpiCommand::usages() const
{
    return {
        {u"kpi --from DAY --to DAY [--by engineer|team|scorecard|trainer] [--format table|json|csv|xlsx|pdf] [-o FILE]"_s,
         tr("the KPI table of a period (a closed month: its snapshot)")},
        {u"kpi close-month YYYY-MM --as EMAIL"_s, tr("freeze a month's KPI tables (QA admin)")},
        {u"kpi reopen-month YYYY-MM --reason TEXT --as EMAIL"_s, tr("reopen a closed month (QA admin)")},
        {u"kpi bonus-table [set \"0:0, 70:0, 80:0.8\" --as EMAIL]"_s, tr("show or change the KPI -> bonus multiplier table")},
    };
}

void KpiCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"from"_s, tr("First day of the period (yyyy-MM-dd)."), tr("day")});
    parser.addOption({u"to"_s, tr("Last day of the period, included (yyyy-MM-dd)."), tr("day")});
    parser.addOption({u"by"_s, tr("Rows per engineer (default), team, scorecard or trainer."), tr("grouping")});
    parser.addOption({u"format"_s, tr("table (default), json, csv, xlsx or pdf."), tr("format")});
    parser.addOption({u"basis"_s, tr("Put evaluations in the period by their submission time (submitted, default) or "
                                     "their ticket's solved time (solved)."),
                      tr("basis")});
    parser.addOption({u"min-evaluations"_s, tr("Evaluations a month an engineer needs for a fair KPI (default 4)."), tr("n")});
    parser.addOption({u"bom"_s, tr("Start CSV with a UTF-8 byte order mark (for Excel).")});
    parser.addOption({u"live"_s, tr("Compute from the evaluations even for a closed month.")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to this file instead of standard output."), tr("file")});
    parser.addOption({u"as"_s, tr("The acting person's email."), tr("email")});
    parser.addOption({u"reason"_s, tr("Why a closed month is reopened or the bonus table changed."), tr("text")});
}

bool KpiCommand::paints(const QStringList &arguments)
{
    if (!arguments.contains(u"kpi"_s))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf"_s || (arguments.at(i) == u"--format"_s && arguments.value(i + 1) == u"pdf"_s))
            return true;
    }
    return false;
}

int KpiCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action.isEmpty())
        return report(context, parser);
    if (action == u"close-month"_s)
        return closeOrReopen(context, parser, true);
    if (action == u"reopen-month"_s)
        return closeOrReopen(context, parser, false);
    if (action == u"bonus-table"_s)
        return bonusTable(context, parser);
    return context.badUsage(tr("kpi: unknown action \"%1\"").arg(action));
}

int KpiCommand::report(CliContext &context, const QCommandLineParser &parser) const
{
    KpiReportOptions options;
    options.period.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    options.period.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!options.period.from.isValid())
        return context.badUsage(tr("--from: expected a day as yyyy-MM-dd, got \"%1\"").arg(parser.value(u"from"_s)));
    if (!options.period.to.isValid())
        return context.badUsage(tr("--to: expected a day as yyyy-MM-dd, got \"%1\"").arg(parser.value(u"to"_s)));
    if (options.period.to < options.period.from)
        return context.badUsage(tr("--to: the last day is before the first"));
    const auto grouping = kpiGroupingFromId(parser.isSet(u"by"_s) ? parser.value(u"by"_s) : u"engineer"_s);
    if (!grouping)
        return context.badUsage(tr("--by: expected engineer, team, scorecard or trainer, got \"%1\"").arg(parser.value(u"by"_s)));
    const auto basis = kpiTimeBasisFromId(parser.isSet(u"basis"_s) ? parser.value(u"basis"_s) : u"submitted"_s);
    if (!basis)
        return context.badUsage(tr("--basis: expected submitted or solved, got \"%1\"").arg(parser.value(u"basis"_s)));
    options.basis = *basis;
    if (parser.isSet(u"min-evaluations"_s)) {
        bool ok = false;
        options.minimumPerMonth = parser.value(u"min-evaluations"_s).toInt(&ok);
        if (!ok || options.minimumPerMonth < 0)
            return context.badUsage(tr("--min-evaluations: expected a whole number ≥ 0"));
    }
    options.useSnapshots = !parser.isSet(u"live"_s);
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s)
                                                     : (parser.isSet(u"json"_s) ? u"json"_s : u"table"_s);
    static const QStringList formats{u"table"_s, u"json"_s, u"csv"_s, u"xlsx"_s, u"pdf"_s};
    if (!formats.contains(format))
        return context.badUsage(tr("--format: expected table, json, csv, xlsx or pdf, got \"%1\"").arg(format));
    const QString output = parser.value(u"output"_s);
    if ((format == u"xlsx"_s || format == u"pdf"_s) && output.isEmpty())
        return context.badUsage(tr("--format %1 writes a file: give it with -o FILE").arg(format));

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());

    if (format == u"xlsx"_s || format == u"pdf"_s) {
        Result<KpiExportData> data = KpiExportData::collect(**db, options, format == u"xlsx"_s);
        if (!data)
            return context.fail(data.error());
        const Status written = format == u"xlsx"_s ? KpiXlsxExport::write(*data, output) : KpiPdfExport::write(*data, output);
        if (!written)
            return context.fail(written.error());
        context.err() << tr("Wrote %1 (%2).").arg(output, data->sourceText()) << Qt::endl;
        return Success;
    }

    options.groupings = {*grouping};
    Result<KpiReport> report = KpiReportBuilder(**db).build(options);
    if (!report)
        return context.fail(report.error());

    // A trainer's tasks are live numbers (never frozen with a month): they say who owes what now.
    QList<TrainerActivity> trainers;
    if (*grouping == KpiGrouping::Trainer && format != u"csv"_s) {
        Result<QList<TrainerActivity>> activity =
            KpiReportBuilder(**db).trainerActivity({report->period, report->basis, std::nullopt, 0}, QDate::currentDate());
        if (!activity)
            return context.fail(activity.error());
        trainers = std::move(*activity);
    }

    QByteArray bytes;
    if (format == u"json"_s) {
        QJsonObject json = KpiReportJson::tableJson(*report, *grouping);
        if (*grouping == KpiGrouping::Trainer)
            KpiReportJson::addTrainerActivity(json, trainers);
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (format == u"csv"_s) {
        bytes = KpiCsvExport::write(*report, *grouping, parser.isSet(u"bom"_s));
    } else {
        const bool byTrainer = *grouping == KpiGrouping::Trainer;
        QStringList headers{kpiGroupingLabel(*grouping), tr("Evals"), tr("KPI"), tr("Low"), tr("High"), tr("Crit"),
                            tr("Open disp."), tr("Multiplier"), tr("Change")};
        if (byTrainer)
            headers << tr("Assigned") << tr("Done") << tr("Overdue");
        TextTable table(headers);
        QHash<qint64, TrainerActivity> tasks;
        for (const TrainerActivity &a : std::as_const(trainers))
            tasks.insert(a.trainerId, a);
        const KpiTable *t = report->table(*grouping);
        for (const KpiRow &r : t->rows) {
            QStringList cells{r.name + (r.tooFewEvaluations ? u" *"_s : QString()), QString::number(r.evaluations),
                              KpiExportData::number(r.kpi, 1), KpiExportData::number(r.lowest, 1),
                              KpiExportData::number(r.highest, 1), QString::number(r.criticalFails),
                              QString::number(r.openDisputes), KpiExportData::number(r.bonusMultiplier, 2),
                              KpiExportData::number(r.change, 1)};
            if (byTrainer) {
                const TrainerActivity a = tasks.value(r.id);
                cells << QString::number(a.assigned) << QString::number(a.assignedDone) << QString::number(a.overdue);
            }
            table.addRow(cells);
        }
        KpiExportData described;
        described.report = *report;
        QString text;
        QTextStream stream(&text);
        stream << tr("KPI %1").arg(described.periodText()) << Qt::endl;
        table.print(stream, tr("Nobody to list."));
        stream << tr("All: %1 evaluations, KPI %2. * fewer than %3 evaluations.")
                      .arg(t->total.evaluations)
                      .arg(KpiExportData::number(t->total.kpi, 1))
                      .arg(report->minimumEvaluations)
               << Qt::endl;
        stream << described.sourceText() << Qt::endl;
        stream.flush();
        bytes = text.toUtf8();
    }
    if (output.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return context.fail(Error::io(tr("%1: cannot write the file: %2").arg(output, file.errorString())));
    return Success;
}

int KpiCommand::closeOrReopen(CliContext &context, const QCommandLineParser &parser, bool close) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.badUsage(tr("kpi %1 needs the month, e.g. 2026-10").arg(args.value(1)));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    Result<Person> actor = actingPerson(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    KpiAdministration kpi(**db);
    const QString month = args.at(2);
    if (close) {
        const auto basis = kpiTimeBasisFromId(parser.isSet(u"basis"_s) ? parser.value(u"basis"_s) : u"submitted"_s);
        if (!basis)
            return context.badUsage(tr("--basis: expected submitted or solved"));
        const int minimum = parser.isSet(u"min-evaluations"_s) ? parser.value(u"min-evaluations"_s).toInt() : 4;
        Result<qint64> id = kpi.closeMonth(*actor, month, *basis, minimum);
        if (!id)
            return context.fail(id.error());
        if (parser.isSet(u"json"_s))
            context.printJson(QJsonObject{{u"month"_s, month}, {u"snapshot"_s, *id}});
        else
            context.out() << tr("Closed %1: snapshot #%2.").arg(month).arg(*id) << Qt::endl;
        return Success;
    }
    const Status reopened = kpi.reopenMonth(*actor, month, parser.value(u"reason"_s));
    if (!reopened)
        return context.fail(reopened.error());
    context.out() << tr("Reopened %1.").arg(month) << Qt::endl;
    return Success;
}

int KpiCommand::bonusTable(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (args.value(2) == u"set"_s) {
        if (args.size() != 4)
            return context.badUsage(tr("kpi bonus-table set needs the points, e.g. \"0:0, 70:0, 80:0.8, 90:1, 100:1.2\""));
        Result<QList<QPair<double, double>>> points = BonusTable::parsePoints(args.at(3));
        if (!points)
            return context.fail(points.error());
        Result<Person> actor = actingPerson(**db, parser);
        if (!actor)
            return context.fail(actor.error());
        Result<BonusTable> saved = KpiAdministration(**db).saveBonusTable(*actor, *points, parser.value(u"reason"_s));
        if (!saved)
            return context.fail(saved.error());
        context.out() << tr("Bonus table version %1: %2").arg(saved->versionId).arg(BonusTable::pointsText(saved->points))
                      << Qt::endl;
        return Success;
    }
    if (args.size() != 2)
        return context.badUsage(tr("kpi bonus-table takes no arguments, or set POINTS"));
    Result<BonusTable> current = BonusTableStore(**db).current();
    if (!current)
        return context.fail(current.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray points;
        for (const auto &[kpi, multiplier] : current->points)
            points.append(QJsonArray{kpi, multiplier});
        context.printJson(QJsonObject{{u"version"_s, current->versionId}, {u"hash"_s, current->contentHash}, {u"points"_s, points}});
    } else {
        context.out() << (current->versionId > 0 ? tr("Version %1 by %2: %3").arg(current->versionId).arg(current->createdBy,
                                                                                                     BonusTable::pointsText(current->points))
                                                 : tr("Default table: %1").arg(BonusTable::pointsText(current->points)))
                      << Qt::endl;
    }
    return Success;
}

} // namespace qadesk::cli
