#include "TestDatabase.h"

#include "PostgresServer.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace qadesk::test {

TestDatabase::TestDatabase(Backend backend)
{
    m_url = backend == Backend::Sqlite ? u"sqlite:"_s + m_dir.filePath(u"test.qadesk"_s)
                                       : PostgresServer::instance().createDatabase();
    m_db = reopen();
}

std::unique_ptr<Database> TestDatabase::reopen() const
{
    Result<std::unique_ptr<Database>> db = Database::open(m_url);
    if (!db)
        FAIL(QString("cannot open the test database "_L1 + m_url + u": "_s + db.error().message).toStdString());
    return std::move(*db);
}

} // namespace qadesk::test
