#pragma once

#include "common/Error.h"
#include "mail/MailSettings.h"
#include "mail/OutboxMessage.h"
#include "mail/SmtpClient.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace qadesk {

class Database;

// What one sending round did.
struct MailSendReport
{
    int scheduled = 0;   // digests, KPI mails and notices queued by this round
    int sent = 0;
    int retrying = 0;    // back in the queue with a later time
    int failed = 0;      // refused for good, or out of attempts
    int uncertain = 0;   // claims of a sender that stopped, found by this round
    bool stoppedEarly = false; // the server could not be reached: the rest waits for the next round
    QStringList errors;
};

// One sending round: lapsed claims become uncertain, time-driven mail is queued, then each due
// message is claimed, sent and marked. A message is claimed before the server hears of it and
// marked sent right after the server accepted it, so a crash in between leaves it 'sending'
// (later 'uncertain'), never queued again: at most once, and the admin sees the few that may
// not have arrived. Blocking; runs on a worker thread or in the command line.
class MailDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(MailDispatcher)

public:
    using Clock = std::function<QDateTime()>;
    using Observer = std::function<void(const OutboxMessage &, const SmtpResult &)>;

    MailDispatcher(Database &db, MailSettings settings, QString password, QString workerId = {});

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Longer than the SMTP timeout, so a live sender never loses its claim.
    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }

    Result<MailSendReport> sendPending(const std::atomic_bool *cancel = nullptr, const Observer &observer = {});

    // 1, 2, 4, … minutes after each failed attempt, at most 6 hours.
    static int backoffSeconds(int attempts);
    // The name a sender claims messages under: host, process and a random part.
    static QString newWorkerId();

private:
    Database &m_db;
    MailSettings m_settings;
    QString m_password;
    QString m_workerId;
    Clock m_clock;
    int m_leaseSeconds = 600;
};

} // namespace qadesk
