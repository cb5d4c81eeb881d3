#pragma once

#include "common/Error.h"
#include "domain/SourceSettings.h"
#include "helpdesk/HelpdeskConnector.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

#include "helpdesk/SyncPageWriter.h"

class QThread;

namespace qadesk {

class Database;

// Pulls a source's changed tickets page by page. Each page's tickets (with their whole
// conversations) and the checkpoint after it are written in one transaction, so an interrupted
// sync resumes where the last stored page ended and reaches the same state as an uninterrupted
// one; tickets are upserted by (source, id), so repeated or overlapping pages store them once,
// and evaluations are never touched. Cancel works at any moment and keeps what was committed.
//
// Pages are stored on a worker thread with a database connection of its own (SyncPageWriter)
// while the next page downloads: a two-stage pipeline holding at most one page being written
// and one downloaded. The next page goes to the writer only after this thread has seen the
// previous one committed (and emitted progress), so a cancel from a progress handler stops
// exactly after that page.
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
        int skipped = 0;            // tickets the source's settings leave out
        qint64 elapsedMs = 0;
        // How far the sync has come, estimated from the stored tickets' update times (the
        // helpdesks list changes oldest first): 0..1, or -1 while unknown.
        double fraction = -1;
        // Estimated time left, or -1 while unknown.
        qint64 etaMs = -1;
    };

    SyncEngine(Database &db, HelpdeskConnector &connector, QString sourceName, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void cancel();
    // "3 page(s), 1200 ticket(s), 9800 message(s), 45 % — about 2 min left" for a progress line.
    [[nodiscard]] static QString progressText(const Stats &stats);
    // "2 min 5 s" for a duration in milliseconds.
    [[nodiscard]] static QString durationText(qint64 ms);
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const qadesk::SyncEngine::Stats &stats);
    void logLine(const QString &line);
    // ok: the sync reached the end of the helpdesk's changes.
    void finished(bool ok, const QString &message);

private:
    struct PageSummary
    {
        QString checkpoint;
        QDateTime oldest;
        QDateTime newest;
        bool last = false;          // no page follows (end of stream, or no next checkpoint)
        bool endOfStream = false;
    };

    void fetchNext();
    void onPage(Result<TicketPage> page);
    void pump();
    void dispatch(TicketPage page);
    void onWritten(const Result<SyncPageWriter::Outcome> &stored, const PageSummary &summary);
    void updateEstimate(const PageSummary &summary);
    void finish(bool ok, const QString &message);
    void finishCancelled();
    [[nodiscard]] QString keptText() const;

    Database &m_db;
    HelpdeskConnector &m_connector;
    QString m_sourceName;
    QString m_fetchCheckpoint;      // where the next download starts
    Stats m_stats;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_fetching = false;
    bool m_writing = false;
    bool m_fetchedLast = false;
    std::optional<TicketPage> m_pending;        // downloaded, waiting for the writer
    std::optional<QString> m_fetchFailure;      // reported once the page being written is done
    QDateTime m_oldest;
    SourceSettings m_settings;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::unique_ptr<SyncPageWriter> m_writer;   // used on m_thread only
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr;         // lives on m_thread; jobs are posted to it
};

} // namespace qadesk
