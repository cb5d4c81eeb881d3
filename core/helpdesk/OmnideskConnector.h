#pragma once

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/OmnideskMapping.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

namespace qadesk {

struct HttpResult;

// Omnidesk (omnidesk.ru/api, Basic auth with staff email and API key): cases changed since a
// time, each with its messages (notes included), labels, group and staff resolved by name.
//
// Checkpoints are "updated:T" or "updated:T:page:N", T in Unix seconds. Omnidesk pages by
// number over a list sorted by updated_at, and a case changed during a sync moves to the end of
// that list: every later case shifts back one place, so asking for page N+1 would skip one.
// Instead every page is page 1 of from_updated_time=T-1&sort=updated_at_asc, T being the newest
// updated_at stored so far. Cases older than T are skipped (stored already); cases at T are read
// again, since another case may share that second or the same case change again within it. A
// changed case gets a newer updated_at, so it comes later in the same sync. Asking from T-1 is
// right whether Omnidesk's bound is inclusive or not. Only when a whole page lies within T-1..T
// (a rule changing many cases at once) does the checkpoint name page N, so the sync moves on; a
// case changed while such a page run is read can then shift one past a page edge (known
// limit). The sync engine stores each page with the checkpoint after it: an interrupted sync
// asks again from the last stored time and ends as an uninterrupted one.
class OmnideskConnector final : public HelpdeskConnector
{
    Q_OBJECT

public:
    struct Checkpoint
    {
        qint64 updatedFrom = 0;   // Unix seconds; 0: from the beginning
        int page = 1;
    };

    using HelpdeskConnector::HelpdeskConnector;

    [[nodiscard]] QString kind() const override { return QStringLiteral("omnidesk"); }
    void fetchPage(const QString &checkpoint, PageCallback done) override;
    void testConnection(StatusCallback done) override;

    // Items per request, 1–100 (Omnidesk's maximum, the default). Tests use small pages.
    void setPageLimit(int limit) { m_limit = std::clamp(limit, 1, 100); }

    static std::optional<Checkpoint> parseCheckpoint(const QString &text);
    static QString checkpointText(const Checkpoint &checkpoint);

private:
    struct PageJob;
    using ListCallback = std::function<void(QList<QJsonObject>)>;

    [[nodiscard]] QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers() const;
    void get(const std::shared_ptr<PageJob> &job, const QUrl &url, std::function<void(const HttpResult &)> then);
    // Every page of a list (labels, groups, staff), collected.
    void fetchList(const std::shared_ptr<PageJob> &job, const QString &path, const QString &wrapper,
                   const QString &what, int page, QList<QJsonObject> collected, ListCallback then);
    void loadDirectory(const std::shared_ptr<PageJob> &job, std::function<void()> then);
    // Reads the directory again, then `then`, if `unknownIds` name something not looked for yet.
    bool reloadFor(const std::shared_ptr<PageJob> &job, const QStringList &unknownIds, std::function<void()> then);
    void listCases(const std::shared_ptr<PageJob> &job);
    void fetchCaseDetails(const std::shared_ptr<PageJob> &job);
    void fetchMessages(const std::shared_ptr<PageJob> &job, int index, int page);
    void fetchUsers(const std::shared_ptr<PageJob> &job);
    void finishPage(const std::shared_ptr<PageJob> &job);
    static void fail(const std::shared_ptr<PageJob> &job, Error error);
    static Error failure(const HttpResult &result, const QString &what);
    static Error badJson(const QString &what, const QString &why);

    OmnideskMapping::Directory m_directory;   // for the whole sync: labels, groups, staff, users
    bool m_directoryLoaded = false;
    QSet<QString> m_reloadedFor;             // ids a reload looked for once (deleted labels stay unknown)
    int m_limit = 100;
};

} // namespace qadesk
