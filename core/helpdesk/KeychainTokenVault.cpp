#include "KeychainTokenVault.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
const QString service = u"QA Desk"_s;

QString key(const QString &sourceName)
{
    return u"source/"_s + sourceName;
}

Error keychainError(QKeychain::Job *job, const QString &what)
{
    return {Error::Code::Io, KeychainTokenVault::tr("the system keychain could not %1: %2").arg(what, job->errorString())};
}

} // namespace

QString KeychainTokenVault::notFoundMessage(const QString &secretName)
{
    if (secretName.startsWith(u"mail:"_s))
        return tr("no mail server password in the system keychain; enter it in Settings -> Mail");
    if (secretName.startsWith(u"database "_s))
        return tr("no password for the team database %1 in the system keychain; open the "
                  "workspace from the welcome page to enter it")
            .arg(secretName.mid(9));
    return tr("no API token for source \"%1\" in the system keychain; enter it in Settings -> Sources")
        .arg(secretName);
}

void KeychainTokenVault::read(const QString &sourceName, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key(sourceName));
    connect(job, &QKeychain::Job::finished, this, [done, sourceName](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::EntryNotFound)
            done(std::unexpected(Error::invalid(notFoundMessage(sourceName))));
        else if (finished->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(finished, tr("read the saved password or token"))));
        else
            done(readJob->textData());
    });
    job->start();
}

void KeychainTokenVault::write(const QString &sourceName, const QString &token, StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key(sourceName));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(finished, tr("store the password or token"))));
        else
            done({});
    });
    job->start();
}

void KeychainTokenVault::remove(const QString &sourceName, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key(sourceName));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(std::unexpected(keychainError(finished, tr("remove the saved password or token"))));
        else
            done({});
    });
    job->start();
}

} // namespace qadesk
