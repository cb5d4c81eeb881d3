#pragma once

#include "common/Error.h"
#include "domain/SourceSettings.h"
#include "domain/Ticket.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <memory>

namespace qadesk {

class Database;

// Stores a sync's pages on a worker thread with a connection of its own (a Qt SQL connection
// belongs to the thread that opened it), so the next page downloads while this one is written
// and the GUI thread never waits for the disk. Each page and the checkpoint after it go in one
// transaction; a raised stop flag rolls back the page being written, so a cancelled page leaves
// nothing behind and the checkpoint never runs ahead of what is stored.
class SyncPageWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncPageWriter)

public:
    SyncPageWriter(DatabaseUrl url, QString sourceName, std::shared_ptr<const std::atomic<bool>> stop);
    ~SyncPageWriter();

    SyncPageWriter(const SyncPageWriter &) = delete;
    SyncPageWriter &operator=(const SyncPageWriter &) = delete;

    struct Outcome
    {
        int stored = 0;
        int messages = 0;
        QMap<QString, int> skipped;     // why -> how many tickets
    };

    // Runs on the worker thread; opens the connection on first use. Tickets the source's
    // settings leave out are not stored (a ticket stored before stays: evaluations may use it);
    // the others get their agents and group mapped first.
    Result<Outcome> write(QList<Ticket> &tickets, const QString &checkpoint, const SourceSettings &settings);

private:
    DatabaseUrl m_url;
    QString m_sourceName;
    std::shared_ptr<const std::atomic<bool>> m_stop;
    std::unique_ptr<Database> m_db;
};

} // namespace qadesk
