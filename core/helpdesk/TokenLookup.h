#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace qadesk {

struct Source;
class TokenVault;

// The command line's way to a source's API token: the environment variable the source names,
// else the OS keychain. The keychain answers asynchronously; these functions wait for it in a
// local event loop, at most `timeoutMs` (a desktop session without a keychain service, or a CI
// machine without a session bus, gives a clear error, never a hang). Only for the command
// line: the GUI uses TokenVault's callbacks directly.
class TokenLookup final
{
    Q_DECLARE_TR_FUNCTIONS(TokenLookup)

public:
    static constexpr int defaultTimeoutMs = 20'000;

    // The token for `source`; the error names the source and where the token was looked for,
    // never a token.
    static Result<QString> resolve(const Source &source, TokenVault &vault, int timeoutMs = defaultTimeoutMs);
    static Status store(TokenVault &vault, const QString &sourceName, const QString &token,
                        int timeoutMs = defaultTimeoutMs);
    static Status remove(TokenVault &vault, const QString &sourceName, int timeoutMs = defaultTimeoutMs);
};

} // namespace qadesk
