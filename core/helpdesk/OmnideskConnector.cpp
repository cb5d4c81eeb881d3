#include "OmnideskConnector.h"

#include "common/JsonObjectReader.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr int maxPage = 500; // Omnidesk answers pages 1–500 only
}

struct OmnideskConnector::PageJob
{
    PageCallback done;
    Checkpoint from;
    TicketPage page;
    QList<QJsonObject> cases;                 // the cases to store, in the list's order
    QList<QList<QJsonObject>> messages;       // per case
    QList<bool> gone;                         // deleted between the list and its messages
    int pending = 0;
    bool failed = false;
};

std::optional<OmnideskConnector::Checkpoint> OmnideskConnector::parseCheckpoint(const QString &text)
{
    const QStringList parts = text.split(u':');
    if ((parts.size() != 2 && parts.size() != 4) || parts.at(0) != u"updated"_s)
        return std::nullopt;
    Checkpoint checkpoint;
    bool ok = false;
    checkpoint.updatedFrom = parts.at(1).toLongLong(&ok);
    if (!ok || checkpoint.updatedFrom < 0)
        return std::nullopt;
    if (parts.size() == 4) {
        checkpoint.page = parts.at(3).toInt(&ok);
        if (parts.at(2) != u"page"_s || !ok || checkpoint.page < 1 || checkpoint.page > maxPage)
            return std::nullopt;
    }
    return checkpoint;
}

QString OmnideskConnector::checkpointText(const Checkpoint &checkpoint)
{
    const QString text = u"updated:"_s + QString::number(checkpoint.updatedFrom);
    return checkpoint.page > 1 ? text + u":page:"_s + QString::number(checkpoint.page) : text;
}

QUrl OmnideskConnector::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + path);
    if (!query.isEmpty()) {
        QUrlQuery items;
        items.setQueryItems(query);
        url.setQuery(items);
    }
    return url;
}

QList<QPair<QByteArray, QByteArray>> OmnideskConnector::headers() const
{
    // The API key belongs to a staff member: Basic base64("{staff email}:{api key}").
    return {{"Authorization", "Basic " + (m_config.userName + u':' + m_config.token).toUtf8().toBase64()},
            {"Accept", "application/json"}};
}

Error OmnideskConnector::failure(const HttpResult &result, const QString &what)
{
    return httpFailure(result, what, tr("check the staff email and the API key (Settings → API in Omnidesk)"));
}

Error OmnideskConnector::badJson(const QString &what, const QString &why)
{
    return {Error::Code::Network, tr("%1: the answer is not the expected JSON (%2)").arg(what, why)};
}

void OmnideskConnector::fail(const std::shared_ptr<PageJob> &job, Error error)
{
    if (job->failed)
        return;
    job->failed = true;
    job->done(std::unexpected(std::move(error)));
}

void OmnideskConnector::get(const std::shared_ptr<PageJob> &job, const QUrl &url,
                            std::function<void(const HttpResult &)> then)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers();
    m_http.send(request, this, [job, then = std::move(then)](const HttpResult &result) {
        if (job->failed)
            return;
        ++job->page.requests;
        then(result);
    });
}

void OmnideskConnector::testConnection(StatusCallback done)
{
    // Reads one staff member and one case: the credentials and the two rights a sync needs.
    const auto check = [](const HttpResult &result, const QString &wrapper) -> Status {
        if (!result.ok)
            return std::unexpected(failure(result, tr("connection test")));
        if (const auto list = OmnideskMapping::listPage(result.payload, wrapper); !list)
            return std::unexpected(badJson(tr("connection test"), list.error().message));
        return {};
    };
    HttpRequest staff;
    staff.url = apiUrl(u"/api/staff.json"_s, {{u"limit"_s, u"1"_s}});
    staff.headers = headers();
    m_http.send(staff, this, [this, done, check](const HttpResult &result) {
        if (const Status ok = check(result, u"staff"_s); !ok) {
            done(ok);
            return;
        }
        HttpRequest cases;
        cases.url = apiUrl(u"/api/cases.json"_s, {{u"sort"_s, u"updated_at_asc"_s}, {u"limit"_s, u"1"_s}});
        cases.headers = headers();
        m_http.send(cases, this, [done, check](const HttpResult &casesResult) { done(check(casesResult, u"case"_s)); });
    });
}

