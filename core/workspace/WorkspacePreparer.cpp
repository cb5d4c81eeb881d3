#include "WorkspacePreparer.h"

#include "demo/DemoWorkspace.h"
#include "storage/Database.h"

#include <QThread>

namespace qadesk {

WorkspacePreparer::WorkspacePreparer(QObject *parent)
    : QObject(parent)
{
}

WorkspacePreparer::~WorkspacePreparer()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void WorkspacePreparer::start(const QString &databaseUrl, bool seedDemo)
{
    Q_ASSERT(!m_thread);
    // The destructor waits for the thread, so `this` outlives the work; a queued call to a
    // destroyed receiver is dropped by Qt.
    m_thread = QThread::create([this, databaseUrl, seedDemo] {
        bool ok = true;
        QString message;
        bool seeded = false;
        {
            // This thread's own connection; it closes before the thread ends.
            Result<std::unique_ptr<Database>> db = Database::open(databaseUrl);
            if (!db) {
                ok = false;
                message = db.error().message;
            } else if (seedDemo) {
                const Result<DemoWorkspace::Report> report = DemoWorkspace::seed(**db);
                if (!report) {
                    ok = false;
                    message = report.error().message;
                } else {
                    seeded = !report->alreadySeeded;
                }
            }
        }
        QMetaObject::invokeMethod(
            this, [this, ok, message, seeded] { Q_EMIT finished(ok, message, seeded); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace qadesk
