#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qadesk {

// An ISO-8601 week ("2026-W47"): Monday to Sunday; week 1 holds the year's first Thursday.
class IsoWeek final
{
    Q_DECLARE_TR_FUNCTIONS(IsoWeek)

public:
    IsoWeek() = default;
    static Result<IsoWeek> parse(const QString &text);
    static IsoWeek containing(const QDate &date);

    [[nodiscard]] bool isValid() const { return m_monday.isValid(); }
    [[nodiscard]] int year() const;
    [[nodiscard]] int number() const;
    [[nodiscard]] QString toString() const;          // "2026-W47"
    [[nodiscard]] QDate monday() const { return m_monday; }
    [[nodiscard]] QDate sunday() const { return m_monday.addDays(6); }
    // Tasks of the week are due on its Friday: the working week ends there.
    [[nodiscard]] QDate dueDate() const { return m_monday.addDays(4); }
    [[nodiscard]] IsoWeek previous() const { return fromMonday(m_monday.addDays(-7)); }
    [[nodiscard]] IsoWeek next() const { return fromMonday(m_monday.addDays(7)); }
    // The month a week counts towards is the month of its Thursday (as ISO assigns weeks to years).
    [[nodiscard]] QDate monthStart() const;

    bool operator==(const IsoWeek &other) const = default;

private:
    static IsoWeek fromMonday(const QDate &monday);
    QDate m_monday;
};

} // namespace qadesk
