#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;

namespace qadesk::cli {

class CliContext;

// One top-level command of `qadesk` (score, scorecards, evaluations, tickets, demo).
class Command
{
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    struct Usage
    {
        QString usage;          // "scorecards list [--json]"
        QString description;    // translated
    };
    [[nodiscard]] virtual QList<Usage> usages() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // positional arguments start with the command's name
    virtual int run(CliContext &context, const QCommandLineParser &parser) const = 0;
};

} // namespace qadesk::cli
