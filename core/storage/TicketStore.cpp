#include "TicketStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "storage/SourceStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

constexpr QStringView selectTickets =
    u"SELECT t.id, s.name, t.external_id, t.subject, t.status, t.channel, t.tags_json, tm.slug, p.email, p.name, "
    u"t.requester_name, t.requester_email, t.created_at, t.updated_at, t.solved_at, t.csat, t.csat_comment, t.url, "
    u"t.is_stub, (SELECT COUNT(*) FROM messages m WHERE m.ticket_id = t.id), tm.name "
    u"FROM tickets t JOIN sources s ON s.id = t.source_id "
    u"LEFT JOIN teams tm ON tm.id = t.team_id LEFT JOIN people p ON p.id = t.assignee_id ";

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.sourceName = q.value(1).toString();
    t.externalId = q.value(2).toString();
    t.subject = q.value(3).toString();
    t.status = q.value(4).toString();
    t.channel = q.value(5).toString();
    for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        t.tags.append(tag.toString());
    t.team = q.value(7).toString();
    t.assigneeEmail = q.value(8).toString();
    t.assigneeName = q.value(9).toString();
    t.requesterName = q.value(10).toString();
    t.requesterEmail = q.value(11).toString();
    t.createdAt = IsoTime::fromDb(q.value(12));
    t.updatedAt = IsoTime::fromDb(q.value(13));
    t.solvedAt = IsoTime::fromDb(q.value(14));
    t.csat = q.value(15).toString();
    t.csatComment = q.value(16).toString();
    t.url = q.value(17).toString();
    t.stub = q.value(18).toInt() != 0;
    t.messageCount = q.value(19).toInt();
    t.teamName = q.value(20).toString();
    return t;
}

} // namespace

Result<qint64> TicketStore::save(const Ticket &ticket)
{
    Lookups lookups;
    qint64 ticketId = 0;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<qint64> id = saveOne(ticket, lookups);
        if (!id)
            return std::unexpected(id.error());
        ticketId = *id;
        return {};
    });
    if (!saved)
        return std::unexpected(saved.error());
    return ticketId;
}

Status TicketStore::saveAll(const QList<Ticket> &tickets, const std::atomic<bool> *stop)
{
    // The lookups are valid only inside this transaction: a rollback may undo rows they name.
    Lookups lookups;
    return m_db.transaction([&]() -> Status {
        for (const Ticket &ticket : tickets) {
            if (stop && stop->load())
                return std::unexpected(Error{Error::Code::Internal, tr("cancelled")});
            if (const Result<qint64> id = saveOne(ticket, lookups); !id)
                return std::unexpected(id.error());
        }
        return {};
    });
}

