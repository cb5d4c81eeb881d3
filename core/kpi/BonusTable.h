#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace qadesk {

// One version of the KPI -> bonus multiplier table. Points are sorted by KPI; the multiplier is
// interpolated between them and held flat beyond the ends (KpiCalculator::multiplier).
struct BonusTable
{
    Q_DECLARE_TR_FUNCTIONS(BonusTable)

public:
    qint64 versionId = 0;              // 0: the built-in default, never saved
    QString contentHash;
    QList<QPair<double, double>> points;
    QDateTime createdAt;
    QString createdBy;
    QString note;

    static BonusTable defaultTable();
    // Points from "0:0, 70:0, 80:0.8" (KPI:multiplier, comma separated).
    static Result<QList<QPair<double, double>>> parsePoints(const QString &text);
    // KPI in [0, 100] strictly increasing, multipliers in [0, 1.2], at least one point.
    static Status validate(const QList<QPair<double, double>> &points);
    static QString pointsText(const QList<QPair<double, double>> &points);
    static QString hashOf(const QList<QPair<double, double>> &points);
};

} // namespace qadesk
