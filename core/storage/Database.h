#pragma once

#include "common/Error.h"
#include "storage/DatabaseUrl.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <QHash>

#include <functional>
#include <memory>

namespace qadesk {

// One open workspace database: a connection (used on the thread that opened it), its dialect,
// and the helpers every store uses to run bound statements and transactions.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Connects and brings the schema up to date; refuses a database newer than this build.
    // `schemaVersion` stops the migration at an older version (for migration tests).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, int schemaVersion = -1);
    static Result<std::unique_ptr<Database>> open(const QString &url, int schemaVersion = -1);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const;

    // Prepares `sql`, binds `values` in order and runs it.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    // Runs an INSERT … RETURNING id and gives the id.
    Result<qint64> insert(const QString &sql, const QVariantList &values = {});
    // Runs `work` inside one transaction: committed when it succeeds, rolled back when it
    // fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    Result<int> schemaVersion();

private:
    Database(DatabaseUrl url, QString connectionName);
    Status connect();
    // A write statement prepared once per connection and reused: a sync writes the same few
    // statements thousands of times. SELECTs are not cached (their results are read later).
    Result<QSqlQuery> runCached(const QString &sql, const QVariantList &values);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;
    QHash<QString, QSqlQuery> m_prepared;
};

// SQL NULL for a null string, the text otherwise. (A null QString bound through run() is
// written as an empty string: only an empty QVariant means NULL.)
QVariant nullableText(const QString &text);

} // namespace qadesk
