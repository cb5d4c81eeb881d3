#include "HttpClient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNet, "qadesk.net", QtWarningMsg)

namespace qadesk {

namespace {

QString hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

} // namespace

// Retry-After is seconds or an HTTP date.
std::optional<qint64> HttpClient::retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qint64 seconds = value.trimmed().toLongLong(&numeric);
    if (numeric)
        return std::max<qint64>(0, seconds) * 1000;
    // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); Qt reads RFC 2822 with a numeric zone only.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

void HttpClient::send(const HttpRequest &request, const QObject *context, Callback callback)
{
    Job job;
    job.request = request;
    job.context = context;
    job.callback = std::move(callback);
    job.generation = m_generation;
    enqueue(std::move(job));
}

void HttpClient::cancelAll()
{
    ++m_generation; // running replies and pending retries of older generations are dropped
    m_queues.clear();
    const QList<QNetworkReply *> replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_running.clear();
}

void HttpClient::enqueue(Job job)
{
    const QString host = hostKey(job.request.url);
    m_queues[host].push_back(std::move(job));
    pump(host);
}

void HttpClient::pump(const QString &host)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 pausedUntil = m_pausedUntil.value(host, 0);
    if (pausedUntil > now) {
        QTimer::singleShot(int(pausedUntil - now), this, [this, host] { pump(host); });
        return;
    }
    std::deque<Job> &queue = m_queues[host];
    while (!queue.empty() && m_running.value(host) < m_policy.maxParallelPerHost) {
        Job job = std::move(queue.front());
        queue.pop_front();
        if (job.generation != m_generation || !job.context)
            continue;
        start(std::move(job));
    }
}

void HttpClient::start(Job job)
{
    const QString host = hostKey(job.request.url);
    ++m_running[host];
    ++job.attempts;
    QNetworkRequest request(job.request.url);
    request.setTransferTimeout(job.request.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QA Desk"));
    for (const auto &[name, value] : job.request.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, job.request.method, job.request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job = std::move(job)]() mutable {
        finished(reply, std::move(job));
    });
}

void HttpClient::finished(QNetworkReply *reply, Job job)
{
    reply->deleteLater();
    const QString host = hostKey(job.request.url);
    m_running[host] = std::max(0, m_running.value(host) - 1);
    if (job.generation != m_generation)
        return;

    HttpResult result;
    result.attempts = job.attempts;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.payload = reply->readAll();

    // Pace before the limit is hit: with one call left, wait for the window to reset.
    QByteArray remaining;
    for (const char *name : {"x-rate-limit-remaining", "ratelimit-remaining", "x-ratelimit-remaining", "api_calls_left"}) {
        if (remaining.isEmpty())
            remaining = result.headers.value(name);
    }
    if (!remaining.isEmpty() && remaining.trimmed().toInt() <= 1) {
        const QByteArray reset = result.headers.value("ratelimit-reset", result.headers.value("x-ratelimit-reset"));
        const qint64 waitMs = reset.isEmpty() ? 1000 : std::clamp<qint64>(reset.trimmed().toLongLong() * 1000, 0, 60000);
        m_pausedUntil[host] = QDateTime::currentMSecsSinceEpoch() + waitMs;
    }

    // The next queued request starts before this answer is handled: parsing it then overlaps
    // with that request's round trip instead of delaying it.
    pump(host);

    const QNetworkReply::NetworkError error = reply->error();
    if (result.httpStatus >= 200 && result.httpStatus < 300 && error == QNetworkReply::NoError) {
        result.ok = true;
        deliver(job, result);
    } else if (result.httpStatus == 429) {
        const std::optional<qint64> after = retryAfterMs(result.headers.value("retry-after"));
        const qint64 delay = after.value_or(backoffMs(job.attempts));
        if (delay > m_policy.maxRetryAfterMs) {
            result.error = tr("%1 asks to wait %2 s before the next request (rate limit); stopped")
                               .arg(job.request.url.host())
                               .arg(delay / 1000);
            deliver(job, result);
        } else {
            retryLater(std::move(job), int(delay), tr("rate limited (429)"), result);
        }
    } else if (result.httpStatus >= 500 || (result.httpStatus == 0 && error != QNetworkReply::OperationCanceledError)
               || error == QNetworkReply::TimeoutError) {
        const QString reason = result.httpStatus ? tr("server error %1").arg(result.httpStatus) : reply->errorString();
        retryLater(std::move(job), backoffMs(job.attempts), reason, result);
    } else {
        // 4xx other than 429: retrying would not help. Say which request, never its credentials.
        result.error = result.httpStatus
                           ? tr("%1 answered %2 %3 for %4")
                                 .arg(job.request.url.host())
                                 .arg(result.httpStatus)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                                      job.request.url.path())
                           : reply->errorString();
        deliver(job, result);
    }
}

void HttpClient::retryLater(Job job, int delayMs, const QString &reason, HttpResult result)
{
    if (job.attempts >= m_policy.maxAttempts) {
        result.error = tr("%1 failed after %2 attempts: %3").arg(job.request.url.host()).arg(job.attempts).arg(reason);
        deliver(job, result);
        return;
    }
    qCDebug(lcNet) << "retrying" << job.request.url.host() << job.request.url.path() << "in" << delayMs << "ms:" << reason;
    Q_EMIT retrying(job.request.url, job.attempts + 1, delayMs, reason);
    QTimer::singleShot(delayMs, this, [this, job = std::move(job)]() mutable {
        if (job.generation == m_generation && job.context)
            enqueue(std::move(job));
    });
}

int HttpClient::backoffMs(int attempt) const
{
    // Exponential with full jitter: spreads retries of many clients over the window.
    const qint64 ceiling = std::min<qint64>(m_policy.maxDelayMs, qint64(m_policy.baseDelayMs) << std::min(attempt - 1, 16));
    return int(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1));
}

void HttpClient::deliver(const Job &job, const HttpResult &result)
{
    if (job.context && job.callback)
        job.callback(result);
}

} // namespace qadesk
