#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace qadesk {

// Times are stored and exchanged as UTC ISO-8601 text with milliseconds and a Z
// ("2026-10-01T09:30:00.000Z"): it sorts correctly as text on every database engine.
class IsoTime final
{
public:
    static QString toText(const QDateTime &time);              // empty for an invalid time
    static QVariant toDb(const QDateTime &time);                // NULL for an invalid time
    static QDateTime fromText(const QString &text);             // accepts any ISO-8601 offset
    static QDateTime fromDb(const QVariant &value);
    static QString nowText();
};

} // namespace qadesk
