// How fast a helpdesk sync runs: N Zendesk tickets (default 20,000) with C comments each (default
// 10) from an in-process mock, against a plain download of the same URLs. The requirement: parsing
// and storing add no more than 50 % to the time the download alone takes. Run:
//   build/release/bench/qadesk_bench_sync [tickets] [comments-per-ticket]
//
// The mock runs on its own thread so that serving costs as little as possible on the thread that
// syncs. It does not keep 400 MB of JSON in memory (that would swamp the peak memory figure): each
// answer is assembled from fragments escaped once at start-up (memcpy and a few numbers), and the
// time spent assembling is printed. The download phases use the connector's URLs, headers and
// HttpClient, and the mock checks that every phase asked for exactly the same requests.
//
// Two downloads are timed. The yardstick is a plain sequential download: one request at
// a time, nothing parsed or stored. The sync itself keeps 2 requests per host in flight (the
// client's default policy), so it is also compared, more strictly, with a download that does the
// same. Per-thread CPU time is printed for each phase: on a 2-core machine the parallel download
// alone keeps 1.5 cores busy, which bounds what any sync can reach against it.
#include "helpdesk/SyncEngine.h"
#include "helpdesk/ZendeskConnector.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ticketsPerPage = 1000;       // what Zendesk's incremental export gives per page
constexpr int commentsPageSize = 100;      // what the connector asks for (page[size]=100)
constexpr qint64 firstTicketId = 100001;
constexpr qint64 clockStart = 1735689600;  // 2025-01-01T00:00:00Z
constexpr qint64 agentIdBase = 3000001;
constexpr int agentCount = 40;
constexpr qint64 groupIdBase = 2001;
constexpr qint64 requesterIdBase = 5000000;
const QString sourceName = u"bench-zendesk"_s;
const QString email = u"qa@hosting.example"_s;
const QString token = u"bench-token"_s;

// ---------------------------------------------------------------------------------------------
// The dataset: everything is a function of the ticket index, so the download phase knows every
// URL without parsing anything.

qint64 ticketId(int index) { return firstTicketId + index; }
qint64 createdAt(int index) { return clockStart + qint64(index) * 600; }
qint64 updatedAt(int index) { return createdAt(index) + 86400; }   // increasing with the index

QByteArray cursorFor(int fromIndex)
{
    return QByteArray(QByteArray("bench-from:") + QByteArray::number(fromIndex))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

int indexFromCursor(const QString &cursor)
{
    const QByteArray text = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    return text.startsWith("bench-from:") ? text.mid(11).toInt() : -1;
}

QList<QPair<QByteArray, QByteArray>> connectorHeaders()
{
    // As ZendeskConnector::headers() sends them for an API token.
    return {{"Authorization", "Basic " + (email + u"/token:"_s + token).toUtf8().toBase64()},
            {"Accept", "application/json"}};
}

// The export URL the connector builds for a checkpoint (ZendeskConnector::fetchPage).
QUrl exportUrl(const QString &base, const QString &checkpoint)
{
    QUrl url(base + u"/api/v2/incremental/tickets/cursor.json"_s);
    QUrlQuery query;
    if (checkpoint.startsWith(u"cursor:"_s))
        query.addQueryItem(u"cursor"_s, checkpoint.mid(7));
    else
        query.addQueryItem(u"start_time"_s, u"0"_s);
    query.addQueryItem(u"include"_s, u"users,groups,metric_sets"_s);
    url.setQuery(query);
    return url;
}

// The first comments URL the connector builds for a ticket.
QUrl commentsUrl(const QString &base, qint64 id)
{
    QUrl url(base + u"/api/v2/tickets/%1/comments.json"_s.arg(id));
    url.setQuery(u"include=users&page[size]=100"_s);
    return url;
}

// links.next of a comments page, as the mock writes it and the connector follows it.
QString commentsNextLink(const QString &base, qint64 id, int after)
{
    return base + u"/api/v2/tickets/%1/comments.json?include=users&page[size]=%2&page[after]=%3"_s.arg(id).arg(
                      commentsPageSize).arg(after);
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);   // strip [ ]
}

void appendTime(QByteArray &out, qint64 secs)
{
    const std::time_t t = std::time_t(secs);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", tm.tm_year + 1900,
                                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    out.append(buffer, n);
}

