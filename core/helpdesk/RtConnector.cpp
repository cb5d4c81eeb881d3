#include "RtConnector.h"

#include "common/IsoTime.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Columns the ticket search returns with each ticket (the mapping reads these).
const QString ticketFields = u"Subject,Status,Owner,Requestor,Created,LastUpdated,Resolved,Queue,CustomFields"_s;

// The server's clock from the Date header, else ours. HTTP dates end in "GMT", which Qt's
// RFC 2822 parser does not take: it reads the equivalent "+0000".
QDateTime serverNow(const HttpResult &result)
{
    QString text = QString::fromLatin1(result.headers.value("date").trimmed());
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(3) + u"+0000"_s;
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime::currentDateTimeUtc();
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

struct RtConnector::PageJob
{
    enum class Stage { Conversations, Names };

    PageCallback done;
    Checkpoint from;
    TicketPage page;
    QList<QJsonObject> rawTickets;                  // the tickets to deliver, in the server's order
    QList<QList<QJsonObject>> transactions;         // per ticket: its conversation transactions
    QHash<QString, QStringList> partIds;            // transaction id -> its attachment ids, in order
    QHash<QString, RtMapping::Part> parts;          // attachment id -> part
    QStringList problems;
    Stage stage = Stage::Conversations;
    int pending = 0;
    bool failed = false;
};

// ---- checkpoints -----------------------------------------------------------------------------

QString RtConnector::Checkpoint::toText() const
{
    QString text = u"since:"_s + IsoTime::toText(since) + u"|page:"_s + QString::number(page);
    if (!seen.isEmpty()) {
        QList<QString> ids(seen.begin(), seen.end());
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
            return std::pair(a.size(), a) < std::pair(b.size(), b); // numeric order for numeric ids
        });
        text += u"|seen:"_s + ids.join(u',');
    }
    return text;
}

std::optional<RtConnector::Checkpoint> RtConnector::Checkpoint::parse(const QString &text)
{
    Checkpoint checkpoint;
    for (const QString &part : text.split(u'|')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            return std::nullopt;
        const QString key = part.left(colon);
        const QString value = part.mid(colon + 1);
        if (key == u"since"_s) {
            checkpoint.since = IsoTime::fromText(value);
        } else if (key == u"page"_s) {
            bool ok = false;
            checkpoint.page = value.toInt(&ok);
            if (!ok || checkpoint.page < 1)
                return std::nullopt;
        } else if (key == u"seen"_s) {
            for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
                checkpoint.seen.insert(id);
        } else {
            return std::nullopt;
        }
    }
    if (!checkpoint.since.isValid())
        return std::nullopt;
    return checkpoint;
}

RtConnector::Checkpoint RtConnector::Checkpoint::after(const QList<QPair<QString, QDateTime>> &tickets,
                                                       const QDateTime &serverNow) const
{
    Checkpoint next = *this;
    QDateTime last = since;
    for (const auto &ticket : tickets)
        last = std::max(last, ticket.second);
    if (last > since) {
        next.since = last;
        next.page = 1;
        next.seen.clear();
    } else if (!tickets.isEmpty()) {
        next.page = page + 1; // the whole page shares one LastUpdated: count pages within it
    }
    // The Date header has whole seconds: a ticket of that very second may change again unseen.
    const QDateTime settled = serverNow.isValid() ? serverNow : QDateTime::currentDateTimeUtc();
    for (const auto &ticket : tickets) {
        if (ticket.second == next.since && ticket.second.toSecsSinceEpoch() < settled.toSecsSinceEpoch())
            next.seen.insert(ticket.first);
    }
    return next;
}

// ---- requests --------------------------------------------------------------------------------

RtConnector::RtConnector(ConnectorConfig config, HttpClient &http, QObject *parent)
    : RtConnector(std::move(config), http, Options(), parent)
{
}

RtConnector::RtConnector(ConnectorConfig config, HttpClient &http, Options options, QObject *parent)
    : HelpdeskConnector(std::move(config), http, parent)
    , m_options(std::move(options))
{
    m_options.ticketsPerPage = std::clamp(m_options.ticketsPerPage, 1, 100);
    m_options.historyPerPage = std::clamp(m_options.historyPerPage, 1, 100);
}

