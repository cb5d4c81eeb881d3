#include "ZammadConnector.h"

#include "common/IsoTime.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

bool isArray(const QJsonDocument &document)
{
    return document.isArray();
}

bool isObject(const QJsonDocument &document)
{
    return document.isObject();
}

// Parses an answer that must be a JSON value of one shape; the reason for a refusal otherwise.
std::optional<QString> parseJson(const QByteArray &bytes, QJsonDocument &document,
                                 bool (*isExpected)(const QJsonDocument &), const QString &expected)
{
    QJsonParseError error;
    document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return ZammadConnector::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
    if (!isExpected(document))
        return expected;
    return std::nullopt;
}

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

} // namespace

struct ZammadConnector::PageJob
{
    PageCallback done;
    TicketPage page;
    Checkpoint from;
    QList<QJsonObject> tickets;
    QList<QJsonArray> articles;
    QList<QStringList> tags;
    QList<bool> gone;      // deleted between the search and the articles
    int pending = 0;
    bool failed = false;
};

// ---- checkpoints -----------------------------------------------------------------------------

QString ZammadConnector::Checkpoint::toText() const
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

std::optional<ZammadConnector::Checkpoint> ZammadConnector::Checkpoint::parse(const QString &text)
{
    Checkpoint checkpoint;
    const QStringList parts = text.split(u'|');
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            return std::nullopt;
        const QString key = part.left(colon);
        const QString value = part.mid(colon + 1);
        if (key == u"since"_s) {
            checkpoint.since = IsoTime::fromText(value);
            if (!checkpoint.since.isValid())
                return std::nullopt;
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

ZammadConnector::Checkpoint ZammadConnector::Checkpoint::after(const QList<QPair<QString, QDateTime>> &tickets,
                                                               bool endOfStream, const QDateTime &serverNow) const
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
        next.page = page + 1; // the whole page shares one updated_at: count pages within it
    }
    for (const auto &ticket : tickets) {
        if (ticket.second == next.since)
            next.seen.insert(ticket.first);
    }
    if (endOfStream) {
        next.page = 1;
        // Zammad indexes changes for search in the background: start the next sync early enough
        // to see a change that was not searchable yet.
        const QDateTime latest = serverNow.isValid() ? serverNow.addSecs(-indexLagSeconds) : QDateTime();
        if (latest.isValid() && next.since > latest) {
            next.since = latest;
            next.seen.clear();
        }
    }
    return next;
}

// ---- requests --------------------------------------------------------------------------------

QUrl ZammadConnector::apiUrl(const QString &path) const
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

HttpRequest ZammadConnector::request(const QUrl &url) const
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Authorization", "Token token=" + m_config.token.toUtf8()}, {"Accept", "application/json"}};
    return request;
}

Error ZammadConnector::failure(const HttpResult &result, const QString &what)
{
    return httpFailure(result, what, tr("check the access token and that it has the ticket.agent permission"));
}

Error ZammadConnector::badJson(const QString &what, const QString &why)
{
    return {Error::Code::Network, tr("%1: the answer is not the expected JSON (%2)").arg(what, why)};
}

void ZammadConnector::fail(const std::shared_ptr<PageJob> &job, const Error &error)
{
    if (job->failed)
        return;
    job->failed = true;
    job->done(std::unexpected(error));
}

void ZammadConnector::testConnection(StatusCallback done)
{
    m_http.send(request(apiUrl(u"/api/v1/users/me"_s)), this, [done](const HttpResult &result) {
        if (!result.ok)
            done(std::unexpected(failure(result, tr("connection test"))));
        else
            done({});
    });
}

