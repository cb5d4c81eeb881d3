#include "ScorecardStore.h"

#include "common/CanonicalJson.h"
#include "common/IsoTime.h"
#include "scoring/ScorecardParser.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<ScorecardImportResult> ScorecardStore::save(const Scorecard &card, std::optional<qint64> actorId)
{
    ScorecardImportResult result;
    result.slug = card.id;
    result.version = card.contentVersion();
    const Status saved = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> found = m_db.run(u"SELECT id, current_version_id FROM scorecards WHERE slug = ?"_s, {card.id});
        if (!found)
            return std::unexpected(found.error());
        qint64 cardId = 0;
        qint64 previousVersionId = 0;
        if (found->next()) {
            cardId = found->value(0).toLongLong();
            previousVersionId = found->value(1).toLongLong();
        } else {
            const Result<qint64> id = m_db.insert(
                u"INSERT INTO scorecards (slug, title, created_at) VALUES (?, ?, ?) RETURNING id"_s,
                {card.id, card.title, IsoTime::nowText()});
            if (!id)
                return std::unexpected(id.error());
            cardId = *id;
            result.newCard = true;
        }

        Result<QSqlQuery> version = m_db.run(
            u"SELECT id FROM scorecard_versions WHERE scorecard_id = ? AND content_hash = ?"_s, {cardId, result.version});
        if (!version)
            return std::unexpected(version.error());
        qint64 versionId = 0;
        if (version->next()) {
            versionId = version->value(0).toLongLong();
        } else {
            const QString json = QString::fromUtf8(CanonicalJson::serialize(card.toJson()));
            const Result<qint64> id = m_db.insert(
                u"INSERT INTO scorecard_versions (scorecard_id, content_hash, content_json, created_at, created_by) "
                u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                {cardId, result.version, json, IsoTime::nowText(),
                 actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>())});
            if (!id)
                return std::unexpected(id.error());
            versionId = *id;
            result.newVersion = true;
        }
        if (versionId == previousVersionId)
            return {};
        if (const auto updated = m_db.run(u"UPDATE scorecards SET current_version_id = ?, title = ? WHERE id = ?"_s,
                                          {versionId, card.title, cardId});
            !updated)
            return std::unexpected(updated.error());
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = result.newCard ? u"scorecard.create"_s : u"scorecard.version"_s;
        entry.entity = u"scorecard"_s;
        entry.entityId = card.id;
        if (previousVersionId)
            entry.before = QJsonObject{{u"version_id"_s, previousVersionId}};
        entry.after = QJsonObject{{u"version"_s, result.version}, {u"version_id"_s, versionId}};
        return AuditLog(m_db).append(entry);
    });
    if (!saved)
        return std::unexpected(saved.error());
    return result;
}

Result<QList<ScorecardSummary>> ScorecardStore::list()
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT c.id, c.slug, c.title, c.archived, v.content_hash, v.content_json, "
        u"(SELECT COUNT(*) FROM scorecard_versions x WHERE x.scorecard_id = c.id) "
        u"FROM scorecards c LEFT JOIN scorecard_versions v ON v.id = c.current_version_id ORDER BY c.slug"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ScorecardSummary> cards;
    while (q->next()) {
        ScorecardSummary s;
        s.id = q->value(0).toLongLong();
        s.slug = q->value(1).toString();
        s.title = q->value(2).toString();
        s.archived = q->value(3).toInt() != 0;
        s.currentVersion = q->value(4).toString();
        s.versionCount = q->value(6).toInt();
        if (const Result<Scorecard> card = ScorecardParser::parse(q->value(5).toString().toUtf8()))
            s.criterionCount = card->criterionCount();
        cards.append(s);
    }
    return cards;
}

