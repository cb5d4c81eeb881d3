#include "ScorecardsCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "scoring/ScorecardParser.h"
#include "storage/Database.h"
#include "storage/ScorecardStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString ScorecardsCommand::name() const
{
    return u"scorecards"_s;
}

QList<Command::Usage> ScorecardsCommand::usages() const
{
    return {
        {u"scorecards import FILE..."_s, tr("add cards, or new versions of cards already here")},
        {u"scorecards list [--json]"_s, tr("the cards with their current versions")},
        {u"scorecards export ID [--version V] [-o FILE]"_s, tr("a card as qadesk.scorecard/1 JSON")},
    };
}

void ScorecardsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"version"_s, tr("A version (content hash or a prefix of at least 6 characters)."), tr("hash")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to this file instead of standard output."), tr("file")});
}

int ScorecardsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != u"import"_s && action != u"list"_s && action != u"export"_s)
        return context.badUsage(tr("scorecards needs one of: import, list, export"));

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
        ScorecardStore store(**db);
        QList<ScorecardImportResult> results;
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

} // namespace qadesk::cli
