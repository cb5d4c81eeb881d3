#include "IsoWeek.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qadesk {

IsoWeek IsoWeek::fromMonday(const QDate &monday)
{
    IsoWeek week;
    week.m_monday = monday;
    return week;
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    if (!date.isValid())
        return {};
    return fromMonday(date.addDays(1 - date.dayOfWeek()));
}

Result<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-?W(\\d{1,2})$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::unexpected(Error::invalid(tr("week: \"%1\" is not an ISO week like 2026-W47").arg(text)));
    const int year = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    // January 4th is always in week 1.
    const QDate jan4(year, 1, 4);
    const IsoWeek first = containing(jan4);
    const IsoWeek week = fromMonday(first.m_monday.addDays(7 * (number - 1)));
    if (number < 1 || week.year() != year)
        return std::unexpected(Error::invalid(tr("week: %1 has no week %2").arg(year).arg(number)));
    return week;
}

int IsoWeek::year() const
{
    int year = 0;
    m_monday.weekNumber(&year);
    return year;
}

int IsoWeek::number() const
{
    return m_monday.weekNumber();
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return u"%1-W%2"_s.arg(year(), 4, 10, QLatin1Char('0')).arg(number(), 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monthStart() const
{
    const QDate thursday = m_monday.addDays(3);
    return {thursday.year(), thursday.month(), 1};
}

} // namespace qadesk
