#include "DomainJson.h"

#include "common/IsoTime.h"
#include "domain/Evaluation.h"
#include "domain/Ticket.h"

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
} // namespace

QJsonObject DomainJson::ticket(const Ticket &t, bool withMessages)
{
    QJsonObject json{
        {u"id"_s, t.id},
        {u"source"_s, t.sourceName},
        {u"external_id"_s, t.externalId},
        {u"subject"_s, t.subject},
        {u"status"_s, t.status},
        {u"channel"_s, t.channel},
        {u"tags"_s, QJsonArray::fromStringList(t.tags)},
        {u"team"_s, t.team},
        {u"team_name"_s, t.teamName},
        {u"assignee"_s, t.assigneeEmail},
        {u"assignee_name"_s, t.assigneeName},
        {u"requester"_s, t.requesterEmail},
        {u"requester_name"_s, t.requesterName},
        {u"created_at"_s, timeOrNull(t.createdAt)},
        {u"updated_at"_s, timeOrNull(t.updatedAt)},
        {u"solved_at"_s, timeOrNull(t.solvedAt)},
        {u"csat"_s, t.csat.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.csat)},
        {u"url"_s, t.url},
        {u"stub"_s, t.stub},
        {u"message_count"_s, withMessages ? int(t.messages.size()) : t.messageCount},
    };
    if (withMessages) {
        QJsonArray messages;
        for (const Message &m : t.messages) {
            QJsonArray attachments;
            for (const Attachment &a : m.attachments)
                attachments.append(QJsonObject{{u"name"_s, a.name}, {u"size"_s, a.sizeBytes}, {u"content_type"_s, a.contentType}});
            messages.append(QJsonObject{
                {u"id"_s, m.externalId},
                {u"author"_s, m.authorName},
                {u"author_email"_s, m.authorEmail},
                {u"author_kind"_s, authorKindId(m.authorKind)},
                {u"public"_s, m.isPublic},
                {u"channel"_s, m.channel},
                {u"created_at"_s, timeOrNull(m.createdAt)},
                {u"body_text"_s, m.bodyText},
                {u"body_html"_s, m.bodyHtml},
                {u"attachments"_s, attachments},
            });
        }
        json.insert(u"messages"_s, messages);
    }
    return json;
}

QJsonObject DomainJson::evaluation(const Evaluation &e, bool withAnswers)
{
    QJsonObject json{
        {u"id"_s, e.id},
        {u"ticket"_s, e.ticketExternalId},
        {u"ticket_id"_s, e.ticketId},
        {u"source"_s, e.sourceName},
        {u"subject"_s, e.ticketSubject},
        {u"engineer"_s, e.engineerEmail},
        {u"trainer"_s, e.trainerEmail},
        {u"scorecard"_s, e.scorecardId},
        {u"scorecard_version"_s, e.scorecardVersion},
        {u"status"_s, evaluationStatusId(e.status)},
        {u"kind"_s, evaluationKindId(e.kind)},
        {u"submitted_at"_s, timeOrNull(e.submittedAt)},
        {u"score"_s, numberOrNull(e.score)},
        {u"uncapped_score"_s, numberOrNull(e.uncappedScore)},
        {u"critical_failed"_s, e.criticalFailed},
        {u"complete"_s, e.complete},
        {u"comment"_s, e.comment},
    };
    if (withAnswers)
        json.insert(u"answers"_s, AnswerSheet::answerMapToJson(e.answers));
    return json;
}

} // namespace qadesk
