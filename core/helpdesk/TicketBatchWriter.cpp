#include "TicketBatchWriter.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/TicketStore.h"

using namespace Qt::StringLiterals;

namespace qadesk {

Result<int> TicketBatchWriter::write(const QList<Ticket> &tickets, const QString &what, std::optional<qint64> actorId,
                                     const std::atomic<bool> *stop)
{
    const Status written = m_db.transaction([&]() -> Status {
        if (const Status saved = TicketStore(m_db).saveAll(tickets, stop); !saved)
            return saved;
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = u"tickets.import"_s;
        entry.entity = u"source"_s;
        entry.entityId = tickets.isEmpty() ? QString() : tickets.first().sourceName;
        entry.after = QJsonObject{{u"tickets"_s, int(tickets.size())}, {u"from"_s, what}};
        return AuditLog(m_db).append(entry);
    });
    if (!written)
        return std::unexpected(written.error());
    return int(tickets.size());
}

} // namespace qadesk
