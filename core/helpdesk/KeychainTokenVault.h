#pragma once

#include "helpdesk/TokenVault.h"

namespace qadesk {

// Secrets in the OS keychain (Secret Service / KWallet, macOS Keychain, Windows Credential
// Store) through qtkeychain, one entry per source under the service "QA Desk".
class KeychainTokenVault final : public TokenVault
{
    Q_OBJECT

public:
    using TokenVault::TokenVault;
    void read(const QString &sourceName, ReadCallback done) override;
    void write(const QString &sourceName, const QString &token, StatusCallback done) override;
    void remove(const QString &sourceName, StatusCallback done) override;
    // What to tell when a secret is missing: it holds a source's API token, the mail server's
    // password ("mail:…") and team databases' passwords ("database …"); each says where to
    // enter it.
    [[nodiscard]] static QString notFoundMessage(const QString &secretName);
};

} // namespace qadesk
