#include "KpiReportJob.h"

#include "storage/Database.h"
#include "storage/KpiStore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKpi, "qadesk.kpi", QtWarningMsg)

namespace qadesk {

// What the worker thread reads: the generations (to skip superseded work before it starts) and
// its own connection, opened on first use and closed on the worker thread.
struct KpiReportJob::Shared
{
    DatabaseUrl url;
    std::array<std::atomic<quint64>, taskCount> generation{};
    std::unique_ptr<Database> db;              // the worker thread's only
};

namespace {

// A second connection sees the same data only for a database that lives on disk or on a server;
// opening a SQLite path that is not a file would create a new, empty workspace.
bool canOpenAgain(const DatabaseUrl &url)
{
    return url.kind == DatabaseUrl::Kind::Postgres || QFileInfo(url.path).isFile();
}

} // namespace

KpiReportJob::KpiReportJob(Database &db, Mode mode, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_worker(mode == Mode::Auto && canOpenAgain(db.url()))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->url = db.url();
}

KpiReportJob::~KpiReportJob()
{
    for (std::atomic<quint64> &generation : m_shared->generation)
        ++generation; // queued work is skipped; only a computation already running is waited for
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_threadContext,
        [shared = m_shared, context = m_threadContext] {
            shared->db.reset(); // the connection closes on the thread that opened it
            context->deleteLater();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    // Results the worker posted to this object meanwhile are discarded with it.
}

void KpiReportJob::startWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"qadesk-kpi"_s);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

bool KpiReportJob::isBusy() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](quint64 g) { return g != 0; });
}

bool KpiReportJob::isBusy(Task task) const
{
    return m_pending.at(size_t(task)) != 0;
}

void KpiReportJob::setPending(Task task, quint64 generation)
{
    const bool was = isBusy();
    m_pending.at(size_t(task)) = generation;
    if (was != isBusy())
        Q_EMIT busyChanged(!was);
}

void KpiReportJob::cancel()
{
    const bool was = isBusy();
    for (std::atomic<quint64> &generation : m_shared->generation)
        ++generation;
    m_pending.fill(0);
    if (was)
        Q_EMIT busyChanged(false);
}

void KpiReportJob::cancel(Task task)
{
    ++m_shared->generation.at(size_t(task));
    setPending(task, 0);
}

template<typename T>
void KpiReportJob::deliver(Task task, quint64 generation, const Result<T> &result, void (KpiReportJob::*ready)(const T &))
{
    if (m_shared->generation.at(size_t(task)) != generation)
        return; // superseded: a late result is never shown
    setPending(task, 0);
    if (result)
        Q_EMIT(this->*ready)(*result);
    else
        Q_EMIT failed(task, result.error().message);
}

template<typename T>
void KpiReportJob::submit(Task task, std::function<Result<T>(Database &)> work, void (KpiReportJob::*ready)(const T &))
{
    const auto index = size_t(task);
    const quint64 generation = ++m_shared->generation.at(index);
    setPending(task, generation);
    // Read on this thread, but from the event loop, so callers see one behaviour.
    const auto here = [this, task, generation, work, ready] {
        if (m_shared->generation.at(size_t(task)) == generation)
            deliver<T>(task, generation, work(m_db), ready);
    };
    if (!m_worker) {
        QMetaObject::invokeMethod(this, here, Qt::QueuedConnection);
        return;
    }
    startWorker();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, shared = m_shared, task, generation, work, ready, here] {
            if (shared->generation.at(size_t(task)) != generation)
                return; // superseded while queued
            if (!shared->db) {
                Result<std::unique_ptr<Database>> opened = Database::open(shared->url);
                if (!opened) {
                    qCWarning(lcKpi) << "no second connection for the KPI worker, reading on the GUI thread:"
                                     << opened.error().message;
                    // The destructor waits for this thread, so the job is alive to receive this.
                    QMetaObject::invokeMethod(
                        this,
                        [this, here] {
                            m_worker = false;
                            here();
                        },
                        Qt::QueuedConnection);
                    return;
                }
                shared->db = std::move(*opened);
            }
            Result<T> result = work(*shared->db);
            QMetaObject::invokeMethod(
                this, [this, task, generation, result = std::move(result), ready] { deliver<T>(task, generation, result, ready); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void KpiReportJob::requestReport(const KpiReportOptions &options)
{
    // The tabs' data belong to the previous period: drop whatever of it is still coming. An
    // export carries its own period and goes on.
    for (size_t i = 0; i < m_pending.size(); ++i) {
        if (Task(i) != Task::Report && Task(i) != Task::Write && m_pending.at(i))
            cancel(Task(i));
    }
    submit<KpiDashboardReport>(
        Task::Report, [options](Database &db) { return KpiReportBuilder(db).dashboard(options); },
        &KpiReportJob::reportReady);
}

void KpiReportJob::requestQuestions(const KpiFilter &filter, qint64 scorecardVersionId)
{
    submit<QuestionReport>(
        Task::Questions,
        [filter, scorecardVersionId](Database &db) { return KpiReportBuilder(db).questions(filter, scorecardVersionId); },
        &KpiReportJob::questionsReady);
}

void KpiReportJob::requestCharts(const KpiFilter &filter)
{
    submit<KpiChartData>(
        Task::Charts, [filter](Database &db) { return KpiReportBuilder(db).charts(filter); }, &KpiReportJob::chartsReady);
}

void KpiReportJob::requestTrainers(const KpiFilter &filter, const QDate &today)
{
    submit<QList<TrainerActivity>>(
        Task::Trainers, [filter, today](Database &db) { return KpiReportBuilder(db).trainerActivity(filter, today); },
        &KpiReportJob::trainersReady);
}

void KpiReportJob::requestEvaluations(const KpiFilter &filter)
{
    submit<QList<KpiEvaluationRow>>(
        Task::Evaluations, [filter](Database &db) { return KpiStore(db).evaluations(filter); },
        &KpiReportJob::evaluationsReady);
}

void KpiReportJob::requestWrite(std::function<Result<QString>(Database &)> work)
{
    submit<QString>(Task::Write, std::move(work), &KpiReportJob::written);
}

} // namespace qadesk