void OmnideskConnector::fetchPage(const QString &checkpoint, PageCallback done)
{
    auto job = std::make_shared<PageJob>();
    job->done = std::move(done);
    if (checkpoint.isEmpty()) {
        job->from.updatedFrom = m_config.since.isValid() ? std::max<qint64>(0, m_config.since.toSecsSinceEpoch()) : 0;
    } else if (const std::optional<Checkpoint> parsed = parseCheckpoint(checkpoint)) {
        job->from = *parsed;
    } else {
        fail(job, Error::invalid(tr("the stored sync position \"%1\" is not an Omnidesk one; remove the source and "
                                    "add it again to sync from the start")
                                     .arg(checkpoint)));
        return;
    }
    if (m_directoryLoaded)
        listCases(job);
    else
        loadDirectory(job, [this, job] { listCases(job); });
}

void OmnideskConnector::fetchList(const std::shared_ptr<PageJob> &job, const QString &path, const QString &wrapper,
                                  const QString &what, int page, QList<QJsonObject> collected, ListCallback then)
{
    const QUrl url = apiUrl(path, {{u"page"_s, QString::number(page)}, {u"limit"_s, QString::number(m_limit)}});
    get(job, url, [this, job, path, wrapper, what, page, collected = std::move(collected),
                   then = std::move(then)](const HttpResult &result) mutable {
        if (!result.ok) {
            fail(job, failure(result, what));
            return;
        }
        const Result<OmnideskMapping::ListPage> list = OmnideskMapping::listPage(result.payload, wrapper);
        if (!list) {
            fail(job, badJson(what, list.error().message));
            return;
        }
        collected.append(list->items);
        const qint64 seen = qint64(page - 1) * m_limit + list->items.size();
        const bool more = !list->items.isEmpty() && page < maxPage
                          && (list->totalCount ? seen < *list->totalCount : list->items.size() >= m_limit);
        if (more)
            fetchList(job, path, wrapper, what, page + 1, std::move(collected), std::move(then));
        else
            then(std::move(collected));
    });
}

void OmnideskConnector::loadDirectory(const std::shared_ptr<PageJob> &job, std::function<void()> then)
{
    // Read again whole (not merged) so that a renamed label or group shows its new name.
    fetchList(job, u"/api/labels.json"_s, u"label"_s, tr("labels"), 1, {}, [this, job, then](QList<QJsonObject> labels) {
        fetchList(job, u"/api/groups.json"_s, u"group"_s, tr("groups"), 1, {},
                  [this, job, then, labels](QList<QJsonObject> groups) {
                      fetchList(job, u"/api/staff.json"_s, u"staff"_s, tr("staff"), 1, {},
                                [this, then, labels, groups](QList<QJsonObject> staff) {
                                    m_directory.labels.clear();
                                    m_directory.groups.clear();
                                    m_directory.staff.clear();
                                    m_directory.addLabels(labels);
                                    m_directory.addGroups(groups);
                                    m_directory.addStaff(staff);
                                    m_directoryLoaded = true;
                                    then();
                                });
                  });
    });
}

