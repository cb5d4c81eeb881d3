#pragma once

#include "helpdesk/FreshdeskMapping.h"
#include "helpdesk/HelpdeskConnector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <memory>

namespace qadesk {

struct HttpResult;

// Freshdesk API v2: groups and agents once per sync, then the ticket list ordered by updated_at
// (description, requester and stats embedded), then every ticket's conversations; every list
// follows its `Link: <…>; rel="next"` header.
//
// Checkpoints are "since:ISO-TIME|page:N": tickets updated at or after ISO-TIME, page N of that
// listing. After each page the listing is re-anchored on the newest updated_at seen (page 1
// again): page numbers alone would skip a ticket whenever one already listed is updated during
// the sync (it moves to the end and the rest shift back), and they stop at page 300. Only a page
// whose tickets all share the anchor second advances N. Tickets at the anchor second are listed
// again: within one sync those just delivered are skipped, across syncs they are stored once
// (upsert). The last page's checkpoint is where the next sync starts.
class FreshdeskConnector final : public HelpdeskConnector
{
    Q_OBJECT

public:
    using HelpdeskConnector::HelpdeskConnector;

    static constexpr int ticketsPerPage = 100;   // Freshdesk's maximum per_page
    static constexpr int maxPage = 300;          // Freshdesk refuses deeper pages

    [[nodiscard]] QString kind() const override { return QStringLiteral("freshdesk"); }
    void fetchPage(const QString &checkpoint, PageCallback done) override;
    void testConnection(StatusCallback done) override;

private:
    struct PageJob;
    using ArrayCallback = std::function<void(const QJsonArray &)>;

    [[nodiscard]] QUrl apiUrl(const QString &path) const;
    [[nodiscard]] bool isOwnUrl(const QUrl &url) const;
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers() const;
    // GET `url` and the pages its Link headers name, each page's array to `take`, then `then`.
    void fetchList(std::shared_ptr<PageJob> job, const QUrl &url, const QString &what, ArrayCallback take,
                   std::function<void()> then);
    void fetchTickets(std::shared_ptr<PageJob> job);
    void fetchConversations(std::shared_ptr<PageJob> job, int index, const QUrl &url);
    void finishTicket(const std::shared_ptr<PageJob> &job);
    void deliver(const std::shared_ptr<PageJob> &job);
    void fail(const std::shared_ptr<PageJob> &job, const Error &error);
    static Error failure(const HttpResult &result, const QString &what);

    FreshdeskMapping::Directory m_directory;
    bool m_directoryLoaded = false;
    QString m_lastCheckpoint;                 // after the last page delivered
    QHash<QString, QDateTime> m_lastListed;   // that page's tickets and their updated_at
};

} // namespace qadesk
