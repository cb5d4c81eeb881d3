#include "FreshdeskConnector.h"

#include "common/IsoTime.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Where a page of the ticket list starts: "since:ISO-TIME|page:N".
struct Position
{
    QDateTime since;
    int page = 1;
};

QString checkpointText(const Position &position)
{
    return u"since:%1|page:%2"_s.arg(position.since.toUTC().toString(Qt::ISODate)).arg(position.page);
}

std::optional<Position> parseCheckpoint(const QString &text)
{
    Position position;
    bool pageOk = false;
    for (const QString &part : text.split(u'|')) {
        if (part.startsWith(u"since:"_s))
            position.since = IsoTime::fromText(part.mid(6));
        else if (part.startsWith(u"page:"_s))
            position.page = part.mid(5).toInt(&pageOk);
        else
            return std::nullopt;
    }
    if (!position.since.isValid() || !pageOk || position.page < 1)
        return std::nullopt;
    return position;
}

// The target of `Link: <url>; rel="next"` (RFC 8288), or an empty URL on the last page.
QUrl nextLink(const HttpResult &result)
{
    // Not split on commas: the URLs themselves have them (include=description,requester,stats).
    const QString header = QString::fromUtf8(result.headers.value("link"));
    qsizetype open = header.indexOf(u'<');
    while (open >= 0) {
        const qsizetype close = header.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const qsizetype following = header.indexOf(u'<', close + 1);
        QString params = header.mid(close + 1, following < 0 ? -1 : following - close - 1);
        params.remove(u'"').remove(u' ').remove(u',');
        if (params.split(u';').contains(u"rel=next"_s))
            return QUrl(header.mid(open + 1, close - open - 1));
        open = following;
    }
    return {};
}

Result<QJsonArray> parseJsonArray(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(Error{Error::Code::Network, parseError.errorString()});
    if (!document.isArray())
        return std::unexpected(Error{Error::Code::Network, FreshdeskConnector::tr("not a JSON array")});
    return document.array();
}

} // namespace

struct FreshdeskConnector::PageJob
{
    PageCallback done;
    QString checkpoint;
    Position from;
    QHash<QString, QDateTime> listed;   // every ticket of the page, with its updated_at
    TicketPage page;
    QList<QJsonObject> rawTickets;
    QList<QList<QJsonObject>> conversations;
    int pending = 0;
    bool failed = false;
};

QUrl FreshdeskConnector::apiUrl(const QString &path) const
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

bool FreshdeskConnector::isOwnUrl(const QUrl &url) const
{
    // A next link elsewhere would receive the API key: follow links to the helpdesk only.
    const QUrl base = apiUrl(QString());
    return url.scheme() == base.scheme() && url.host() == base.host() && url.port(-1) == base.port(-1);
}

QList<QPair<QByteArray, QByteArray>> FreshdeskConnector::headers() const
{
    // The API key is the user name; Freshdesk ignores the password ("X" by convention).
    const QByteArray auth = "Basic " + (m_config.token + u":X"_s).toUtf8().toBase64();
    return {{"Authorization", auth}, {"Accept", "application/json"}};
}

Error FreshdeskConnector::failure(const HttpResult &result, const QString &what)
{
    return httpFailure(result, what, tr("check the API key and that its agent may see tickets, agents and groups"));
}

void FreshdeskConnector::fail(const std::shared_ptr<PageJob> &job, const Error &error)
{
    if (job->failed)
        return;
    job->failed = true;
    job->done(std::unexpected(error));
}

void FreshdeskConnector::testConnection(StatusCallback done)
{
    HttpRequest request;
    request.url = apiUrl(u"/api/v2/agents/me"_s);
    request.headers = headers();
    m_http.send(request, this, [done](const HttpResult &result) {
        if (!result.ok)
            done(std::unexpected(failure(result, tr("connection test"))));
        else
            done({});
    });
}

