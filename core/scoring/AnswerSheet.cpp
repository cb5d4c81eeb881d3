#include "AnswerSheet.h"

#include "common/FileReader.h"
#include "common/JsonObjectReader.h"
#include "scoring/Scorecard.h"


using namespace Qt::StringLiterals;

namespace qadesk {

AnswerMap AnswerSheet::readAnswerMap(const QJsonValue &value, const QString &path, QStringList &problems)
{
    AnswerMap answers;
    if (!value.isObject()) {
        problems.append(path + u": "_s + tr("must be an object of criterion id -> answer"));
        return answers;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString itemPath = path + u'.' + it.key();
        if (!it.value().isObject()) {
            problems.append(itemPath + u": "_s + tr("must be an object with \"value\" and optional \"comment\""));
            continue;
        }
        JsonObjectReader reader(it.value().toObject(), itemPath, problems);
        reader.rejectUnknown({u"value", u"comment"});
        const std::optional<QString> valueId = reader.string(u"value"_s, true);
        const std::optional<QString> comment = reader.string(u"comment"_s, false);
        if (!valueId)
            continue;
        const std::optional<AnswerValue> answerValue = answerValueFromId(*valueId);
        if (!answerValue) {
            reader.problem(u"value"_s, tr("must be one of yes, partly, no, na"));
            continue;
        }
        answers.insert(it.key(), Answer{*answerValue, comment.value_or(QString())});
    }
    return answers;
}

QJsonObject AnswerSheet::answerMapToJson(const AnswerMap &answers)
{
    QJsonObject object;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QJsonObject answer{{u"value"_s, answerValueId(it->value)}};
        if (!it->comment.isEmpty())
            answer.insert(u"comment"_s, it->comment);
        object.insert(it.key(), answer);
    }
    return object;
}

QStringList AnswerSheet::problemsUnder(const Scorecard &card, const AnswerMap &answers, const QString &path)
{
    QStringList problems;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Criterion *criterion = card.findCriterion(it.key());
        if (!criterion) {
            problems.append(path + u'.' + it.key() + u": "_s
                            + tr("no such criterion in scorecard \"%1\"").arg(card.id));
        } else if (it->value == AnswerValue::NotApplicable && !criterion->naAllowed) {
            problems.append(path + u'.' + it.key() + u".value: "_s
                            + tr("N/A is not allowed for this criterion"));
        }
    }
    return problems;
}

Result<AnswerSheet> AnswerSheet::fromJson(const QJsonObject &document)
{
    QStringList problems;
    JsonObjectReader reader(document, QString(), problems);
    reader.rejectUnknown({u"format", u"scorecard", u"answers"});
    requireFormat(reader, u"qadesk.answers/1"_s);
    AnswerSheet sheet;
    sheet.scorecardId = reader.nonEmptyString(u"scorecard"_s, true);
    if (!document.contains(u"answers"_s))
        reader.problem(u"answers"_s, tr("is required"));
    else
        sheet.answers = readAnswerMap(document.value(u"answers"_s), u"answers"_s, problems);
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return sheet;
}

Result<AnswerSheet> AnswerSheet::parse(const QByteArray &json)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document);
}

Result<AnswerSheet> AnswerSheet::fromFile(const QString &path)
{
    const Result<QByteArray> bytes = FileReader::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const Result<AnswerSheet> sheet = parse(*bytes);
    if (!sheet)
        return std::unexpected(sheet.error().prefixed(path));
    return sheet;
}

QJsonObject AnswerSheet::toJson() const
{
    return {{u"format"_s, u"qadesk.answers/1"_s},
            {u"scorecard"_s, scorecardId},
            {u"answers"_s, answerMapToJson(answers)}};
}

} // namespace qadesk
