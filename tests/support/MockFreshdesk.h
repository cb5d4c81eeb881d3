#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace qadesk::test {

namespace mockfreshdesk {
using namespace Qt::StringLiterals; // kept out of the files that include this header

// A Freshdesk API v2 on 127.0.0.1 for sync tests: the ticket list (updated_since, ascending
// updated_at, page/per_page, include=description,requester,stats, the 300-page limit),
// conversations, groups and agents, all paginated with `Link: <…>; rel="next"` as documented,
// Basic auth with the API key as the user, and faults on demand (429 with or without
// Retry-After, 5xx bursts, truncated JSON, tickets changed between pages).
// Header-only so that it needs no entry in tests/CMakeLists.txt.
class MockFreshdesk final
{
public:
    struct Ticket
    {
        qint64 id = 0;
        QString subject;
        int conversations = 0;     // besides the description, which is always the first message
        qint64 updatedAt = 0;      // unix seconds; the list is ordered by it
    };

    static constexpr qint64 agentId = 43000000501;
    static constexpr qint64 secondAgentId = 43000000502;
    static constexpr qint64 customerId = 43000000901;
    static constexpr qint64 groupId = 43000000011;

    MockFreshdesk()
    {
        // The most specific paths first.
        m_server.route(u"/api/v2/tickets/<arg>/conversations"_s, [this](const QString &id, const QHttpServerRequest &request) {
            return conversations(id, request);
        });
        m_server.route(u"/api/v2/tickets"_s, [this](const QHttpServerRequest &request) { return ticketList(request); });
        m_server.route(u"/api/v2/agents/me"_s, [this](const QHttpServerRequest &request) {
            if (auto refused = fault(request))
                return std::move(*refused);
            return QHttpServerResponse(agentsJson().at(0).toObject());
        });
        m_server.route(u"/api/v2/agents"_s, [this](const QHttpServerRequest &request) {
            return directoryPage(request, u"/api/v2/agents"_s, agentsJson());
        });
        m_server.route(u"/api/v2/groups"_s, [this](const QHttpServerRequest &request) {
            const QJsonArray groups{QJsonObject{{u"id"_s, groupId}, {u"name"_s, u"first-line"_s}},
                                    QJsonObject{{u"id"_s, groupId + 1}, {u"name"_s, u"second-line"_s}}};
            return directoryPage(request, u"/api/v2/groups"_s, groups);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    // sameSecond: changed in the same second as the ticket added before it.
    void addTicket(qint64 id, const QString &subject, int conversations, bool sameSecond = false)
    {
        m_tickets.append({id, subject, conversations, sameSecond ? m_clock : ++m_clock});
    }

    // A change as Freshdesk's list shows it: a newer updated_at moves the ticket to the end.
    void updateTicket(qint64 id, const QString &subject, int conversations)
    {
        const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
        if (it == m_tickets.end())
            return;
        it->subject = subject;
        it->conversations = conversations;
        it->updatedAt = ++m_clock;
    }

    [[nodiscard]] const QList<Ticket> &tickets() const { return m_tickets; }
    [[nodiscard]] qint64 newestUpdate() const { return m_clock; }

    QString apiKey = QStringLiteral("fd-secret-key");
    int ticketsPerPage = 2;           // the server's page size, whatever per_page asks
    int conversationsPerPage = 2;
    int directoryPerPage = 1;         // agents and groups
    int throttleNext = 0;             // answer this many requests with 429
    QByteArray retryAfter = "0";      // empty: no Retry-After header
    int failNext = 0;                 // answer this many requests with 503
    bool truncateNextList = false;
    std::function<void(int pageServed)> afterListPage;
    int requests = 0;
    int listRequests = 0;
    QList<QDateTime> listSince;     // updated_since of every valid list request, in arrival order

private:
    static QString isoTime(qint64 secs)
    {
        return QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate); // "…Z", as Freshdesk writes
    }

    static QJsonArray agentsJson()
    {
        const auto agent = [](qint64 id, const QString &name, const QString &email) {
            return QJsonObject{{u"id"_s, id},
                               {u"available"_s, true},
                               {u"occasional"_s, false},
                               {u"ticket_scope"_s, 1},
                               {u"contact"_s, QJsonObject{{u"name"_s, name}, {u"email"_s, email}, {u"active"_s, true}}}};
        };
        return {agent(agentId, u"Анна Смирнова"_s, u"Anna@Example.ru"_s),
                agent(secondAgentId, u"Борис Орлов"_s, u"boris@example.ru"_s)};
    }

    static QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QJsonObject &body)
    {
        return QHttpServerResponse(body, status);
    }

    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &request)
    {
        ++requests;
        // Basic base64(API_KEY:anything): Freshdesk reads the key from the user name.
        const QByteArray header = request.value("Authorization");
        const QByteArray decoded = header.startsWith("Basic ") ? QByteArray::fromBase64(header.mid(6)) : QByteArray();
        if (decoded.left(decoded.indexOf(':')) != apiKey.toUtf8() || !decoded.contains(':'))
            return error(QHttpServerResponse::StatusCode::Unauthorized,
                         {{u"code"_s, u"invalid_credentials"_s},
                          {u"message"_s, u"You have to be logged in to perform this action."_s}});
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

    // The same request for another page, as the Link header names it.
    QString pageLink(const QString &path, const QHttpServerRequest &request, int page) const
    {
        QUrlQuery query = request.query();
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(page));
        QUrl url(baseUrl() + path);
        url.setQuery(query);
        return u"<%1>; rel=\"next\""_s.arg(url.toString(QUrl::FullyEncoded));
    }

