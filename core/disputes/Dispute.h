#pragma once

#include "scoring/AnswerValue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// open -> accepted -> in_arbitration -> resolved, or declined, or withdrawn (see DisputeService).
enum class DisputeStatus { Open, Accepted, InArbitration, Resolved, Declined, Withdrawn };
// upheld: every answer kept; overturned: every disputed answer changed; partial: some changed.
enum class DisputeOutcome { Upheld, Partial, Overturned };
// What the arbiter did with one disputed question.
enum class DisputeDecision { Keep, AcceptProposal, Other };

QString disputeStatusId(DisputeStatus status);           // "open", "accepted", "in_arbitration", …
std::optional<DisputeStatus> disputeStatusFromId(QStringView id);
QString disputeStatusLabel(DisputeStatus status);        // translated
QString disputeOutcomeId(DisputeOutcome outcome);        // "upheld", "partial", "overturned"
std::optional<DisputeOutcome> disputeOutcomeFromId(QStringView id);
QString disputeOutcomeLabel(DisputeOutcome outcome);     // translated
QString disputeDecisionId(DisputeDecision decision);     // "keep", "accept", "other"
std::optional<DisputeDecision> disputeDecisionFromId(QStringView id);
// Whether a dispute in this status still waits for someone (open, accepted, in arbitration).
bool isDisputeActive(DisputeStatus status);

// One disputed question: the trainer's original answer, the engineer's reason and proposal, and
// (once resolved) the arbiter's decision.
struct DisputeItem
{
    QString criterionId;
    QString reason;
    std::optional<AnswerValue> proposed;
    AnswerValue originalValue = AnswerValue::Yes;
    QString originalComment;
    std::optional<DisputeDecision> decision;
    std::optional<AnswerValue> decidedValue;
    QString decisionComment;

    [[nodiscard]] bool changed() const { return decidedValue && *decidedValue != originalValue; }
};

struct Dispute
{
    qint64 id = 0;
    qint64 evaluationId = 0;
    DisputeStatus status = DisputeStatus::Open;
    std::optional<DisputeOutcome> outcome;
    qint64 openedBy = 0;
    QString openedByEmail;
    QString openedByName;
    QDateTime openedAt;
    std::optional<qint64> triagedBy;
    QString triagedByName;
    QDateTime triagedAt;
    QString declineReason;
    std::optional<qint64> arbiterId;
    QString arbiterEmail;
    QString arbiterName;
    QDateTime assignedAt;
    QDateTime resolvedAt;
    QString resolutionComment;
    std::optional<double> originalScore;
    std::optional<double> originalUncappedScore;
    bool originalCriticalFailed = false;
    std::optional<double> resolvedScore;
    QDateTime updatedAt;
    // From the evaluation, for lists and notifications.
    qint64 ticketId = 0;
    QString ticketExternalId;
    QString ticketSubject;
    qint64 engineerId = 0;
    QString engineerEmail;
    QString engineerName;
    qint64 trainerId = 0;
    QString trainerEmail;
    QString trainerName;
    QString scorecardId;
    QList<DisputeItem> items;

    [[nodiscard]] const DisputeItem *item(const QString &criterionId) const;
    [[nodiscard]] bool isActive() const { return isDisputeActive(status); }
};

} // namespace qadesk
