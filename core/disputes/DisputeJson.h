#pragma once

#include "disputes/Dispute.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qadesk {

// The JSON shape of a dispute the command line prints (`qadesk disputes list --json`).
class DisputeJson final
{
public:
    static QJsonObject dispute(const Dispute &dispute, bool withItems = true);
    // The disputed questions as the audit log records them (with the decisions once taken).
    static QJsonArray items(const QList<DisputeItem> &items, bool withDecision);
};

} // namespace qadesk
