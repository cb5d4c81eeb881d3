#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace qadesk::cli {

// qadesk people: list people and teams; an admin adds and changes people, their roles, teams
// and the teams each trainer may evaluate.
class PeopleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    QString name() const override;
    QList<Usage> usages() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace qadesk::cli
