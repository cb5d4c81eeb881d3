#pragma once

#include "common/Error.h"
#include "mail/MailPreferenceEntry.h"
#include "mail/MailSettings.h"
#include "mail/OutboxMessage.h"
#include "storage/MailOutboxStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qadesk {

class Database;

// The mail outbox as a service. The static queue functions are called inside the transaction
// that makes the change (submitting an evaluation, resolving a dispute), so the message exists
// exactly when the change does. Looking at the queue, retrying, cancelling and the settings are
// the QA admin's; preferences are each person's own (a team lead's for their team).
class MailOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(MailOutbox)

public:
    explicit MailOutbox(Database &db)
        : m_db(db)
    {
    }

    // The engineer's message about a submitted evaluation (held for the digest when they chose
    // one). Nothing for calibration evaluations or when mail is switched off.
    static Status queueEvaluationSubmitted(Database &db, qint64 evaluationId);
    // The engineer's message about a resolved dispute: call inside the resolving transaction.
    static Status queueDisputeResolved(Database &db, qint64 disputeId);
    // Time-driven mail, run before each sending round: digests whose hour has come, team leads'
    // weekly KPI (Mondays), the admin's notice of disputes waiting too long (once a day).
    // Gives how many messages were queued.
    static Result<int> queueScheduled(Database &db, const QDateTime &now);
    // The next time the digest hour (local time) comes after `now`.
    static QDateTime nextDigestTime(const QDateTime &now, int hour);

    Result<QList<OutboxMessage>> list(qint64 actorId, const QList<OutboxStatus> &statuses = {});
    Status retry(qint64 actorId, qint64 messageId);
    Status cancel(qint64 actorId, qint64 messageId);
    Status saveSettings(qint64 actorId, const MailSettings &settings);
    Result<MailPreference> preference(qint64 actorId, qint64 personId);
    // The delivery table: for an admin every team and person; for anyone else themself and
    // the teams they lead (what they may change). Teams first, then people, by name.
    Result<QList<MailPreferenceEntry>> preferenceEntries(qint64 actorId);
    // scope "person" (the person themself or an admin) or "team" (its lead or an admin).
    // Audited: someone else's mail changing is worth a trace.
    Status setPreference(qint64 actorId, const QString &scope, qint64 scopeId, const MailPreference &preference);
    // Drops the choice (same rules): a person follows their team's again, a team the default.
    Status clearPreference(qint64 actorId, const QString &scope, qint64 scopeId);

private:
    Status requireAdmin(qint64 actorId, const QString &what);
    Status mayChangePreference(qint64 actorId, const QString &scope, qint64 scopeId);
    Status auditPreference(qint64 actorId, const QString &scope, qint64 scopeId, const QJsonObject &after);

    Database &m_db;
};

} // namespace qadesk
