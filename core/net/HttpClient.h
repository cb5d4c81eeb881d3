#pragma once

#include "net/HttpRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace qadesk {

// Asynchronous HTTP for the helpdesk connectors (the shape of qBittorrent's DownloadManager):
// a request value, a result struct, and a callback bound to a context object, dropped when the
// context is gone. It limits parallel requests per host, honours 429 with Retry-After and the
// vendors' rate-limit headers, paces itself when a limit is nearly used up, and retries 5xx
// answers, timeouts and network errors with exponential backoff and jitter up to a limit.
// TLS certificates are always verified.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxAttempts = 6;
        int baseDelayMs = 500;
        int maxDelayMs = 30000;
        int maxRetryAfterMs = 300000;    // a longer Retry-After is a failure with a clear message
        int maxParallelPerHost = 2;
    };
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    [[nodiscard]] const Policy &policy() const { return m_policy; }

    void send(const HttpRequest &request, const QObject *context, Callback callback);
    // Drops every queued and running request; their callbacks are not called.
    void cancelAll();
    // A Retry-After value (seconds or an HTTP date) as milliseconds from now.
    static std::optional<qint64> retryAfterMs(const QByteArray &value);

Q_SIGNALS:
    // For the sync log: a request is tried again after `delayMs`, and why.
    void retrying(const QUrl &url, int attempt, int delayMs, const QString &reason);

private:
    struct Job
    {
        HttpRequest request;
        QPointer<const QObject> context;
        Callback callback;
        int attempts = 0;
        quint64 generation = 0;
    };

    void enqueue(Job job);
    void pump(const QString &host);
    void start(Job job);
    void finished(QNetworkReply *reply, Job job);
    void retryLater(Job job, int delayMs, const QString &reason, HttpResult result);
    void deliver(const Job &job, const HttpResult &result);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network = nullptr;
    Policy m_policy;
    QHash<QString, std::deque<Job>> m_queues;
    QHash<QString, int> m_running;
    QHash<QString, qint64> m_pausedUntil;   // host -> msecs since epoch
    quint64 m_generation = 0;
};

} // namespace qadesk
