#include "MailOutboxStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

const QString columns = u"id, kind, entity, entity_id, recipient_id, recipient, recipient_name, language, message_id, "
                        u"subject, body_text, body_html, data_json, status, created_at, not_before, attempts, "
                        u"lease_until, claimed_by, last_error, sent_at, digest_id"_s;

OutboxMessage readMessage(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.entity = q.value(2).toString();
    m.entityId = q.value(3).toString();
    if (!q.value(4).isNull())
        m.recipientId = q.value(4).toLongLong();
    m.recipient = q.value(5).toString();
    m.recipientName = q.value(6).toString();
    m.language = q.value(7).toString();
    m.messageId = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.bodyText = q.value(10).toString();
    m.bodyHtml = q.value(11).toString();
    m.data = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    m.status = outboxStatusFromId(q.value(13).toString()).value_or(OutboxStatus::Failed);
    m.createdAt = IsoTime::fromDb(q.value(14));
    m.notBefore = IsoTime::fromDb(q.value(15));
    m.attempts = q.value(16).toInt();
    m.leaseUntil = IsoTime::fromDb(q.value(17));
    m.claimedBy = q.value(18).toString();
    m.lastError = q.value(19).toString();
    m.sentAt = IsoTime::fromDb(q.value(20));
    if (!q.value(21).isNull())
        m.digestId = q.value(21).toLongLong();
    return m;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

Result<qint64> MailOutboxStore::enqueue(const OutboxMessage &m)
{
    const QString now = IsoTime::nowText();
    return m_db.insert(
        u"INSERT INTO mail_outbox (kind, entity, entity_id, recipient_id, recipient, recipient_name, language, "
        u"message_id, subject, body_text, body_html, data_json, status, created_at, not_before) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {m.kind, m.entity, m.entityId, optionalId(m.recipientId), m.recipient, m.recipientName, m.language,
         m.messageId, m.subject, m.bodyText, m.bodyHtml,
         QString::fromUtf8(QJsonDocument(m.data).toJson(QJsonDocument::Compact)), outboxStatusId(m.status),
         m.createdAt.isValid() ? IsoTime::toText(m.createdAt) : now,
         m.notBefore.isValid() ? IsoTime::toText(m.notBefore) : now});
}

Result<std::optional<OutboxMessage>> MailOutboxStore::get(qint64 id)
{
    Result<QSqlQuery> q = m_db.run(u"SELECT "_s + columns + u" FROM mail_outbox WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(readMessage(*q));
}

Result<QList<OutboxMessage>> MailOutboxStore::list(const QList<OutboxStatus> &statuses, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM mail_outbox"_s;
    QVariantList values;
    if (!statuses.isEmpty()) {
        sql += u" WHERE status IN ("_s + placeholders(statuses.size()) + u')';
        for (OutboxStatus s : statuses)
            values.append(outboxStatusId(s));
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(limit);
    Result<QSqlQuery> q = m_db.run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxMessage> list;
    while (q->next())
        list.append(readMessage(*q));
    return list;
}

Result<bool> MailOutboxStore::existsFor(const QString &kind, const QString &entity, const QString &entityId)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND entity = ? AND entity_id = ? AND status <> 'cancelled'"_s,
        {kind, entity, entityId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<bool> MailOutboxStore::existsSince(const QString &kind, const QString &entity, const QString &entityId,
                                          const QDateTime &since)
{
    Result<QSqlQuery> q = m_db.run(u"SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND entity = ? AND entity_id = ? "
                                   u"AND created_at >= ? AND status <> 'cancelled'"_s,
                                   {kind, entity, entityId, IsoTime::toText(since)});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<std::optional<OutboxMessage>> MailOutboxStore::claimNext(const QString &worker, const QDateTime &now,
                                                                const QDateTime &leaseUntil)
{
    // A candidate is picked, then claimed only if it is still queued: another sender that took
    // it in between makes the update touch no row, and the next candidate is tried.
    for (int tries = 0; tries < 20; ++tries) {
        Result<QSqlQuery> q = m_db.run(u"SELECT id FROM mail_outbox WHERE status = 'queued' AND not_before <= ? "
                                       u"ORDER BY not_before, id LIMIT 1"_s,
                                       {IsoTime::toText(now)});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::optional<OutboxMessage>();
        const qint64 id = q->value(0).toLongLong();
        Result<QSqlQuery> claimed = m_db.run(
            u"UPDATE mail_outbox SET status = 'sending', claimed_by = ?, lease_until = ?, attempts = attempts + 1 "
            u"WHERE id = ? AND status = 'queued'"_s,
            {worker, IsoTime::toText(leaseUntil), id});
        if (!claimed)
            return std::unexpected(claimed.error());
        if (claimed->numRowsAffected() == 1)
            return get(id);
    }
    return std::optional<OutboxMessage>();
}

Status MailOutboxStore::settle(qint64 id, const QString &worker, const QString &status, const QString &error,
                               const QVariant &notBefore, const QVariant &sentAt)
{
    Result<QSqlQuery> q = m_db.run(
        u"UPDATE mail_outbox SET status = ?, last_error = ?, not_before = COALESCE(?, not_before), "
        u"sent_at = ?, lease_until = NULL WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
        {status, error, notBefore, sentAt, id, worker});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("message %1 is no longer claimed by this sender (its lease ran out)").arg(id)});
    return {};
}

Status MailOutboxStore::markSent(qint64 id, const QString &worker, const QDateTime &sentAt)
{
    return settle(id, worker, u"sent"_s, QString(), QVariant(QMetaType::fromType<QString>()), IsoTime::toText(sentAt));
}

Status MailOutboxStore::markRetry(qint64 id, const QString &worker, const QString &error, const QDateTime &notBefore)
{
    return settle(id, worker, u"queued"_s, error, IsoTime::toText(notBefore), QVariant(QMetaType::fromType<QString>()));
}

Status MailOutboxStore::markFailed(qint64 id, const QString &worker, const QString &error)
{
    return settle(id, worker, u"failed"_s, error, QVariant(QMetaType::fromType<QString>()),
                  QVariant(QMetaType::fromType<QString>()));
}

Result<int> MailOutboxStore::expireLeases(const QDateTime &now, const QString &reason)
{
    Result<QSqlQuery> q = m_db.run(u"UPDATE mail_outbox SET status = 'uncertain', last_error = ?, lease_until = NULL "
                                   u"WHERE status = 'sending' AND lease_until < ?"_s,
                                   {reason, IsoTime::toText(now)});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Status MailOutboxStore::transition(qint64 id, const QList<OutboxStatus> &from, const QString &sql, QVariantList values)
{
    QString statement = sql + u" WHERE id = ? AND status IN ("_s + placeholders(from.size()) + u')';
    values.append(id);
    for (OutboxStatus s : from)
        values.append(outboxStatusId(s));
    Result<QSqlQuery> q = m_db.run(statement, values);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1) {
        const Result<std::optional<OutboxMessage>> current = get(id);
        if (current && !*current)
            return std::unexpected(Error::notFound(tr("no message %1 in the outbox").arg(id)));
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("message %1 is %2 now; nothing was changed")
                                         .arg(id)
                                         .arg(current && *current ? outboxStatusLabel((*current)->status) : QString())});
    }
    return {};
}

