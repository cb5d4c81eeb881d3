#pragma once

#include "common/Error.h"
#include "domain/Person.h"
#include "kpi/BonusTable.h"
#include "kpi/KpiReport.h"

#include <QCoreApplication>

namespace qadesk {

class Database;

// What only the QA admin may do to the KPI, each step in the audit log: edit the bonus
// multiplier table (a new version each time), close a month (freeze its KPI tables as a
// snapshot) and reopen a closed month with a reason.
class KpiAdministration final
{
    Q_DECLARE_TR_FUNCTIONS(KpiAdministration)

public:
    explicit KpiAdministration(Database &db)
        : m_db(db)
    {
    }

    Result<BonusTable> saveBonusTable(const Person &actor, const QList<QPair<double, double>> &points, const QString &note);
    // `month` is "yyyy-MM"; the snapshot holds every grouping, computed live at this moment.
    Result<qint64> closeMonth(const Person &actor, const QString &month, KpiTimeBasis basis, int minimumPerMonth = 4);
    Status reopenMonth(const Person &actor, const QString &month, const QString &reason);

    // The period of a "yyyy-MM" month in `zone`.
    static Result<KpiPeriod> monthPeriod(const QString &month, const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    Status requireAdmin(const Person &actor, const QString &what) const;

    Database &m_db;
};

} // namespace qadesk
