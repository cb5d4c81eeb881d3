#include "ScorecardsCommand.h"

#include "cli/ActingPerson.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "kpi/WhatIfAnalysis.h"
#include "scorecards/ScorecardAdminService.h"
#include "scoring/ScorecardDiff.h"
#include "scoring/ScorecardParser.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString ScorecardsCommand::name() const
{
    return u"scorecards"_s;
}

QList<Command::Usage> ScorecardsCommand::usages() const
{
    return {
        {u"scorecards import FILE... [--as EMAIL]"_s,
         tr("add cards, or new versions of cards already here (--as a QA admin once the workspace has one)")},
        {u"scorecards list [--json]"_s, tr("the cards with their current versions")},
        {u"scorecards export ID [--version V] [-o FILE]"_s, tr("a card as qadesk.scorecard/1 JSON")},
        {u"scorecards diff ID --from V --to V [--json]"_s, tr("what changed between two versions of a card")},
        {u"scorecards whatif DRAFT.json --from D --to D [--json]"_s,
         tr("KPI per engineer and team if the draft card had been used in the period")},
        {u"scorecards duplicate ID NEW_ID [--title T] --as EMAIL"_s, tr("copy a card under a new id (QA admin)")},
        {u"scorecards archive ID [--restore] --as EMAIL"_s, tr("offer a card for no new evaluation, or again (QA admin)")},
    };
}

void ScorecardsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"version"_s, tr("A version (content hash or a prefix of at least 6 characters)."), tr("hash")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to this file instead of standard output."), tr("file")});
    parser.addOption({u"from"_s, tr("diff: the older version (hash prefix); whatif: the first day (YYYY-MM-DD)."), tr("value")});
    parser.addOption({u"to"_s, tr("diff: the newer version (hash prefix, default the current one); whatif: the last day."),
                      tr("value")});
    parser.addOption({u"as"_s, tr("The acting person (email); changing cards needs a QA admin."), tr("email")});
    parser.addOption({u"title"_s, tr("duplicate: the new card's title."), tr("text")});
    parser.addOption({u"restore"_s, tr("archive: bring an archived card back.")});
}

namespace {

// The person named by --as; changing cards is refused without one.
Result<qint64> actingPerson(Database &db, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"as"_s).trimmed();
    if (email.isEmpty())
        return std::unexpected(Error::invalid(ScorecardsCommand::tr("--as: say who is acting (a QA admin's email)")));
    const Result<std::optional<Person>> person = PeopleStore(db).findByEmail(email);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::unexpected(Error::notFound(ScorecardsCommand::tr("--as: no person with email %1").arg(email)));
    return (*person)->id;
}

} // namespace

int ScorecardsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    static const QStringList actions{u"import"_s, u"list"_s, u"export"_s, u"diff"_s, u"duplicate"_s, u"archive"_s, u"whatif"_s};
    if (!actions.contains(action))
        return context.badUsage(tr("scorecards needs one of: %1").arg(actions.join(u", "_s)));
    if (action == u"diff"_s)
        return runDiff(context, parser);
    if (action == u"whatif"_s)
        return runWhatIf(context, parser);
    if (action == u"duplicate"_s || action == u"archive"_s)
        return runAdmin(context, parser);

    if (action == u"import"_s) {
        const QStringList files = args.mid(2);
        if (files.isEmpty())
            return context.badUsage(tr("scorecards import needs at least one file"));
        // Every file is checked before anything is stored.
        QList<Scorecard> cards;
        QStringList problems;
        for (const QString &file : files) {
            const Result<Scorecard> card = ScorecardParser::fromFile(file);
            if (!card) {
                if (card.error().code == Error::Code::Io)
                    return context.fail(card.error());
                problems.append(card.error().message);
            } else {
                cards.append(*card);
            }
        }
        if (!problems.isEmpty())
            return context.fail(Error::invalid(problems.join(u'\n')));
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        QList<ScorecardImportResult> results;
        const Result<std::optional<qint64>> actor = ActingPerson::importer(**db, parser, u"scorecards import"_s);
        if (!actor)
            return context.fail(actor.error());
        if (*actor) {
            // With an acting person the roles apply and the audit log names them.
            Result<QList<ScorecardImportResult>> saved = ScorecardAdminService(**db).saveAll(cards, **actor);
            if (!saved)
                return context.fail(saved.error());
            results = *saved;
        } else {
            ScorecardStore store(**db);
            const Status saved = (*db)->transaction([&]() -> Status {
                for (const Scorecard &card : cards) {
                    const Result<ScorecardImportResult> result = store.save(card);
                    if (!result)
                        return std::unexpected(result.error());
                    results.append(*result);
                }
                return {};
            });
            if (!saved)
                return context.fail(saved.error());
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray json;
            for (const ScorecardImportResult &r : results)
                json.append(QJsonObject{{u"id"_s, r.slug}, {u"version"_s, r.version}, {u"new_card"_s, r.newCard},
                                        {u"new_version"_s, r.newVersion}});
            context.printJson(json);
        } else {
            for (const ScorecardImportResult &r : results) {
                const QString what = r.newCard ? tr("new card") : r.newVersion ? tr("new version") : tr("unchanged");
                context.out() << r.slug << ": " << what << ", " << tr("version") << ' ' << r.version.left(12) << Qt::endl;
            }
        }
        return Success;
    }

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    ScorecardStore store(**db);

    if (action == u"list"_s) {
        const Result<QList<ScorecardSummary>> cards = store.list();
        if (!cards)
            return context.fail(cards.error());
        if (parser.isSet(u"json"_s)) {
            QJsonArray json;
            for (const ScorecardSummary &c : *cards)
                json.append(QJsonObject{{u"id"_s, c.slug}, {u"title"_s, c.title}, {u"version"_s, c.currentVersion},
                                        {u"versions"_s, c.versionCount}, {u"criteria"_s, c.criterionCount},
                                        {u"archived"_s, c.archived}});
            context.printJson(json);
            return Success;
        }
        TextTable table({tr("ID"), tr("TITLE"), tr("QUESTIONS"), tr("VERSIONS"), tr("CURRENT VERSION")});
        for (const ScorecardSummary &c : *cards)
            table.addRow({c.slug, c.title, QString::number(c.criterionCount), QString::number(c.versionCount),
                          c.currentVersion.left(12)});
        table.print(context.out(), tr("No scorecards yet: add one with 'qadesk scorecards import FILE'."));
        return Success;
    }

    // export
    const QString id = args.value(2);
    if (id.isEmpty() || args.size() > 3)
        return context.badUsage(tr("scorecards export needs exactly one card id"));
    const Result<ScorecardVersion> version =
        parser.isSet(u"version"_s) ? store.version(id, parser.value(u"version"_s)) : store.current(id);
    if (!version)
        return context.fail(version.error());
    const QByteArray json = QJsonDocument(version->card.toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(u"output"_s)) {
        QFile file(parser.value(u"output"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
            return context.fail(Error::io(tr("%1: cannot write: %2").arg(file.fileName(), file.errorString())));
        return Success;
    }
    context.out() << QString::fromUtf8(json);
    return Success;
}

int ScorecardsCommand::runDiff(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.badUsage(tr("scorecards diff needs exactly one card id"));
    if (!parser.isSet(u"from"_s))
        return context.badUsage(tr("scorecards diff needs --from VERSION"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    ScorecardStore store(**db);
    const QString id = args.at(2);
    const Result<ScorecardVersion> from = store.version(id, parser.value(u"from"_s));
    if (!from)
        return context.fail(from.error().prefixed(u"--from"_s));
    const Result<ScorecardVersion> to =
        parser.isSet(u"to"_s) ? store.version(id, parser.value(u"to"_s)) : store.current(id);
    if (!to)
        return context.fail(to.error().prefixed(u"--to"_s));
    const QList<ScorecardChange> changes = ScorecardDiff::compare(from->card, to->card);
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const ScorecardChange &c : changes)
            list.append(c.toJson());
        context.printJson(QJsonObject{{u"id"_s, id},
                                      {u"from"_s, from->contentHash},
                                      {u"to"_s, to->contentHash},
                                      {u"changes"_s, list}});
        return Success;
    }
    context.out() << tr("%1: version %2 → %3").arg(id, from->contentHash.left(12), to->contentHash.left(12)) << Qt::endl;
    if (changes.isEmpty())
        context.out() << tr("No changes.") << Qt::endl;
    for (const ScorecardChange &c : changes)
        context.out() << u"  - "_s << c.describe() << Qt::endl;
    return Success;
}

int ScorecardsCommand::runWhatIf(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.badUsage(tr("scorecards whatif needs exactly one draft card file"));
    KpiPeriod period;
    period.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    period.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!period.from.isValid() || !period.to.isValid())
        return context.fail(Error::invalid(tr("--from and --to: give the period's first and last day as YYYY-MM-DD")));
    if (period.to < period.from)
        return context.fail(Error::invalid(tr("--to: the last day is before the first")));
    const Result<Scorecard> draft = ScorecardParser::fromFile(args.at(2));
    if (!draft)
        return context.fail(draft.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<WhatIfResult> result = WhatIfAnalysis::run(**db, *draft, period);
    if (!result)
        return context.fail(result.error());
    if (parser.isSet(u"json"_s)) {
        context.printJson(result->toJson());
        return Success;
    }
    const QLocale locale;
    const auto kpi = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 2) : u"-"_s; };
    const auto change = [&](const std::optional<double> &v) {
        return v ? (*v > 0 ? u"+"_s : QString()) + locale.toString(*v, 'f', 2) : u"-"_s;
    };
    context.out() << tr("%1: %n evaluation(s) re-scored under the draft (%2 to %3)", nullptr, result->overall.rescored)
                         .arg(result->scorecardId, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                  << Qt::endl;
    if (!result->newQuestions.isEmpty())
        context.out() << tr("New questions, unanswered in old evaluations and left out like N/A: %1")
                             .arg(result->newQuestions.join(u", "_s))
                      << Qt::endl;
    if (!result->removedQuestions.isEmpty())
        context.out() << tr("Answers to questions the draft removes are not counted: %1")
                             .arg(result->removedQuestions.join(u", "_s))
                      << Qt::endl;
    for (const auto &[title, rows] : {std::pair{tr("ENGINEER"), result->engineers}, std::pair{tr("TEAM"), result->teams}}) {
        context.out() << Qt::endl;
        TextTable table({title, tr("EVALUATIONS"), tr("RE-SCORED"), tr("KPI BEFORE"), tr("KPI AFTER"), tr("CHANGE")});
        for (const WhatIfRow &r : rows)
            table.addRow({r.name, QString::number(r.before.evaluations), QString::number(r.rescored), kpi(r.before.kpi),
                          kpi(r.after.kpi), change(r.change())});
        table.print(context.out(), tr("No submitted evaluations in the period."));
    }
    return Success;
}

