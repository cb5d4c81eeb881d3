#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

class ScorecardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardsCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;

private:
    int runDiff(CliContext &context, const QCommandLineParser &parser) const;
    int runAdmin(CliContext &context, const QCommandLineParser &parser) const;
    int runWhatIf(CliContext &context, const QCommandLineParser &parser) const;
};

} // namespace qadesk::cli