QString RtConnector::ticketQuery(const QDateTime &since) const
{
    // RT keeps times in UTC but reads a bare 'YYYY-MM-DD hh:mm:ss' in the user's time zone; an
    // explicit offset is honoured (checked on RT 5.0.3; "…Z" is not understood).
    QString query = u"LastUpdated >= '%1 +0000'"_s.arg(since.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (!m_options.queue.isEmpty()) {
        QString queue = m_options.queue;
        queue.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        query = u"Queue = '%1' AND "_s.arg(queue) + query;
    }
    return query;
}

QUrl RtConnector::apiUrl(const QString &path) const
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.endsWith(u"/REST/2.0"_s))
        base.chop(9);
    return QUrl(base + u"/REST/2.0"_s + path, QUrl::TolerantMode);
}

bool RtConnector::isOwnUrl(const QUrl &url) const
{
    // A next_page elsewhere would receive the token: follow pages on the helpdesk only.
    const QUrl base = apiUrl(QString());
    return url.scheme() == base.scheme() && url.host() == base.host() && url.port(-1) == base.port(-1);
}

HttpRequest RtConnector::request(const QUrl &url) const
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Authorization", "token " + m_config.token.toUtf8()}, {"Accept", "application/json"}};
    return request;
}

Error RtConnector::failure(const HttpResult &result, const QString &what)
{
    return httpFailure(result, what, tr("check the RT auth token and that its user may see the queue's tickets, "
                                        "comments and users"));
}

void RtConnector::fail(const std::shared_ptr<PageJob> &job, const Error &error)
{
    if (job->failed)
        return;
    job->failed = true;
    job->done(std::unexpected(error));
}