// Realistic comment bodies: a customer's question and an engineer's answer, in Russian and English.
const QStringList commentTexts = {
    u"Здравствуйте! После переноса сайта на новый тариф письма с домена example.ru перестали доходить до "
    u"клиентов на mail.ru и yandex.ru. В панели всё выглядит нормально, MX-записи мы не меняли. Подскажите, "
    u"пожалуйста, что проверить? Заказ №48213, это срочно: у нас рассылка завтра утром."_s,
    u"Добрый день! Проверили DNS-зону домена: SPF-запись указывает на старый сервер, а DKIM-подпись для нового "
    u"не добавлена. Добавьте, пожалуйста, TXT-запись «v=spf1 include:_spf.hosting.example ~all» и включите DKIM в "
    u"разделе «Почта → Подпись». Изменения вступят в силу в течение часа."_s,
    u"Hi, since this morning our checkout page returns a 502 error roughly every third request. We haven't "
    u"deployed anything since Friday. The error log shows 'upstream timed out (110: Connection timed out) while "
    u"reading response header from upstream'. Could you check the PHP-FPM pool limits on our plan?"_s,
    u"Hello! Thanks for the details. The PHP-FPM pool of your account was hitting its max_children limit of 8 "
    u"during the backup window. I've raised it to 16 and moved the nightly backup to 03:00 UTC. Please let us "
    u"know if the 502 errors come back; we'll keep an eye on the server for the next 24 hours."_s,
    u"Спасибо, письма снова доходят. Но теперь в Outlook у получателей появляется предупреждение «Отправитель не "
    u"проверен». Это связано с DMARC? Мы не уверены, какую политику выставить, p=none или p=quarantine, и боимся "
    u"потерять важные письма от партнёров."_s,
    u"Да, это связано с DMARC. Рекомендуем начать с p=none и адресом для отчётов rua=mailto:dmarc@example.ru, "
    u"неделю понаблюдать за отчётами, а затем перейти на p=quarantine. Инструкция: https://kb.hosting.example/dmarc. "
    u"Если удобнее, настроим всё за вас: просто ответьте на это письмо."_s,
    u"The SSL certificate for shop.example.com expired yesterday even though auto-renewal was turned on. Browsers "
    u"now show 'Your connection is not private' and we are losing orders. Please renew it as soon as possible and "
    u"tell us why the automatic renewal failed."_s,
    u"We're sorry about that. The renewal failed because the domain's CAA record only allowed another certificate "
    u"authority. I've updated the CAA record, issued a new Let's Encrypt certificate valid until June 12 and checked "
    u"that the site loads over HTTPS without warnings. Auto-renewal will work from now on."_s,
};
const QStringList subjects = {
    u"Письма не доходят до получателей на mail.ru"_s, u"502 Bad Gateway on checkout"_s,
    u"Предупреждение «Отправитель не проверен» в Outlook"_s, u"SSL certificate expired on shop.example.com"_s,
    u"Перенос сайта на новый тариф"_s, u"Backups missing since last week"_s,
};
const QStringList firstNames = {u"Ирина"_s, u"Алексей"_s, u"Мария"_s, u"Дмитрий"_s, u"Ольга"_s, u"Сергей"_s,
                                u"John"_s,  u"Emily"_s,   u"Hans"_s,  u"Анна"_s,    u"Павел"_s, u"Lucía"_s};
const QStringList lastNames = {u"Ковалёва"_s, u"Смирнов"_s, u"Иванова"_s, u"Petrov"_s, u"Miller"_s,
                               u"Кузнецов"_s, u"Фёдорова"_s, u"Schmidt"_s, u"Волков"_s, u"García"_s};
const QStringList groupNames = {u"first-line"_s, u"second-line"_s, u"billing"_s, u"hosting"_s, u"domains"_s, u"mail"_s};
const QList<QStringList> tagSets = {{u"l1"_s, u"mail"_s, u"dns"_s}, {u"l2"_s, u"php"_s, u"502"_s},
                                    {u"l1"_s, u"dmarc"_s}, {u"ssl"_s, u"urgent"_s, u"shop"_s}, {u"migration"_s}};

// ---------------------------------------------------------------------------------------------
// A lean Zendesk on 127.0.0.1, on its own thread.

