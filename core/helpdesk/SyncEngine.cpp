#include "SyncEngine.h"

#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

SyncEngine::SyncEngine(Database &db, HelpdeskConnector &connector, QString sourceName, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_connector(connector)
    , m_sourceName(std::move(sourceName))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
}

SyncEngine::~SyncEngine()
{
    m_stop->store(true); // a page still being written is rolled back
    if (m_thread) {
        // The writer's connection is closed on the thread that opened it, after any job still
        // queued there; then the thread ends.
        QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                m_writer.reset();
                m_threadContext->deleteLater();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread->wait();
        delete m_thread;
    }
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
    const Result<std::optional<Source>> source = SourceStore(m_db).find(m_sourceName);
    if (!source) {
        finish(false, source.error().message);
        return;
    }
    m_settings = *source ? (*source)->settings : SourceSettings();
    if (!m_thread) {
        m_writer = std::make_unique<SyncPageWriter>(m_db.url(), m_sourceName, m_stop);
        m_thread = new QThread;
        m_thread->setObjectName(u"qadesk-sync-writer"_s);
        m_threadContext = new QObject;
        m_threadContext->moveToThread(m_thread);
        m_thread->start();
    }
    m_fetchCheckpoint = *checkpoint;
    m_running = true;
    m_cancelled = false;
    m_fetching = false;
    m_writing = false;
    m_fetchedLast = false;
    m_pending.reset();
    m_fetchFailure.reset();
    m_oldest = {};
    m_stop->store(false);
    m_stats = {};
    m_clock.start();
    Q_EMIT logLine(m_fetchCheckpoint.isEmpty() ? tr("%1: first sync").arg(m_sourceName)
                                               : tr("%1: resuming after the last stored page").arg(m_sourceName));
    fetchNext();
}

void SyncEngine::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_stop->store(true);
    m_pending.reset(); // downloaded but not stored: dropped
    if (!m_writing)
        finishCancelled();
    // else: finishes when the writer reports (the page it was writing is rolled back)
}

QString SyncEngine::keptText() const
{
    return tr("%n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.", nullptr,
              m_stats.pages)
        .arg(m_stats.tickets);
}

void SyncEngine::finishCancelled()
{
    finish(false, tr("Cancelled. %1").arg(keptText()));
}

void SyncEngine::fetchNext()
{
    m_fetching = true;
    QPointer<SyncEngine> self(this);
    m_connector.fetchPage(m_fetchCheckpoint, [this, self](Result<TicketPage> page) {
        if (!self)
            return;
        onPage(std::move(page));
    });
}

void SyncEngine::onPage(Result<TicketPage> page)
{
    m_fetching = false;
    if (!m_running || m_cancelled)
        return; // a page that arrives after cancel is dropped, not stored
    if (!page) {
        m_fetchedLast = true;
        m_fetchFailure = page.error().message;
        if (!m_writing) // otherwise reported once the page being written is committed
            finish(false, tr("%1. What was stored before is kept (%2)").arg(*m_fetchFailure, keptText()));
        return;
    }
    m_stats.requests += page->requests;
    if (!page->nextCheckpoint.isEmpty())
        m_fetchCheckpoint = page->nextCheckpoint;
    m_fetchedLast = page->endOfStream || page->nextCheckpoint.isEmpty();
    m_pending = std::move(*page);
    pump();
}

void SyncEngine::pump()
{
    if (m_writing || !m_pending)
        return;
    TicketPage page = std::move(*m_pending);
    m_pending.reset();
    dispatch(std::move(page));
    if (!m_fetchedLast)
        fetchNext(); // the next page downloads while this one is stored
}

