#pragma once

#include "common/Error.h"
#include "helpdesk/HelpdeskConnector.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace qadesk {

struct Source;

// Makes the connector for a source's kind, with the token read from where the source says
// (today: the environment variable named when the source was added).
class ConnectorFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorFactory)

public:
    // The kinds a sync can pull from now.
    static QStringList supportedKinds();
    // Checks the URL: https, or http with a warning for a helpdesk on a trusted network.
    static Status checkUrl(const QString &url, QString *warning);
    static Result<QString> tokenFor(const Source &source);
    static Result<std::unique_ptr<HelpdeskConnector>> create(const Source &source, HttpClient &http,
                                                             const QDateTime &since = {});
};

} // namespace qadesk