class LeanZendesk final : public QThread
{
public:
    LeanZendesk(int tickets, int commentsPerTicket)
        : m_tickets(tickets)
        , m_comments(commentsPerTicket)
    {
        for (const QString &text : commentTexts) {
            m_plain.append(jsonString(text));
            m_html.append(jsonString(u"<div class=\"zd-comment\" dir=\"auto\"><p dir=\"auto\">"_s + text.toHtmlEscaped()
                                     + u"</p><p dir=\"auto\">--<br>"_s
                                     + u"Служба поддержки / Support team</p></div>"_s));
        }
        for (const QString &s : subjects)
            m_subjects.append(jsonString(s));
        for (const QString &f : firstNames)
            for (const QString &l : lastNames)
                m_names.append(jsonString(f + u' ' + l));
        for (const QStringList &tags : tagSets)
            m_tags.append(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
        m_expectedAuth = connectorHeaders().first().second;
    }

    ~LeanZendesk() override
    {
        quit();
        wait();
    }

    QString startServing()
    {
        start();
        m_ready.acquire();
        return u"http://127.0.0.1:%1"_s.arg(m_port);
    }

    struct Counters
    {
        qint64 requests = 0;
        qint64 bytes = 0;
        quint64 digest = 0;
        qint64 assembleNs = 0;
    };
    Counters takeCounters()
    {
        return {m_requests.exchange(0), m_bytes.exchange(0), m_digest.exchange(0), m_assembleNs.exchange(0)};
    }

protected:
    void run() override
    {
        QHttpServer server;
        server.route(u"/api/v2/incremental/tickets/cursor.json"_s, [this](const QHttpServerRequest &request) {
            return answer(request, [&] { return exportPage(request); });
        });
        server.route(u"/api/v2/tickets/<arg>/comments.json"_s, [this](qint64 id, const QHttpServerRequest &request) {
            return answer(request, [&] { return commentsPage(id, request); });
        });
        m_port = server.listen(QHostAddress::LocalHost, 0);
        m_base = u"http://127.0.0.1:%1"_s.arg(m_port);
        m_ready.release();
        exec();
    }

private:
    QHttpServerResponse answer(const QHttpServerRequest &request, const std::function<QByteArray()> &make)
    {
        QElapsedTimer clock;
        clock.start();
        ++m_requests;
        m_digest += qHash(request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded), 0);
        if (request.value("Authorization") != m_expectedAuth)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
        QByteArray body = make();
        if (body.isEmpty())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        m_bytes += body.size();
        m_assembleNs += clock.nsecsElapsed();
        return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), std::move(body));
    }

    void appendUser(QByteArray &out, qint64 id, const QByteArray &name, const QByteArray &mail, bool agent) const
    {
        out += "{\"id\":" + QByteArray::number(id) + ",\"url\":\"https://hosting.zendesk.com/api/v2/users/"
               + QByteArray::number(id) + ".json\",\"name\":" + name + ",\"email\":\"" + mail
               + "\",\"created_at\":\"2024-03-01T10:00:00Z\",\"updated_at\":\"2025-01-10T08:30:00Z\","
                 "\"time_zone\":\"Moscow\",\"iana_time_zone\":\"Europe/Moscow\",\"phone\":null,"
                 "\"shared_phone_number\":null,\"locale\":\"ru\",\"locale_id\":27,\"organization_id\":null,"
                 "\"role\":\""
               + (agent ? QByteArray("agent") : QByteArray("end-user"))
               + "\",\"verified\":true,\"active\":true,\"suspended\":false,\"tags\":[],\"user_fields\":{}}";
    }

    QByteArray requesterName(int index) const { return m_names.at(index % m_names.size()); }
    QByteArray requesterMail(int index) const { return "client" + QByteArray::number(index) + "@example.ru"; }
    QByteArray agentName(int k) const { return m_names.at((k * 7 + 3) % m_names.size()); }
    QByteArray agentMail(int k) const { return "agent" + QByteArray::number(k) + "@hosting.example"; }

    QByteArray exportPage(const QHttpServerRequest &request) const
    {
        const QUrlQuery query = request.query();
        int from = 0;
        if (query.hasQueryItem(u"cursor"_s)) {
            from = indexFromCursor(query.queryItemValue(u"cursor"_s));
            if (from < 0)
                return {};
        } else {
            const qint64 start = query.queryItemValue(u"start_time"_s).toLongLong();
            while (from < m_tickets && updatedAt(from) < start)
                ++from;
        }
        const int to = std::min(from + ticketsPerPage, m_tickets);
        QByteArray out;
        out.reserve(2600 * (to - from) + 16384);
        out += "{\"tickets\":[";
        for (int i = from; i < to; ++i) {
            const QByteArray id = QByteArray::number(ticketId(i));
            const int agent = i % agentCount;
            if (i > from)
                out += ',';
            out += "{\"url\":\"https://hosting.zendesk.com/api/v2/tickets/" + id + ".json\",\"id\":" + id
                   + ",\"external_id\":null,\"via\":{\"channel\":\"email\",\"source\":{\"from\":{\"address\":\""
                   + requesterMail(i) + "\",\"name\":" + requesterName(i)
                   + "},\"to\":{\"name\":\"Support\",\"address\":\"support@hosting.example\"},\"rel\":null}},"
                     "\"created_at\":";
            appendTime(out, createdAt(i));
            out += ",\"updated_at\":";
            appendTime(out, updatedAt(i));
            out += ",\"generated_timestamp\":" + QByteArray::number(updatedAt(i)) + ",\"type\":\"question\",\"subject\":"
                   + m_subjects.at(i % m_subjects.size()) + ",\"raw_subject\":" + m_subjects.at(i % m_subjects.size())
                   + ",\"description\":" + m_plain.at((i % 4) * 2) + ",\"priority\":\"normal\",\"status\":\""
                   + (i % 7 == 0 ? "open" : "solved") + "\",\"recipient\":\"support@hosting.example\",\"requester_id\":"
                   + QByteArray::number(requesterIdBase + i) + ",\"submitter_id\":"
                   + QByteArray::number(requesterIdBase + i) + ",\"assignee_id\":"
                   + QByteArray::number(agentIdBase + agent) + ",\"organization_id\":null,\"group_id\":"
                   + QByteArray::number(groupIdBase + i % groupNames.size())
                   + ",\"collaborator_ids\":[],\"follower_ids\":[],\"email_cc_ids\":[],\"forum_topic_id\":null,"
                     "\"problem_id\":null,\"has_incidents\":false,\"is_public\":true,\"due_at\":null,\"tags\":"
                   + m_tags.at(i % m_tags.size())
                   + ",\"custom_fields\":[{\"id\":360001234567,\"value\":\"hosting\"},"
                     "{\"id\":360001234568,\"value\":null}],\"satisfaction_rating\":"
                   + (i % 3 == 0   ? QByteArray("{\"score\":\"good\",\"comment\":\"Спасибо, быстро помогли!\"}")
                      : i % 3 == 1 ? QByteArray("{\"score\":\"offered\"}")
                                   : QByteArray("{\"score\":\"bad\",\"comment\":\"Too slow\"}"))
                   + ",\"sharing_agreement_ids\":[],\"followup_ids\":[],\"ticket_form_id\":360000123456,"
                     "\"brand_id\":360000654321,\"allow_channelback\":false,\"allow_attachments\":true,"
                     "\"from_messaging_channel\":false}";
        }
        const bool end = to >= m_tickets;
        out += "],\"after_url\":\"" + m_base.toUtf8() + "/api/v2/incremental/tickets/cursor.json?cursor="
               + cursorFor(to) + "\",\"after_cursor\":\"" + cursorFor(to)
               + "\",\"before_url\":null,\"before_cursor\":null,\"end_of_stream\":"
               + (end ? "true" : "false") + ",\"users\":[";
        for (int k = 0; k < agentCount; ++k) {
            appendUser(out, agentIdBase + k, agentName(k), agentMail(k), true);
            out += ',';
        }
        for (int i = from; i < to; ++i) {
            if (i > from)
                out += ',';
            appendUser(out, requesterIdBase + i, requesterName(i), requesterMail(i), false);
        }
        if (from == to)
            out.chop(1);
        out += "],\"groups\":[";
        for (int g = 0; g < groupNames.size(); ++g) {
            out += (g ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(groupIdBase + g) + ",\"name\":\""
                   + groupNames.at(g).toUtf8() + "\",\"default\":false,\"deleted\":false,\"is_public\":true}";
        }
        out += "],\"metric_sets\":[";
        for (int i = from; i < to; ++i) {
            if (i > from)
                out += ',';
            out += "{\"id\":" + QByteArray::number(9000000 + i) + ",\"ticket_id\":" + QByteArray::number(ticketId(i))
                   + ",\"created_at\":";
            appendTime(out, createdAt(i));
            out += ",\"updated_at\":";
            appendTime(out, updatedAt(i));
            out += ",\"group_stations\":1,\"assignee_stations\":1,\"reopens\":0,\"replies\":"
                   + QByteArray::number(m_comments / 2) + ",\"solved_at\":";
            if (i % 7 == 0)
                out += "null";
            else
                appendTime(out, updatedAt(i) - 600);
            out += ",\"reply_time_in_minutes\":{\"calendar\":31,\"business\":31},"
                   "\"full_resolution_time_in_minutes\":{\"calendar\":1430,\"business\":540}}";
        }
        out += "]}";
        return out;
    }

    QByteArray commentsPage(qint64 id, const QHttpServerRequest &request) const
    {
        const int index = int(id - firstTicketId);
        if (index < 0 || index >= m_tickets)
            return {};
        const QUrlQuery query = request.query();
        const int after = query.queryItemValue(u"page[after]"_s).toInt();
        const int size = std::clamp(query.queryItemValue(u"page[size]"_s).toInt(), 1, commentsPageSize);
        const int to = std::min(after + size, m_comments);
        const int agent = index % agentCount;
        QByteArray out;
        out.reserve(2400 * (to - after) + 4096);
        out += "{\"comments\":[";
        for (int c = after; c < to; ++c) {
            const bool customer = c % 2 == 0;
            const int variant = ((index + c / 2) % 4) * 2 + (customer ? 0 : 1);
            const bool internal = !customer && index % 5 == 0 && c == 3;
            if (c > after)
                out += ',';
            out += "{\"id\":" + QByteArray::number(id * 10000 + c) + ",\"type\":\"Comment\",\"author_id\":"
                   + QByteArray::number(customer ? requesterIdBase + index : agentIdBase + agent) + ",\"body\":"
                   + m_plain.at(variant) + ",\"html_body\":" + m_html.at(variant) + ",\"plain_body\":"
                   + m_plain.at(variant)
                   + ",\"public\":" + (internal ? "false" : "true") + ",\"attachments\":[";
            if (customer && c == 0 && index % 4 == 0)
                out += "{\"id\":" + QByteArray::number(id * 10 + 1) + ",\"file_name\":\"screenshot-"
                       + QByteArray::number(id)
                       + ".png\",\"content_url\":\"https://hosting.zendesk.com/attachments/token/k3J9xQ/"
                         "?name=screenshot.png\",\"content_type\":\"image/png\",\"size\":48213,\"width\":1280,"
                         "\"height\":720,\"inline\":false,\"deleted\":false,\"thumbnails\":[]}";
            out += "],\"audit_id\":" + QByteArray::number(id * 10000 + 5000 + c) + ",\"via\":{\"channel\":\""
                   + (customer ? "email" : "web") + "\",\"source\":{\"from\":{},\"to\":{},\"rel\":null}},\"created_at\":";
            appendTime(out, createdAt(index) + qint64(c) * 1800);
            out += ",\"metadata\":{\"system\":{\"client\":\"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
                   "Firefox/128.0\",\"ip_address\":\"198.51.100.23\",\"location\":\"Moscow, MOW, Russia\","
                   "\"latitude\":55.7522,\"longitude\":37.6156},\"custom\":{}}}";
        }
        out += "],\"users\":[";
        appendUser(out, requesterIdBase + index, requesterName(index), requesterMail(index), false);
        out += ',';
        appendUser(out, agentIdBase + agent, agentName(agent), agentMail(agent), true);
        const bool more = to < m_comments;
        out += "],\"meta\":{\"has_more\":" + QByteArray(more ? "true" : "false") + ",\"after_cursor\":\""
               + QByteArray::number(to) + "\",\"before_cursor\":\"" + QByteArray::number(after)
               + "\"},\"links\":{\"prev\":null,\"next\":";
        if (more)
            out += jsonString(commentsNextLink(m_base, id, to));
        else
            out += "null";
        out += "}}";
        return out;
    }

    const int m_tickets;
    const int m_comments;
    QList<QByteArray> m_plain;
    QList<QByteArray> m_html;
    QList<QByteArray> m_subjects;
    QList<QByteArray> m_names;
    QList<QByteArray> m_tags;
    QByteArray m_expectedAuth;
    QString m_base;
    quint16 m_port = 0;
    QSemaphore m_ready;
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<quint64> m_digest{0};
    std::atomic<qint64> m_assembleNs{0};
};

