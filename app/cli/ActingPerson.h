#pragma once

#include "common/Error.h"

#include <QCoreApplication>

#include <optional>

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
    // Who imports (`what`: "scorecards import", …). Without --as an import is allowed only while
    // the workspace is being set up (nobody is a QA admin yet; the audit log then names nobody);
    // once there is an admin, --as must name who imports, and the services check their role.
    static Result<std::optional<qint64>> importer(Database &db, const QCommandLineParser &parser, const QString &what);
};

} // namespace qadesk::cli
