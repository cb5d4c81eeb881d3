#include "NotificationStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<qint64> NotificationStore::add(const Notification &n)
{
    return m_db.insert(u"INSERT INTO notifications (person_id, created_at, kind, entity, entity_id, text, args_json) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {n.personId, n.createdAt.isValid() ? IsoTime::toDb(n.createdAt) : QVariant(IsoTime::nowText()),
                        n.kind, n.entity, n.entityId, n.text,
                        QString::fromUtf8(QJsonDocument(n.args).toJson(QJsonDocument::Compact))});
}

Result<QList<Notification>> NotificationStore::forPerson(qint64 personId, bool unreadOnly)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT id, person_id, created_at, kind, entity, entity_id, text, read_at, args_json FROM notifications "
        u"WHERE person_id = ?"_s
            + (unreadOnly ? u" AND read_at IS NULL"_s : QString()) + u" ORDER BY created_at DESC, id DESC"_s,
        {personId});
    if (!q)
        return std::unexpected(q.error());
    QList<Notification> list;
    while (q->next()) {
        Notification n;
        n.id = q->value(0).toLongLong();
        n.personId = q->value(1).toLongLong();
        n.createdAt = IsoTime::fromDb(q->value(2));
        n.kind = q->value(3).toString();
        n.entity = q->value(4).toString();
        n.entityId = q->value(5).toString();
        n.text = q->value(6).toString();
        n.readAt = IsoTime::fromDb(q->value(7));
        n.args = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        list.append(n);
    }
    return list;
}

Result<int> NotificationStore::unreadCount(qint64 personId)
{
    Result<QSqlQuery> q =
        m_db.run(u"SELECT COUNT(*) FROM notifications WHERE person_id = ? AND read_at IS NULL"_s, {personId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Status NotificationStore::markRead(qint64 personId, qint64 notificationId)
{
    Result<QSqlQuery> q = m_db.run(u"UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND person_id = ?"_s,
                                   {IsoTime::nowText(), notificationId, personId});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(Error::notFound(tr("no notification %1 for this person").arg(notificationId)));
    return {};
}

Result<int> NotificationStore::markAllRead(qint64 personId)
{
    Result<QSqlQuery> q = m_db.run(u"UPDATE notifications SET read_at = ? WHERE person_id = ? AND read_at IS NULL"_s,
                                   {IsoTime::nowText(), personId});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

} // namespace qadesk
