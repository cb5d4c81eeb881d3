#pragma once

#include "mail/MailSettings.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace qadesk {

// Runs SMTP work off the GUI thread: a sending round (with its own database connection, as
// every thread needs) or a test message. Results come back as signals on the owner's thread.
class MailSendWorker final : public QObject
{
    Q_OBJECT

public:
    explicit MailSendWorker(QObject *parent = nullptr);
    ~MailSendWorker() override;

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // Sends what is due in the outbox of the workspace at `databaseUrl`.
    void sendPending(const QString &databaseUrl, const MailSettings &settings, const QString &password);
    // Sends one test message to `recipient` directly, not through the outbox.
    void sendTest(const MailSettings &settings, const QString &password, const QString &recipient);
    // Aborts the transfer under way; the message stays claimed until its lease runs out.
    void cancel();

Q_SIGNALS:
    void roundFinished(bool ok, const QString &summary, int sent, int failed);
    void testFinished(bool ok, const QString &message);

private:
    void run(std::function<void()> work);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace qadesk