// ---------------------------------------------------------------------------------------------

struct Memory
{
    qint64 peakKb = -1;   // VmHWM
    qint64 rssKb = -1;    // VmRSS
};

Memory memory()
{
    Memory m;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            m.peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("VmRSS:"))
            m.rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return m;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so each phase reports its own peak.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// CPU time (user + system) each thread of this process has used so far, by thread name, from
// /proc/self/task/*/stat: what each phase costs on every thread, not only the wall clock.
QMap<QString, double> threadCpuSeconds()
{
    QMap<QString, double> cpu;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        // After the name: state(0) ... utime(11) stime(12).
        cpu[name] += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks);
    }
    return cpu;
}

// "main 3.1 s, QNetworkAccessM 2.0 s, …": CPU used per thread between two readings (threads
// that ended in between are not counted; the phases below keep theirs alive until read).
QString cpuText(const QMap<QString, double> &before, const QMap<QString, double> &after)
{
    QStringList parts;
    double total = 0;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const double used = it.value() - before.value(it.key());
        if (used < 0.05)
            continue;
        total += used;
        parts << u"%1 %2 s"_s.arg(it.key()).arg(used, 0, 'f', 1);
    }
    return u"%1 s CPU (%2)"_s.arg(total, 0, 'f', 1).arg(parts.join(u", "_s));
}

