#include "HelpdeskConnector.h"

#include "net/HttpRequest.h"

namespace qadesk {

Error HelpdeskConnector::httpFailure(const HttpResult &result, const QString &what, const QString &credentialsHint)
{
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return {Error::Code::Permission, tr("%1: the helpdesk refused the credentials (HTTP %2); %3")
                                             .arg(what)
                                             .arg(result.httpStatus)
                                             .arg(credentialsHint)};
    return {Error::Code::Network, tr("%1: %2").arg(what, result.error)};
}

} // namespace qadesk
