#pragma once

#include "common/Error.h"
#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/TokenVault.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace qadesk {

struct Source;

// Makes the connector for a source's kind. The token comes from the environment variable named
// when the source was added on the command line, else from the OS keychain (TokenVault).
class ConnectorFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorFactory)

public:
    // The kinds a sync can pull from now.
    static QStringList supportedKinds();
    // Checks the URL: https, or http with a warning for a helpdesk on a trusted network.
    static Status checkUrl(const QString &url, QString *warning);
    static Result<QString> tokenFor(const Source &source);
    // The environment variable when the source names one, else the vault (asynchronously).
    static void resolveToken(const Source &source, TokenVault *vault, TokenVault::ReadCallback done);
    static Result<std::unique_ptr<HelpdeskConnector>> create(const Source &source, HttpClient &http,
                                                             const QDateTime &since = {});
    static Result<std::unique_ptr<HelpdeskConnector>> create(const Source &source, const QString &token,
                                                             HttpClient &http, const QDateTime &since = {});
};

} // namespace qadesk
