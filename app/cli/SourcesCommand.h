#pragma once

#include "cli/Command.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace qadesk {
struct Source;
}

namespace qadesk::cli {

class SourcesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;

private:
    int add(CliContext &context, const QCommandLineParser &parser) const;
    int list(CliContext &context, const QCommandLineParser &parser) const;
    int test(CliContext &context, const QString &name) const;
    int edit(CliContext &context, const QCommandLineParser &parser, const QString &name) const;
    int remove(CliContext &context, const QString &name) const;
    // The per-source settings options (--statuses, --agent, …) applied to `source`.
    static Status applySettings(const QCommandLineParser &parser, Source &source);
    // The token given on standard input (--token-stdin), without its line end.
    static Result<QString> readTokenFromStdin();
};

} // namespace qadesk::cli
