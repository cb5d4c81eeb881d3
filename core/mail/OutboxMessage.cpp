#include "OutboxMessage.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr std::array<std::pair<OutboxStatus, QStringView>, 8> ids{{
    {OutboxStatus::Held, u"held"},
    {OutboxStatus::Queued, u"queued"},
    {OutboxStatus::Sending, u"sending"},
    {OutboxStatus::Sent, u"sent"},
    {OutboxStatus::Failed, u"failed"},
    {OutboxStatus::Uncertain, u"uncertain"},
    {OutboxStatus::Cancelled, u"cancelled"},
    {OutboxStatus::Digested, u"digested"},
}};
} // namespace

QString outboxStatusId(OutboxStatus status)
{
    for (const auto &[s, id] : ids) {
        if (s == status)
            return id.toString();
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromId(QStringView id)
{
    for (const auto &[s, text] : ids) {
        if (text == id)
            return s;
    }
    return std::nullopt;
}

QString outboxStatusLabel(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Held: return QCoreApplication::translate("OutboxStatus", "waiting for the digest");
    case OutboxStatus::Queued: return QCoreApplication::translate("OutboxStatus", "queued");
    case OutboxStatus::Sending: return QCoreApplication::translate("OutboxStatus", "sending");
    case OutboxStatus::Sent: return QCoreApplication::translate("OutboxStatus", "sent");
    case OutboxStatus::Failed: return QCoreApplication::translate("OutboxStatus", "failed");
    case OutboxStatus::Uncertain: return QCoreApplication::translate("OutboxStatus", "maybe sent (interrupted)");
    case OutboxStatus::Cancelled: return QCoreApplication::translate("OutboxStatus", "cancelled");
    case OutboxStatus::Digested: return QCoreApplication::translate("OutboxStatus", "sent in a digest");
    }
    return {};
}

} // namespace qadesk
