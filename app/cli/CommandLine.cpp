#include "CommandLine.h"

#include "cli/AssignmentsCommand.h"
#include "cli/CliContext.h"
#include "cli/DemoCommand.h"
#include "cli/DisputesCommand.h"
#include "cli/EvaluationsCommand.h"
#include "cli/PeopleCommand.h"
#include "cli/KpiCommand.h"
#include "cli/MailCommand.h"
#include "cli/ScoreCommand.h"
#include "cli/ScorecardsCommand.h"
#include "cli/SourcesCommand.h"
#include "cli/SyncCommand.h"
#include "cli/TicketsCommand.h"

#include <QCommandLineParser>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ScoreCommand>());
    list.push_back(std::make_unique<ScorecardsCommand>());
    list.push_back(std::make_unique<EvaluationsCommand>());
    list.push_back(std::make_unique<DisputesCommand>());
    list.push_back(std::make_unique<TicketsCommand>());
    list.push_back(std::make_unique<SourcesCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    list.push_back(std::make_unique<PeopleCommand>());
    list.push_back(std::make_unique<AssignmentsCommand>());
    list.push_back(std::make_unique<KpiCommand>());
    list.push_back(std::make_unique<MailCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    return list;
}

QString usageLines(const QList<Command::Usage> &usages, qsizetype width)
{
    QString text;
    for (const Command::Usage &u : usages)
        text += u"  qadesk "_s + u.usage.leftJustified(width) + u"  "_s + u.description + u'\n';
    return text;
}

QString generalHelp(const std::vector<std::unique_ptr<Command>> &list)
{
    QString text = CommandLine::tr("Usage: qadesk [--db URL] [COMMAND ...]\n\n"
                                   "Without a command QA Desk starts its window.\n\nCommands:\n");
    qsizetype width = 0;
    for (const auto &command : list) {
        for (const Command::Usage &u : command->usages())
            width = std::max(width, u.usage.size());
    }
    for (const auto &command : list)
        text += usageLines(command->usages(), width);
    text += CommandLine::tr("\nOptions for every command:\n"
                            "  --db URL     sqlite:/path/file.qadesk or postgresql://user@host:port/db\n"
                            "               (default: $QADESK_DB, else the demo workspace in your data folder)\n"
                            "  --json       print JSON instead of a table\n"
                            "  --version    print the version\n"
                            "  -h, --help   this help; 'qadesk COMMAND --help' for one command\n\n"
                            "Exit codes: 0 success, 2 bad input, 1 any other failure.\n");
    return text;
}

} // namespace

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    // The window takes --db URL, --screenshot FILE and Qt's own options; anything else (a
    // command, --version, --help, a mistyped option) is answered on the terminal.
    static const QStringList windowOptionsWithValue{u"--db"_s, u"--screenshot"_s, u"--as"_s, u"-platform"_s, u"-style"_s,
                                                    u"-qwindowgeometry"_s, u"-qwindowtitle"_s, u"-qwindowicon"_s,
                                                    u"-platformtheme"_s, u"-plugin"_s, u"-display"_s};
    static const QStringList windowFlags{u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (windowOptionsWithValue.contains(arg)) {
            ++i; // its value
            continue;
        }
        if (arg.startsWith(u"--db="_s) || arg.startsWith(u"--screenshot="_s) || arg.startsWith(u"--as="_s)
            || windowFlags.contains(arg))
            continue;
        return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto list = commands();

    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        out << "qadesk " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    // The command is the first positional argument; --db VALUE may stand before it.
    QString commandName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--db"_s) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(u'-')) {
            commandName = arguments.at(i);
            break;
        }
    }
    if (commandName.isEmpty()) {
        const bool askedForHelp = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        if (!askedForHelp) {
            const auto option = std::find_if(arguments.begin() + 1, arguments.end(),
                                             [](const QString &a) { return a.startsWith(u'-') && a != u"--json"_s; });
            err << (option != arguments.end() ? tr("qadesk: unknown option \"%1\"").arg(*option)
                                              : tr("qadesk: which command?"))
                << Qt::endl << Qt::endl;
        }
        (askedForHelp ? out : err) << generalHelp(list);
        return askedForHelp ? Success : BadInput;
    }
    const auto found = std::find_if(list.begin(), list.end(), [&](const auto &c) { return c->name() == commandName; });
    if (found == list.end()) {
        err << tr("qadesk: unknown command \"%1\"").arg(commandName) << Qt::endl << Qt::endl << generalHelp(list);
        return BadInput;
    }
    const Command &command = **found;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"db"_s, tr("The workspace database URL."), tr("url")});
    parser.addOption({u"json"_s, tr("Print JSON.")});
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    command.addOptions(parser);
    if (!parser.parse(arguments)) {
        err << "qadesk " << command.name() << ": " << parser.errorText() << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(help)) {
        qsizetype width = 0;
        for (const Command::Usage &u : command.usages())
            width = std::max(width, u.usage.size());
        out << tr("Usage:") << Qt::endl << usageLines(command.usages(), width) << Qt::endl
            << parser.helpText().section(u'\n', 2);
        return Success;
    }
    CliContext context(out, err, parser.value(u"db"_s));
    return command.run(context, parser);
}

} // namespace qadesk::cli
