#include "ScorecardAdminService.h"

#include "scoring/ScorecardParser.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

using namespace Qt::StringLiterals;

namespace qadesk {

Result<Scorecard> ScorecardAdminService::validate(const Scorecard &card)
{
    // The file format is the one place the rules live: a card is valid when it reads back.
    return ScorecardParser::fromJson(card.toJson());
}

Status ScorecardAdminService::requireAdmin(qint64 actorId, const QString &what)
{
    const Result<QList<Person>> people = PeopleStore(m_db).list();
    if (!people)
        return std::unexpected(people.error());
    for (const Person &p : *people) {
        if (p.id != actorId)
            continue;
        if (!p.hasRole(Role::Admin))
            return std::unexpected(Error{Error::Code::Permission,
                                         tr("%1 is not a QA admin and cannot %2").arg(p.name.isEmpty() ? p.email : p.name, what)});
        return {};
    }
    return std::unexpected(Error::notFound(tr("no person with id %1").arg(actorId)));
}

Result<ScorecardImportResult> ScorecardAdminService::save(const Scorecard &card, qint64 actorId)
{
    Result<QList<ScorecardImportResult>> saved = saveAll({card}, actorId);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->first();
}

Result<QList<ScorecardImportResult>> ScorecardAdminService::saveAll(const QList<Scorecard> &cards, qint64 actorId)
{
    if (const Status admin = requireAdmin(actorId, tr("change scorecards")); !admin)
        return std::unexpected(admin.error());
    QList<Scorecard> valid;
    for (const Scorecard &card : cards) {
        Result<Scorecard> checked = validate(card);
        if (!checked)
            return std::unexpected(checked.error().prefixed(card.id.isEmpty() ? tr("new scorecard") : card.id));
        valid.append(std::move(*checked));
    }
    QList<ScorecardImportResult> results;
    ScorecardStore store(m_db);
    const Status stored = m_db.transaction([&]() -> Status {
        for (const Scorecard &card : valid) {
            const Result<ScorecardImportResult> result = store.save(card, actorId);
            if (!result)
                return std::unexpected(result.error());
            results.append(*result);
        }
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return results;
}

Result<ScorecardImportResult> ScorecardAdminService::duplicate(const QString &slug, const QString &newSlug,
                                                               const QString &newTitle, qint64 actorId)
{
    if (const Status admin = requireAdmin(actorId, tr("change scorecards")); !admin)
        return std::unexpected(admin.error());
    ScorecardStore store(m_db);
    const Result<ScorecardVersion> source = store.current(slug);
    if (!source)
        return std::unexpected(source.error());
    // A copy must not silently become a new version of a card that is already there.
    const Result<QList<ScorecardSummary>> cards = store.list();
    if (!cards)
        return std::unexpected(cards.error());
    for (const ScorecardSummary &c : *cards) {
        if (c.slug == newSlug)
            return std::unexpected(Error::invalid(tr("id: a scorecard \"%1\" already exists").arg(newSlug)));
    }
    Scorecard copy = source->card;
    copy.id = newSlug;
    copy.title = newTitle.isEmpty() ? tr("%1 (copy)").arg(copy.title) : newTitle;
    return save(copy, actorId);
}

Status ScorecardAdminService::setArchived(const QString &slug, bool archived, qint64 actorId)
{
    if (const Status admin = requireAdmin(actorId, archived ? tr("archive scorecards") : tr("restore scorecards"));
        !admin)
        return admin;
    return m_db.transaction([&]() -> Status {
        const Result<bool> changed = ScorecardStore(m_db).setArchived(slug, archived);
        if (!changed)
            return std::unexpected(changed.error());
        if (!*changed)
            return {};
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = archived ? u"scorecard.archive"_s : u"scorecard.restore"_s;
        entry.entity = u"scorecard"_s;
        entry.entityId = slug;
        entry.before = QJsonObject{{u"archived"_s, !archived}};
        entry.after = QJsonObject{{u"archived"_s, archived}};
        return AuditLog(m_db).append(entry);
    });
}

} // namespace qadesk