void SyncEngine::dispatch(TicketPage page)
{
    PageSummary summary;
    summary.checkpoint = page.nextCheckpoint.isEmpty() ? m_fetchCheckpoint : page.nextCheckpoint;
    summary.endOfStream = page.endOfStream;
    summary.last = page.endOfStream || page.nextCheckpoint.isEmpty();
    for (const Ticket &t : std::as_const(page.tickets)) {
        if (t.updatedAt.isValid()) {
            if (!summary.oldest.isValid() || t.updatedAt < summary.oldest)
                summary.oldest = t.updatedAt;
            if (!summary.newest.isValid() || t.updatedAt > summary.newest)
                summary.newest = t.updatedAt;
        }
    }
    m_writing = true;
    auto tickets = std::make_shared<QList<Ticket>>(std::move(page.tickets));
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, tickets, summary, settings = m_settings] {
            const Result<SyncPageWriter::Outcome> stored = m_writer->write(*tickets, summary.checkpoint, settings);
            tickets->clear(); // the page's memory goes back as soon as it is stored
            // The engine waits for this thread before it is destroyed, so it is alive here.
            QMetaObject::invokeMethod(
                this, [this, stored, summary] { onWritten(stored, summary); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncEngine::onWritten(const Result<SyncPageWriter::Outcome> &stored, const PageSummary &summary)
{
    m_writing = false;
    if (!m_running)
        return;
    if (stored) {
        ++m_stats.pages;
        m_stats.tickets += stored->stored;
        m_stats.messages += stored->messages;
        for (const int n : stored->skipped)
            m_stats.skipped += n;
        updateEstimate(summary);
    }
    if (m_cancelled) {
        finishCancelled();
        return;
    }
    if (!stored) {
        finish(false, tr("storing a page failed: %1. %2").arg(stored.error().message, keptText()));
        return;
    }
    Q_EMIT progress(m_stats);
    Q_EMIT logLine(tr("page %1: %n ticket(s) with %2 message(s) stored", nullptr, stored->stored)
                       .arg(m_stats.pages)
                       .arg(stored->messages));
    for (auto it = stored->skipped.begin(); it != stored->skipped.end(); ++it)
        Q_EMIT logLine(tr("page %1: %n ticket(s) skipped: %2", nullptr, it.value()).arg(m_stats.pages).arg(it.key()));
    if (!m_running || m_cancelled)
        return; // cancelled from a progress handler: finished there
    if (summary.last) {
        if (summary.endOfStream)
            finish(true, tr("%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.")
                                 .arg(m_sourceName)
                                 .arg(m_stats.tickets)
                                 .arg(m_stats.messages)
                                 .arg(m_stats.pages)
                                 .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                             + (m_stats.skipped > 0 ? tr(" %n ticket(s) left out by the source's settings.", nullptr,
                                                         m_stats.skipped)
                                                    : QString()));
        else
            finish(false, tr("the helpdesk did not say where the next page starts; what was stored is kept"));
        return;
    }
    if (m_fetchFailure && !m_pending) {
        finish(false, tr("%1. What was stored before is kept (%2)").arg(*m_fetchFailure, keptText()));
        return;
    }
    pump();
}

void SyncEngine::updateEstimate(const PageSummary &summary)
{
    m_stats.elapsedMs = m_clock.elapsed();
    if (!m_oldest.isValid())
        m_oldest = summary.oldest;
    if (!m_oldest.isValid() || !summary.newest.isValid())
        return;
    // Helpdesks list changes oldest first: the share of the time between the first change
    // seen and now that the stored pages cover is how far the sync has come.
    const qint64 span = m_oldest.msecsTo(QDateTime::currentDateTimeUtc());
    if (span <= 0)
        return;
    m_stats.fraction = std::clamp(double(m_oldest.msecsTo(summary.newest)) / double(span), 0.0, 1.0);
    if (m_stats.fraction >= 0.01 && m_stats.pages >= 2)
        m_stats.etaMs = qint64(double(m_stats.elapsedMs) * (1.0 - m_stats.fraction) / m_stats.fraction);
}

QString SyncEngine::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString SyncEngine::progressText(const Stats &stats)
{
    QString text = tr("%n page(s), %1 ticket(s), %2 message(s)", nullptr, stats.pages).arg(stats.tickets).arg(stats.messages);
    if (stats.skipped > 0)
        text += tr(", %1 skipped").arg(stats.skipped);
    if (stats.fraction >= 0)
        text += tr(", %1 %").arg(qRound(stats.fraction * 100));
    if (stats.etaMs >= 0)
        text += tr(", about %1 left").arg(durationText(stats.etaMs));
    return text;
}

void SyncEngine::finish(bool ok, const QString &message)
{
    m_running = false;
    m_pending.reset();
    Q_EMIT logLine(message);
    Q_EMIT finished(ok, message);
}

} // namespace qadesk
