#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

class SourcesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace qadesk::cli