int ScorecardsCommand::runAdmin(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const bool duplicate = args.value(1) == u"duplicate"_s;
    if (duplicate ? args.size() != 4 : args.size() != 3)
        return context.badUsage(duplicate ? tr("scorecards duplicate needs a card id and a new id")
                                          : tr("scorecards archive needs exactly one card id"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> actor = actingPerson(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    ScorecardAdminService service(**db);
    if (duplicate) {
        const Result<ScorecardImportResult> copy =
            service.duplicate(args.at(2), args.at(3), parser.value(u"title"_s), *actor);
        if (!copy)
            return context.fail(copy.error());
        if (parser.isSet(u"json"_s))
            context.printJson(QJsonObject{{u"id"_s, copy->slug}, {u"version"_s, copy->version}});
        else
            context.out() << tr("%1: copied to %2, version %3").arg(args.at(2), copy->slug, copy->version.left(12))
                          << Qt::endl;
        return Success;
    }
    const bool archive = !parser.isSet(u"restore"_s);
    if (const Status s = service.setArchived(args.at(2), archive, *actor); !s)
        return context.fail(s.error());
    if (parser.isSet(u"json"_s))
        context.printJson(QJsonObject{{u"id"_s, args.at(2)}, {u"archived"_s, archive}});
    else
        context.out() << (archive ? tr("%1: archived").arg(args.at(2)) : tr("%1: restored").arg(args.at(2))) << Qt::endl;
    return Success;
}

} // namespace qadesk::cli
