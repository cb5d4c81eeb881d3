#pragma once

#include "scoring/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qadesk {

struct Ticket;

// Which of the workspace's tickets the cards' `applies_to` cover: tickets no card fits, and
// pairs of cards that fit the same ticket equally well (the tie is broken only by card id,
// which a QA lead would not want to depend on).
struct ScorecardCoverage
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardCoverage)

public:
    struct Overlap
    {
        QString first;             // card ids, first < second
        QString second;
        int tickets = 0;
        QString example;           // one ticket's external id
    };

    int tickets = 0;
    QStringList uncovered;         // external ids of tickets no card fits
    QList<Overlap> overlaps;

    // `cards` should be the cards offered for new evaluations (archived ones left out).
    static ScorecardCoverage check(const QList<Scorecard> &cards, const QList<Ticket> &tickets);
    // The warnings to show, one line each.
    [[nodiscard]] QStringList warnings() const;
};

} // namespace qadesk
