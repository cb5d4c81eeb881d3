#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

// qadesk mail: preview a message, send what is due (for a scheduled job), look at the outbox,
// retry or cancel a message.
class MailCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MailCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;

private:
    int preview(CliContext &context, const QCommandLineParser &parser) const;
    int list(CliContext &context, const QCommandLineParser &parser) const;
    int sendPending(CliContext &context, const QCommandLineParser &parser) const;
    int digest(CliContext &context, const QCommandLineParser &parser) const;
    int change(CliContext &context, const QCommandLineParser &parser, bool retry) const;
};

} // namespace qadesk::cli
