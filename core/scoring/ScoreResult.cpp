#include "ScoreResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject ScoreResult::toJson() const
{
    QJsonArray sectionArray;
    for (const SectionResult &section : sections) {
        QJsonArray criteria;
        for (const CriterionTrace &c : section.criteria) {
            criteria.append(QJsonObject{
                {u"id"_s, c.id},
                {u"weight"_s, c.weight},
                {u"answer"_s, c.answer ? QJsonValue(answerValueId(*c.answer)) : QJsonValue(QJsonValue::Null)},
                {u"credit"_s, optionalNumber(c.credit)},
                {u"comment_missing"_s, c.commentMissing},
                {u"critical_failed"_s, c.criticalFailed},
            });
        }
        sectionArray.append(QJsonObject{
            {u"id"_s, section.id},
            {u"score"_s, optionalNumber(section.score)},
            {u"weight"_s, section.weight},
            {u"included"_s, section.included},
            {u"na_weight"_s, section.naWeight},
            {u"criteria"_s, criteria},
        });
    }
    return {
        {u"scored"_s, scored},
        {u"score"_s, optionalNumber(score)},
        {u"uncapped_score"_s, optionalNumber(uncappedScore)},
        {u"critical_failed"_s, criticalFailed},
        {u"complete"_s, complete},
        {u"missing_answers"_s, QJsonArray::fromStringList(missingAnswers)},
        {u"missing_comments"_s, QJsonArray::fromStringList(missingComments)},
        {u"failed_criticals"_s, QJsonArray::fromStringList(failedCriticals)},
        {u"sections"_s, sectionArray},
    };
}

} // namespace qadesk
