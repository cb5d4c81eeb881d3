#pragma once

#include <QString>

namespace qadesk::test {

// A throwaway PostgreSQL cluster on 127.0.0.1 for the tests of this process: made with
// Debian's initdb/pg_ctl in a temporary folder on a free port, trust authentication on the
// loopback only, started on first use and removed when the process ends. As root (CI), the
// server runs as the `postgres` user, since PostgreSQL refuses to run as root.
class PostgresServer final
{
public:
    // The running server, started on first call; fails the test run when it cannot start.
    static PostgresServer &instance();
    // Stops and removes the server if this process started one (called before Qt shuts down).
    static void shutdown();

    // A new empty database on the server, as a postgresql:// URL.
    QString createDatabase();
    [[nodiscard]] int port() const { return m_port; }

    ~PostgresServer();

private:
    PostgresServer();
    void start();

    QString m_binDir;
    QString m_dataDir;
    QString m_baseDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    int m_databases = 0;
};

} // namespace qadesk::test
