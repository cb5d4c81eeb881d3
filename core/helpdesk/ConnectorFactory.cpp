#include "ConnectorFactory.h"

#include "helpdesk/FreshdeskConnector.h"
#include "helpdesk/OmnideskConnector.h"
#include "helpdesk/RtConnector.h"
#include "helpdesk/ZammadConnector.h"
#include "helpdesk/ZendeskConnector.h"
#include "storage/SourceStore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace qadesk {

QStringList ConnectorFactory::supportedKinds()
{
    return {u"zendesk"_s, u"freshdesk"_s, u"zammad"_s, u"omnidesk"_s, u"rt"_s};
}

Status ConnectorFactory::checkUrl(const QString &text, QString *warning)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return std::unexpected(Error::invalid(tr("\"%1\" is not a helpdesk address; expected https://your-helpdesk.example").arg(text)));
    if (url.scheme() == u"http"_s && warning)
        *warning = tr("%1 uses plain HTTP: the API token and the tickets travel unencrypted. Use it only for a "
                      "helpdesk on a network you trust.").arg(url.host());
    return {};
}

Result<QString> ConnectorFactory::tokenFor(const Source &source)
{
    if (source.tokenEnvironment.isEmpty())
        return std::unexpected(Error::invalid(tr("source \"%1\" has no API token variable; give it one with 'qadesk sources edit %1 --token-env VAR' "
                                                     "or store the token in the system keychain with --token-stdin")
                                                  .arg(source.name)));
    const QString token = qEnvironmentVariable(source.tokenEnvironment.toLocal8Bit().constData());
    if (token.isEmpty())
        return std::unexpected(Error::invalid(tr("source \"%1\" reads its API token from $%2, which is not set")
                                                  .arg(source.name, source.tokenEnvironment)));
    return token;
}

void ConnectorFactory::resolveToken(const Source &source, TokenVault *vault, TokenVault::ReadCallback done)
{
    if (!source.tokenEnvironment.isEmpty() || !vault) {
        done(tokenFor(source));
        return;
    }
    vault->read(source.name, std::move(done));
}

Result<std::unique_ptr<HelpdeskConnector>> ConnectorFactory::create(const Source &source, HttpClient &http,
                                                                    const QDateTime &since)
{
    const Result<QString> token = tokenFor(source);
    if (!token)
        return std::unexpected(token.error());
    return create(source, *token, http, since);
}

Result<std::unique_ptr<HelpdeskConnector>> ConnectorFactory::create(const Source &source, const QString &token,
                                                                    HttpClient &http, const QDateTime &since)
{
    const ConnectorConfig config{source.name, source.baseUrl, source.userName, token, since};
    if (source.kind == u"zendesk"_s)
        return std::unique_ptr<HelpdeskConnector>(new ZendeskConnector(config, http));
    if (source.kind == u"freshdesk"_s)
        return std::unique_ptr<HelpdeskConnector>(new FreshdeskConnector(config, http));
    if (source.kind == u"zammad"_s)
        return std::unique_ptr<HelpdeskConnector>(new ZammadConnector(config, http));
    if (source.kind == u"omnidesk"_s)
        return std::unique_ptr<HelpdeskConnector>(new OmnideskConnector(config, http));
    if (source.kind == u"rt"_s)
        return std::unique_ptr<HelpdeskConnector>(new RtConnector(config, http));
    return std::unexpected(Error::invalid(tr("source \"%1\": syncing from %2 is not available yet (available: %3)")
                                              .arg(source.name, source.kind, supportedKinds().join(u", "_s))));
}

} // namespace qadesk
