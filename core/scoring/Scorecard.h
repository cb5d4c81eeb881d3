#pragma once

#include "scoring/AnswerValue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

struct Criterion
{
    QString id;
    QString text;
    QString help;                                          // hint for trainers, optional
    double weight = 1.0;
    bool critical = false;
    bool naAllowed = true;
    std::optional<double> partialCredit;                   // overrides the card's
    std::optional<AnswerValueSet> commentRequiredFor;      // overrides the card's
};

struct ScorecardSection
{
    QString id;
    QString title;
    double weight = 1.0;
    QList<Criterion> criteria;
};

// Which tickets a card is meant for; an empty list matches everything.
struct AppliesTo
{
    QStringList teams;
    QStringList tags;
    QStringList channels;

    [[nodiscard]] bool isEmpty() const { return teams.isEmpty() && tags.isEmpty() && channels.isEmpty(); }
};

// A scorecard as defined by `qadesk.scorecard/1` (see docs/scoring.md).
struct Scorecard
{
    static constexpr double defaultPartialCredit = 0.5;
    static constexpr AnswerValueSet defaultCommentRequiredFor{AnswerValue::No, AnswerValue::Partly};
    static constexpr AnswerValueSet defaultCriticalFailsOn{AnswerValue::No};

    QString id;
    QString title;
    double partialCredit = defaultPartialCredit;
    AnswerValueSet commentRequiredFor = defaultCommentRequiredFor;
    AnswerValueSet criticalFailsOn = defaultCriticalFailsOn;
    AppliesTo appliesTo;
    QList<ScorecardSection> sections;

    [[nodiscard]] double partialCreditFor(const Criterion &criterion) const;
    [[nodiscard]] bool commentRequired(const Criterion &criterion, AnswerValue value) const;
    [[nodiscard]] const Criterion *findCriterion(const QString &criterionId) const;
    [[nodiscard]] QStringList criterionIds() const;
    [[nodiscard]] int criterionCount() const;

    // The card as a `qadesk.scorecard/1` document; fields equal to their defaults are left out,
    // so the document is canonical for the card's meaning.
    [[nodiscard]] QJsonObject toJson() const;
    // The content version: SHA-256 (hex) of the canonical JSON of toJson().
    [[nodiscard]] QString contentVersion() const;
};

} // namespace qadesk
