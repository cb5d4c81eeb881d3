#include "ScoreCommand.h"

#include "cli/CliContext.h"
#include "scoring/AnswerSheet.h"
#include "scoring/ScorecardParser.h"
#include "scoring/ScoringEngine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString ScoreCommand::name() const
{
    return u"score"_s;
}

QList<Command::Usage> ScoreCommand::usages() const
{
    return {
        {u"score --scorecard CARD.json --answers ANSWERS.json"_s, tr("score answers against a card, print the result as JSON")},
    };
}

void ScoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"scorecard"_s, tr("The scorecard file (qadesk.scorecard/1)."), tr("file")});
    parser.addOption({u"answers"_s, tr("The answers file (qadesk.answers/1)."), tr("file")});
}

int ScoreCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() > 1)
        return context.badUsage(tr("score takes no arguments, only --scorecard and --answers"));
    if (!parser.isSet(u"scorecard"_s) || !parser.isSet(u"answers"_s))
        return context.badUsage(tr("score needs --scorecard FILE and --answers FILE"));

    const QString cardPath = parser.value(u"scorecard"_s);
    const QString answersPath = parser.value(u"answers"_s);
    const Result<Scorecard> card = ScorecardParser::fromFile(cardPath);
    if (!card)
        return context.fail(card.error());
    const Result<AnswerSheet> sheet = AnswerSheet::fromFile(answersPath);
    if (!sheet)
        return context.fail(sheet.error());
    if (sheet->scorecardId != card->id)
        return context.fail(Error::invalid(answersPath + u": scorecard: "_s
                                           + tr("the answers are for \"%1\", not for \"%2\"")
                                                 .arg(sheet->scorecardId, card->id)));
    const QStringList problems = AnswerSheet::problemsUnder(*card, sheet->answers, u"answers"_s);
    if (!problems.isEmpty())
        return context.fail(Error::invalid(problems.join(u'\n')).prefixed(answersPath));

    QJsonObject json = ScoringEngine::score(*card, sheet->answers).toJson();
    json.insert(u"scorecard"_s, card->id);
    json.insert(u"scorecard_version"_s, card->contentVersion());
    context.printJson(json);
    return Success;
}

} // namespace qadesk::cli
