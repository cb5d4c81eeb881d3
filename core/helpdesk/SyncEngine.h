#pragma once

#include "common/Error.h"

#include <QElapsedTimer>
#include <QObject>

namespace qadesk {

class Database;
class HelpdeskConnector;

// Pulls a source's changed tickets page by page. Each page's tickets (with their whole
// conversations) and the checkpoint after it are written in one transaction, so an interrupted
// sync resumes where the last stored page ended and reaches the same state as an uninterrupted
// one; tickets are upserted by (source, id), so repeated or overlapping pages store them once,
// and evaluations are never touched. Cancel works at any moment and keeps what was committed.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        int pages = 0;
        int tickets = 0;
        int messages = 0;
        int requests = 0;
    };

    SyncEngine(Database &db, HelpdeskConnector &connector, QString sourceName, QObject *parent = nullptr);

    void start();
    void cancel();
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const qadesk::SyncEngine::Stats &stats);
    void logLine(const QString &line);
    // ok: the sync reached the end of the helpdesk's changes.
    void finished(bool ok, const QString &message);

private:
    void fetchNext();
    void finish(bool ok, const QString &message);

    Database &m_db;
    HelpdeskConnector &m_connector;
    QString m_sourceName;
    QString m_checkpoint;
    Stats m_stats;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace qadesk
