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
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace qadesk::test {

// An Omnidesk API on 127.0.0.1 for sync tests (header-only: tests/support sources are listed in
// CMake). It speaks the documented shapes: lists keyed "0", "1", … with each item wrapped
// ({"case": {…}}) plus "total_count", page/limit paging (pages 1–500, limit 1–100), RFC 2822
// times with a +0300 offset, Basic auth with staff email and API key. The case list is sorted
// by updated_at and paged by number, as Omnidesk's is, so a case changed between pages shifts
// the later ones. Faults on demand: 429 with or without Retry-After, 503 bursts, truncated
// JSON, cases changed or labels added between pages.
class MockOmnidesk final
{
public:
    struct Case
    {
        qint64 id = 0;
        QString subject;
        int messages = 0;
        qint64 updatedAt = 0;          // Unix seconds; the list is sorted by it
        qint64 createdAt = 0;
        QList<qint64> labels{101, 102};
        bool noteSecond = false;       // the second message is an internal note
    };

    static constexpr qint64 customerId = 200;
    static constexpr qint64 staffId = 22;
    static constexpr qint64 groupId = 44;

    MockOmnidesk()
    {
        using namespace Qt::StringLiterals;
        m_server.route(u"/api/cases.json"_s, [this](const QHttpServerRequest &request) { return caseList(request); });
        m_server.route(u"/api/cases/<arg>/messages.json"_s, [this](const QString &id, const QHttpServerRequest &request) {
            return messageList(id, request);
        });
        m_server.route(u"/api/users/<arg>.json"_s, [this](const QString &id, const QHttpServerRequest &request) {
            return user(id, request);
        });
        m_server.route(u"/api/labels.json"_s, [this](const QHttpServerRequest &request) {
            ++labelListsServed;
            QList<QJsonObject> items;
            for (const auto &[id, title] : std::as_const(m_labels))
                items.append({{u"label_id"_s, id}, {u"label_title"_s, title}});
            return directoryList(request, u"label"_s, items);
        });
        m_server.route(u"/api/groups.json"_s, [this](const QHttpServerRequest &request) {
            return directoryList(request, u"group"_s,
                                 {QJsonObject{{u"group_id"_s, groupId}, {u"group_title"_s, u"first-line"_s},
                                              {u"group_from_name"_s, u"Acme Support"_s}, {u"active"_s, true}}});
        });
        m_server.route(u"/api/staff.json"_s, [this](const QHttpServerRequest &request) {
            return directoryList(request, u"staff"_s,
                                 {QJsonObject{{u"staff_id"_s, staffId}, {u"staff_email"_s, u"anna@example.ru"_s},
                                              {u"staff_full_name"_s, u"Анна Смирнова"_s}, {u"active"_s, true}}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // A new case, changed a minute after the last change (or at `updatedAt`, to make several
    // share one second).
    void addCase(qint64 id, const QString &subject, int messages, std::optional<qint64> updatedAt = std::nullopt)
    {
        const qint64 at = updatedAt ? *updatedAt : (m_clock += 60);
        m_clock = std::max(m_clock, at);
        Case c;
        c.id = id;
        c.subject = subject;
        c.messages = messages;
        c.updatedAt = at;
        c.createdAt = at - 3600;
        c.noteSecond = id % 3 == 0;
        m_cases.append(c);
    }

    // A change as Omnidesk shows it: a newer updated_at moves the case to the end of the list.
    void updateCase(qint64 id, const QString &subject, int messages, std::optional<QList<qint64>> labels = std::nullopt)
    {
        const auto it = std::find_if(m_cases.begin(), m_cases.end(), [id](const Case &c) { return c.id == id; });
        if (it == m_cases.end())
            return;
        it->subject = subject;
        it->messages = messages;
        it->updatedAt = (m_clock += 60);
        if (labels)
            it->labels = *labels;
    }

    void addLabel(qint64 id, const QString &title) { m_labels.append({id, title}); }
    // Labels as they were when the case was last changed (a label deleted since stays named).
    void setCaseLabels(qint64 id, const QList<qint64> &labels)
    {
        for (Case &c : m_cases) {
            if (c.id == id)
                c.labels = labels;
        }
    }
    [[nodiscard]] qint64 clock() const { return m_clock; }
    [[nodiscard]] const QList<Case> &cases() const { return m_cases; }

    // The time of a case as Omnidesk writes it: "Mon, 05 May 2014 00:15:17 +0300".
    static QString timeText(qint64 secs)
    {
        const QDateTime moscow = QDateTime::fromSecsSinceEpoch(secs, QTimeZone(3 * 3600));
        return QLocale::c().toString(moscow, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QStringLiteral(" +0300");
    }

    QString email = QStringLiteral("qa@example.ru");
    QString apiKey = QStringLiteral("secret-api-key");
    int throttleNext = 0;             // answer this many requests with 429
    QByteArray retryAfter = "0";      // empty: no Retry-After header
    int failNext = 0;                 // answer this many requests with 503
    bool truncateNextList = false;    // cut the next case list in half
    bool exclusiveFrom = false;       // read from_updated_time as "after" instead of "from"
    std::function<void(int pageServed)> afterCasesPage;
    int requests = 0;
    int labelListsServed = 0;
    QList<QUrlQuery> caseListQueries; // what the client asked the case list, in order

private:
    static QHttpServerResponse json(const QJsonObject &object)
    {
        QHttpServerResponse response(object);
        response.setHeader("api_calls_left", "900");
        return response;
    }

    static QHttpServerResponse badRequest(const QString &why)
    {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), why}},
                                   QHttpServerResponse::StatusCode::BadRequest);
    }

    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &request)
    {
        ++requests;
        const QByteArray expected = "Basic " + (email + QLatin1Char(':') + apiKey).toUtf8().toBase64();
        if (request.value("Authorization") != expected)
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorized")}},
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

    // page and limit as Omnidesk checks them (defaults 1 and 100).
    static std::optional<std::pair<int, int>> paging(const QUrlQuery &query)
    {
        bool pageOk = true;
        bool limitOk = true;
        const QString pageText = query.queryItemValue(QStringLiteral("page"));
        const QString limitText = query.queryItemValue(QStringLiteral("limit"));
        const int page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
        const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&limitOk);
        if (!pageOk || !limitOk || page < 1 || page > 500 || limit < 1 || limit > 100)
            return std::nullopt;
        return std::pair(page, limit);
    }

    static QJsonObject listBody(const QList<QJsonObject> &all, const QString &wrapper, int page, int limit)
    {
        QJsonObject body;
        const qsizetype from = qsizetype(page - 1) * limit;
        for (qsizetype i = from; i < std::min<qsizetype>(from + limit, all.size()); ++i)
            body.insert(QString::number(i - from), QJsonObject{{wrapper, all.at(i)}});
        body.insert(QStringLiteral("total_count"), qint64(all.size()));
        return body;
    }

    QHttpServerResponse directoryList(const QHttpServerRequest &request, const QString &wrapper,
                                      const QList<QJsonObject> &items)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        const auto pages = paging(request.query());
        if (!pages)
            return badRequest(QStringLiteral("page must be 1-500 and limit 1-100"));
        return json(listBody(items, wrapper, pages->first, pages->second));
    }

    QJsonObject caseJson(const Case &c) const
    {
        using namespace Qt::StringLiterals;
        static const QStringList statuses{u"open"_s, u"waiting"_s, u"closed"_s};
        const QString status = statuses.at(c.id % 3);
        QJsonArray labels;
        for (const qint64 label : c.labels)
            labels.append(label);
        return {{u"case_id"_s, c.id},
                {u"case_number"_s, u"664-%1"_s.arg(c.id)},
                {u"subject"_s, c.subject},
                {u"user_id"_s, customerId},
                {u"staff_id"_s, staffId},
                {u"group_id"_s, groupId},
                {u"status"_s, status},
                {u"priority"_s, u"normal"_s},
                {u"channel"_s, u"email"_s},
                {u"recipient"_s, u"client@example.com"_s},
                {u"cc_emails"_s, u""_s},
                {u"bcc_emails"_s, u""_s},
                {u"deleted"_s, false},
                {u"spam"_s, false},
                {u"created_at"_s, timeText(c.createdAt)},
                {u"updated_at"_s, timeText(c.updatedAt)},
                {u"closed_at"_s, status == u"closed"_s ? timeText(c.updatedAt) : u"-"_s},
                {u"last_response_at"_s, timeText(c.updatedAt)},
                {u"closing_speed"_s, status == u"closed"_s ? QJsonValue(60) : QJsonValue(u"-"_s)},
                {u"language_id"_s, 2},
                {u"custom_fields"_s, QJsonObject()},
                {u"labels"_s, labels},
                {u"locked_labels"_s, QJsonArray()},
                {u"rating"_s, u"high"_s},
                {u"rating_comment"_s, u"Спасибо!"_s},
                {u"rated_staff_id"_s, staffId}};
    }

    QHttpServerResponse caseList(const QHttpServerRequest &request)
    {
        if (auto refused = fault(request))
            return std::move(*refused);
        const QUrlQuery query = request.query();
        caseListQueries.append(query);
        const auto pages = paging(query);
        if (!pages)
            return badRequest(QStringLiteral("page must be 1-500 and limit 1-100"));
        // The order the sync depends on: anything else would list cases newest first.
        if (query.queryItemValue(QStringLiteral("sort")) != QStringLiteral("updated_at_asc"))
            return badRequest(QStringLiteral("this mock lists only sort=updated_at_asc"));
        std::optional<qint64> from;
        if (query.hasQueryItem(QStringLiteral("from_updated_time"))) {
            bool ok = false;
            from = query.queryItemValue(QStringLiteral("from_updated_time")).toLongLong(&ok);
            if (!ok)
                return badRequest(QStringLiteral("from_updated_time: a Unix time expected"));
        }
        QList<Case> ordered;
        for (const Case &c : std::as_const(m_cases)) {
            if (!from || c.updatedAt > *from || (!exclusiveFrom && c.updatedAt == *from))
                ordered.append(c);
        }
        std::sort(ordered.begin(), ordered.end(), [](const Case &a, const Case &b) {
            return std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
        });
        QList<QJsonObject> all;
        for (const Case &c : std::as_const(ordered))
            all.append(caseJson(c));
        const QJsonObject body = listBody(all, QStringLiteral("case"), pages->first, pages->second);
        ++m_casesPagesServed;
        if (afterCasesPage)
            afterCasesPage(m_casesPagesServed);
        if (truncateNextList) {
            truncateNextList = false;
            const QByteArray whole = QJsonDocument(body).toJson(QJsonDocument::Compact);
            return QHttpServerResponse("application/json", whole.left(whole.size() / 2));
        }
        return json(body);
    }

    QHttpServerResponse messageList(const QString &caseId, const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        const qint64 id = caseId.toLongLong();
        const auto it = std::find_if(m_cases.cbegin(), m_cases.cend(), [id](const Case &c) { return c.id == id; });
        if (it == m_cases.cend())
            return QHttpServerResponse(QJsonObject{{u"error"_s, u"case not found"_s}},
                                       QHttpServerResponse::StatusCode::NotFound);
        const auto pages = paging(request.query());
        if (!pages)
            return badRequest(u"page must be 1-500 and limit 1-100"_s);
        QList<QJsonObject> all;
        for (int m = 0; m < it->messages; ++m) {
            const bool customer = m % 2 == 0;
            const bool note = it->noteSecond && m == 1;
            QJsonArray attachments;
            if (m == 0)
                attachments.append(QJsonObject{{u"file_id"_s, id * 10}, {u"file_name"_s, u"screenshot.png"_s},
                                               {u"file_size"_s, 40500}, {u"mime_type"_s, u"image/png"_s},
                                               {u"url"_s, QString(baseUrl() + u"/files/%1/screenshot.png"_s.arg(id))}});
            all.append({{u"message_id"_s, id * 1000 + m},
                        {u"user_id"_s, customer ? customerId : 0},
                        {u"staff_id"_s, customer ? 0 : staffId},
                        {u"content"_s, u"Сообщение %1 обращения %2"_s.arg(m).arg(id)},
                        {u"content_html"_s, u"<p>Сообщение %1 обращения %2</p>"_s.arg(m).arg(id)},
                        {u"attachments"_s, attachments},
                        {u"note"_s, note},
                        {u"sent_via_rule"_s, false},
                        {u"created_at"_s, timeText(it->createdAt + m * 60)},
                        {u"sent_at"_s, timeText(it->createdAt + m * 60)}});
        }
        if (request.query().queryItemValue(u"order"_s) == u"desc"_s)
            std::reverse(all.begin(), all.end());
        return json(listBody(all, u"message"_s, pages->first, pages->second));
    }

    QHttpServerResponse user(const QString &userId, const QHttpServerRequest &request)
    {
        using namespace Qt::StringLiterals;
        if (auto refused = fault(request))
            return std::move(*refused);
        if (userId.toLongLong() != customerId)
            return QHttpServerResponse(QJsonObject{{u"error"_s, u"user not found"_s}},
                                       QHttpServerResponse::StatusCode::NotFound);
        return json({{u"user"_s, QJsonObject{{u"user_id"_s, customerId},
                                             {u"user_full_name"_s, u"Client"_s},
                                             {u"type"_s, u"email"_s},
                                             {u"user_email"_s, u"Client@Example.com"_s},
                                             {u"confirmed"_s, true},
                                             {u"active"_s, true},
                                             {u"deleted"_s, false},
                                             {u"created_at"_s, timeText(1700000000)},
                                             {u"updated_at"_s, timeText(1700000000)}}}});
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Case> m_cases;
    QList<std::pair<qint64, QString>> m_labels{{101, QStringLiteral("billing")}, {102, QStringLiteral("vip")},
                                               {103, QStringLiteral("refund")}};
    qint64 m_clock = 1760000000;
    int m_casesPagesServed = 0;
};

} // namespace qadesk::test