Result<qint64> TicketStore::saveOne(const Ticket &ticket, Lookups &lookups)
{
    if (ticket.externalId.isEmpty())
        return std::unexpected(Error::invalid(tr("a ticket needs an external id")));
    // Runs inside the caller's transaction; one ticket's rows are written together or not at all.
    auto resolved = [](QHash<QString, qint64> &cache, const QString &key,
                       const std::function<Result<qint64>()> &lookup) -> Result<qint64> {
        if (const auto hit = cache.constFind(key); hit != cache.constEnd())
            return *hit;
        const Result<qint64> id = lookup();
        if (id)
            cache.insert(key, *id);
        return id;
    };
    const Result<qint64> saved = [&]() -> Result<qint64> {
        const Result<qint64> sourceId = resolved(lookups.sources, ticket.sourceName, [&] {
            return SourceStore(m_db).ensure(ticket.sourceName, u"manual"_s);
        });
        if (!sourceId)
            return std::unexpected(sourceId.error());
        PeopleStore people(m_db);
        QVariant teamId(QMetaType::fromType<qint64>());
        if (!ticket.team.isEmpty()) {
            const Result<qint64> id = resolved(lookups.teams, ticket.team, [&] { return people.ensureTeam(ticket.team); });
            if (!id)
                return std::unexpected(id.error());
            teamId = *id;
        }
        QVariant assigneeId(QMetaType::fromType<qint64>());
        if (!ticket.assigneeEmail.isEmpty()) {
            const Result<qint64> id = resolved(lookups.engineers, ticket.assigneeEmail, [&]() -> Result<qint64> {
                const Result<qint64> person = people.ensurePerson(ticket.assigneeEmail, ticket.assigneeName);
                if (!person)
                    return person;
                if (const Status role = people.addRole(*person, Role::Engineer); !role)
                    return std::unexpected(role.error());
                return person;
            });
            if (!id)
                return std::unexpected(id.error());
            assigneeId = *id;
        }
        const QString tags = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ticket.tags)).toJson(QJsonDocument::Compact));
        const Result<qint64> id = m_db.insert(
            u"INSERT INTO tickets (source_id, external_id, subject, status, channel, tags_json, team_id, assignee_id, "
            u"requester_name, requester_email, created_at, updated_at, solved_at, csat, csat_comment, url, is_stub, synced_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) "
            u"ON CONFLICT (source_id, external_id) DO UPDATE SET subject = excluded.subject, status = excluded.status, "
            u"channel = excluded.channel, tags_json = excluded.tags_json, team_id = excluded.team_id, "
            u"assignee_id = excluded.assignee_id, requester_name = excluded.requester_name, "
            u"requester_email = excluded.requester_email, created_at = excluded.created_at, "
            u"updated_at = excluded.updated_at, solved_at = excluded.solved_at, csat = excluded.csat, "
            u"csat_comment = excluded.csat_comment, url = excluded.url, is_stub = 0, synced_at = excluded.synced_at "
            u"RETURNING id"_s,
            {*sourceId, ticket.externalId, ticket.subject, ticket.status, ticket.channel, tags, teamId, assigneeId,
             ticket.requesterName, ticket.requesterEmail, IsoTime::toDb(ticket.createdAt),
             IsoTime::toDb(ticket.updatedAt), IsoTime::toDb(ticket.solvedAt), ticket.csat, ticket.csatComment,
             ticket.url, IsoTime::nowText()});
        if (!id)
            return id;
        if (const Status messages = saveMessages(*id, ticket.messages); !messages)
            return std::unexpected(messages.error());
        return id;
    }();
    if (!saved)
        return std::unexpected(saved.error().prefixed(tr("ticket %1").arg(ticket.externalId)));
    return saved;
}

Status TicketStore::saveMessages(qint64 ticketId, const QList<Message> &messages)
{
    if (const auto cleared = m_db.run(u"DELETE FROM messages WHERE ticket_id = ?"_s, {ticketId}); !cleared)
        return std::unexpected(cleared.error());
    // Messages go in several rows per statement (a sync stores hundreds of thousands; each
    // statement's round trip through the driver costs more than SQLite's own work on a row).
    // A message with attachments is inserted alone, for its id.
    constexpr qsizetype rowsPerStatement = 16;
    constexpr int columns = 11;
    static const QString insertMessages =
        u"INSERT INTO messages (ticket_id, external_id, position, author_name, author_email, author_kind, "
        u"is_public, channel, created_at, body_html, body_text) VALUES "_s;
    static const QString row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QVariantList pending;
    qsizetype pendingRows = 0;
    auto flush = [&]() -> Status {
        if (pendingRows == 0)
            return {};
        QString sql = insertMessages;
        for (qsizetype r = 0; r < pendingRows; ++r)
            sql += (r ? u", "_s : QString()) + row;
        const auto inserted = m_db.run(sql, pending);
        pending.clear();
        pendingRows = 0;
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    };
    pending.reserve(rowsPerStatement * columns);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        const QVariantList values{ticketId, m.externalId.isEmpty() ? QString::number(i + 1) : m.externalId, int(i),
                                  m.authorName, m.authorEmail, authorKindId(m.authorKind), m.isPublic ? 1 : 0,
                                  m.channel, IsoTime::toText(m.createdAt), m.bodyHtml, m.bodyText};
        if (m.attachments.isEmpty()) {
            pending += values;
            if (++pendingRows == rowsPerStatement) {
                if (const Status done = flush(); !done)
                    return done;
            }
            continue;
        }
        if (const Status done = flush(); !done)
            return done;
        const Result<qint64> messageId = m_db.insert(insertMessages + row + u" RETURNING id"_s, values);
        if (!messageId)
            return std::unexpected(messageId.error());
        for (const Attachment &a : m.attachments) {
            const auto added = m_db.run(
                u"INSERT INTO message_attachments (message_id, name, size_bytes, content_type, url) VALUES (?, ?, ?, ?, ?)"_s,
                {*messageId, a.name, a.sizeBytes, a.contentType, a.url});
            if (!added)
                return std::unexpected(added.error());
        }
    }
    return flush();
}

