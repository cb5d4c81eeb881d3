#include "BonusTable.h"

#include "kpi/KpiCalculator.h"

#include <QCryptographicHash>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace qadesk {

BonusTable BonusTable::defaultTable()
{
    BonusTable table;
    table.points = KpiCalculator::defaultMultiplierTable();
    table.contentHash = hashOf(table.points);
    table.note = tr("built-in default");
    return table;
}

Result<QList<QPair<double, double>>> BonusTable::parsePoints(const QString &text)
{
    QList<QPair<double, double>> points;
    const QStringList pieces = text.split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringList pair = pieces.at(i).trimmed().split(u':');
        bool kpiOk = false;
        bool multiplierOk = false;
        const double kpi = pair.size() == 2 ? pair.at(0).trimmed().toDouble(&kpiOk) : 0;
        const double multiplier = pair.size() == 2 ? pair.at(1).trimmed().toDouble(&multiplierOk) : 0;
        if (!kpiOk || !multiplierOk)
            return std::unexpected(Error::invalid(
                tr("bonus table point %1 \"%2\": expected KPI:multiplier, e.g. 80:0.8").arg(i + 1).arg(pieces.at(i).trimmed())));
        points.append({kpi, multiplier});
    }
    if (const Status valid = validate(points); !valid)
        return std::unexpected(valid.error());
    return points;
}

Status BonusTable::validate(const QList<QPair<double, double>> &points)
{
    if (points.isEmpty())
        return std::unexpected(Error::invalid(tr("bonus table: at least one KPI:multiplier point is needed")));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto &[kpi, multiplier] = points.at(i);
        if (!std::isfinite(kpi) || kpi < 0 || kpi > 100)
            return std::unexpected(Error::invalid(tr("bonus table point %1: KPI %2 must lie in [0, 100]").arg(i + 1).arg(kpi)));
        if (!std::isfinite(multiplier) || multiplier < 0 || multiplier > 1.2)
            return std::unexpected(Error::invalid(
                tr("bonus table point %1: multiplier %2 must lie in [0, 1.2]").arg(i + 1).arg(multiplier)));
        if (i > 0 && kpi <= points.at(i - 1).first)
            return std::unexpected(Error::invalid(
                tr("bonus table point %1: KPI %2 must be greater than the previous point's").arg(i + 1).arg(kpi)));
    }
    return {};
}

QString BonusTable::pointsText(const QList<QPair<double, double>> &points)
{
    QStringList pieces;
    for (const auto &[kpi, multiplier] : points)
        pieces.append(QString::number(kpi, 'g', 17) + u':' + QString::number(multiplier, 'g', 17));
    return pieces.join(u", "_s);
}

QString BonusTable::hashOf(const QList<QPair<double, double>> &points)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(pointsText(points).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace qadesk