void ZammadConnector::fetchPage(const QString &checkpoint, PageCallback done)
{
    auto job = std::make_shared<PageJob>();
    job->done = std::move(done);
    if (checkpoint.isEmpty()) {
        job->from.since = m_config.since.isValid() ? m_config.since.toUTC()
                                                   : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    } else if (const std::optional<Checkpoint> parsed = Checkpoint::parse(checkpoint)) {
        job->from = *parsed;
    } else {
        job->done(std::unexpected(Error::invalid(
            tr("the stored sync position \"%1\" is not one of a Zammad source").arg(checkpoint))));
        return;
    }
    if (m_statesLoaded)
        search(job);
    else
        loadStates(job);
}

void ZammadConnector::loadStates(std::shared_ptr<PageJob> job)
{
    // The state types tell which custom states are closed; read once per connector.
    m_http.send(request(apiUrl(u"/api/v1/ticket_states?expand=true"_s)), this, [this, job](const HttpResult &result) {
        ++job->page.requests;
        if (result.ok) {
            QJsonDocument document;
            if (const auto refused = parseJson(result.payload, document, isArray, tr("not a list of states"))) {
                fail(job, badJson(tr("ticket states"), *refused));
                return;
            }
            m_directory.addStates(document.array());
        } else if (result.httpStatus != 403 && result.httpStatus != 404) {
            // Without the list (a token that may not read it), a state named "closed" is closed.
            fail(job, failure(result, tr("ticket states")));
            return;
        }
        m_statesLoaded = true;
        search(job);
    });
}

void ZammadConnector::search(std::shared_ptr<PageJob> job)
{
    QUrl url = apiUrl(u"/api/v1/tickets/search"_s);
    QUrlQuery query;
    query.addQueryItem(u"query"_s, u"updated_at:>="_s + IsoTime::toText(job->from.since));
    query.addQueryItem(u"sort_by"_s, u"updated_at"_s);
    query.addQueryItem(u"order_by"_s, u"asc"_s);
    query.addQueryItem(u"page"_s, QString::number(job->from.page));
    query.addQueryItem(u"per_page"_s, QString::number(m_pageSize));
    query.addQueryItem(u"expand"_s, u"true"_s);
    url.setQuery(query);
    m_http.send(request(url), this, [this, job](const HttpResult &result) {
        ++job->page.requests;
        if (!result.ok) {
            fail(job, failure(result, tr("ticket search")));
            return;
        }
        QJsonDocument document;
        if (const auto refused = parseJson(result.payload, document, isArray, tr("not a list of tickets"))) {
            fail(job, badJson(tr("ticket search"), *refused));
            return;
        }
        const QJsonArray list = document.array();
        QList<QPair<QString, QDateTime>> order;
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject ticket = list.at(i).toObject();
            const QString id = ZammadMapping::idText(ticket.value(u"id"_s));
            const QDateTime updated = IsoTime::fromText(ticket.value(u"updated_at"_s).toString());
            if (id.isEmpty() || !updated.isValid()) {
                fail(job, badJson(tr("ticket search"), tr("ticket %1 has no id or updated_at").arg(i)));
                return;
            }
            order.append({id, updated});
            if (updated == job->from.since && job->from.seen.contains(id))
                continue; // stored by the page before and not changed since
            if (const auto at = position.constFind(id); at != position.constEnd())
                job->tickets[*at] = ticket; // listed twice: the later entry is the newer one
            else {
                position.insert(id, job->tickets.size());
                job->tickets.append(ticket);
            }
        }
        job->page.endOfStream = list.size() < m_pageSize;
        job->page.nextCheckpoint = job->from.after(order, job->page.endOfStream, serverNow(result)).toText();
        if (job->tickets.isEmpty()) {
            job->done(job->page);
            return;
        }
        job->articles.resize(job->tickets.size());
        job->tags.resize(job->tickets.size());
        job->gone.fill(false, job->tickets.size());
        job->pending = int(job->tickets.size()) * 2;
        for (int i = 0; i < job->tickets.size(); ++i)
            fetchConversation(job, i);
    });
}

