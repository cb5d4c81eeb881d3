#pragma once

#include "common/Error.h"
#include "kpi/KpiDashboardData.h"
#include "kpi/KpiDetails.h"
#include "kpi/KpiReportBuilder.h"
#include "storage/DatabaseUrl.h"

#include <QObject>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace qadesk {

class Database;

// Computes what the KPI dashboard shows on a worker thread with a database connection of its
// own (a Qt SQL connection belongs to the thread that opened it), so the GUI thread never waits
// for an aggregate over a month of evaluations.
//
// Results come back on the job's thread through the signals below, always from the event loop
// (never inside a request call). Each kind of request has a generation: a newer request of the
// same kind supersedes the older one, whose result is dropped even when it arrives late; a
// report request supersedes everything, since the tabs' data belong to its period. Requests
// still queued when superseded are skipped without touching the database.
//
// A database that cannot be opened a second time (a file that is not on disk) is read on the
// calling thread instead, still delivered through the event loop.
class KpiReportJob final : public QObject
{
    Q_OBJECT

public:
    enum class Task { Report, Questions, Charts, Trainers, Evaluations, Write };
    Q_ENUM(Task)
    enum class Mode { Auto, Synchronous };

    explicit KpiReportJob(Database &db, Mode mode = Mode::Auto, QObject *parent = nullptr);
    // Waits for the computation running on the worker (queued ones are skipped), then closes the
    // worker's connection on its own thread.
    ~KpiReportJob() override;

    KpiReportJob(const KpiReportJob &) = delete;
    KpiReportJob &operator=(const KpiReportJob &) = delete;

    void requestReport(const KpiReportOptions &options);
    void requestQuestions(const KpiFilter &filter, qint64 scorecardVersionId);
    void requestCharts(const KpiFilter &filter);
    void requestTrainers(const KpiFilter &filter, const QDate &today);
    void requestEvaluations(const KpiFilter &filter);
    // Work that writes (a report file, a month's snapshot) on the worker's connection; its
    // result is the message for the user. `work` must only use what it captured by value. A new
    // report does not drop it: it carries its own period.
    void requestWrite(std::function<Result<QString>(Database &)> work);
    // Drops every pending result, or those of one kind.
    void cancel();
    void cancel(Task task);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isBusy(Task task) const;
    // False once the job reads on the calling thread (no second connection possible).
    [[nodiscard]] bool usesWorker() const { return m_worker; }

Q_SIGNALS:
    void reportReady(const qadesk::KpiDashboardReport &report);
    void questionsReady(const qadesk::QuestionReport &report);
    void chartsReady(const qadesk::KpiChartData &charts);
    void trainersReady(const QList<qadesk::TrainerActivity> &trainers);
    void evaluationsReady(const QList<qadesk::KpiEvaluationRow> &rows);
    void written(const QString &message);
    void failed(qadesk::KpiReportJob::Task task, const QString &message);
    void busyChanged(bool busy);

private:
    static constexpr int taskCount = 6;
    struct Shared;

    template<typename T>
    void submit(Task task, std::function<Result<T>(Database &)> work, void (KpiReportJob::*ready)(const T &));
    template<typename T>
    void deliver(Task task, quint64 generation, const Result<T> &result, void (KpiReportJob::*ready)(const T &));
    void setPending(Task task, quint64 generation);
    void startWorker();

    Database &m_db;
    bool m_worker = false;
    std::shared_ptr<Shared> m_shared;          // generations, read by the worker too
    std::array<quint64, taskCount> m_pending{};   // the generation whose result is awaited, 0 for none
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr;        // lives on m_thread
};

} // namespace qadesk
