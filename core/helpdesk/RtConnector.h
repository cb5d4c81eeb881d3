#pragma once

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/RtMapping.h"
#include "net/HttpRequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

namespace qadesk {

// Request Tracker 5 REST 2.0 (/REST/2.0 under the base URL). Auth is an RT auth token
// ("Authorization: token …", made in RT under Settings → Auth Tokens); the source's user name
// is not used: RT's Basic auth takes the account password, which QA Desk does not ask for.
//
// A page is a TicketSQL search `LastUpdated >= 'since +0000'` ordered by LastUpdated (RT's times
// are UTC and whole seconds), then per ticket its history (only Create, Correspond and Comment
// are conversation), each such transaction's MIME parts, and the users and queues they name
// (cached for the connector's life).
//
// Checkpoints are "since:ISO|page:N|seen:ID,ID". After each page `since` is re-anchored on the
// newest LastUpdated it listed (page 1 again) instead of counting pages: a ticket updated during
// the sync moves to the end of the order, which would shift later pages and skip a ticket.
// `seen` lists the tickets delivered with exactly that LastUpdated; the next page skips them,
// so nothing is fetched twice, while a ticket changed since then has a later LastUpdated. A
// ticket is only put in `seen` when its LastUpdated is before the second the server answered
// in (its Date header): one changed again within that same second would otherwise be skipped.
// Only when a whole page shares one LastUpdated does N count up.
class RtConnector final : public HelpdeskConnector
{
    Q_OBJECT

public:
    struct Checkpoint
    {
        QDateTime since;
        int page = 1;
        QSet<QString> seen;

        [[nodiscard]] QString toText() const;
        static std::optional<Checkpoint> parse(const QString &text);
        // Where the next page starts after one that listed `tickets` ((id, LastUpdated) in the
        // server's order) at the server time `serverNow`.
        [[nodiscard]] Checkpoint after(const QList<QPair<QString, QDateTime>> &tickets, const QDateTime &serverNow) const;
    };

    struct Options
    {
        int ticketsPerPage = 100;    // RT caps per_page at 100
        int historyPerPage = 100;
        QString queue;               // empty: every queue the token may see
        RtMapping::FieldNames fields;
    };

    RtConnector(ConnectorConfig config, HttpClient &http, QObject *parent = nullptr);
    RtConnector(ConnectorConfig config, HttpClient &http, Options options, QObject *parent = nullptr);

    [[nodiscard]] QString kind() const override { return QStringLiteral("rt"); }
    void fetchPage(const QString &checkpoint, PageCallback done) override;
    void testConnection(StatusCallback done) override;

    [[nodiscard]] const Options &options() const { return m_options; }
    // The TicketSQL of a page that starts at `since`.
    [[nodiscard]] QString ticketQuery(const QDateTime &since) const;

private:
    struct PageJob;
    using ObjectCallback = std::function<void(const QJsonObject &)>;

    [[nodiscard]] QUrl apiUrl(const QString &path) const;
    [[nodiscard]] bool isOwnUrl(const QUrl &url) const;
    [[nodiscard]] HttpRequest request(const QUrl &url) const;
    // GET `url` as a JSON object; errors end the page. `optional`: 403/404 answer an empty object.
    void getObject(const std::shared_ptr<PageJob> &job, const QUrl &url, const QString &what, ObjectCallback take,
                   bool optional = false);
    // GET a REST2 collection and every page after it (next_page, else page/pages).
    void getCollection(const std::shared_ptr<PageJob> &job, const QUrl &url, const QString &what,
                       std::function<void(const QJsonArray &)> take, std::function<void()> then);
    void search(const std::shared_ptr<PageJob> &job);
    void fetchHistory(const std::shared_ptr<PageJob> &job, int index);
    void fetchParts(const std::shared_ptr<PageJob> &job, const QString &transactionId);
    void requestDone(const std::shared_ptr<PageJob> &job);
    void resolveNames(const std::shared_ptr<PageJob> &job);
    void finishPage(const std::shared_ptr<PageJob> &job);
    void fail(const std::shared_ptr<PageJob> &job, const Error &error);
    static Error failure(const HttpResult &result, const QString &what);

    Options m_options;
    RtMapping::Directory m_directory;
    QSet<QString> m_unknownUsers;   // refs RT would not show: not asked for again
};

} // namespace qadesk
