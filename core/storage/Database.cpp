#include "Database.h"

#include "storage/Migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "qadesk.db", QtWarningMsg)

namespace qadesk {

namespace {
// Qt binds a null QString as SQL NULL; our text columns mean "" by it. A NULL is asked for with
// an empty QVariant (see nullableText and IsoTime::toDb).
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(int(i), u""_s);
        else
            query.bindValue(int(i), value);
    }
}

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}
} // namespace

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_dialect(m_url.kind)
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_prepared.clear(); // statements before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, int schemaVersion)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return std::unexpected(parsed.error());
    return open(*parsed, schemaVersion);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, int schemaVersion)
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"qadesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(url, name));
    if (const Status connected = database->connect(); !connected)
        return std::unexpected(connected.error());
    if (const Status migrated = Migrator::migrate(*database, schemaVersion); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

Status Database::connect()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return std::unexpected(Error::storage(
            tr("the Qt SQL driver %1 is not installed (Debian package %2)")
                .arg(m_dialect.driverName(),
                     m_url.kind == DatabaseUrl::Kind::Sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s)));

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(m_url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(Error::io(tr("%1: cannot create the folder").arg(file.absolutePath())));
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open())
        return std::unexpected(Error::storage(
            tr("cannot open the database %1: %2").arg(m_url.display(), sqlErrorText(db.lastError()))));

    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = NORMAL"_s}) {
            if (const auto done = run(pragma); !done)
                return std::unexpected(done.error());
        }
    } else {
        if (const auto done = run(u"SET client_min_messages TO WARNING"_s); !done)
            return std::unexpected(done.error());
    }
    qCDebug(lcDb) << "opened" << m_url.display();
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL or SET, so statements without values run directly; every
    // value is always bound, never spliced into the text.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return std::unexpected(Error::storage(tr("database error: %1").arg(sqlErrorText(query.lastError()))));
        return query;
    }
    if (!sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive))
        return runCached(sql, values);
    if (!query.prepare(sql))
        return std::unexpected(Error::storage(tr("cannot prepare a statement: %1").arg(sqlErrorText(query.lastError()))));
    bindAll(query, values);
    if (!query.exec())
        return std::unexpected(Error::storage(tr("database error: %1").arg(sqlErrorText(query.lastError()))));
    return query;
}

Result<QSqlQuery> Database::runCached(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return std::unexpected(
                Error::storage(tr("cannot prepare a statement: %1").arg(sqlErrorText(query.lastError()))));
        it = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = *it;
    query.finish();
    bindAll(query, values);
    if (!query.exec())
        return std::unexpected(Error::storage(tr("database error: %1").arg(sqlErrorText(query.lastError()))));
    return query;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::storage(tr("an insert returned no id")));
    const qint64 id = query->value(0).toLongLong();
    query->finish(); // a cached statement must not hold the database while it waits for reuse
    return id;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    {
        QSqlQuery begin(db);
        if (!begin.exec(m_dialect.beginTransaction()))
            return std::unexpected(
                Error::storage(tr("cannot start a transaction: %1").arg(sqlErrorText(begin.lastError()))));
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError());
        db.rollback();
        return std::unexpected(Error::storage(tr("cannot commit: %1").arg(why)));
    }
    return {};
}

Result<int> Database::schemaVersion()
{
    return Migrator::currentVersion(*this);
}

} // namespace qadesk
