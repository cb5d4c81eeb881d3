#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

// qadesk disputes open / accept / decline / assign / resolve / withdraw / list / show / window,
// acting as the person given by --as and under the same role rules as the window.
class DisputesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DisputesCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace qadesk::cli
