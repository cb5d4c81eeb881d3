#include "ZendeskConnector.h"

#include "common/JsonObjectReader.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace qadesk {

struct ZendeskConnector::PageJob
{
    PageCallback done;
    TicketPage page;
    ZendeskMapping::Directory directory;
    QList<QJsonObject> rawTickets;
    QList<QList<QJsonObject>> comments;
    QList<Ticket> mapped;       // by index in rawTickets, filled as each conversation completes
    QStringList problems;
    int pending = 0;
    bool failed = false;
};

QUrl ZendeskConnector::apiUrl(const QString &path) const
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

QList<QPair<QByteArray, QByteArray>> ZendeskConnector::headers() const
{
    // API token: Basic base64("{email}/token:{token}"); without an email, an OAuth bearer token.
    const QByteArray auth = m_config.userName.isEmpty()
                                ? QByteArray("Bearer " + m_config.token.toUtf8())
                                : QByteArray("Basic " + (m_config.userName + u"/token:"_s + m_config.token).toUtf8().toBase64());
    return {{"Authorization", auth}, {"Accept", "application/json"}};
}

Error ZendeskConnector::failure(const HttpResult &result, const QString &what)
{
    return httpFailure(result, what, tr("check the user and the API token"));
}

void ZendeskConnector::testConnection(StatusCallback done)
{
    HttpRequest request;
    request.url = apiUrl(u"/api/v2/users/me.json"_s);
    request.headers = headers();
    m_http.send(request, this, [done](const HttpResult &result) {
        if (!result.ok)
            done(std::unexpected(failure(result, tr("connection test"))));
        else
            done({});
    });
}

void ZendeskConnector::fetchPage(const QString &checkpoint, PageCallback done)
{
    QUrl url = apiUrl(u"/api/v2/incremental/tickets/cursor.json"_s);
    QUrlQuery query;
    if (checkpoint.startsWith(u"cursor:"_s)) {
        query.addQueryItem(u"cursor"_s, checkpoint.mid(7));
    } else {
        const qint64 start = checkpoint.startsWith(u"start:"_s) ? checkpoint.mid(6).toLongLong()
                             : m_config.since.isValid()         ? m_config.since.toSecsSinceEpoch()
                                                                : 0;
        query.addQueryItem(u"start_time"_s, QString::number(start));
    }
    query.addQueryItem(u"include"_s, u"users,groups,metric_sets"_s);
    url.setQuery(query);

    auto job = std::make_shared<PageJob>();
    job->done = std::move(done);
    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [this, job](const HttpResult &result) {
        ++job->page.requests;
        if (!result.ok) {
            job->done(std::unexpected(failure(result, tr("ticket export"))));
            return;
        }
        const Result<QJsonObject> json = parseJsonObject(result.payload);
        if (!json || !json->value(u"tickets"_s).isArray()) {
            job->done(std::unexpected(Error{Error::Code::Network,
                                            tr("ticket export: the answer is not the expected JSON (%1)")
                                                .arg(json ? tr("no \"tickets\" array") : json.error().message)}));
            return;
        }
        job->directory.addUsers(json->value(u"users"_s).toArray());
        job->directory.addGroups(json->value(u"groups"_s).toArray());
        job->directory.addMetricSets(json->value(u"metric_sets"_s).toArray());
        for (const QJsonValue &t : json->value(u"tickets"_s).toArray())
            job->rawTickets.append(t.toObject());
        job->page.endOfStream = json->value(u"end_of_stream"_s).toBool(true);
        const QString after = json->value(u"after_cursor"_s).toString();
        job->page.nextCheckpoint = after.isEmpty() ? QString() : u"cursor:"_s + after;
        job->comments.resize(job->rawTickets.size());
        job->mapped.resize(job->rawTickets.size());
        job->pending = int(job->rawTickets.size());
        if (job->pending == 0) {
            job->done(job->page);
            return;
        }
        for (int i = 0; i < job->rawTickets.size(); ++i) {
            const QString id = ZendeskMapping::idText(job->rawTickets.at(i).value(u"id"_s));
            QUrl comments = apiUrl(u"/api/v2/tickets/%1/comments.json"_s.arg(id));
            comments.setQuery(u"include=users&page[size]=100"_s);
            fetchComments(job, i, comments);
        }
    });
}

void ZendeskConnector::fetchComments(std::shared_ptr<PageJob> job, int index, const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [this, job, index](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        const QString ticketId = ZendeskMapping::idText(job->rawTickets.at(index).value(u"id"_s));
        if (!result.ok) {
            job->failed = true;
            job->done(std::unexpected(failure(result, tr("comments of ticket %1").arg(ticketId))));
            return;
        }
        const Result<QJsonObject> json = parseJsonObject(result.payload);
        if (!json || !json->value(u"comments"_s).isArray()) {
            job->failed = true;
            job->done(std::unexpected(Error{Error::Code::Network,
                                            tr("comments of ticket %1: the answer is not the expected JSON").arg(ticketId)}));
            return;
        }
        job->directory.addUsers(json->value(u"users"_s).toArray());
        for (const QJsonValue &c : json->value(u"comments"_s).toArray())
            job->comments[index].append(c.toObject());
        const bool more = json->value(u"meta"_s)[u"has_more"_s].toBool(false);
        const QString next = json->value(u"links"_s)[u"next"_s].toString();
        if (more && !next.isEmpty()) {
            fetchComments(job, index, QUrl(next));
            return;
        }
        mapTicket(*job, index);
        finishTicket(job);
    });
}

void ZendeskConnector::mapTicket(PageJob &job, int index) const
{
    // Mapped as soon as its conversation is complete, while other tickets' comments are still
    // downloading, rather than all at once when the page is complete. The directory holds the
    // export's users and every comment page's side-loaded users so far, this ticket's included.
    const QString path = u"tickets[%1]"_s.arg(index);
    Ticket ticket = ZendeskMapping::ticket(job.rawTickets.at(index), job.directory, m_config.sourceName,
                                           m_config.baseUrl, path, job.problems);
    QSet<QString> messageIds;
    const QList<QJsonObject> &comments = job.comments.at(index);
    ticket.messages.reserve(comments.size());
    for (int c = 0; c < comments.size(); ++c) {
        Message m = ZendeskMapping::comment(comments.at(c), job.directory, ticket.createdAt,
                                            path + u".comments[%1]"_s.arg(c), job.problems);
        if (!m.externalId.isEmpty() && messageIds.contains(m.externalId))
            continue; // an overlapping comment page
        messageIds.insert(m.externalId);
        ticket.messages.append(std::move(m));
    }
    job.mapped[index] = std::move(ticket);
    job.comments[index] = {}; // the JSON's memory goes back once mapped
    job.rawTickets[index] = {};
}

void ZendeskConnector::finishTicket(const std::shared_ptr<PageJob> &job)
{
    if (--job->pending > 0)
        return;
    // The export lists a ticket once per change: a ticket updated while the export runs can
    // appear twice in a page; the latest version counts.
    QHash<QString, qsizetype> seen;
    for (Ticket &ticket : job->mapped) {
        if (const auto at = seen.constFind(ticket.externalId); at != seen.constEnd())
            job->page.tickets[*at] = std::move(ticket);
        else {
            seen.insert(ticket.externalId, job->page.tickets.size());
            job->page.tickets.append(std::move(ticket));
        }
    }
    job->mapped.clear();
    if (!job->problems.isEmpty()) {
        job->done(std::unexpected(Error{Error::Code::Network, job->problems.join(u'\n')}));
        return;
    }
    job->done(std::move(job->page));
}

} // namespace qadesk