Status MailOutboxStore::requeue(qint64 id, const QList<OutboxStatus> &from, const QDateTime &now)
{
    return transition(id, from,
                      u"UPDATE mail_outbox SET status = 'queued', not_before = ?, attempts = 0, claimed_by = ''"_s,
                      {IsoTime::toText(now)});
}

Status MailOutboxStore::cancel(qint64 id, const QList<OutboxStatus> &from)
{
    return transition(id, from, u"UPDATE mail_outbox SET status = 'cancelled'"_s, {});
}

Result<QList<OutboxMessage>> MailOutboxStore::dueHeld(const QDateTime &now)
{
    Result<QSqlQuery> q = m_db.run(u"SELECT "_s + columns
                                       + u" FROM mail_outbox WHERE status = 'held' AND not_before <= ? ORDER BY id"_s,
                                   {IsoTime::toText(now)});
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxMessage> list;
    while (q->next())
        list.append(readMessage(*q));
    return list;
}

Status MailOutboxStore::markDigested(const QList<qint64> &ids, qint64 digestId)
{
    for (qint64 id : ids) {
        Result<QSqlQuery> q = m_db.run(
            u"UPDATE mail_outbox SET status = 'digested', digest_id = ? WHERE id = ? AND status = 'held'"_s,
            {digestId, id});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() != 1)
            return std::unexpected(Error{Error::Code::Conflict, tr("message %1 is no longer waiting for a digest").arg(id)});
    }
    return {};
}

Result<QHash<QString, QString>> MailOutboxStore::settings()
{
    Result<QSqlQuery> q = m_db.run(u"SELECT key, value FROM mail_settings"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    return values;
}

Status MailOutboxStore::saveSettings(const QHash<QString, QString> &values)
{
    return m_db.transaction([&]() -> Status {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const auto done = m_db.run(u"INSERT INTO mail_settings (key, value) VALUES (?, ?) "
                                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                       {it.key(), it.value()});
            if (!done)
                return std::unexpected(done.error());
        }
        return {};
    });
}

Result<MailPreference> MailOutboxStore::preferenceFor(qint64 personId)
{
    // The person's own row wins over a team's.
    Result<QSqlQuery> q = m_db.run(
        u"SELECT digest, digest_hour, weekly_kpi, CASE WHEN scope = 'person' THEN 0 ELSE 1 END AS rank "
        u"FROM mail_preferences WHERE (scope = 'person' AND scope_id = ?) "
        u"OR (scope = 'team' AND scope_id IN (SELECT team_id FROM team_members WHERE person_id = ?)) "
        u"ORDER BY rank, scope_id LIMIT 1"_s,
        {personId, personId});
    if (!q)
        return std::unexpected(q.error());
    MailPreference preference;
    if (q->next()) {
        preference.digest = q->value(0).toInt() != 0;
        preference.digestHour = q->value(1).toInt();
        preference.weeklyKpi = q->value(2).toInt() != 0;
    }
    return preference;
}