    static QHttpServerResponse withRateHeaders(QHttpServerResponse response)
    {
        response.setHeader("X-RateLimit-Total", "5000");
        response.setHeader("X-RateLimit-Remaining", "4800");
        response.setHeader("X-RateLimit-Used-CurrentRequest", "1");
        return response;
    }

    QHttpServerResponse directoryPage(const QHttpServerRequest &request, const QString &path, const QJsonArray &all)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
        const int from = (page - 1) * directoryPerPage;
        QJsonArray list;
        for (int i = from; i < std::min<int>(from + directoryPerPage, int(all.size())); ++i)
            list.append(all.at(i));
        QHttpServerResponse response = withRateHeaders(QHttpServerResponse(list));
        if (from + directoryPerPage < all.size())
            response.setHeader("Link", pageLink(path, request, page + 1).toUtf8());
        return response;
    }

    QJsonObject ticketJson(const Ticket &t, const QStringList &include) const
    {
        QJsonObject json{{u"id"_s, t.id},
                         {u"subject"_s, t.subject},
                         {u"status"_s, t.id % 2 == 0 ? 5 : 4},
                         {u"priority"_s, 2},
                         {u"source"_s, t.id % 2 == 0 ? 2 : 1},
                         {u"type"_s, QJsonValue::Null},
                         {u"requester_id"_s, customerId},
                         {u"responder_id"_s, agentId},
                         {u"group_id"_s, groupId},
                         {u"company_id"_s, QJsonValue::Null},
                         {u"tags"_s, QJsonArray{u"l1"_s, u"sync"_s}},
                         {u"custom_fields"_s, QJsonObject()},
                         {u"fr_escalated"_s, false},
                         {u"spam"_s, false},
                         {u"attachments"_s, QJsonArray()},
                         {u"due_by"_s, isoTime(t.updatedAt + 86400)},
                         {u"fr_due_by"_s, isoTime(t.updatedAt + 3600)},
                         {u"created_at"_s, isoTime(t.updatedAt - 3600)},
                         {u"updated_at"_s, isoTime(t.updatedAt)}};
        if (include.contains(u"description"_s)) {
            json.insert(u"description"_s, u"<div>Описание тикета %1</div>"_s.arg(t.id));
            json.insert(u"description_text"_s, u"Описание тикета %1"_s.arg(t.id));
        }
        if (include.contains(u"requester"_s))
            json.insert(u"requester"_s, QJsonObject{{u"id"_s, customerId},
                                                     {u"name"_s, u"Client"_s},
                                                     {u"email"_s, u"client@example.com"_s},
                                                     {u"mobile"_s, QJsonValue::Null},
                                                     {u"phone"_s, QJsonValue::Null}});
        if (include.contains(u"stats"_s))
            json.insert(u"stats"_s, QJsonObject{{u"agent_responded_at"_s, isoTime(t.updatedAt - 1800)},
                                                 {u"requester_responded_at"_s, QJsonValue::Null},
                                                 {u"first_responded_at"_s, isoTime(t.updatedAt - 1800)},
                                                 {u"status_updated_at"_s, isoTime(t.updatedAt - 60)},
                                                 {u"reopened_at"_s, QJsonValue::Null},
                                                 {u"resolved_at"_s, isoTime(t.updatedAt - 60)},
                                                 {u"closed_at"_s, QJsonValue::Null},
                                                 {u"pending_since"_s, QJsonValue::Null}});
        return json;
    }