void RtConnector::testConnection(StatusCallback done)
{
    // /rt names RT's version and, like every REST2 call, needs a valid token.
    m_http.send(request(apiUrl(u"/rt"_s)), this, [done](const HttpResult &result) {
        if (!result.ok) {
            done(std::unexpected(failure(result, tr("connection test"))));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(result.payload);
        if (!document.isObject() || !document.object().contains(u"Version"_s)) {
            done(std::unexpected(Error{Error::Code::Network, tr("connection test: the server does not answer like "
                                                                "Request Tracker's REST 2.0 API")}));
            return;
        }
        done({});
    });
}

void RtConnector::getObject(const std::shared_ptr<PageJob> &job, const QUrl &url, const QString &what,
                            ObjectCallback take, bool optional)
{
    ++job->pending;
    m_http.send(request(url), this, [this, job, what, optional, take = std::move(take)](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        if (!result.ok) {
            if (optional && (result.httpStatus == 403 || result.httpStatus == 404)) {
                take(QJsonObject());
                requestDone(job);
            } else {
                fail(job, failure(result, what));
            }
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.payload, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString why = error.error != QJsonParseError::NoError
                                    ? tr("%1 at byte %2").arg(error.errorString()).arg(error.offset)
                                    : tr("not an object");
            fail(job, {Error::Code::Network, tr("%1: the answer is not the expected JSON (%2)").arg(what, why)});
            return;
        }
        take(document.object());
        requestDone(job);
    });
}

void RtConnector::getCollection(const std::shared_ptr<PageJob> &job, const QUrl &url, const QString &what,
                                std::function<void(const QJsonArray &)> take, std::function<void()> then)
{
    getObject(job, url, what, [this, job, url, what, take, then](const QJsonObject &page) {
        take(page.value(u"items"_s).toArray());
        // RT 5.0.3 writes next_page with a stray "&=&"; RT reads it anyway.
        QUrl next(page.value(u"next_page"_s).toString(), QUrl::TolerantMode);
        const int number = page.value(u"page"_s).toInt(1);
        const int pages = page.value(u"pages"_s).toInt(number);
        if (next.isEmpty() && number < pages && !page.value(u"items"_s).toArray().isEmpty()) {
            QUrlQuery query(url);
            query.removeAllQueryItems(u"page"_s);
            query.addQueryItem(u"page"_s, QString::number(number + 1));
            next = url;
            next.setQuery(query);
        }
        if (next.isEmpty()) {
            then();
        } else if (!isOwnUrl(next)) {
            fail(job, {Error::Code::Network,
                       tr("%1: the next page is on another server (%2); not followed").arg(what, next.host())});
        } else {
            getCollection(job, next, what, take, then);
        }
    });
}

void RtConnector::fetchPage(const QString &checkpoint, PageCallback done)
{
    auto job = std::make_shared<PageJob>();
    job->done = std::move(done);
    if (checkpoint.isEmpty()) {
        job->from.since = m_config.since.isValid() ? m_config.since.toUTC()
                                                   : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    } else if (const std::optional<Checkpoint> parsed = Checkpoint::parse(checkpoint)) {
        job->from = *parsed;
    } else {
        const Error error = Error::invalid(
            tr("the stored sync position \"%1\" is not one of a Request Tracker source (since:TIME|page:N)")
                .arg(checkpoint));
        QTimer::singleShot(0, this, [this, job, error] { fail(job, error); });
        return;
    }
    search(job);
}

void RtConnector::search(const std::shared_ptr<PageJob> &job)
{
    const QString query = u"query="_s + encoded(ticketQuery(job->from.since))
                          + u"&orderby=LastUpdated&order=ASC&per_page="_s + QString::number(m_options.ticketsPerPage)
                          + u"&page="_s + QString::number(job->from.page) + u"&fields="_s + encoded(ticketFields);
    QUrl url = apiUrl(u"/tickets"_s);
    url.setQuery(query, QUrl::StrictMode);

    ++job->pending;
    m_http.send(request(url), this, [this, job](const HttpResult &result) {
        ++job->page.requests;
        if (!result.ok) {
            fail(job, failure(result, tr("ticket search")));
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.payload, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            fail(job, {Error::Code::Network, tr("ticket search: the answer is not the expected JSON (%1)")
                                                 .arg(error.errorString())});
            return;
        }
        const QJsonObject answer = document.object();
        const QJsonArray items = answer.value(u"items"_s).toArray();
        QList<QPair<QString, QDateTime>> listed;
        for (const QJsonValue &value : items) {
            const QJsonObject raw = value.toObject();
            const QString id = RtMapping::refId(raw.value(u"id"_s));
            const QDateTime updated = IsoTime::fromText(raw.value(u"LastUpdated"_s).toString());
            listed.append({id, updated});
            // Delivered with this very LastUpdated by the page before: unchanged since.
            if (updated.isValid() && updated == job->from.since && job->from.seen.contains(id))
                continue;
            job->rawTickets.append(raw);
        }
        const int page = answer.value(u"page"_s).toInt(job->from.page);
        const int pages = answer.value(u"pages"_s).toInt(page);
        const bool more = !items.isEmpty() && (answer.contains(u"next_page"_s) || page < pages);
        job->page.endOfStream = !more;
        Checkpoint next = job->from.after(listed, serverNow(result));
        if (job->page.endOfStream)
            next.page = 1; // the next sync lists the last second again and skips what `seen` names
        job->page.nextCheckpoint = next.toText();

        job->transactions.resize(job->rawTickets.size());
        for (int i = 0; i < job->rawTickets.size(); ++i)
            fetchHistory(job, i);
        requestDone(job);
    });
}

void RtConnector::fetchHistory(const std::shared_ptr<PageJob> &job, int index)
{
    const QString id = RtMapping::refId(job->rawTickets.at(index).value(u"id"_s));
    QUrl url = apiUrl(u"/ticket/%1/history"_s.arg(encoded(id)));
    url.setQuery(u"per_page=%1&fields=Type,Creator,Created"_s.arg(m_options.historyPerPage));
    getCollection(
        job, url, tr("history of ticket %1").arg(id),
        [this, job, index](const QJsonArray &items) {
            for (const QJsonValue &value : items) {
                const QJsonObject transaction = value.toObject();
                if (!RtMapping::isConversation(transaction.value(u"Type"_s).toString()))
                    continue; // status, owner and field changes, EmailRecord, …
                const QString transactionId = RtMapping::refId(transaction.value(u"id"_s));
                if (job->partIds.contains(transactionId))
                    continue; // an overlapping history page
                job->transactions[index].append(transaction);
                job->partIds.insert(transactionId, {});
                fetchParts(job, transactionId);
            }
        },
        [] {});
}

void RtConnector::fetchParts(const std::shared_ptr<PageJob> &job, const QString &transactionId)
{
    // (`?fields=` on this list answers 500 in RT 5.0.3 for some columns: each part is read on its own.)
    QUrl url = apiUrl(u"/transaction/%1/attachments"_s.arg(encoded(transactionId)));
    url.setQuery(u"per_page=100"_s);
    const QString what = tr("attachments of transaction %1").arg(transactionId);
    getCollection(
        job, url, what,
        [this, job, transactionId](const QJsonArray &items) {
            for (const QJsonValue &value : items) {
                const QString partId = RtMapping::refId(value[u"id"_s]);
                if (partId.isEmpty() || job->partIds[transactionId].contains(partId))
                    continue;
                job->partIds[transactionId].append(partId);
                getObject(job, apiUrl(u"/attachment/%1"_s.arg(encoded(partId))), tr("attachment %1").arg(partId),
                          [job, partId](const QJsonObject &json) {
                              job->parts.insert(partId, RtMapping::part(json, u"attachment/%1"_s.arg(partId),
                                                                        job->problems));
                          });
            }
        },
        [] {});
}

void RtConnector::requestDone(const std::shared_ptr<PageJob> &job)
{
    if (job->failed || --job->pending > 0)
        return;
    if (job->stage == PageJob::Stage::Conversations)
        resolveNames(job);
    else
        finishPage(job);
}

void RtConnector::resolveNames(const std::shared_ptr<PageJob> &job)
{
    job->stage = PageJob::Stage::Names;
    QSet<QString> users;
    QSet<QString> queues;
    for (int i = 0; i < job->rawTickets.size(); ++i) {
        const QJsonObject &raw = job->rawTickets.at(i);
        for (const QString &ref : RtMapping::userRefs(raw))
            users.insert(ref);
        queues.insert(RtMapping::queueRef(raw));
        for (const QJsonObject &transaction : job->transactions.at(i))
            users.insert(RtMapping::refId(transaction.value(u"Creator"_s)));
    }
    ++job->pending; // held while the lookups are queued
    for (const QString &ref : std::as_const(users)) {
        if (ref.isEmpty() || m_directory.user(ref) || m_unknownUsers.contains(ref))
            continue;
        getObject(
            job, apiUrl(u"/user/"_s + encoded(ref)), tr("user %1").arg(ref),
            [this, ref](const QJsonObject &json) {
                if (json.isEmpty()) {
                    m_unknownUsers.insert(ref); // a user the token may not see: named by its ref
                    return;
                }
                m_directory.addUser(json);
                if (!m_directory.user(ref)) {
                    RtMapping::Directory alias;
                    alias.addUser(json);
                    m_directory.users.insert(ref, alias.users.value(json.value(u"Name"_s).toString()));
                }
            },
            true);
    }
    for (const QString &ref : std::as_const(queues)) {
        if (ref.isEmpty() || m_directory.queues.contains(ref))
            continue;
        getObject(
            job, apiUrl(u"/queue/"_s + encoded(ref)), tr("queue %1").arg(ref),
            [this, ref](const QJsonObject &json) {
                m_directory.addQueue(json);
                if (!m_directory.queues.contains(ref))
                    m_directory.queues.insert(ref, ref);
            },
            true);
    }
    requestDone(job);
}

void RtConnector::finishPage(const std::shared_ptr<PageJob> &job)
{
    QStringList &problems = job->problems;
    for (int i = 0; i < job->rawTickets.size(); ++i) {
        const QJsonObject &raw = job->rawTickets.at(i);
        const QString path = u"tickets[%1]"_s.arg(i);
        Ticket ticket = RtMapping::ticket(raw, m_directory, m_options.fields, m_config.sourceName, m_config.baseUrl,
                                          path, problems);
        QStringList requestors;
        for (const QJsonValue &requestor : raw.value(u"Requestor"_s).toArray())
            requestors.append(RtMapping::refId(requestor));
        const QList<QJsonObject> &transactions = job->transactions.at(i);
        for (int t = 0; t < transactions.size(); ++t) {
            const QString transactionId = RtMapping::refId(transactions.at(t).value(u"id"_s));
            QList<RtMapping::Part> parts;
            for (const QString &partId : job->partIds.value(transactionId))
                parts.append(job->parts.value(partId));
            std::optional<Message> message =
                RtMapping::message(transactions.at(t), parts, m_directory, ticket, requestors,
                                   path + u".history[%1]"_s.arg(t), problems);
            if (message)
                ticket.messages.append(std::move(*message));
        }
        job->page.tickets.append(std::move(ticket));
    }
    if (!problems.isEmpty()) {
        fail(job, {Error::Code::Network, problems.join(u'\n')});
        return;
    }
    job->done(job->page);
}

} // namespace qadesk
