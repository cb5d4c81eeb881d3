#include "SyncEngine.h"

#include "helpdesk/HelpdeskConnector.h"
#include "helpdesk/TicketBatchWriter.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace qadesk {

SyncEngine::SyncEngine(Database &db, HelpdeskConnector &connector, QString sourceName, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_connector(connector)
    , m_sourceName(std::move(sourceName))
{
}

void SyncEngine::start()
{
    if (m_running)
        return;
    const Result<QString> checkpoint = SourceStore(m_db).checkpoint(m_sourceName);
    if (!checkpoint) {
        finish(false, checkpoint.error().message);
        return;
    }
    m_checkpoint = *checkpoint;
    m_running = true;
    m_cancelled = false;
    m_stats = {};
    m_clock.start();
    Q_EMIT logLine(m_checkpoint.isEmpty() ? tr("%1: first sync").arg(m_sourceName)
                                          : tr("%1: resuming after the last stored page").arg(m_sourceName));
    fetchNext();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    finish(false, tr("Cancelled. %n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.",
                     nullptr, m_stats.pages)
                      .arg(m_stats.tickets));
}

void SyncEngine::fetchNext()
{
    QPointer<SyncEngine> self(this);
    m_connector.fetchPage(m_checkpoint, [this, self](Result<TicketPage> page) {
        if (!self || !m_running || m_cancelled)
            return; // a page that arrives after cancel is dropped, not stored
        if (!page) {
            finish(false, tr("%1. What was stored before is kept (%n page(s), %2 ticket(s)); the next sync goes on "
                             "from there.",
                             nullptr, m_stats.pages)
                              .arg(page.error().message)
                              .arg(m_stats.tickets));
            return;
        }
        // The page and the checkpoint after it, in one transaction.
        const Status stored = m_db.transaction([&]() -> Status {
            if (!page->tickets.isEmpty()) {
                if (const Result<int> written = TicketBatchWriter(m_db).write(page->tickets, u"sync"_s); !written)
                    return std::unexpected(written.error());
            }
            const QString next = page->nextCheckpoint.isEmpty() ? m_checkpoint : page->nextCheckpoint;
            return SourceStore(m_db).setCheckpoint(m_sourceName, next);
        });
        if (!stored) {
            finish(false, tr("storing a page failed: %1").arg(stored.error().message));
            return;
        }
        if (!page->nextCheckpoint.isEmpty())
            m_checkpoint = page->nextCheckpoint;
        ++m_stats.pages;
        m_stats.tickets += int(page->tickets.size());
        for (const Ticket &t : page->tickets)
            m_stats.messages += int(t.messages.size());
        m_stats.requests += page->requests;
        Q_EMIT progress(m_stats);
        Q_EMIT logLine(tr("page %1: %n ticket(s) stored", nullptr, int(page->tickets.size())).arg(m_stats.pages));
        if (!page->endOfStream && page->nextCheckpoint.isEmpty()) {
            finish(false, tr("the helpdesk did not say where the next page starts; what was stored is kept"));
            return;
        }
        if (page->endOfStream) {
            finish(true, tr("%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.")
                             .arg(m_sourceName)
                             .arg(m_stats.tickets)
                             .arg(m_stats.messages)
                             .arg(m_stats.pages)
                             .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
            return;
        }
        fetchNext();
    });
}

void SyncEngine::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT logLine(message);
    Q_EMIT finished(ok, message);
}

} // namespace qadesk
