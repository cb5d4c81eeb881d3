#include "CliContext.h"

#include "storage/Database.h"
#include "storage/WorkspaceLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

int CliContext::fail(const Error &error)
{
    for (const QString &line : error.message.split(u'\n'))
        m_err << "qadesk: " << line << Qt::endl;
    // Something the user named that does not exist is bad input too.
    return error.isInvalidInput() || error.code == Error::Code::NotFound ? BadInput : Failure;
}

int CliContext::badUsage(const QString &message)
{
    m_err << "qadesk: " << message << Qt::endl << tr("Try 'qadesk --help'.") << Qt::endl;
    return BadInput;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<std::unique_ptr<Database>> CliContext::openDatabase()
{
    return Database::open(WorkspaceLocation::resolve(m_databaseOption));
}

} // namespace qadesk::cli