QString mb(qint64 kb) { return QString::number(double(kb) / 1024.0, 'f', 1) + u" MB"_s; }
QString fixed(double value, int decimals = 0) { return QString::number(value, 'f', decimals); }

struct Download
{
    bool ok = true;
    QString error;
    int requests = 0;
    qint64 bytes = 0;
    double ms = 0;
    QMap<QString, double> cpuAfter;   // read before the client's network thread ends
};

// The same requests the sync makes, in the same order, through the same HttpClient, without
// parsing or storing anything: the export page, then every ticket's comments (following the
// comment pages), then the next export page when the whole page has arrived.
Download plainDownload(const QString &base, int tickets, int commentsPerTicket, int parallel)
{
    Download d;
    qadesk::HttpClient http;
    qadesk::HttpClient::Policy policy = http.policy();
    policy.maxParallelPerHost = parallel;
    http.setPolicy(policy);
    QObject context;
    QEventLoop loop;
    const auto headers = connectorHeaders();
    QElapsedTimer clock;

    auto get = [&](const QUrl &url, std::function<void()> then) {
        qadesk::HttpRequest request;
        request.url = url;
        request.headers = headers;
        http.send(request, &context, [&d, &loop, then = std::move(then)](const qadesk::HttpResult &result) {
            ++d.requests;
            if (!result.ok) {
                d.ok = false;
                d.error = result.error;
                loop.quit();
                return;
            }
            d.bytes += result.payload.size();
            then();
        });
    };

    int pending = 0;
    std::function<void(int)> exportFrom;
    std::function<void(int, int)> comments;
    comments = [&](int index, int after) {
        const qint64 id = ticketId(index);
        const QUrl url = after == 0 ? commentsUrl(base, id) : QUrl(commentsNextLink(base, id, after));
        get(url, [&, index, after] {
            const int next = after + commentsPageSize;
            if (next < commentsPerTicket) {
                comments(index, next);
                return;
            }
            if (--pending == 0) {
                const int to = std::min((index / ticketsPerPage + 1) * ticketsPerPage, tickets);
                if (to >= tickets)
                    loop.quit();
                else
                    exportFrom(to);
            }
        });
    };
    exportFrom = [&](int from) {
        get(exportUrl(base, from == 0 ? QString() : u"cursor:"_s + QString::fromLatin1(cursorFor(from))), [&, from] {
            const int to = std::min(from + ticketsPerPage, tickets);
            pending = to - from;
            if (pending == 0) {
                loop.quit();
                return;
            }
            for (int i = from; i < to; ++i)
                comments(i, 0);
        });
    };

    clock.start();
    exportFrom(0);
    loop.exec();
    d.ms = double(clock.nsecsElapsed()) / 1e6;
    d.cpuAfter = threadCpuSeconds();
    return d;
}

} // namespace

