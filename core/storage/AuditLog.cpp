#include "AuditLog.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Status AuditLog::append(const AuditEntry &entry)
{
    QString actor = entry.actor;
    if (actor.isEmpty() && entry.actorId) {
        Result<QSqlQuery> who = m_db.run(u"SELECT email FROM people WHERE id = ?"_s, {*entry.actorId});
        if (!who)
            return std::unexpected(who.error());
        if (who->next())
            actor = who->value(0).toString();
    }
    if (actor.isEmpty())
        actor = u"qadesk"_s;
    const auto done = m_db.run(
        u"INSERT INTO audit_log (at, actor_id, actor, action, entity, entity_id, before_json, after_json, reason) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {IsoTime::nowText(), entry.actorId ? QVariant(*entry.actorId) : QVariant(QMetaType::fromType<qint64>()), actor,
         entry.action, entry.entity, entry.entityId, jsonText(entry.before), jsonText(entry.after), entry.reason});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QList<AuditEntry>> AuditLog::list(const QString &entity, const QString &entityId)
{
    QString sql = u"SELECT id, at, actor_id, actor, action, entity, entity_id, before_json, after_json, reason "
                  u"FROM audit_log"_s;
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += u" WHERE entity = ?"_s;
        values.append(entity);
        if (!entityId.isEmpty()) {
            sql += u" AND entity_id = ?"_s;
            values.append(entityId);
        }
    }
    Result<QSqlQuery> q = m_db.run(sql + u" ORDER BY id"_s, values);
    if (!q)
        return std::unexpected(q.error());
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = IsoTime::fromDb(q->value(1));
        if (!q->value(2).isNull())
            e.actorId = q->value(2).toLongLong();
        e.actor = q->value(3).toString();
        e.action = q->value(4).toString();
        e.entity = q->value(5).toString();
        e.entityId = q->value(6).toString();
        e.before = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.reason = q->value(9).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace qadesk
