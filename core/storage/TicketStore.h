#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QCoreApplication>

#include <QHash>

#include <atomic>
#include <optional>

namespace qadesk {

class Database;

// Tickets with their conversations. A ticket is identified by (source, external id): saving it
// again updates it in place, so a repeated import or sync never duplicates one.
class TicketStore final
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    explicit TicketStore(Database &db)
        : m_db(db)
    {
    }

    // Inserts or updates the ticket and replaces its conversation, in one transaction.
    Result<qint64> save(const Ticket &ticket);
    // Saves a batch (a sync page, an import) in one transaction: all or nothing. The source,
    // teams and assignees are looked up once per batch rather than once per ticket. A raised
    // `stop` rolls the batch back ("cancelled").
    Status saveAll(const QList<Ticket> &tickets, const std::atomic<bool> *stop = nullptr);
    // The ticket's id, creating a stub (subject unknown, filled by a later sync) when unknown.
    Result<qint64> ensureStub(const QString &sourceName, const QString &externalId, const QString &assigneeEmail);
    Result<std::optional<qint64>> findId(const QString &sourceName, const QString &externalId);

    // Every ticket without its messages (messageCount filled), most recently solved first.
    Result<QList<Ticket>> list();
    // One ticket with its whole conversation.
    Result<std::optional<Ticket>> get(qint64 id);

private:
    // Ids already resolved in the running transaction, by source name, team slug and email.
    struct Lookups
    {
        QHash<QString, qint64> sources;
        QHash<QString, qint64> teams;
        QHash<QString, qint64> engineers;
    };
    Result<qint64> saveOne(const Ticket &ticket, Lookups &lookups);
    Status saveMessages(qint64 ticketId, const QList<Message> &messages);
    Result<QList<Message>> messagesOf(qint64 ticketId);

    Database &m_db;
};

} // namespace qadesk