struct Phase
{
    bool ok = false;
    double ms = 0;
    LeanZendesk::Counters served;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const int commentsPerTicket = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    const int rounds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 3;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (tickets < 1 || commentsPerTicket < 0 || commentsPerTicket > 9999 || rounds < 1 || rounds > 99) {
        err << "usage: qadesk_bench_sync [tickets >= 1] [comments-per-ticket 0..9999] [rounds 1..99]\n";
        return 2;
    }
    const qint64 expectedMessages = qint64(tickets) * commentsPerTicket;

    LeanZendesk mock(tickets, commentsPerTicket);
    const QString base = mock.startServing();
    // Each phase reports its own peak when the kernel lets us reset VmHWM, else the peak so far.
    const bool perPhasePeak = resetPeak();
    const QString peakLabel = perPhasePeak ? u"peak memory (VmHWM, this phase): "_s : u"peak memory (VmHWM, so far): "_s;
    out << "sync benchmark: " << tickets << " tickets x " << commentsPerTicket << " comments = " << expectedMessages
        << " messages (pages of " << ticketsPerPage << " tickets), " << rounds << " round(s), mock at " << base << "\n";
    out << "  memory before: RSS " << mb(memory().rssKb) << "\n" << Qt::flush;

    // The plain downloads: sequential (the yardstick), and as parallel as the sync.
    auto timeDownload = [&](const char *label, int parallel) -> Phase {
        resetPeak();
        const QMap<QString, double> cpuBefore = threadCpuSeconds();
        const Download d = plainDownload(base, tickets, commentsPerTicket, parallel);
        Phase phase{d.ok, d.ms, mock.takeCounters()};
        const Memory after = memory();
        if (!d.ok) {
            err << label << " failed: " << d.error << "\n";
            return phase;
        }
        out << label << ": " << d.requests << " requests, " << mb(d.bytes / 1024) << " in " << fixed(d.ms) << " ms ("
            << fixed(double(d.bytes) / 1048576.0 / (d.ms / 1000.0), 1) << " MB/s); mock spent "
            << fixed(double(phase.served.assembleNs) / 1e6) << " ms assembling answers\n";
        out << "  " << peakLabel << mb(after.peakKb) << "; " << cpuText(cpuBefore, d.cpuAfter) << "\n" << Qt::flush;
        return phase;
    };

