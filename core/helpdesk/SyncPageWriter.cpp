#include "SyncPageWriter.h"

#include "helpdesk/TicketBatchWriter.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

using namespace Qt::StringLiterals;

namespace qadesk {

SyncPageWriter::SyncPageWriter(DatabaseUrl url, QString sourceName, std::shared_ptr<const std::atomic<bool>> stop)
    : m_url(std::move(url))
    , m_sourceName(std::move(sourceName))
    , m_stop(std::move(stop))
{
}

SyncPageWriter::~SyncPageWriter() = default;

Result<SyncPageWriter::Outcome> SyncPageWriter::write(QList<Ticket> &tickets, const QString &checkpoint,
                                                      const SourceSettings &settings)
{
    Outcome outcome;
    if (settings.hasFilter()) {
        QList<Ticket> kept;
        kept.reserve(tickets.size());
        for (Ticket &ticket : tickets) {
            const QString why = settings.skipReason(ticket);
            if (why.isEmpty())
                kept.append(std::move(ticket));
            else
                ++outcome.skipped[why];
        }
        tickets = std::move(kept);
    }
    for (Ticket &ticket : tickets) {
        settings.mapPeople(ticket);
        outcome.messages += int(ticket.messages.size());
    }
    outcome.stored = int(tickets.size());
    if (!m_db) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_url);
        if (!opened)
            return std::unexpected(opened.error());
        m_db = std::move(*opened);
    }
    const Status written = m_db->transaction([&]() -> Status {
        if (!tickets.isEmpty()) {
            if (const Result<int> written = TicketBatchWriter(*m_db).write(tickets, u"sync"_s, std::nullopt, m_stop.get());
                !written)
                return std::unexpected(written.error());
        }
        if (m_stop->load())
            return std::unexpected(Error{Error::Code::Internal, tr("cancelled")});
        return SourceStore(*m_db).setCheckpoint(m_sourceName, checkpoint);
    });
    if (!written)
        return std::unexpected(written.error());
    return outcome;
}

} // namespace qadesk
