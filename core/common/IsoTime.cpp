#include "IsoTime.h"

#include <QTimeZone>

namespace qadesk {

QString IsoTime::toText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant IsoTime::toDb(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(); // SQL NULL
    return toText(time);
}

QDateTime IsoTime::fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    // A time without an offset is taken as UTC: exports and helpdesks write UTC.
    if (time.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')) && !text.endsWith(QLatin1Char('Z'))
        && text.lastIndexOf(QLatin1Char('-')) < 10)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QDateTime IsoTime::fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return fromText(value.toString());
}

QString IsoTime::nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}

} // namespace qadesk
