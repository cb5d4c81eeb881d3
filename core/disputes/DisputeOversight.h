#pragma once

#include "disputes/Dispute.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// How often the disputed work of one trainer, or the answers to one question, were changed.
struct OverturnRate
{
    QString key;          // trainer email, or "card/question"
    QString label;        // trainer name, or the question id
    int resolved = 0;     // resolved disputes (trainer) or arbitrated answers (question)
    int overturned = 0;   // partial or overturned disputes, or changed answers

    [[nodiscard]] double rate() const { return resolved > 0 ? double(overturned) / resolved : 0.0; }
};

struct OpenDisputeAge
{
    qint64 disputeId = 0;
    QString ticket;
    QString engineer;
    QString trainer;
    DisputeStatus status = DisputeStatus::Open;
    double ageDays = 0;
};

// The disputes page's figures: what waits and for how long, how long a resolution takes, and
// where scores get overturned (a question overturned often is ambiguous; a trainer overturned
// often needs calibration).
struct DisputeOversightReport
{
    QList<OpenDisputeAge> open;                 // oldest first
    int resolved = 0;
    int declined = 0;
    int withdrawn = 0;
    std::optional<double> meanDaysToResolution;
    std::optional<double> medianDaysToResolution;
    QList<OverturnRate> byTrainer;              // highest rate first
    QList<OverturnRate> byQuestion;             // highest rate first

    static DisputeOversightReport compute(const QList<Dispute> &disputes, const QDateTime &now);
};

} // namespace qadesk
