#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace qadesk {

class Database;

namespace cli {

enum ExitCode : int { Success = 0, Failure = 1, BadInput = 2 };

// What every command gets: the output streams, the database option and the rules for turning
// an error into a message on stderr and an exit code.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err, QString databaseOption)
        : m_out(out)
        , m_err(err)
        , m_databaseOption(std::move(databaseOption))
    {
    }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints the error and gives its exit code: 2 for bad input, 1 for anything else.
    int fail(const Error &error);
    int badUsage(const QString &message);
    void printJson(const QJsonValue &value);
    Result<std::unique_ptr<Database>> openDatabase();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databaseOption;
};

} // namespace cli
} // namespace qadesk