void FreshdeskConnector::fetchPage(const QString &checkpoint, PageCallback done)
{
    auto job = std::make_shared<PageJob>();
    job->done = std::move(done);
    // A first sync starts at `since`, else at the epoch.
    const QDateTime start = m_config.since.isValid() ? m_config.since : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    const std::optional<Position> from = checkpoint.isEmpty() ? Position{start.toUTC(), 1} : parseCheckpoint(checkpoint);
    if (!from) {
        const Error error{Error::Code::InvalidInput, tr("the stored checkpoint \"%1\" is not a Freshdesk checkpoint "
                                                        "(since:TIME|page:N)").arg(checkpoint)};
        QTimer::singleShot(0, this, [this, job, error] { fail(job, error); });
        return;
    }
    job->checkpoint = checkpoint;
    job->from = *from;
    if (m_directoryLoaded) {
        fetchTickets(job);
        return;
    }
    // Teams and assignees are named through these lists; they are read once per connector.
    fetchList(job, apiUrl(u"/api/v2/groups?per_page=100"_s), tr("groups"),
              [this](const QJsonArray &groups) { m_directory.addGroups(groups); }, [this, job] {
                  fetchList(job, apiUrl(u"/api/v2/agents?per_page=100"_s), tr("agents"),
                            [this](const QJsonArray &agents) { m_directory.addAgents(agents); }, [this, job] {
                                m_directoryLoaded = true;
                                fetchTickets(job);
                            });
              });
}

void FreshdeskConnector::fetchList(std::shared_ptr<PageJob> job, const QUrl &url, const QString &what, ArrayCallback take,
                                   std::function<void()> then)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [this, job, what, take = std::move(take), then = std::move(then)](const HttpResult &result) {
        ++job->page.requests;
        if (!result.ok) {
            fail(job, failure(result, what));
            return;
        }
        const Result<QJsonArray> list = parseJsonArray(result.payload);
        if (!list) {
            fail(job, {Error::Code::Network,
                       tr("%1: the answer is not the expected JSON (%2)").arg(what, list.error().message)});
            return;
        }
        take(*list);
        const QUrl next = nextLink(result);
        if (next.isEmpty()) {
            then();
        } else if (!isOwnUrl(next)) {
            fail(job, {Error::Code::Network,
                       tr("%1: the next page is on another server (%2); not followed").arg(what, next.host())});
        } else {
            fetchList(job, next, what, take, then);
        }
    });
}

void FreshdeskConnector::fetchTickets(std::shared_ptr<PageJob> job)
{
    QUrl url = apiUrl(u"/api/v2/tickets"_s);
    QUrlQuery query;
    // Without updated_since Freshdesk lists only the last 30 days.
    query.addQueryItem(u"updated_since"_s, job->from.since.toUTC().toString(Qt::ISODate));
    query.addQueryItem(u"order_by"_s, u"updated_at"_s);
    query.addQueryItem(u"order_type"_s, u"asc"_s);
    query.addQueryItem(u"per_page"_s, QString::number(ticketsPerPage));
    query.addQueryItem(u"page"_s, QString::number(job->from.page));
    // The list leaves out the description (the first message) unless asked for.
    query.addQueryItem(u"include"_s, u"description,requester,stats"_s);
    url.setQuery(query);

    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [this, job](const HttpResult &result) {
        ++job->page.requests;
        if (!result.ok) {
            fail(job, failure(result, tr("ticket list")));
            return;
        }
        const Result<QJsonArray> list = parseJsonArray(result.payload);
        if (!list) {
            fail(job, {Error::Code::Network,
                       tr("ticket list: the answer is not the expected JSON (%1)").arg(list.error().message)});
            return;
        }
        // Re-anchored pages start with the tickets that ended the page before: when that page was
        // the last one delivered (and so stored with this checkpoint), unchanged ones are skipped.
        const bool continuing = !m_lastCheckpoint.isEmpty() && job->checkpoint == m_lastCheckpoint;
        QDateTime newest = job->from.since;
        for (const QJsonValue &value : *list) {
            const QJsonObject raw = value.toObject();
            const QString id = FreshdeskMapping::idText(raw.value(u"id"_s));
            const QDateTime updated = IsoTime::fromText(raw.value(u"updated_at"_s).toString());
            if (updated.isValid() && updated > newest)
                newest = updated;
            job->listed.insert(id, updated);
            if (continuing && updated.isValid() && m_lastListed.value(id) == updated)
                continue;
            job->rawTickets.append(raw);
            m_directory.addContact(raw.value(u"requester"_s).toObject());
        }
        job->page.endOfStream = list->isEmpty() || nextLink(result).isEmpty();
        Position next{newest, 1};
        if (newest <= job->from.since && !job->page.endOfStream) {
            // The whole page shares the anchor second: only the page number can move on.
            next = {job->from.since, job->from.page + 1};
            if (next.page > maxPage) {
                fail(job, {Error::Code::Network,
                           tr("ticket list: more than %1 tickets were changed in the same second (%2) and Freshdesk "
                              "lists at most %3 pages")
                               .arg(maxPage * ticketsPerPage)
                               .arg(job->from.since.toString(Qt::ISODate))
                               .arg(maxPage)});
                return;
            }
        }
        job->page.nextCheckpoint = checkpointText(next);
        job->conversations.resize(job->rawTickets.size());
        job->pending = int(job->rawTickets.size());
        if (job->pending == 0) {
            deliver(job);
            return;
        }
        for (int i = 0; i < job->rawTickets.size(); ++i) {
            const QString id = FreshdeskMapping::idText(job->rawTickets.at(i).value(u"id"_s));
            fetchConversations(job, i, apiUrl(u"/api/v2/tickets/%1/conversations?per_page=100"_s.arg(id)));
        }
    });
}

