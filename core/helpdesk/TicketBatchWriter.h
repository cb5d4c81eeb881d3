#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QList>

#include <optional>

namespace qadesk {

class Database;

// Writes a batch of tickets from one source in one transaction and records it in the audit log.
class TicketBatchWriter final
{
public:
    explicit TicketBatchWriter(Database &db)
        : m_db(db)
    {
    }

    Result<int> write(const QList<Ticket> &tickets, const QString &what, std::optional<qint64> actorId = std::nullopt);

private:
    Database &m_db;
};

} // namespace qadesk
