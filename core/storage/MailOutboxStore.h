#pragma once

#include "common/Error.h"
#include "mail/OutboxMessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace qadesk {

class Database;

// A person's (or their team's) choice between one message per evaluation and a daily digest.
struct MailPreference
{
    bool digest = false;
    int digestHour = 17;     // local time of the machine that sends
    bool weeklyKpi = false;  // team leads: the team's KPI every Monday
};

// What a dispute mail needs from the disputes tables (schema v4).
struct DisputeMailFacts
{
    struct Item
    {
        QString criterionId;
        QString reason;
        QString originalValue;
        QString decision;        // keep, accept, other
        QString decidedValue;
        QString decisionComment;
    };
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString status;
    QString outcome;
    QDateTime openedAt;
    QDateTime resolvedAt;
    QString resolutionComment;
    std::optional<double> originalScore;
    std::optional<double> resolvedScore;
    QString arbiterName;
    QList<Item> items;
};

// A dispute that has waited too long for a decision.
struct WaitingDispute
{
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString status;
    QDateTime openedAt;
    QString engineerName;
};

// The mail outbox, mail settings and preferences (schema v7). Claims are compare-and-set
// updates, so two senders (the window and a scheduled `qadesk mail send-pending`) never send
// the same message.
class MailOutboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(MailOutboxStore)

public:
    explicit MailOutboxStore(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> enqueue(const OutboxMessage &message);
    Result<std::optional<OutboxMessage>> get(qint64 id);
    // Newest first; all statuses when `statuses` is empty.
    Result<QList<OutboxMessage>> list(const QList<OutboxStatus> &statuses = {}, int limit = 500);
    Result<bool> existsFor(const QString &kind, const QString &entity, const QString &entityId);
    Result<bool> existsSince(const QString &kind, const QString &entity, const QString &entityId,
                             const QDateTime &since);

    // The next due queued message, now claimed by `worker` until `leaseUntil`.
    Result<std::optional<OutboxMessage>> claimNext(const QString &worker, const QDateTime &now,
                                                   const QDateTime &leaseUntil);
    // Only the worker holding the claim can settle it.
    Status markSent(qint64 id, const QString &worker, const QDateTime &sentAt);
    Status markRetry(qint64 id, const QString &worker, const QString &error, const QDateTime &notBefore);
    Status markFailed(qint64 id, const QString &worker, const QString &error);
    // Claims whose lease ran out become uncertain; gives how many.
    Result<int> expireLeases(const QDateTime &now, const QString &reason);
    // Admin actions; `from` is what the message must still be in (changed elsewhere otherwise).
    Status requeue(qint64 id, const QList<OutboxStatus> &from, const QDateTime &now);
    Status cancel(qint64 id, const QList<OutboxStatus> &from);

    // Held messages whose digest hour has come, oldest first.
    Result<QList<OutboxMessage>> dueHeld(const QDateTime &now);
    Status markDigested(const QList<qint64> &ids, qint64 digestId);

    Result<QHash<QString, QString>> settings();
    Status saveSettings(const QHash<QString, QString> &values);

    // The person's own preference, else one of their teams', else the default.
    Result<MailPreference> preferenceFor(qint64 personId);
    Status setPreference(const QString &scope, qint64 scopeId, const MailPreference &preference);
    // Drops a stored choice: the person's team's (or the default) applies again.
    Status clearPreference(const QString &scope, qint64 scopeId);
    // Every stored choice, keyed by (scope, scope id).
    Result<QHash<QPair<QString, qint64>, MailPreference>> storedPreferences();
    // Team leads whose choice (their own, else their team's, as preferenceFor) asks for the
    // weekly KPI mail.
    Result<QList<qint64>> weeklyKpiSubscribers();

    Result<std::optional<QString>> ticketUrl(qint64 ticketId);
    Result<std::optional<DisputeMailFacts>> disputeFacts(qint64 disputeId);
    Result<QList<WaitingDispute>> disputesOpenSince(const QDateTime &before);

private:
    Status settle(qint64 id, const QString &worker, const QString &status, const QString &error,
                  const QVariant &notBefore, const QVariant &sentAt);
    Status transition(qint64 id, const QList<OutboxStatus> &from, const QString &sql, QVariantList values);

    Database &m_db;
};

} // namespace qadesk
