#pragma once

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/ZammadMapping.h"
#include "net/HttpRequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

namespace qadesk {

// Zammad: the ticket search sorted by updated_at (expand=true gives state, group, owner and
// customer by name), then each ticket's articles and tags, and the users they name (cached for
// the connector's life, as are the ticket states, read once per sync). Auth is a personal access
// token ("Authorization: Token token=…").
//
// Checkpoints are "since:ISO|page:N|seen:ID,ID". A page is `updated_at:>=since`, page N. Each
// page re-anchors `since` on the last updated_at it returned (page 1 again) instead of counting
// pages, because a ticket updated during the sync moves to the end of the order and would shift
// later pages by one and skip a ticket; `seen` lists the tickets stored with exactly that
// updated_at, which the next page skips unchanged (so nothing is fetched twice), and a ticket
// updated since then has a later updated_at and is fetched again. Only when a whole page shares
// one updated_at does N count up. The search has no links: a page with fewer than the page size
// is the last one. After it, the next sync starts a few minutes before the server's "now" at the
// latest, because Zammad indexes changes for search in the background.
class ZammadConnector final : public HelpdeskConnector
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
        // Where the next page starts after one that returned `tickets` ((id, updated_at) in the
        // server's order); `serverNow` bounds where the next sync starts after the last page.
        [[nodiscard]] Checkpoint after(const QList<QPair<QString, QDateTime>> &tickets, bool endOfStream,
                                       const QDateTime &serverNow) const;
    };

    // How far before the server's "now" the next sync starts at the latest.
    static constexpr int indexLagSeconds = 600;

    using HelpdeskConnector::HelpdeskConnector;

    [[nodiscard]] QString kind() const override { return QStringLiteral("zammad"); }
    void fetchPage(const QString &checkpoint, PageCallback done) override;
    void testConnection(StatusCallback done) override;

    // Tickets per search page (Zammad allows up to 200; tests use small pages).
    void setPageSize(int size) { m_pageSize = size; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

private:
    struct PageJob;
    [[nodiscard]] QUrl apiUrl(const QString &path) const;
    [[nodiscard]] HttpRequest request(const QUrl &url) const;
    void loadStates(std::shared_ptr<PageJob> job);
    void search(std::shared_ptr<PageJob> job);
    void fetchConversation(const std::shared_ptr<PageJob> &job, int index);
    void conversationPartDone(const std::shared_ptr<PageJob> &job);
    void loadUsers(const std::shared_ptr<PageJob> &job);
    void finishPage(const std::shared_ptr<PageJob> &job);
    void fail(const std::shared_ptr<PageJob> &job, const Error &error);
    static Error failure(const HttpResult &result, const QString &what);
    static Error badJson(const QString &what, const QString &why);

    ZammadMapping::Directory m_directory;
    bool m_statesLoaded = false;
    int m_pageSize = 100;
};

} // namespace qadesk
