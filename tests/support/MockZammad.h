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
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace qadesk::test {

// A Zammad REST API on 127.0.0.1 for sync tests: the ticket search (expand=true, sorted by
// updated_at, page/per_page, no links), articles by ticket, tags, users and ticket states with
// token auth, a dataset the test controls, and faults on demand (429 with or without
// Retry-After, 503 bursts, truncated JSON, tickets changed between pages). Header-only: the
// test support library's sources are listed in CMake.
class MockZammad final
{
public:
    struct Ticket
    {
        qint64 id = 0;
        QString title;
        int articles = 0;
        qint64 updatedAt = 0;      // unix seconds; the search sorts by it
        QStringList tags;
    };

    static constexpr qint64 agentId = 501;
    static constexpr qint64 customerId = 901;

    MockZammad()
    {
        using namespace Qt::StringLiterals;
        m_server.route(u"/api/v1/tickets/search"_s, [this](const QHttpServerRequest &request) { return search(request); });
        m_server.route(u"/api/v1/ticket_articles/by_ticket/<arg>"_s,
                       [this](const QString &id, const QHttpServerRequest &request) { return articles(id, request); });
        m_server.route(u"/api/v1/tags"_s, [this](const QHttpServerRequest &request) { return tagsOf(request); });
        m_server.route(u"/api/v1/users/<arg>"_s,
                       [this](const QString &id, const QHttpServerRequest &request) { return user(id, request); });
        m_server.route(u"/api/v1/ticket_states"_s, [this](const QHttpServerRequest &request) {
            if (auto refused = fault(request))
                return std::move(*refused);
            const QJsonArray states{
                QJsonObject{{u"id"_s, 1}, {u"name"_s, u"new"_s}, {u"state_type_id"_s, 1}, {u"state_type"_s, u"new"_s}},
                QJsonObject{{u"id"_s, 2}, {u"name"_s, u"open"_s}, {u"state_type_id"_s, 2}, {u"state_type"_s, u"open"_s}},
                QJsonObject{{u"id"_s, 4}, {u"name"_s, u"closed"_s}, {u"state_type_id"_s, 5}, {u"state_type"_s, u"closed"_s}},
                QJsonObject{{u"id"_s, 8}, {u"name"_s, u"resolved"_s}, {u"state_type_id"_s, 5}, {u"state_type"_s, u"closed"_s}},
            };
            return QHttpServerResponse(states);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    void addTicket(qint64 id, const QString &title, int articles)
    {
        m_tickets.append({id, title, articles, ++m_clock, {QStringLiteral("l1"), QStringLiteral("t%1").arg(id)}});
    }

    // A change as Zammad's search shows it: a later updated_at, so the ticket moves to the end.
    void updateTicket(qint64 id, const QString &title, int articles)
    {
        const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
        if (it == m_tickets.end())
            return;
        it->title = title;
        it->articles = articles;
        it->updatedAt = ++m_clock;
    }

    [[nodiscard]] const QList<Ticket> &tickets() const { return m_tickets; }

    QString token = QStringLiteral("zammad-secret-token");
    int maxPerPage = 100;             // Zammad's own cap is higher; tests ask for small pages
    int throttleNext = 0;             // answer this many requests with 429
    QByteArray retryAfter = "0";      // empty: no Retry-After header
    int failNext = 0;                 // answer this many requests with 503
    bool truncateNextSearch = false;
    bool truncateNextArticles = false;
    std::function<void(int pageServed)> afterSearchPage;
    int requests = 0;
    int userRequests = 0;
    QStringList searchQueries;        // the `query` parameter of every search served
    QByteArray dateHeader;            // the search's Date header (the server's clock); empty: none

private:
    static QString isoTime(qint64 secs)
    {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toUTC().toString(Qt::ISODateWithMs); // "…Z"
    }

    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &request)
    {
        ++requests;
        if (request.value("Authorization") != "Token token=" + token.toUtf8())
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid token!")}},
                                       QHttpServerResponse::StatusCode::Unauthorized);
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

    const Ticket *find(qint64 id) const
    {
        const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
        return it == m_tickets.end() ? nullptr : &*it;
    }

    // A ticket as GET /api/v1/tickets/search?expand=true gives it. Even ids are closed.
    QJsonObject ticketJson(const Ticket &t) const
    {
        using namespace Qt::StringLiterals;
        const bool closed = t.id % 2 == 0;
        return {{u"id"_s, t.id},
                {u"number"_s, QString::number(70000 + t.id)},
                {u"title"_s, t.title},
                {u"group_id"_s, 3},
                {u"group"_s, u"first-line"_s},
                {u"state_id"_s, closed ? 4 : 2},
                {u"state"_s, closed ? u"closed"_s : u"open"_s},
                {u"priority_id"_s, 2},
                {u"priority"_s, u"2 normal"_s},
                {u"owner_id"_s, agentId},
                {u"owner"_s, u"anna@example.ru"_s},
                {u"customer_id"_s, customerId},
                {u"customer"_s, u"client@example.com"_s},
                {u"organization_id"_s, QJsonValue::Null},
                {u"create_article_type"_s, u"email"_s},
                {u"create_article_sender"_s, u"Customer"_s},
                {u"article_count"_s, t.articles},
                {u"close_at"_s, closed ? QJsonValue(isoTime(t.updatedAt - 60)) : QJsonValue(QJsonValue::Null)},
                {u"created_at"_s, isoTime(t.updatedAt - 3600)},
                {u"updated_at"_s, isoTime(t.updatedAt)}};
    }

    QHttpServerResponse search(const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        const QUrlQuery query = request.query();
        const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        searchQueries.append(text);
        if (!text.startsWith(u"updated_at:>="_s) || query.queryItemValue(u"sort_by"_s) != u"updated_at"_s
            || query.queryItemValue(u"order_by"_s) != u"asc"_s || query.queryItemValue(u"expand"_s) != u"true"_s)
            return QHttpServerResponse(QJsonObject{{u"error"_s, u"unsupported search"_s}},
                                       QHttpServerResponse::StatusCode::UnprocessableEntity);
        const QDateTime since = QDateTime::fromString(text.mid(13), Qt::ISODateWithMs);
        const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
        const int perPage = std::clamp(query.queryItemValue(u"per_page"_s).toInt(), 1, maxPerPage);
        QList<Ticket> ordered;
        for (const Ticket &t : m_tickets) {
            if (!since.isValid() || QDateTime::fromSecsSinceEpoch(t.updatedAt, QTimeZone::utc()) >= since)
                ordered.append(t);
        }
        std::sort(ordered.begin(), ordered.end(), [](const Ticket &a, const Ticket &b) {
            return std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
        });
        QJsonArray list;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < ordered.size() && list.size() < perPage; ++i)
            list.append(ticketJson(ordered.at(i)));
        ++m_pagesServed;
        if (afterSearchPage)
            afterSearchPage(m_pagesServed);
        if (truncateNextSearch) {
            truncateNextSearch = false;
            const QByteArray whole = QJsonDocument(list).toJson(QJsonDocument::Compact);
            return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
        }
        QHttpServerResponse response(list);
        if (!dateHeader.isEmpty())
            response.setHeader("Date", dateHeader);
        return response;
    }

    // Even articles come from the customer by e-mail (HTML, the first with an attachment), odd
    // ones from the agent as plain-text notes; the second is internal on tickets divisible by 3.
    QHttpServerResponse articles(const QString &ticketId, const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        const Ticket *t = find(ticketId.toLongLong());
        if (!t)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        QJsonArray list;
        for (int c = 0; c < t->articles; ++c) {
            const bool customer = c % 2 == 0;
            QJsonArray attachments;
            if (c == 0)
                attachments.append(QJsonObject{{u"id"_s, t->id * 10},
                                               {u"filename"_s, u"screenshot.png"_s},
                                               {u"size"_s, u"2048"_s},
                                               {u"preferences"_s, QJsonObject{{u"Content-Type"_s, u"image/png"_s}}}});
            list.append(QJsonObject{
                {u"id"_s, t->id * 1000 + c},
                {u"ticket_id"_s, t->id},
                {u"type"_s, customer ? u"email"_s : u"note"_s},
                {u"sender"_s, customer ? u"Customer"_s : u"Agent"_s},
                {u"from"_s, customer ? u"\"Client\" <client@example.com>"_s : u"Анна Смирнова"_s},
                {u"to"_s, customer ? u"support@example.ru"_s : u""_s},
                {u"subject"_s, t->title},
                {u"body"_s, customer ? u"<p>Сообщение %1 тикета %2</p>"_s.arg(c).arg(t->id)
                                     : u"Сообщение %1 тикета %2"_s.arg(c).arg(t->id)},
                {u"content_type"_s, customer ? u"text/html"_s : u"text/plain"_s},
                {u"internal"_s, !customer && c == 1 && t->id % 3 == 0},
                {u"created_by_id"_s, customer ? customerId : agentId},
                {u"origin_by_id"_s, QJsonValue::Null},
                {u"attachments"_s, attachments},
                {u"created_at"_s, isoTime(t->updatedAt - 3600 + c * 60)},
                {u"updated_at"_s, isoTime(t->updatedAt - 3600 + c * 60)},
            });
        }
        if (truncateNextArticles) {
            truncateNextArticles = false;
            const QByteArray whole = QJsonDocument(list).toJson(QJsonDocument::Compact);
            return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
        }
        return QHttpServerResponse(list);
    }

    QHttpServerResponse tagsOf(const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        const QUrlQuery query = request.query();
        const Ticket *t = find(query.queryItemValue(u"o_id"_s).toLongLong());
        if (query.queryItemValue(u"object"_s) != u"Ticket"_s || !t)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QJsonObject{{u"tags"_s, QJsonArray::fromStringList(t->tags)}});
    }

    QHttpServerResponse user(const QString &id, const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        const auto userJson = [](qint64 userId, const QString &first, const QString &last, const QString &email) {
            return QJsonObject{{u"id"_s, userId},      {u"login"_s, email},       {u"firstname"_s, first},
                               {u"lastname"_s, last},  {u"email"_s, email},       {u"active"_s, true},
                               {u"role_ids"_s, QJsonArray{userId == agentId ? 2 : 3}}};
        };
        if (id == u"me"_s)
            return QHttpServerResponse(userJson(agentId, u"Анна"_s, u"Смирнова"_s, u"anna@example.ru"_s));
        ++userRequests;
        if (id.toLongLong() == agentId)
            return QHttpServerResponse(userJson(agentId, u"Анна"_s, u"Смирнова"_s, u"Anna@Example.ru"_s));
        if (id.toLongLong() == customerId)
            return QHttpServerResponse(userJson(customerId, u"Client"_s, u""_s, u"client@example.com"_s));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Ticket> m_tickets;
    qint64 m_clock = 1760000000;
    int m_pagesServed = 0;
};

} // namespace qadesk::test