Status MailOutboxStore::setPreference(const QString &scope, qint64 scopeId, const MailPreference &p)
{
    const auto done = m_db.run(u"INSERT INTO mail_preferences (scope, scope_id, digest, digest_hour, weekly_kpi) "
                               u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, scope_id) DO UPDATE SET "
                               u"digest = excluded.digest, digest_hour = excluded.digest_hour, "
                               u"weekly_kpi = excluded.weekly_kpi"_s,
                               {scope, scopeId, p.digest ? 1 : 0, p.digestHour, p.weeklyKpi ? 1 : 0});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status MailOutboxStore::clearPreference(const QString &scope, qint64 scopeId)
{
    const auto done = m_db.run(u"DELETE FROM mail_preferences WHERE scope = ? AND scope_id = ?"_s, {scope, scopeId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QHash<QPair<QString, qint64>, MailPreference>> MailOutboxStore::storedPreferences()
{
    Result<QSqlQuery> q = m_db.run(u"SELECT scope, scope_id, digest, digest_hour, weekly_kpi FROM mail_preferences"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QPair<QString, qint64>, MailPreference> stored;
    while (q->next()) {
        MailPreference p;
        p.digest = q->value(2).toInt() != 0;
        p.digestHour = q->value(3).toInt();
        p.weeklyKpi = q->value(4).toInt() != 0;
        stored.insert({q->value(0).toString(), q->value(1).toLongLong()}, p);
    }
    return stored;
}

Result<QList<qint64>> MailOutboxStore::weeklyKpiSubscribers()
{
    // The same precedence as preferenceFor: a lead's own row, else their first team's row.
    Result<QSqlQuery> q = m_db.run(
        u"SELECT r.person_id FROM person_roles r WHERE r.role = 'team_lead' AND COALESCE("
        u"(SELECT o.weekly_kpi FROM mail_preferences o WHERE o.scope = 'person' AND o.scope_id = r.person_id), "
        u"(SELECT t.weekly_kpi FROM mail_preferences t WHERE t.scope = 'team' AND t.scope_id IN "
        u"(SELECT team_id FROM team_members WHERE person_id = r.person_id) ORDER BY t.scope_id LIMIT 1), 0) = 1 "
        u"ORDER BY r.person_id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<std::optional<QString>> MailOutboxStore::ticketUrl(qint64 ticketId)
{
    Result<QSqlQuery> q = m_db.run(u"SELECT url FROM tickets WHERE id = ?"_s, {ticketId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<std::optional<DisputeMailFacts>> MailOutboxStore::disputeFacts(qint64 disputeId)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT d.id, d.evaluation_id, d.status, d.outcome, d.opened_at, d.resolved_at, d.resolution_comment, "
        u"d.original_score, d.resolved_score, a.name FROM disputes d LEFT JOIN people a ON a.id = d.arbiter_id "
        u"WHERE d.id = ?"_s,
        {disputeId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<DisputeMailFacts>();
    DisputeMailFacts f;
    f.id = q->value(0).toLongLong();
    f.evaluationId = q->value(1).toLongLong();
    f.status = q->value(2).toString();
    f.outcome = q->value(3).toString();
    f.openedAt = IsoTime::fromDb(q->value(4));
    f.resolvedAt = IsoTime::fromDb(q->value(5));
    f.resolutionComment = q->value(6).toString();
    f.originalScore = optionalDouble(q->value(7));
    f.resolvedScore = optionalDouble(q->value(8));
    f.arbiterName = q->value(9).toString();
    Result<QSqlQuery> items = m_db.run(
        u"SELECT criterion_id, reason, original_value, decision, decided_value, decision_comment "
        u"FROM dispute_items WHERE dispute_id = ? ORDER BY criterion_id"_s,
        {disputeId});
    if (!items)
        return std::unexpected(items.error());
    while (items->next()) {
        f.items.append({items->value(0).toString(), items->value(1).toString(), items->value(2).toString(),
                        items->value(3).toString(), items->value(4).toString(), items->value(5).toString()});
    }
    return std::optional<DisputeMailFacts>(f);
}

Result<QList<WaitingDispute>> MailOutboxStore::disputesOpenSince(const QDateTime &before)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT d.id, d.evaluation_id, d.status, d.opened_at, p.name FROM disputes d "
        u"JOIN evaluations e ON e.id = d.evaluation_id JOIN people p ON p.id = e.engineer_id "
        u"WHERE d.status IN ('open', 'accepted', 'in_arbitration') AND d.opened_at < ? ORDER BY d.opened_at, d.id"_s,
        {IsoTime::toText(before)});
    if (!q)
        return std::unexpected(q.error());
    QList<WaitingDispute> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                     IsoTime::fromDb(q->value(3)), q->value(4).toString()});
    }
    return list;
}

} // namespace qadesk