    QHttpServerResponse ticketList(const QHttpServerRequest &request)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        ++listRequests;
        const QUrlQuery query = request.query();
        // Freshdesk would quietly answer with the last 30 days only: the mock insists.
        const QDateTime since = QDateTime::fromString(query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded), Qt::ISODate);
        if (!since.isValid() || query.queryItemValue(u"order_by"_s) != u"updated_at"_s
            || query.queryItemValue(u"order_type"_s) != u"asc"_s)
            return error(QHttpServerResponse::StatusCode::BadRequest,
                         {{u"description"_s, u"mock: updated_since, order_by=updated_at and order_type=asc are expected"_s}});
        listSince.append(since);
        const int page = query.hasQueryItem(u"page"_s) ? query.queryItemValue(u"page"_s).toInt() : 1;
        const int perPage = query.hasQueryItem(u"per_page"_s) ? query.queryItemValue(u"per_page"_s).toInt() : 30;
        if (page > 300 || page < 1 || perPage < 1 || perPage > 100) {
            const QJsonObject problem{{u"field"_s, perPage > 100 ? u"per_page"_s : u"page"_s},
                                      {u"message"_s, u"You cannot access tickets beyond the 300th page. Please provide a "
                                                      "smaller page number."_s},
                                      {u"code"_s, u"invalid_value"_s}};
            return error(QHttpServerResponse::StatusCode::BadRequest,
                         {{u"description"_s, u"Validation failed"_s}, {u"errors"_s, QJsonArray{problem}}});
        }
        const QStringList include = query.queryItemValue(u"include"_s).split(u',');

        // updated_since is inclusive; ties are ordered by id.
        QList<Ticket> ordered;
        for (const Ticket &t : m_tickets) {
            if (t.updatedAt >= since.toSecsSinceEpoch())
                ordered.append(t);
        }
        std::sort(ordered.begin(), ordered.end(), [](const Ticket &a, const Ticket &b) {
            return std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
        });
        const int size = std::min(perPage, ticketsPerPage);
        const int from = (page - 1) * size;
        QJsonArray list;
        for (int i = from; i < std::min<int>(from + size, int(ordered.size())); ++i)
            list.append(ticketJson(ordered.at(i), include));
        const bool more = from + size < ordered.size();
        ++m_pagesServed;
        if (afterListPage)
            afterListPage(m_pagesServed);
        if (truncateNextList) {
            truncateNextList = false;
            const QByteArray whole = QJsonDocument(list).toJson(QJsonDocument::Compact);
            return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
        }
        QHttpServerResponse response = withRateHeaders(QHttpServerResponse(list));
        if (more)
            response.setHeader("Link", pageLink(u"/api/v2/tickets"_s, request, page + 1).toUtf8());
        return response;
    }

    QHttpServerResponse conversations(const QString &ticketId, const QHttpServerRequest &request)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        const qint64 id = ticketId.toLongLong();
        const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
        if (it == m_tickets.end())
            return error(QHttpServerResponse::StatusCode::NotFound, {{u"code"_s, u"not_found"_s}});
        const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
        const int from = (page - 1) * conversationsPerPage;
        const int to = std::min(from + conversationsPerPage, it->conversations);
        QJsonArray list;
        for (int c = from; c < to; ++c) {
            // Even: the customer writes in; odd: an agent answers, a private note on every third ticket.
            const bool customer = c % 2 == 0;
            const bool note = !customer && id % 3 == 0 && c == 1;
            QJsonArray attachments;
            if (c == 0)
                attachments.append(QJsonObject{{u"id"_s, id * 1000 + 900},
                                               {u"name"_s, u"screenshot.png"_s},
                                               {u"content_type"_s, u"image/png"_s},
                                               {u"size"_s, 2048},
                                               {u"attachment_url"_s, u"https://s3.example/screenshot.png?X-Amz-Signature=abc"_s},
                                               {u"created_at"_s, isoTime(it->updatedAt - 3600 + 60)}});
            list.append(QJsonObject{
                {u"id"_s, id * 1000 + c},
                {u"body"_s, u"<div>Сообщение %1 тикета %2</div>"_s.arg(c).arg(id)},
                {u"body_text"_s, u"Сообщение %1 тикета %2"_s.arg(c).arg(id)},
                {u"incoming"_s, customer},
                {u"private"_s, note},
                {u"user_id"_s, customer ? customerId : agentId},
                {u"ticket_id"_s, id},
                {u"source"_s, note ? 2 : 0},
                {u"category"_s, customer ? 2 : 3},
                {u"support_email"_s, customer ? QJsonValue(u"support@example.ru"_s) : QJsonValue::Null},
                {u"from_email"_s, customer ? u"Client <client@example.com>"_s : u"support@example.ru"_s},
                {u"to_emails"_s, QJsonArray{customer ? u"support@example.ru"_s : u"client@example.com"_s}},
                {u"cc_emails"_s, QJsonArray()},
                {u"bcc_emails"_s, QJsonArray()},
                {u"attachments"_s, attachments},
                {u"created_at"_s, isoTime(it->updatedAt - 3600 + (c + 1) * 60)},
                {u"updated_at"_s, isoTime(it->updatedAt - 3600 + (c + 1) * 60)},
            });
        }
        QHttpServerResponse response = withRateHeaders(QHttpServerResponse(list));
        if (to < it->conversations)
            response.setHeader("Link", pageLink(u"/api/v2/tickets/%1/conversations"_s.arg(id), request, page + 1).toUtf8());
        return response;
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Ticket> m_tickets;
    qint64 m_clock = 1760000000;
    int m_pagesServed = 0;
};

} // namespace mockfreshdesk

using mockfreshdesk::MockFreshdesk;

} // namespace qadesk::test
