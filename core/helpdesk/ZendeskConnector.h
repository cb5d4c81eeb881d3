#pragma once

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/ZendeskMapping.h"

#include <QCoreApplication>
#include <QUrl>

namespace qadesk {

struct HttpResult;

// Zendesk Support: the incremental cursor export of tickets (users, groups and metric sets
// side-loaded), then every ticket's comments with cursor pagination. Checkpoints are
// "start:UNIX" before the first page and "cursor:AFTER_CURSOR" after it.
class ZendeskConnector final : public HelpdeskConnector
{
    Q_OBJECT

public:
    using HelpdeskConnector::HelpdeskConnector;

    [[nodiscard]] QString kind() const override { return QStringLiteral("zendesk"); }
    void fetchPage(const QString &checkpoint, PageCallback done) override;
    void testConnection(StatusCallback done) override;

private:
    struct PageJob;
    [[nodiscard]] QUrl apiUrl(const QString &path) const;
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers() const;
    void fetchComments(std::shared_ptr<PageJob> job, int index, const QUrl &url);
    void mapTicket(PageJob &job, int index) const;
    void finishTicket(const std::shared_ptr<PageJob> &job);
    static Error failure(const HttpResult &result, const QString &what);
};

} // namespace qadesk