void ZammadConnector::fetchConversation(const std::shared_ptr<PageJob> &job, int index)
{
    const QString id = ZammadMapping::idText(job->tickets.at(index).value(u"id"_s));
    const QUrl articlesUrl = apiUrl(u"/api/v1/ticket_articles/by_ticket/"_s + id);
    m_http.send(request(articlesUrl), this, [this, job, index, id](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        const QString what = tr("articles of ticket %1").arg(id);
        if (result.httpStatus == 404) {
            job->gone[index] = true; // deleted since the search: nothing left to store
        } else if (!result.ok) {
            fail(job, failure(result, what));
            return;
        } else {
            QJsonDocument document;
            if (const auto refused = parseJson(result.payload, document, isArray, tr("not a list of articles"))) {
                fail(job, badJson(what, *refused));
                return;
            }
            job->articles[index] = document.array();
        }
        conversationPartDone(job);
    });

    QUrl tagsUrl = apiUrl(u"/api/v1/tags"_s);
    tagsUrl.setQuery(QUrlQuery{{u"object"_s, u"Ticket"_s}, {u"o_id"_s, id}});
    m_http.send(request(tagsUrl), this, [this, job, index, id](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        const QString what = tr("tags of ticket %1").arg(id);
        if (result.ok) {
            QJsonDocument document;
            if (const auto refused = parseJson(result.payload, document, isObject, tr("no \"tags\" object"))) {
                fail(job, badJson(what, *refused));
                return;
            }
            job->tags[index] = ZammadMapping::tags(document.object());
        } else if (result.httpStatus != 404) {
            fail(job, failure(result, what));
            return;
        }
        conversationPartDone(job);
    });
}

void ZammadConnector::conversationPartDone(const std::shared_ptr<PageJob> &job)
{
    if (--job->pending == 0)
        loadUsers(job);
}

void ZammadConnector::loadUsers(const std::shared_ptr<PageJob> &job)
{
    QStringList missing;
    for (int i = 0; i < job->tickets.size(); ++i) {
        if (job->gone.at(i))
            continue;
        const QStringList ids = ZammadMapping::userIds(job->tickets.at(i), job->articles.at(i));
        for (const QString &id : ids) {
            if (!m_directory.users.contains(id) && !missing.contains(id))
                missing.append(id);
        }
    }
    if (missing.isEmpty()) {
        finishPage(job);
        return;
    }
    job->pending = int(missing.size());
    for (const QString &id : missing) {
        m_http.send(request(apiUrl(u"/api/v1/users/"_s + id)), this, [this, job, id](const HttpResult &result) {
            if (job->failed)
                return;
            ++job->page.requests;
            if (result.ok) {
                QJsonDocument document;
                if (const auto refused = parseJson(result.payload, document, isObject, tr("not a user"))) {
                    fail(job, badJson(tr("user %1").arg(id), *refused));
                    return;
                }
                m_directory.addUser(document.object());
            } else if (result.httpStatus == 403 || result.httpStatus == 404) {
                // A deleted user, or one this token may not see: keep what the ticket itself says.
                m_directory.users.insert(id, {});
            } else {
                fail(job, failure(result, tr("user %1").arg(id)));
                return;
            }
            if (--job->pending == 0)
                finishPage(job);
        });
    }
}

void ZammadConnector::finishPage(const std::shared_ptr<PageJob> &job)
{
    QStringList problems;
    for (int i = 0; i < job->tickets.size(); ++i) {
        if (job->gone.at(i))
            continue;
        const QJsonObject &json = job->tickets.at(i);
        job->page.tickets.append(ZammadMapping::ticket(json, job->articles.at(i), job->tags.at(i), m_directory,
                                                       m_config.sourceName, m_config.baseUrl,
                                                       u"ticket "_s + ZammadMapping::idText(json.value(u"id"_s)),
                                                       problems));
    }
    if (!problems.isEmpty()) {
        fail(job, Error{Error::Code::Network, problems.join(u'\n')});
        return;
    }
    job->done(job->page);
}

} // namespace qadesk