bool OmnideskConnector::reloadFor(const std::shared_ptr<PageJob> &job, const QStringList &unknownIds,
                                  std::function<void()> then)
{
    QStringList fresh;
    for (const QString &id : unknownIds) {
        if (!m_reloadedFor.contains(id) && !fresh.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return false;
    loadDirectory(job, [this, fresh, then] {
        for (const QString &id : fresh)
            m_reloadedFor.insert(id); // found now, or deleted: looking again would not help
        then();
    });
    return true;
}

void OmnideskConnector::listCases(const std::shared_ptr<PageJob> &job)
{
    const qint64 from = job->from.updatedFrom;
    QList<QPair<QString, QString>> query;
    if (from > 0)
        query.append({u"from_updated_time"_s, QString::number(from - 1)}); // see the header on T-1
    query.append({{u"sort"_s, u"updated_at_asc"_s},
                  {u"page"_s, QString::number(job->from.page)},
                  {u"limit"_s, QString::number(m_limit)}});
    get(job, apiUrl(u"/api/cases.json"_s, query), [this, job, from](const HttpResult &result) {
        if (!result.ok) {
            fail(job, failure(result, tr("case list")));
            return;
        }
        const Result<OmnideskMapping::ListPage> list = OmnideskMapping::listPage(result.payload, u"case"_s);
        if (!list) {
            fail(job, badJson(tr("case list"), list.error().message));
            return;
        }
        qint64 newest = from;
        QHash<QString, qsizetype> position;
        for (const QJsonObject &c : list->items) {
            const qint64 updated = OmnideskMapping::updatedAtSecs(c);
            newest = std::max(newest, updated);
            if (updated >= 0 && updated < from)
                continue; // stored with an earlier page
            // A case changed while the list is paged can be listed twice: the latest counts.
            const QString id = OmnideskMapping::idText(c.value(u"case_id"_s));
            if (const auto at = position.constFind(id); at != position.constEnd()) {
                job->cases[*at] = c;
            } else {
                position.insert(id, job->cases.size());
                job->cases.append(c);
            }
        }
        const qsizetype items = list->items.size();
        const qint64 seen = qint64(job->from.page - 1) * m_limit + items;
        job->page.endOfStream = items == 0 || (list->totalCount ? seen >= *list->totalCount : items < m_limit);
        Checkpoint next{newest, 1};
        if (!job->page.endOfStream && newest == from) {
            // The whole page shares the second it was asked from: only the page number moves on.
            next.page = job->from.page + 1;
            if (next.page > maxPage) {
                fail(job, Error{Error::Code::Network,
                                tr("case list: more than %1 cases share the update time %2, more than Omnidesk can "
                                   "list page by page")
                                    .arg(qint64(maxPage) * m_limit)
                                    .arg(QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()).toString(Qt::ISODate))});
                return;
            }
        }
        job->page.nextCheckpoint = checkpointText(next);

        QStringList unknown; // a label, group or staff member added since the sync started
        for (const QJsonObject &c : std::as_const(job->cases))
            unknown += OmnideskMapping::unknownIds(c, m_directory);
        if (!reloadFor(job, unknown, [this, job] { fetchCaseDetails(job); }))
            fetchCaseDetails(job);
    });
}

void OmnideskConnector::fetchCaseDetails(const std::shared_ptr<PageJob> &job)
{
    job->messages.resize(job->cases.size());
    job->gone.fill(false, job->cases.size());
    job->pending = int(job->cases.size());
    if (job->pending == 0) {
        fetchUsers(job);
        return;
    }
    for (int i = 0; i < job->cases.size(); ++i)
        fetchMessages(job, i, 1);
}

void OmnideskConnector::fetchMessages(const std::shared_ptr<PageJob> &job, int index, int page)
{
    const QString id = OmnideskMapping::idText(job->cases.at(index).value(u"case_id"_s));
    const QUrl url = apiUrl(u"/api/cases/%1/messages.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                            {{u"page"_s, QString::number(page)},
                             {u"limit"_s, QString::number(m_limit)},
                             {u"order"_s, u"asc"_s}});
    get(job, url, [this, job, index, page, id](const HttpResult &result) {
        const QString what = tr("messages of case %1").arg(id);
        if (result.httpStatus == 404) {
            job->gone[index] = true; // deleted for good after it was listed: nothing left to store
        } else if (!result.ok) {
            fail(job, failure(result, what));
            return;
        } else {
            const Result<OmnideskMapping::ListPage> list = OmnideskMapping::listPage(result.payload, u"message"_s);
            if (!list) {
                fail(job, badJson(what, list.error().message));
                return;
            }
            job->messages[index].append(list->items);
            const qint64 seen = qint64(page - 1) * m_limit + list->items.size();
            const bool more = !list->items.isEmpty() && page < maxPage
                              && (list->totalCount ? seen < *list->totalCount : list->items.size() >= m_limit);
            if (more) {
                fetchMessages(job, index, page + 1);
                return;
            }
        }
        if (--job->pending == 0)
            fetchUsers(job);
    });
}