Result<QList<ScorecardVersion>> ScorecardStore::query(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT v.id, v.content_hash, v.content_json, v.created_at, (c.current_version_id = v.id) "
        u"FROM scorecard_versions v JOIN scorecards c ON c.id = v.scorecard_id WHERE "_s
            + where + u" ORDER BY v.id"_s,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<ScorecardVersion> versions;
    while (q->next()) {
        ScorecardVersion v;
        v.versionId = q->value(0).toLongLong();
        v.contentHash = q->value(1).toString();
        v.createdAt = IsoTime::fromDb(q->value(3));
        v.current = q->value(4).toInt() != 0;
        Result<Scorecard> card = ScorecardParser::parse(q->value(2).toString().toUtf8());
        if (!card)
            return std::unexpected(Error::storage(tr("stored scorecard version %1 is damaged: %2")
                                                      .arg(v.contentHash, card.error().message)));
        v.card = std::move(*card);
        versions.append(std::move(v));
    }
    return versions;
}

Result<QList<Scorecard>> ScorecardStore::activeCards()
{
    const Result<QList<ScorecardSummary>> summaries = list();
    if (!summaries)
        return std::unexpected(summaries.error());
    QList<Scorecard> cards;
    for (const ScorecardSummary &summary : *summaries) {
        if (summary.archived)
            continue;
        const Result<ScorecardVersion> version = current(summary.slug);
        if (!version)
            return std::unexpected(version.error());
        cards.append(version->card);
    }
    return cards;
}

Result<ScorecardVersion> ScorecardStore::current(const QString &slug)
{
    Result<QList<ScorecardVersion>> found = query(u"c.slug = ? AND c.current_version_id = v.id"_s, {slug});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(Error::notFound(tr("no scorecard \"%1\"").arg(slug)));
    return found->first();
}

Result<ScorecardVersion> ScorecardStore::version(const QString &slug, const QString &hashOrPrefix)
{
    const QString prefix = hashOrPrefix.trimmed().toLower();
    if (prefix.size() < 6)
        return std::unexpected(Error::invalid(tr("version \"%1\": give at least 6 characters of it").arg(hashOrPrefix)));
    Result<QList<ScorecardVersion>> all = versions(slug);
    if (!all)
        return std::unexpected(all.error());
    QList<ScorecardVersion> matches;
    for (const ScorecardVersion &v : *all) {
        if (v.contentHash.startsWith(prefix))
            matches.append(v);
    }
    if (matches.isEmpty())
        return std::unexpected(Error::notFound(tr("scorecard \"%1\" has no version %2").arg(slug, hashOrPrefix)));
    if (matches.size() > 1)
        return std::unexpected(Error::invalid(tr("version \"%1\" matches %2 versions; give more characters")
                                                  .arg(hashOrPrefix)
                                                  .arg(matches.size())));
    return matches.first();
}

Result<ScorecardVersion> ScorecardStore::versionById(qint64 versionId)
{
    Result<QList<ScorecardVersion>> found = query(u"v.id = ?"_s, {versionId});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(Error::notFound(tr("no scorecard version with id %1").arg(versionId)));
    return found->first();
}

Result<QList<ScorecardVersion>> ScorecardStore::versions(const QString &slug)
{
    Result<QList<ScorecardVersion>> found = query(u"c.slug = ?"_s, {slug});
    if (found && found->isEmpty())
        return std::unexpected(Error::notFound(tr("no scorecard \"%1\"").arg(slug)));
    return found;
}

Result<bool> ScorecardStore::setArchived(const QString &slug, bool archived)
{
    Result<QSqlQuery> found = m_db.run(u"SELECT archived FROM scorecards WHERE slug = ?"_s, {slug});
    if (!found)
        return std::unexpected(found.error());
    if (!found->next())
        return std::unexpected(Error::notFound(tr("no scorecard \"%1\"").arg(slug)));
    if ((found->value(0).toInt() != 0) == archived)
        return false;
    if (const auto updated = m_db.run(u"UPDATE scorecards SET archived = ? WHERE slug = ?"_s, {archived ? 1 : 0, slug});
        !updated)
        return std::unexpected(updated.error());
    return true;
}

} // namespace qadesk