    // The sync into a fresh SQLite workspace; checks that it holds exactly what the mock served.
    auto timeSync = [&]() -> Phase {
        Phase phase;
        QTemporaryDir folder;
        if (!folder.isValid()) {
            err << "cannot create a temporary folder\n";
            return phase;
        }
        const QString dbPath = folder.filePath(u"bench.sqlite"_s);
        auto db = qadesk::Database::open(u"sqlite:"_s + dbPath);
        if (!db) {
            err << "cannot open the workspace: " << db.error().message << "\n";
            return phase;
        }
        qadesk::Source source;
        source.name = sourceName;
        source.kind = u"zendesk"_s;
        source.baseUrl = base;
        source.userName = email;
        if (const auto added = qadesk::SourceStore(**db).add(source); !added) {
            err << "cannot add the source: " << added.error().message << "\n";
            return phase;
        }
        resetPeak();
        bool syncOk = false;
        QString syncMessage;
        qadesk::SyncEngine::Stats stats;
        const QMap<QString, double> cpuBefore = threadCpuSeconds();
        QMap<QString, double> cpuAfter;
        {
            qadesk::HttpClient http;
            QObject::connect(&http, &qadesk::HttpClient::retrying, &http,
                             [&err](const QUrl &url, int attempt, int delayMs, const QString &reason) {
                                 err << "  retry " << attempt << " of " << url.path() << " in " << delayMs
                                     << " ms: " << reason << "\n";
                             });
            qadesk::ConnectorConfig config;
            config.sourceName = sourceName;
            config.baseUrl = base;
            config.userName = email;
            config.token = token;
            qadesk::ZendeskConnector connector(config, http);
            qadesk::SyncEngine engine(**db, connector, sourceName);
            QEventLoop loop;
            QObject::connect(&engine, &qadesk::SyncEngine::finished, &loop, [&](bool ok, const QString &message) {
                syncOk = ok;
                syncMessage = message;
                loop.quit();
            });
            QElapsedTimer clock;
            clock.start();
            engine.start();
            if (engine.isRunning())
                loop.exec();
            phase.ms = double(clock.nsecsElapsed()) / 1e6;
            stats = engine.stats();
            cpuAfter = threadCpuSeconds(); // while the engine's threads still exist
        }
        phase.served = mock.takeCounters();
        const Memory after = memory();
        if (!syncOk) {
            err << "sync failed: " << syncMessage << "\n";
            return phase;
        }
        const double seconds = phase.ms / 1000.0;
        const qint64 onDiskKb = (QFileInfo(dbPath).size() + QFileInfo(dbPath + u"-wal"_s).size()) / 1024;
        out << "sync: " << stats.pages << " pages, " << stats.requests << " requests, " << stats.tickets << " tickets, "
            << stats.messages << " messages in " << fixed(phase.ms) << " ms; " << fixed(stats.tickets / seconds)
            << " tickets/s, " << fixed(stats.messages / seconds) << " messages/s\n";
        out << "  " << peakLabel << mb(after.peakKb) << "; workspace on disk: " << mb(onDiskKb) << "; "
            << cpuText(cpuBefore, cpuAfter) << "\n";
        qint64 storedTickets = -1;
        qint64 storedMessages = -1;
        if (auto q = (*db)->run(u"SELECT COUNT(*) FROM tickets"_s); q && q->next())
            storedTickets = q->value(0).toLongLong();
        if (auto q = (*db)->run(u"SELECT COUNT(*) FROM messages"_s); q && q->next())
            storedMessages = q->value(0).toLongLong();
        phase.ok = storedTickets == tickets && storedMessages == expectedMessages;
        if (!phase.ok)
            err << "FAILED: the workspace holds " << storedTickets << " tickets and " << storedMessages
                << " messages; expected " << tickets << " and " << expectedMessages << "\n";
        return phase;
    };

