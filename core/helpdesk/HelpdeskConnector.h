#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace qadesk {

class HttpClient;
struct HttpResult;

// How to reach one helpdesk. The token is read when a sync starts and kept only in memory.
struct ConnectorConfig
{
    QString sourceName;
    QString baseUrl;
    QString userName;
    QString token;
    QDateTime since;     // where a first sync starts (default: everything)
};

// One page of changed tickets, each with its whole conversation, and where the next page starts.
struct TicketPage
{
    QList<Ticket> tickets;
    QString nextCheckpoint;
    bool endOfStream = false;
    int requests = 0;
};

// One helpdesk's REST API behind one interface: the sync engine asks for pages of changed
// tickets from a checkpoint; each connector knows its vendor's auth, pagination and JSON. The
// JSON-to-model mapping stays in pure functions (ZendeskMapping, …) tested on fixtures.
class HelpdeskConnector : public QObject
{
    Q_OBJECT

public:
    using PageCallback = std::function<void(Result<TicketPage>)>;
    using StatusCallback = std::function<void(Status)>;

    HelpdeskConnector(ConnectorConfig config, HttpClient &http, QObject *parent = nullptr)
        : QObject(parent)
        , m_config(std::move(config))
        , m_http(http)
    {
    }

    [[nodiscard]] virtual QString kind() const = 0;
    // Fetches the page that starts at `checkpoint` (empty: the first sync).
    virtual void fetchPage(const QString &checkpoint, PageCallback done) = 0;
    virtual void testConnection(StatusCallback done) = 0;

protected:
    // An HTTP failure as an error for people: refused credentials (401/403) are a Permission
    // error ending with the vendor's hint on what to check; anything else is a Network error
    // naming what was being fetched. Never a credential in the text.
    static Error httpFailure(const HttpResult &result, const QString &what, const QString &credentialsHint);

    ConnectorConfig m_config;
    HttpClient &m_http;
};

} // namespace qadesk