Result<std::optional<qint64>> TicketStore::findId(const QString &sourceName, const QString &externalId)
{
    Result<QSqlQuery> query = m_db.run(
        u"SELECT t.id FROM tickets t JOIN sources s ON s.id = t.source_id WHERE s.name = ? AND t.external_id = ?"_s,
        {sourceName, externalId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<qint64>();
    return std::optional(query->value(0).toLongLong());
}

Result<qint64> TicketStore::ensureStub(const QString &sourceName, const QString &externalId,
                                       const QString &assigneeEmail)
{
    const Result<std::optional<qint64>> existing = findId(sourceName, externalId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return **existing;
    Ticket stub;
    stub.sourceName = sourceName;
    stub.externalId = externalId;
    stub.assigneeEmail = assigneeEmail;
    const Result<qint64> id = save(stub);
    if (!id)
        return id;
    if (const auto marked = m_db.run(u"UPDATE tickets SET is_stub = 1 WHERE id = ?"_s, {*id}); !marked)
        return std::unexpected(marked.error());
    return id;
}

Result<QList<Ticket>> TicketStore::list()
{
    Result<QSqlQuery> query =
        m_db.run(selectTickets.toString() + u"ORDER BY COALESCE(t.solved_at, t.updated_at, t.created_at) DESC, t.id DESC"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Ticket> tickets;
    while (query->next())
        tickets.append(readTicket(*query));
    return tickets;
}

Result<std::optional<Ticket>> TicketStore::get(qint64 id)
{
    Result<QSqlQuery> query = m_db.run(selectTickets.toString() + u"WHERE t.id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Ticket>();
    Ticket ticket = readTicket(*query);
    Result<QList<Message>> messages = messagesOf(id);
    if (!messages)
        return std::unexpected(messages.error());
    ticket.messages = std::move(*messages);
    return std::optional(std::move(ticket));
}

Result<QList<Message>> TicketStore::messagesOf(qint64 ticketId)
{
    Result<QSqlQuery> query = m_db.run(
        u"SELECT id, external_id, author_name, author_email, author_kind, is_public, channel, created_at, body_html, "
        u"body_text FROM messages WHERE ticket_id = ? ORDER BY position"_s,
        {ticketId});
    if (!query)
        return std::unexpected(query.error());
    QList<Message> messages;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        Message m;
        m.externalId = query->value(1).toString();
        m.authorName = query->value(2).toString();
        m.authorEmail = query->value(3).toString();
        m.authorKind = authorKindFromId(query->value(4).toString());
        m.isPublic = query->value(5).toInt() != 0;
        m.channel = query->value(6).toString();
        m.createdAt = IsoTime::fromDb(query->value(7));
        m.bodyHtml = query->value(8).toString();
        m.bodyText = query->value(9).toString();
        index.insert(query->value(0).toLongLong(), messages.size());
        messages.append(std::move(m));
    }
    Result<QSqlQuery> attachments = m_db.run(
        u"SELECT a.message_id, a.name, a.size_bytes, a.content_type, a.url FROM message_attachments a "
        u"JOIN messages m ON m.id = a.message_id WHERE m.ticket_id = ? ORDER BY a.id"_s,
        {ticketId});
    if (!attachments)
        return std::unexpected(attachments.error());
    while (attachments->next()) {
        const auto at = index.constFind(attachments->value(0).toLongLong());
        if (at != index.constEnd())
            messages[*at].attachments.append({attachments->value(1).toString(), attachments->value(2).toLongLong(),
                                              attachments->value(3).toString(), attachments->value(4).toString()});
    }
    return messages;
}

} // namespace qadesk
