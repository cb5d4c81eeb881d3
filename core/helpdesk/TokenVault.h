#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace qadesk {

// Where API tokens live: the operating system's keychain in the application (KeychainTokenVault),
// memory in tests. Tokens never go to settings, the database, logs or error messages.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    using QObject::QObject;
    virtual void read(const QString &sourceName, ReadCallback done) = 0;
    virtual void write(const QString &sourceName, const QString &token, StatusCallback done) = 0;
    virtual void remove(const QString &sourceName, StatusCallback done) = 0;
};

} // namespace qadesk
