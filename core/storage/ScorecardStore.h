#pragma once

#include "common/Error.h"
#include "scoring/Scorecard.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace qadesk {

class Database;

// One stored content version of a card.
struct ScorecardVersion
{
    qint64 versionId = 0;
    QString contentHash;
    QDateTime createdAt;
    bool current = false;
    Scorecard card;
};

struct ScorecardSummary
{
    qint64 id = 0;
    QString slug;
    QString title;
    bool archived = false;
    QString currentVersion;
    int versionCount = 0;
    int criterionCount = 0;
};

struct ScorecardImportResult
{
    QString slug;
    QString version;
    bool newCard = false;
    bool newVersion = false;
};

// Scorecards and their content versions. A version is never changed or removed: evaluations pin
// the version they were scored with, so editing a card cannot move an existing score.
class ScorecardStore final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardStore)

public:
    explicit ScorecardStore(Database &db)
        : m_db(db)
    {
    }

    // Stores `card` as the card's current version (a new version when its content is new).
    Result<ScorecardImportResult> save(const Scorecard &card, std::optional<qint64> actorId = std::nullopt);
    Result<QList<ScorecardSummary>> list();
    Result<ScorecardVersion> current(const QString &slug);
    // The current version of every card that is not archived, in list order: the cards a
    // ticket may be evaluated with now.
    Result<QList<Scorecard>> activeCards();
    // A version by its content hash, or by a unique prefix of it (at least 6 characters).
    Result<ScorecardVersion> version(const QString &slug, const QString &hashOrPrefix);
    Result<ScorecardVersion> versionById(qint64 versionId);
    Result<QList<ScorecardVersion>> versions(const QString &slug);
    // Gives whether anything changed; an unknown card is NotFound.
    Result<bool> setArchived(const QString &slug, bool archived);

private:
    Result<QList<ScorecardVersion>> query(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace qadesk
