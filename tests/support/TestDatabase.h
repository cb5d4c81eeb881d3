#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace qadesk::test {

enum class Backend { Sqlite, Postgres };

inline const char *backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "sqlite" : "postgresql";
}

// A fresh, migrated workspace database on the given engine, removed with the object.
class TestDatabase final
{
public:
    explicit TestDatabase(Backend backend);

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] const QString &url() const { return m_url; }
    // Opens a second connection to the same database (as another thread or process would).
    std::unique_ptr<Database> reopen() const;

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

} // namespace qadesk::test
