#pragma once

#include "common/Error.h"
#include "storage/ScorecardStore.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// Changing scorecards, for the window and the command line alike: only a QA admin saves,
// duplicates, archives or restores a card; every card is checked by the rules of the file format
// before it is stored, and every change goes to the audit log. Saving changed content makes a
// new version; evaluations keep the version they were scored with.
class ScorecardAdminService final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardAdminService)

public:
    explicit ScorecardAdminService(Database &db)
        : m_db(db)
    {
    }

    // The card as the file format reads it back, or every problem with it ("sections[0].weight: must be > 0").
    static Result<Scorecard> validate(const Scorecard &card);

    Result<ScorecardImportResult> save(const Scorecard &card, qint64 actorId);
    // Saves several cards, all or nothing.
    Result<QList<ScorecardImportResult>> saveAll(const QList<Scorecard> &cards, qint64 actorId);
    // A copy of the card's current version under a new id and title.
    Result<ScorecardImportResult> duplicate(const QString &slug, const QString &newSlug, const QString &newTitle,
                                            qint64 actorId);
    // An archived card is offered for no new evaluation; its versions and scores stay.
    Status setArchived(const QString &slug, bool archived, qint64 actorId);

private:
    Status requireAdmin(qint64 actorId, const QString &what);

    Database &m_db;
};

} // namespace qadesk
