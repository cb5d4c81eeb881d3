#include "Dispute.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
struct DisputeText
{
    Q_DECLARE_TR_FUNCTIONS(Dispute)
};
} // namespace

QString disputeStatusId(DisputeStatus status)
{
    switch (status) {
    case DisputeStatus::Open: return u"open"_s;
    case DisputeStatus::Accepted: return u"accepted"_s;
    case DisputeStatus::InArbitration: return u"in_arbitration"_s;
    case DisputeStatus::Resolved: return u"resolved"_s;
    case DisputeStatus::Declined: return u"declined"_s;
    case DisputeStatus::Withdrawn: return u"withdrawn"_s;
    }
    return u"open"_s;
}

std::optional<DisputeStatus> disputeStatusFromId(QStringView id)
{
    for (DisputeStatus s : {DisputeStatus::Open, DisputeStatus::Accepted, DisputeStatus::InArbitration,
                            DisputeStatus::Resolved, DisputeStatus::Declined, DisputeStatus::Withdrawn}) {
        if (disputeStatusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString disputeStatusLabel(DisputeStatus status)
{
    switch (status) {
    case DisputeStatus::Open: return DisputeText::tr("Open");
    case DisputeStatus::Accepted: return DisputeText::tr("Accepted, waiting for an arbiter");
    case DisputeStatus::InArbitration: return DisputeText::tr("In arbitration");
    case DisputeStatus::Resolved: return DisputeText::tr("Resolved");
    case DisputeStatus::Declined: return DisputeText::tr("Declined");
    case DisputeStatus::Withdrawn: return DisputeText::tr("Withdrawn");
    }
    return {};
}

QString disputeOutcomeId(DisputeOutcome outcome)
{
    switch (outcome) {
    case DisputeOutcome::Upheld: return u"upheld"_s;
    case DisputeOutcome::Partial: return u"partial"_s;
    case DisputeOutcome::Overturned: return u"overturned"_s;
    }
    return u"upheld"_s;
}

std::optional<DisputeOutcome> disputeOutcomeFromId(QStringView id)
{
    for (DisputeOutcome o : {DisputeOutcome::Upheld, DisputeOutcome::Partial, DisputeOutcome::Overturned}) {
        if (disputeOutcomeId(o) == id)
            return o;
    }
    return std::nullopt;
}

QString disputeOutcomeLabel(DisputeOutcome outcome)
{
    switch (outcome) {
    case DisputeOutcome::Upheld: return DisputeText::tr("Upheld");
    case DisputeOutcome::Partial: return DisputeText::tr("Partially overturned");
    case DisputeOutcome::Overturned: return DisputeText::tr("Overturned");
    }
    return {};
}

QString disputeDecisionId(DisputeDecision decision)
{
    switch (decision) {
    case DisputeDecision::Keep: return u"keep"_s;
    case DisputeDecision::AcceptProposal: return u"accept"_s;
    case DisputeDecision::Other: return u"other"_s;
    }
    return u"keep"_s;
}

std::optional<DisputeDecision> disputeDecisionFromId(QStringView id)
{
    for (DisputeDecision d : {DisputeDecision::Keep, DisputeDecision::AcceptProposal, DisputeDecision::Other}) {
        if (disputeDecisionId(d) == id)
            return d;
    }
    return std::nullopt;
}

bool isDisputeActive(DisputeStatus status)
{
    return status == DisputeStatus::Open || status == DisputeStatus::Accepted || status == DisputeStatus::InArbitration;
}

const DisputeItem *Dispute::item(const QString &criterionId) const
{
    for (const DisputeItem &i : items) {
        if (i.criterionId == criterionId)
            return &i;
    }
    return nullptr;
}

} // namespace qadesk
