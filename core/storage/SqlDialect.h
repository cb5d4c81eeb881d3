#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>
#include <QStringList>

namespace qadesk {

// The few places where SQLite and PostgreSQL need different SQL. Everything else in
// core/storage is written once and runs on both.
class SqlDialect final
{
public:
    explicit SqlDialect(DatabaseUrl::Kind kind)
        : m_kind(kind)
    {
    }

    [[nodiscard]] DatabaseUrl::Kind kind() const { return m_kind; }
    [[nodiscard]] QString driverName() const;
    // An auto-increment 64-bit primary key column definition.
    [[nodiscard]] QString idColumn() const;
    // Statements that make `table` append-only: UPDATE and DELETE are refused by the engine.
    [[nodiscard]] QStringList appendOnly(const QString &table) const;
    // Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE): with a
    // second connection writing (the sync's writer thread), a deferred transaction that read
    // first could not upgrade to writing and would fail at once instead of waiting.
    [[nodiscard]] QString beginTransaction() const;
    // Expands the @ID@ and @APPEND_ONLY(table) markers of a migration file into statements.
    [[nodiscard]] QStringList expandMigration(const QString &script) const;

private:
    DatabaseUrl::Kind m_kind;
};

} // namespace qadesk
