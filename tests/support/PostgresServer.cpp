#include "PostgresServer.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qadesk::test {

namespace {

QString findBinDir()
{
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

namespace {
std::unique_ptr<PostgresServer> &running()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}
} // namespace

PostgresServer &PostgresServer::instance()
{
    if (!running())
        running().reset(new PostgresServer);
    return *running();
}

void PostgresServer::shutdown()
{
    running().reset();
}

PostgresServer::PostgresServer()
{
    start();
}

void PostgresServer::start()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        FAIL("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql; "
             "scripts/test installs it)");
    m_asPostgresUser = ::geteuid() == 0;

    QTemporaryDir base(QDir::tempPath() + u"/qadesk-pg-XXXXXX"_s);
    base.setAutoRemove(false);
    REQUIRE(base.isValid());
    m_baseDir = base.path();
    m_dataDir = m_baseDir + u"/data"_s;
    QFile::setPermissions(m_baseDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                         | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup);

    auto runTool = [this](const QString &tool, const QStringList &args) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_baseDir);
        if (m_asPostgresUser)
            process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_binDir + u'/' + tool} + args);
        else
            process.start(m_binDir + u'/' + tool, args);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            const QString output = QString::fromLocal8Bit(process.readAll());
            FAIL(QString(tool + u" failed: "_s + output + process.errorString()).toStdString());
        }
    };

    runTool(u"initdb"_s, {u"-D"_s, m_dataDir, u"-U"_s, u"qadesk"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                          u"--locale=C"_s, u"--no-sync"_s});
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        REQUIRE(m_port > 0);
        QProcess process;
        const QStringList args{u"-D"_s, m_dataDir, u"-w"_s, u"-t"_s, u"60"_s, u"-l"_s, m_baseDir + u"/server.log"_s,
                               u"-o"_s,
                               u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"_s.arg(m_port).arg(m_baseDir),
                               u"start"_s};
        if (m_asPostgresUser)
            process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_binDir + u"/pg_ctl"_s} + args);
        else
            process.start(m_binDir + u"/pg_ctl"_s, args);
        process.waitForFinished(90000);
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return;
    }
    QFile log(m_baseDir + u"/server.log"_s);
    log.open(QIODevice::ReadOnly);
    FAIL(QString("PostgreSQL did not start: "_L1 + QString::fromLocal8Bit(log.readAll())).toStdString());
}

QString PostgresServer::createDatabase()
{
    const QString name = u"qadesk_test_%1"_s.arg(++m_databases);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"qadesk-test-admin"_s);
        admin.setHostName(u"127.0.0.1"_s);
        admin.setPort(m_port);
        admin.setUserName(u"qadesk"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open())
            FAIL(QString("cannot connect to the test PostgreSQL: "_L1 + admin.lastError().text()).toStdString());
        QSqlQuery query(admin);
        if (!query.exec(u"CREATE DATABASE "_s + name))
            FAIL(QString("CREATE DATABASE failed: "_L1 + query.lastError().text()).toStdString());
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"qadesk-test-admin"_s);
    return u"postgresql://qadesk@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
}

PostgresServer::~PostgresServer()
{
    if (m_dataDir.isEmpty())
        return;
    QProcess process;
    const QStringList args{u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s};
    if (m_asPostgresUser)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_binDir + u"/pg_ctl"_s} + args);
    else
        process.start(m_binDir + u"/pg_ctl"_s, args);
    process.waitForFinished(60000);
    QDir(m_baseDir).removeRecursively();
}

} // namespace qadesk::test
