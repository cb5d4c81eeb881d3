#pragma once

#include "disputes/Dispute.h"

#include <QJsonObject>

namespace qadesk {

// The JSON shape of a dispute the command line prints (`qadesk disputes list --json`).
class DisputeJson final
{
public:
    static QJsonObject dispute(const Dispute &dispute, bool withItems = true);
};

} // namespace qadesk
