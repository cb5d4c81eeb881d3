#include "MockZendesk.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk::test {

namespace {
constexpr qint64 agentId = 501;
constexpr qint64 customerId = 901;
constexpr qint64 groupId = 11;

QHttpServerResponse json(const QJsonObject &object)
{
    return QHttpServerResponse(object);
}
} // namespace

MockZendesk::MockZendesk()
{
    m_server.route(u"/api/v2/incremental/tickets/cursor.json"_s,
                   [this](const QHttpServerRequest &request) { return exportPage(request); });
    m_server.route(u"/api/v2/tickets/<arg>/comments.json"_s, [this](const QString &id, const QHttpServerRequest &request) {
        return comments(id, request);
    });
    m_server.route(u"/api/v2/users/me.json"_s, [this](const QHttpServerRequest &request) {
        if (auto refused = fault(request))
            return std::move(*refused);
        return json({{u"user"_s, QJsonObject{{u"id"_s, agentId}, {u"email"_s, email}}}});
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
}

QString MockZendesk::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void MockZendesk::addTicket(qint64 id, const QString &subject, int comments)
{
    m_tickets.append({id, subject, comments, ++m_clock, id % 3 == 0});
}

void MockZendesk::setStatus(qint64 id, const QString &status, const QStringList &tags)
{
    for (Ticket &t : m_tickets) {
        if (t.id == id) {
            t.status = status;
            t.tags = tags;
        }
    }
}

void MockZendesk::updateTicket(qint64 id, const QString &subject, int comments)
{
    const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
    if (it == m_tickets.end())
        return;
    Ticket changed = *it;
    m_tickets.erase(it);
    changed.subject = subject;
    changed.comments = comments;
    changed.updatedAt = ++m_clock;
    m_tickets.append(changed);
}

std::optional<QHttpServerResponse> MockZendesk::fault(const QHttpServerRequest &request)
{
    ++requests;
    const QByteArray expected = "Basic " + (email + u"/token:"_s + token).toUtf8().toBase64();
    if (request.value("Authorization") != expected)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
    if (throttleNext > 0) {
        --throttleNext;
        QHttpServerResponse response(QHttpServerResponse::StatusCode::TooManyRequests);
        if (!retryAfter.isEmpty())
            response.setHeader("Retry-After", retryAfter);
        return response;
    }
    if (failNext > 0) {
        --failNext;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    }
    return std::nullopt;
}

QJsonObject MockZendesk::ticketJson(const Ticket &t) const
{
    return {{u"id"_s, t.id},
            {u"subject"_s, t.subject},
            {u"status"_s, t.status},
            {u"requester_id"_s, customerId},
            {u"assignee_id"_s, agentId},
            {u"group_id"_s, groupId},
            {u"tags"_s, QJsonArray::fromStringList(t.tags)},
            {u"via"_s, QJsonObject{{u"channel"_s, u"email"_s}}},
            {u"satisfaction_rating"_s, QJsonObject{{u"score"_s, u"good"_s}}},
            {u"created_at"_s, QDateTime::fromSecsSinceEpoch(t.updatedAt - 3600, QTimeZone::utc()).toString(Qt::ISODate)},
            {u"updated_at"_s, QDateTime::fromSecsSinceEpoch(t.updatedAt, QTimeZone::utc()).toString(Qt::ISODate)}};
}

QHttpServerResponse MockZendesk::exportPage(const QHttpServerRequest &request)
{
    if (auto refused = fault(request))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    // Like Zendesk's, the cursor is a position in time: (updated_at, id) of the last ticket given.
    QList<Ticket> ordered = m_tickets;
    std::sort(ordered.begin(), ordered.end(), [](const Ticket &a, const Ticket &b) {
        return std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
    });
    int from = 0;
    if (query.hasQueryItem(u"cursor"_s)) {
        const QStringList parts = query.queryItemValue(u"cursor"_s).split(u'-');
        const std::pair<qint64, qint64> after(parts.value(0).toLongLong(), parts.value(1).toLongLong());
        while (from < ordered.size() && std::pair(ordered.at(from).updatedAt, ordered.at(from).id) <= after)
            ++from;
    } else {
        const qint64 start = query.queryItemValue(u"start_time"_s).toLongLong();
        while (from < ordered.size() && ordered.at(from).updatedAt < start)
            ++from;
    }
    int next = std::min<int>(from + ticketsPerPage, int(ordered.size()));
    QJsonArray tickets;
    for (int i = from; i < next; ++i)
        tickets.append(ticketJson(ordered.at(i)));
    if (repeatNextExportPage && from > 0 && from != m_lastCursorServed) {
        repeatNextExportPage = false;
        next = from; // the same page again under the same cursor
    }
    m_lastCursorServed = from;
    const QString cursor = next > 0 ? u"%1-%2"_s.arg(ordered.at(next - 1).updatedAt).arg(ordered.at(next - 1).id)
                                    : query.queryItemValue(u"cursor"_s);
    const QJsonObject body{
        {u"tickets"_s, tickets},
        {u"after_cursor"_s, cursor},
        {u"end_of_stream"_s, next >= ordered.size()},
        {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, agentId}, {u"name"_s, u"Анна Смирнова"_s},
                                            {u"email"_s, u"anna@example.ru"_s}, {u"role"_s, u"agent"_s}},
                                QJsonObject{{u"id"_s, customerId}, {u"name"_s, u"Client"_s},
                                            {u"email"_s, u"client@example.com"_s}, {u"role"_s, u"end-user"_s}}}},
        {u"groups"_s, QJsonArray{QJsonObject{{u"id"_s, groupId}, {u"name"_s, u"first-line"_s}}}},
    };
    ++m_pagesServed;
    if (afterExportPage)
        afterExportPage(m_pagesServed);
    if (truncateNextExport) {
        truncateNextExport = false;
        const QByteArray whole = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
    }
    return json(body);
}

