#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

// qadesk assignments: plans, the weekly draw (with its seed), tasks, progress, and an admin's
// reassign and replace.
class AssignmentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentsCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace qadesk::cli
