#pragma once

#include "helpdesk/TokenVault.h"

#include <QHash>
#include <QTimer>

namespace qadesk::test {

// Tokens in memory, answering asynchronously like the real keychain does.
class MemoryTokenVault final : public TokenVault
{
public:
    using TokenVault::TokenVault;

    void read(const QString &sourceName, ReadCallback done) override
    {
        QTimer::singleShot(0, this, [this, sourceName, done] {
            if (tokens.contains(sourceName))
                done(tokens.value(sourceName));
            else
                done(std::unexpected(Error::invalid(QStringLiteral("no token for ") + sourceName)));
        });
    }
    void write(const QString &sourceName, const QString &token, StatusCallback done) override
    {
        QTimer::singleShot(0, this, [this, sourceName, token, done] {
            tokens.insert(sourceName, token);
            done({});
        });
    }
    void remove(const QString &sourceName, StatusCallback done) override
    {
        QTimer::singleShot(0, this, [this, sourceName, done] {
            tokens.remove(sourceName);
            done({});
        });
    }

    QHash<QString, QString> tokens;
};

} // namespace qadesk::test
