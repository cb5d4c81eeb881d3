#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qadesk {

// Where a message is on its way out. Held: waiting for the recipient's digest hour. Queued:
// due at notBefore (a retry keeps its last error). Sending: claimed by a sender under a lease.
// Uncertain: the sender stopped while sending, so the server may have it; only the admin
// decides to send it again. Digested: folded into a digest message.
enum class OutboxStatus { Held, Queued, Sending, Sent, Failed, Uncertain, Cancelled, Digested };

QString outboxStatusId(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromId(QStringView id);
QString outboxStatusLabel(OutboxStatus status); // translated

// One message in the outbox, rendered when it was queued.
struct OutboxMessage
{
    qint64 id = 0;
    QString kind;            // evaluation, dispute, digest, team_kpi, dispute_waiting, test
    QString entity;
    QString entityId;
    std::optional<qint64> recipientId;
    QString recipient;
    QString recipientName;
    QString language;
    QString messageId;       // the Message-ID header without angle brackets
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QJsonObject data;        // what the templates were filled with
    OutboxStatus status = OutboxStatus::Queued;
    QDateTime createdAt;
    QDateTime notBefore;
    int attempts = 0;
    QDateTime leaseUntil;
    QString claimedBy;
    QString lastError;
    QDateTime sentAt;
    std::optional<qint64> digestId;
};

} // namespace qadesk