void FreshdeskConnector::fetchConversations(std::shared_ptr<PageJob> job, int index, const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [this, job, index](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        const QString ticketId = FreshdeskMapping::idText(job->rawTickets.at(index).value(u"id"_s));
        if (!result.ok) {
            fail(job, failure(result, tr("conversations of ticket %1").arg(ticketId)));
            return;
        }
        const Result<QJsonArray> list = parseJsonArray(result.payload);
        if (!list) {
            fail(job, {Error::Code::Network, tr("conversations of ticket %1: the answer is not the expected JSON (%2)")
                                                 .arg(ticketId, list.error().message)});
            return;
        }
        for (const QJsonValue &c : *list)
            job->conversations[index].append(c.toObject());
        const QUrl next = nextLink(result);
        if (!next.isEmpty()) {
            if (!isOwnUrl(next)) {
                fail(job, {Error::Code::Network, tr("conversations of ticket %1: the next page is on another server (%2); "
                                                    "not followed").arg(ticketId, next.host())});
                return;
            }
            fetchConversations(job, index, next);
            return;
        }
        finishTicket(job);
    });
}

void FreshdeskConnector::finishTicket(const std::shared_ptr<PageJob> &job)
{
    if (--job->pending > 0)
        return;
    QStringList problems;
    for (int i = 0; i < job->rawTickets.size(); ++i) {
        const QJsonObject &raw = job->rawTickets.at(i);
        const QString path = u"tickets[%1]"_s.arg(i);
        Ticket ticket = FreshdeskMapping::ticket(raw, m_directory, m_config.sourceName, m_config.baseUrl, path, problems);
        const QString requesterId = FreshdeskMapping::idText(raw.value(u"requester_id"_s));
        QSet<QString> messageIds{ticket.messages.first().externalId};
        const QList<QJsonObject> &conversations = job->conversations.at(i);
        for (int c = 0; c < conversations.size(); ++c) {
            Message m = FreshdeskMapping::conversation(conversations.at(c), m_directory, ticket, requesterId,
                                                       path + u".conversations[%1]"_s.arg(c), problems);
            if (messageIds.contains(m.externalId))
                continue; // an overlapping conversation page
            messageIds.insert(m.externalId);
            ticket.messages.append(std::move(m));
        }
        job->page.tickets.append(std::move(ticket));
    }
    if (!problems.isEmpty()) {
        fail(job, {Error::Code::Network, problems.join(u'\n')});
        return;
    }
    deliver(job);
}

void FreshdeskConnector::deliver(const std::shared_ptr<PageJob> &job)
{
    m_lastCheckpoint = job->page.nextCheckpoint;
    m_lastListed = job->listed;
    job->done(job->page);
}

} // namespace qadesk
