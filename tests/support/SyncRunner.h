#pragma once

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

namespace qadesk::test {

struct SyncRun
{
    bool ok = false;
    QString message;
    SyncEngine::Stats stats;
};

// Retries in milliseconds, so fault tests stay quick.
inline HttpClient::Policy fastRetryPolicy()
{
    HttpClient::Policy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 40;
    policy.maxAttempts = 5;
    return policy;
}

// Syncs `sourceName` through `connector` into `db`, to its end or, when `stopAfterPages` is
// set, cancelled after that many stored pages (as a kill would: what is committed stays).
inline SyncRun runSync(Database &db, HelpdeskConnector &connector, const QString &sourceName, int stopAfterPages = 0)
{
    SyncEngine engine(db, connector, sourceName);
    if (stopAfterPages > 0) {
        QObject::connect(&engine, &SyncEngine::progress, &engine, [&engine, stopAfterPages](const SyncEngine::Stats &s) {
            if (s.pages >= stopAfterPages)
                engine.cancel();
        });
    }
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    return {finished.first().at(0).toBool(), finished.first().at(1).toString(), engine.stats()};
}

} // namespace qadesk::test
