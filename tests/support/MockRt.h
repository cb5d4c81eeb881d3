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
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace qadesk::test {

namespace mockrt {
using namespace Qt::StringLiterals; // kept out of the files that include this header

// A Request Tracker 5 REST 2.0 on 127.0.0.1 for the faults a real RT does not produce (5xx
// bursts, truncated JSON) and for fast sync tests. Shaped like the real responses in
// tests/data/rt: the ticket search (TicketSQL `LastUpdated >= 'YYYY-MM-DD hh:mm:ss +0000'`,
// ascending, page/per_page, next_page with RT 5.0.3's stray "&=&"), ticket history with
// EmailRecord noise, one base64 text part per transaction, users and queues; auth by
// "Authorization: token …". Header-only so that it needs no entry in tests/CMakeLists.txt.
class MockRt final
{
public:
    struct Ticket
    {
        qint64 id = 0;
        QString subject;
        int replies = 0;        // after the customer's Create; every second one is an internal note
        qint64 updatedAt = 0;   // unix seconds
    };

    MockRt()
    {
        m_server.route(u"/REST/2.0/ticket/<arg>/history"_s, [this](const QString &id, const QHttpServerRequest &r) {
            return history(id, r);
        });
        m_server.route(u"/REST/2.0/transaction/<arg>/attachments"_s,
                       [this](const QString &id, const QHttpServerRequest &r) {
                           if (auto refused = fault(r))
                               return std::move(*refused);
                           const QJsonArray items{QJsonObject{{u"id"_s, QString::number(id.toLongLong() * 10)},
                                                              {u"type"_s, u"attachment"_s}}};
                           return QHttpServerResponse(QJsonObject{
                               {u"items"_s, items}, {u"page"_s, 1}, {u"pages"_s, 1}, {u"per_page"_s, 20},
                               {u"count"_s, 1}, {u"total"_s, 1}});
                       });
        m_server.route(u"/REST/2.0/attachment/<arg>"_s, [this](const QString &id, const QHttpServerRequest &r) {
            if (auto refused = fault(r))
                return std::move(*refused);
            const QByteArray text = u"Текст сообщения %1"_s.arg(id.toLongLong() / 10).toUtf8();
            QByteArray base64 = text.toBase64();
            base64.insert(base64.size() / 2, '\n'); // RT wraps base64 lines
            return QHttpServerResponse(QJsonObject{{u"id"_s, id.toLongLong()},
                                                   {u"ContentType"_s, u"text/plain"_s},
                                                   {u"Filename"_s, u""_s},
                                                   {u"Parent"_s, u"0"_s},
                                                   {u"Headers"_s, u"Content-Type: text/plain; charset=\"utf-8\""_s},
                                                   {u"Content"_s, QString::fromLatin1(base64 + '\n')}});
        });
        m_server.route(u"/REST/2.0/user/<arg>"_s, [this](const QString &name, const QHttpServerRequest &r) {
            if (auto refused = fault(r))
                return std::move(*refused);
            const bool agent = name == u"alice"_s;
            return QHttpServerResponse(QJsonObject{
                {u"id"_s, agent ? 31 : 40},
                {u"Name"_s, name},
                {u"RealName"_s, agent ? u"Alice Agent"_s : u"Bob Customer"_s},
                {u"EmailAddress"_s, agent ? u"alice@qa.localhost"_s : name},
                {u"Privileged"_s, agent ? 1 : 0}});
        });
        m_server.route(u"/REST/2.0/queue/<arg>"_s, [this](const QString &, const QHttpServerRequest &r) {
            if (auto refused = fault(r))
                return std::move(*refused);
            return QHttpServerResponse(QJsonObject{{u"id"_s, 3}, {u"Name"_s, u"QA-Support"_s}});
        });
        m_server.route(u"/REST/2.0/tickets"_s, [this](const QHttpServerRequest &r) { return search(r); });
        m_server.route(u"/REST/2.0/rt"_s, [this](const QHttpServerRequest &r) {
            if (auto refused = fault(r))
                return std::move(*refused);
            return QHttpServerResponse(QJsonObject{{u"Version"_s, u"5.0.3"_s}, {u"Plugins"_s, QJsonArray()}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    void addTicket(qint64 id, const QString &subject, int replies)
    {
        m_tickets.append({id, subject, replies, ++m_clock});
    }

    // A new reply: RT moves the ticket's LastUpdated, so it goes to the end of the order.
    void reply(qint64 id)
    {
        for (Ticket &t : m_tickets) {
            if (t.id == id) {
                ++t.replies;
                t.updatedAt = ++m_clock;
            }
        }
    }

    [[nodiscard]] const QList<Ticket> &tickets() const { return m_tickets; }

    QString token = QStringLiteral("1-14-0123456789abcdef");
    int ticketsPerPage = 2;
    int historyPerPage = 3;
    int failNext = 0;                 // answer this many requests with 503
    bool truncateNextSearch = false;
    std::function<void(int pageServed)> afterSearchPage;
    int requests = 0;
    int searches = 0;

private:
    static constexpr qint64 epoch = 1795300000; // 2026-11-22, as on the real peer

    static QString isoTime(qint64 secs)
    {
        return QDateTime::fromSecsSinceEpoch(epoch + secs, QTimeZone::utc()).toString(Qt::ISODate);
    }

    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &request)
    {
        ++requests;
        if (request.value("Authorization") != "token " + token.toUtf8())
            return QHttpServerResponse(QJsonObject{{u"message"_s, u"Unauthorized"_s}},
                                       QHttpServerResponse::StatusCode::Unauthorized);
        if (failNext > 0) {
            --failNext;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        return std::nullopt;
    }

    // The same request for another page, written as RT 5.0.3 does (with "&=&").
    QString nextPage(const QString &path, const QHttpServerRequest &request, int page) const
    {
        QUrlQuery query = request.query();
        query.removeAllQueryItems(u"page"_s);
        const QString rest = query.toString(QUrl::FullyEncoded);
        const qsizetype split = rest.indexOf(u'&');
        const QString quirky = split < 0 ? rest : rest.left(split) + u"&=&"_s + rest.mid(split + 1);
        return baseUrl() + path + u'?' + quirky + u"&page="_s + QString::number(page);
    }

    QHttpServerResponse search(const QHttpServerRequest &request)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        ++searches;
        const QUrlQuery query = request.query();
        static const QRegularExpression since(u"^LastUpdated >= '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) \\+0000'$"_s);
        const QRegularExpressionMatch match = since.match(query.queryItemValue(u"query"_s, QUrl::FullyDecoded));
        if (!match.hasMatch() || query.queryItemValue(u"orderby"_s) != u"LastUpdated"_s
            || query.queryItemValue(u"order"_s) != u"ASC"_s)
            return QHttpServerResponse(QJsonObject{{u"message"_s, u"mock: unexpected TicketSQL"_s}},
                                       QHttpServerResponse::StatusCode::BadRequest);
        QDateTime from = QDateTime::fromString(match.captured(1), u"yyyy-MM-dd HH:mm:ss"_s);
        from.setTimeZone(QTimeZone::utc());
        QList<Ticket> ordered;
        for (const Ticket &t : m_tickets) {
            if (epoch + t.updatedAt >= from.toSecsSinceEpoch())
                ordered.append(t);
        }
        std::sort(ordered.begin(), ordered.end(), [](const Ticket &a, const Ticket &b) {
            return std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
        });
        const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
        const int size = std::min(ticketsPerPage, std::clamp(query.queryItemValue(u"per_page"_s).toInt(), 1, 100));
        const int pages = int((ordered.size() + size - 1) / size);
        QJsonArray items;
        for (int i = (page - 1) * size; i < std::min<int>(page * size, int(ordered.size())); ++i) {
            const Ticket &t = ordered.at(i);
            const QJsonObject customer{{u"id"_s, u"bob@customer.example"_s}, {u"type"_s, u"user"_s}};
            items.append(QJsonObject{
                {u"id"_s, QString::number(t.id)},
                {u"type"_s, u"ticket"_s},
                {u"Subject"_s, t.subject},
                {u"Status"_s, t.id % 2 ? u"resolved"_s : u"open"_s},
                {u"Owner"_s, QJsonObject{{u"id"_s, u"alice"_s}, {u"type"_s, u"user"_s}}},
                {u"Requestor"_s, QJsonArray{customer}},
                {u"Queue"_s, QJsonObject{{u"id"_s, u"3"_s}, {u"type"_s, u"queue"_s}}},
                {u"Created"_s, isoTime(0)},
                {u"LastUpdated"_s, isoTime(t.updatedAt)},
                {u"Resolved"_s, t.id % 2 ? isoTime(t.updatedAt) : u"1970-01-01T00:00:00Z"_s},
                {u"CustomFields"_s, QJsonArray{QJsonObject{{u"name"_s, u"Tags"_s}, {u"values"_s, QJsonArray{u"l1"_s}}},
                                               QJsonObject{{u"name"_s, u"CSAT"_s}, {u"values"_s, QJsonArray{u"4"_s}}}}}});
        }
        QJsonObject answer{{u"items"_s, items}, {u"page"_s, page},     {u"pages"_s, pages},
                           {u"per_page"_s, size}, {u"count"_s, items.size()}, {u"total"_s, ordered.size()}};
        if (page < pages)
            answer.insert(u"next_page"_s, nextPage(u"/REST/2.0/tickets"_s, request, page + 1));
        ++m_searchesServed;
        if (afterSearchPage)
            afterSearchPage(m_searchesServed);
        if (truncateNextSearch) {
            truncateNextSearch = false;
            const QByteArray whole = QJsonDocument(answer).toJson(QJsonDocument::Compact);
            return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
        }
        return QHttpServerResponse(answer);
    }

    QHttpServerResponse history(const QString &ticketId, const QHttpServerRequest &request)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        const qint64 id = ticketId.toLongLong();
        const auto it = std::find_if(m_tickets.begin(), m_tickets.end(), [id](const Ticket &t) { return t.id == id; });
        if (it == m_tickets.end())
            return QHttpServerResponse(QJsonObject{{u"message"_s, u"Resource does not exist"_s}},
                                       QHttpServerResponse::StatusCode::NotFound);
        // Create, EmailRecord, then per reply: Correspond (alice) or Comment, each with an EmailRecord.
        QJsonArray all;
        const auto add = [&](int n, const QString &type, const QString &creator) {
            all.append(QJsonObject{{u"id"_s, QString::number(id * 100 + n)},
                                   {u"type"_s, u"transaction"_s},
                                   {u"Type"_s, type},
                                   {u"Created"_s, isoTime(n)},
                                   {u"Creator"_s, QJsonObject{{u"id"_s, creator}, {u"type"_s, u"user"_s}}}});
        };
        add(0, u"Create"_s, u"bob@customer.example"_s);
        add(1, u"EmailRecord"_s, u"RT_System"_s);
        for (int r = 1; r <= it->replies; ++r) {
            add(2 * r, r % 2 ? u"Correspond"_s : u"Comment"_s, u"alice"_s);
            add(2 * r + 1, u"EmailRecord"_s, u"RT_System"_s);
        }
        const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
        const int size = historyPerPage;
        const int pages = int((all.size() + size - 1) / size);
        QJsonArray items;
        for (int i = (page - 1) * size; i < std::min<int>(page * size, int(all.size())); ++i)
            items.append(all.at(i));
        QJsonObject answer{{u"items"_s, items}, {u"page"_s, page}, {u"pages"_s, pages}, {u"per_page"_s, size},
                           {u"count"_s, items.size()}, {u"total"_s, all.size()}};
        if (page < pages)
            answer.insert(u"next_page"_s, nextPage(u"/REST/2.0/ticket/%1/history"_s.arg(id), request, page + 1));
        return QHttpServerResponse(answer);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Ticket> m_tickets;
    qint64 m_clock = 0;
    int m_searchesServed = 0;
};

} // namespace mockrt

using mockrt::MockRt;

} // namespace qadesk::test
