#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

// qadesk kpi: the KPI table of a period in JSON, CSV, XLSX or PDF; month close and reopen; the
// bonus multiplier table.
class KpiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;

    // Whether these arguments ask for a PDF, which needs a QGuiApplication to paint.
    static bool paints(const QStringList &arguments);

private:
    int report(CliContext &context, const QCommandLineParser &parser) const;
    int closeOrReopen(CliContext &context, const QCommandLineParser &parser, bool close) const;
    int bonusTable(CliContext &context, const QCommandLineParser &parser) const;
};

} // namespace qadesk::cli
