#pragma once

#include "common/Error.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <optional>

namespace qadesk {

class Database;

// Writes a batch of tickets from one source in one transaction and records it in the audit log.
class TicketBatchWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TicketBatchWriter)

public:
    explicit TicketBatchWriter(Database &db)
        : m_db(db)
    {
    }

    // A raised `stop` (checked between tickets) rolls the whole batch back.
    Result<int> write(const QList<Ticket> &tickets, const QString &what, std::optional<qint64> actorId = std::nullopt,
                      const std::atomic<bool> *stop = nullptr);

private:
    Database &m_db;
};

} // namespace qadesk
