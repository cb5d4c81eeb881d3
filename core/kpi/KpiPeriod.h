#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace qadesk {

// A range of whole calendar days, both ends included, in the workspace's time zone.
struct KpiPeriod
{
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::systemTimeZone();

    [[nodiscard]] bool contains(const QDateTime &time) const
    {
        if (!time.isValid())
            return false;
        const QDate day = time.toTimeZone(zone).date();
        return day >= from && day <= to;
    }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
};

} // namespace qadesk
