#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace qadesk {

// Where a workspace lives: `sqlite:/path/file.qadesk` or `postgresql://user[:pw]@host[:port]/db`.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path;       // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    // The URL as it may be shown to a user or written to a log: never the password.
    [[nodiscard]] QString display() const;
    // A PostgreSQL URL with the password put in (percent-encoded); other URLs unchanged.
    static QString withPassword(const QString &url, const QString &password);
};

} // namespace qadesk