    // The phases alternate, round after round, so a neighbour's load on a shared machine falls
    // on all of them alike; the medians are the figures to read.
    QList<double> sequentialMs, parallelMs, syncMs, ratios, strictRatios;
    bool sameRequests = true;
    for (int round = 1; round <= rounds; ++round) {
        out << "-- round " << round << "\n";
        const Phase sequential = timeDownload("sequential download (1 request at a time)", 1);
        const Phase parallel = timeDownload("parallel download (2 requests per host, as the sync)", 2);
        const Phase sync = sequential.ok && parallel.ok ? timeSync() : Phase{};
        if (!sequential.ok || !parallel.ok || !sync.ok)
            return 1;
        sameRequests = sameRequests && sequential.served.requests == sync.served.requests
                       && parallel.served.requests == sync.served.requests
                       && sequential.served.digest == sync.served.digest && parallel.served.digest == sync.served.digest
                       && sequential.served.bytes == sync.served.bytes && parallel.served.bytes == sync.served.bytes;
        sequentialMs << sequential.ms;
        parallelMs << parallel.ms;
        syncMs << sync.ms;
        ratios << sync.ms / sequential.ms;
        strictRatios << sync.ms / parallel.ms;
        out << "  ratio sync/sequential download " << fixed(ratios.last(), 2) << ", sync/parallel download "
            << fixed(strictRatios.last(), 2) << "\n" << Qt::flush;
    }
    const double ratio = median(ratios);
    out << "== medians of " << rounds << " round(s): sequential download " << fixed(median(sequentialMs))
        << " ms, parallel download " << fixed(median(parallelMs)) << " ms, sync " << fixed(median(syncMs)) << " ms ("
        << fixed(tickets / (median(syncMs) / 1000.0)) << " tickets/s)\n";
    out << "ratio sync/sequential download: " << fixed(ratio, 2) << " (requirement: at most 1.50; "
        << (ratio <= 1.5 ? "met" : "NOT met") << ")\n";
    out << "ratio sync/parallel download: " << fixed(median(strictRatios), 2)
        << " (stricter: the download keeps the same 2 requests in flight)\n";
    out << "same requests in every phase: " << (sameRequests ? "yes" : "NO") << "\n";
    out << "stored: " << tickets << " tickets, " << expectedMessages << " messages in every round, as expected\n";
    out.flush();
    if (!sameRequests) {
        err << "FAILED: the phases did not request the same pages\n";
        return 1;
    }
    return 0;
}
