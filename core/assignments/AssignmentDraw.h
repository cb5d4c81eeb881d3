#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// The random draw of a week's tasks as a pure function of recorded inputs, so a draw can be
// re-run by anyone from its record and give the same tickets (see `verify`).
//
// For each trainer in turn (by email), N times: among the engineers that still have an
// eligible ticket, take those evaluated least this month so far (earlier tasks of the month
// plus this draw's picks), pick one of them at random, then one of their tickets at random.
// That keeps every engineer within one evaluation of each other whenever the tickets allow.
//
// Randomness: std::mt19937_64 (its output is fixed by the C++ standard) mapped to a range by
// our own unbiased rejection step, so every platform and standard library draws the same.
class AssignmentDraw final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentDraw)

public:
    struct Candidate
    {
        qint64 ticketId = 0;
        QString externalId;
        QString engineer;                 // email
        QString team;
        QString channel;
        QString scorecard;                // the best fitting card's slug
        QStringList tags;
    };

    struct Plan
    {
        QString trainer;                  // email
        int perWeek = 10;
        QStringList teams, tags, channels, scorecards;   // empty: any
        std::optional<QStringList> allowedTeams;         // unset: every team
    };

    struct Inputs
    {
        QString week;
        quint64 seed = 0;
        QList<Plan> plans;
        QList<Candidate> candidates;
        QMap<QString, int> priorCounts;   // engineer → evaluations already planned this month
    };

    struct Pick
    {
        QString trainer;
        qint64 ticketId = 0;
        QString externalId;
        QString engineer;
    };

    struct Outcome
    {
        QList<Pick> picks;
        QMap<QString, int> shortfall;     // trainer → tasks the eligible tickets could not fill
    };

    static Outcome run(const Inputs &inputs);
    // Whether `candidate` qualifies for `plan` (filters, permitted team, not the trainer's own).
    static bool eligible(const Plan &plan, const Candidate &candidate);
    // An unbiased number in [0, bound) from the generator's raw 64-bit output.
    template<typename Generator>
    static quint64 uniformBelow(Generator &generator, quint64 bound)
    {
        // Reject the lowest (2^64 mod bound) values so every residue is equally likely.
        const quint64 threshold = (quint64(0) - bound) % bound;
        for (;;) {
            const quint64 value = generator();
            if (value >= threshold)
                return value % bound;
        }
    }

    static QJsonObject inputsToJson(const Inputs &inputs);
    static Result<Inputs> inputsFromJson(const QJsonObject &json);
    static QJsonObject outcomeToJson(const Outcome &outcome);
};

} // namespace qadesk
