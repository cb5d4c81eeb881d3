#pragma once

#include "helpdesk/TokenVault.h"

namespace qadesk {

// API tokens in the OS keychain (Secret Service / KWallet, macOS Keychain, Windows Credential
// Store) through qtkeychain, one entry per source under the service "QA Desk".
class KeychainTokenVault final : public TokenVault
{
    Q_OBJECT

public:
    using TokenVault::TokenVault;
    void read(const QString &sourceName, ReadCallback done) override;
    void write(const QString &sourceName, const QString &token, StatusCallback done) override;
    void remove(const QString &sourceName, StatusCallback done) override;
};

} // namespace qadesk