void OmnideskConnector::fetchUsers(const std::shared_ptr<PageJob> &job)
{
    QSet<QString> wanted;
    QStringList unknownStaff;
    const auto want = [&](const QString &userId) {
        if (!userId.isEmpty() && !m_directory.users.contains(userId))
            wanted.insert(userId);
    };
    for (int i = 0; i < job->cases.size(); ++i) {
        if (job->gone.at(i))
            continue;
        want(OmnideskMapping::idText(job->cases.at(i).value(u"user_id"_s)));
        for (const QJsonObject &m : job->messages.at(i)) {
            if (OmnideskMapping::idText(m.value(u"staff_id"_s)).isEmpty())
                want(OmnideskMapping::idText(m.value(u"user_id"_s)));
            else
                unknownStaff += OmnideskMapping::unknownIds(m, m_directory);
        }
    }
    if (reloadFor(job, unknownStaff, [this, job] { fetchUsers(job); }))
        return;
    if (wanted.isEmpty()) {
        finishPage(job);
        return;
    }
    job->pending = int(wanted.size());
    for (const QString &userId : std::as_const(wanted)) {
        const QString path = u"/api/users/%1.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)));
        get(job, apiUrl(path), [this, job, userId](const HttpResult &result) {
            const QString what = tr("user %1").arg(userId);
            if (result.ok) {
                const Result<QJsonObject> json = parseJsonObject(result.payload);
                if (!json || !json->value(u"user"_s).isObject()) {
                    fail(job, badJson(what, json ? tr("no \"user\" object") : json.error().message));
                    return;
                }
                const QJsonObject user = json->value(u"user"_s).toObject();
                m_directory.addUser(user);
                // Merged profiles may answer with another id: remember the one that was asked.
                m_directory.users.insert(userId, m_directory.users.value(OmnideskMapping::idText(user.value(u"user_id"_s))));
            } else if (result.httpStatus == 404) {
                m_directory.users.insert(userId, {}); // removed for good: shown by id, not asked again
            } else {
                fail(job, failure(result, what));
                return;
            }
            if (--job->pending == 0)
                finishPage(job);
        });
    }
}

void OmnideskConnector::finishPage(const std::shared_ptr<PageJob> &job)
{
    QStringList problems;
    for (int i = 0; i < job->cases.size(); ++i) {
        if (job->gone.at(i))
            continue;
        const QJsonObject &c = job->cases.at(i);
        const QString path = tr("case %1").arg(OmnideskMapping::idText(c.value(u"case_id"_s)));
        Ticket ticket = OmnideskMapping::ticket(c, m_directory, m_config.sourceName, m_config.baseUrl, path, problems);
        QSet<QString> messageIds;
        const QList<QJsonObject> &messages = job->messages.at(i);
        for (int m = 0; m < messages.size(); ++m) {
            Message message = OmnideskMapping::message(messages.at(m), m_directory, ticket,
                                                       path + u".messages[%1]"_s.arg(m), problems);
            if (!message.externalId.isEmpty() && messageIds.contains(message.externalId))
                continue; // a message listed twice because one before it was deleted mid-way
            messageIds.insert(message.externalId);
            ticket.messages.append(std::move(message));
        }
        job->page.tickets.append(std::move(ticket));
    }
    if (!problems.isEmpty()) {
        fail(job, Error{Error::Code::Network, problems.join(u'\n')});
        return;
    }
    job->failed = true; // done: late answers of this job are dropped
    job->done(job->page);
}

} // namespace qadesk
