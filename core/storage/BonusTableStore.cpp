#include "BonusTableStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QString pointsJson(const QList<QPair<double, double>> &points)
{
    QJsonArray array;
    for (const auto &[kpi, multiplier] : points)
        array.append(QJsonArray{kpi, multiplier});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<double, double>> pointsFromJson(const QString &text)
{
    QList<QPair<double, double>> points;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &point : array)
        points.append({point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
    return points;
}
} // namespace

Result<QList<BonusTable>> BonusTableStore::query(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db.run(u"SELECT b.id, b.content_hash, b.points_json, b.created_at, COALESCE(p.name, ''), b.note "
                                   u"FROM bonus_tables b LEFT JOIN people p ON p.id = b.created_by "_s
                                       + where + u" ORDER BY b.id DESC"_s,
                                   values);
    if (!q)
        return std::unexpected(q.error());
    QList<BonusTable> list;
    while (q->next()) {
        BonusTable t;
        t.versionId = q->value(0).toLongLong();
        t.contentHash = q->value(1).toString();
        t.points = pointsFromJson(q->value(2).toString());
        t.createdAt = IsoTime::fromDb(q->value(3));
        t.createdBy = q->value(4).toString();
        t.note = q->value(5).toString();
        list.append(std::move(t));
    }
    return list;
}

Result<BonusTable> BonusTableStore::current()
{
    Result<QList<BonusTable>> all = versions();
    if (!all)
        return std::unexpected(all.error());
    return all->isEmpty() ? BonusTable::defaultTable() : all->first();
}

Result<std::optional<BonusTable>> BonusTableStore::byId(qint64 versionId)
{
    Result<QList<BonusTable>> found = query(u"WHERE b.id = ?"_s, {versionId});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<BonusTable>() : std::optional(found->first());
}

Result<QList<BonusTable>> BonusTableStore::versions()
{
    return query(QString(), {});
}

Result<BonusTable> BonusTableStore::save(const QList<QPair<double, double>> &points, std::optional<qint64> actorId,
                                         const QString &note)
{
    if (const Status valid = BonusTable::validate(points); !valid)
        return std::unexpected(valid.error());
    Result<BonusTable> now = current();
    if (!now)
        return std::unexpected(now.error());
    const QString hash = BonusTable::hashOf(points);
    if (now->versionId != 0 && now->contentHash == hash)
        return *now;
    const Result<qint64> id = m_db.insert(
        u"INSERT INTO bonus_tables (content_hash, points_json, created_at, created_by, note) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
        {hash, pointsJson(points), IsoTime::nowText(), actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>()),
         note});
    if (!id)
        return std::unexpected(id.error());
    Result<std::optional<BonusTable>> saved = byId(*id);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->value_or(BonusTable{});
}

} // namespace qadesk
