#include "DisputeJson.h"

#include "common/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(IsoTime::toText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue answerOrNull(const std::optional<AnswerValue> &value)
{
    return value ? QJsonValue(answerValueId(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonArray DisputeJson::items(const QList<DisputeItem> &items, bool withDecision)
{
    QJsonArray array;
    for (const DisputeItem &i : items) {
        QJsonObject o{{u"question"_s, i.criterionId},
                      {u"reason"_s, i.reason},
                      {u"original"_s, answerValueId(i.originalValue)}};
        if (i.proposed)
            o.insert(u"proposed"_s, answerValueId(*i.proposed));
        if (withDecision && i.decision) {
            o.insert(u"decision"_s, disputeDecisionId(*i.decision));
            o.insert(u"decided"_s, i.decidedValue ? answerValueId(*i.decidedValue) : QString());
            o.insert(u"comment"_s, i.decisionComment);
        }
        array.append(o);
    }
    return array;
}

QJsonObject DisputeJson::dispute(const Dispute &d, bool withItems)
{
    QJsonObject json{
        {u"id"_s, d.id},
        {u"evaluation"_s, d.evaluationId},
        {u"ticket"_s, d.ticketExternalId},
        {u"engineer"_s, d.engineerEmail},
        {u"trainer"_s, d.trainerEmail},
        {u"scorecard"_s, d.scorecardId},
        {u"status"_s, disputeStatusId(d.status)},
        {u"outcome"_s, d.outcome ? QJsonValue(disputeOutcomeId(*d.outcome)) : QJsonValue(QJsonValue::Null)},
        {u"opened_by"_s, d.openedByEmail},
        {u"opened_at"_s, timeOrNull(d.openedAt)},
        {u"triaged_at"_s, timeOrNull(d.triagedAt)},
        {u"decline_reason"_s, d.declineReason},
        {u"arbiter"_s, d.arbiterEmail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.arbiterEmail)},
        {u"assigned_at"_s, timeOrNull(d.assignedAt)},
        {u"resolved_at"_s, timeOrNull(d.resolvedAt)},
        {u"resolution_comment"_s, d.resolutionComment},
        {u"original_score"_s, numberOrNull(d.originalScore)},
        {u"original_uncapped_score"_s, numberOrNull(d.originalUncappedScore)},
        {u"original_critical_failed"_s, d.originalCriticalFailed},
        {u"resolved_score"_s, numberOrNull(d.resolvedScore)},
        {u"question_count"_s, int(d.items.size())},
    };
    if (withItems) {
        QJsonArray items;
        for (const DisputeItem &i : d.items) {
            items.append(QJsonObject{
                {u"question"_s, i.criterionId},
                {u"reason"_s, i.reason},
                {u"proposed"_s, answerOrNull(i.proposed)},
                {u"original"_s, answerValueId(i.originalValue)},
                {u"original_comment"_s, i.originalComment},
                {u"decision"_s, i.decision ? QJsonValue(disputeDecisionId(*i.decision)) : QJsonValue(QJsonValue::Null)},
                {u"decided"_s, answerOrNull(i.decidedValue)},
                {u"decision_comment"_s, i.decisionComment},
            });
        }
        json.insert(u"questions"_s, items);
    }
    return json;
}

} // namespace qadesk
