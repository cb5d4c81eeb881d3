#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace qadesk {
class Database;
}

namespace qadesk::cli {

// The person a command acts as (`--as EMAIL`). Services decide what that person may do; an
// unknown email is bad input, no --as gives id 0 ("nobody"), which services refuse where a
// role matters.
class ActingPerson final
{
    Q_DECLARE_TR_FUNCTIONS(ActingPerson)

public:
    static void addOption(QCommandLineParser &parser);
    static Result<qint64> resolve(Database &db, const QCommandLineParser &parser);
};

} // namespace qadesk::cli
