#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace qadesk::cli {

// The `qadesk` command line: finds the command, parses its options, runs it and gives the exit
// code (0 success, 2 bad input, 1 any other failure).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether these arguments ask for a command rather than the GUI.
    static bool wantsCommand(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace qadesk::cli