QHttpServerResponse MockZendesk::comments(const QString &ticketId, const QHttpServerRequest &request)
{
    if (auto refused = fault(request))
        return std::move(*refused);
    const qint64 id = ticketId.toLongLong();
    const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
    if (it == m_tickets.end())
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    const int from = QUrlQuery(request.url()).queryItemValue(u"page[after]"_s).toInt();
    const int next = std::min(from + commentsPerPage, it->comments);
    QJsonArray list;
    for (int c = from; c < next; ++c) {
        const bool customer = c % 2 == 0;
        const bool internal = it->internalNoteFirst && c == 1;
        list.append(QJsonObject{
            {u"id"_s, id * 1000 + c},
            {u"type"_s, u"Comment"_s},
            {u"author_id"_s, customer ? customerId : agentId},
            {u"body"_s, u"Сообщение %1 тикета %2"_s.arg(c).arg(id)},
            {u"plain_body"_s, u"Сообщение %1 тикета %2"_s.arg(c).arg(id)},
            {u"html_body"_s, u"<p>Сообщение %1 тикета %2</p>"_s.arg(c).arg(id)},
            {u"public"_s, !internal},
            {u"attachments"_s, QJsonArray()},
            {u"created_at"_s, QDateTime::fromSecsSinceEpoch(it->updatedAt - 3600 + c * 60, QTimeZone::utc()).toString(Qt::ISODate)},
        });
    }
    QJsonObject body{{u"comments"_s, list}, {u"meta"_s, QJsonObject{{u"has_more"_s, next < it->comments}}}};
    if (next < it->comments)
        body.insert(u"links"_s, QJsonObject{{u"next"_s, QString(baseUrl() + u"/api/v2/tickets/%1/comments.json?page[after]=%2"_s
                                                                         .arg(id)
                                                                         .arg(next))}});
    return json(body);
}

} // namespace qadesk::test
