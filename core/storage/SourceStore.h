#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

class Database;

// A helpdesk a workspace pulls tickets from. Secrets are never stored here.
struct Source
{
    qint64 id = 0;
    QString name;
    QString kind;          // zendesk, freshdesk, zammad, omnidesk, rt, file, manual
    QString baseUrl;
    QString userName;
};

class SourceStore final
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(Database &db)
        : m_db(db)
    {
    }

    // The source with this name, created with `kind` and `baseUrl` when unknown.
    Result<qint64> ensure(const QString &name, const QString &kind, const QString &baseUrl = {});
    Result<std::optional<Source>> find(const QString &name);
    Result<QList<Source>> list();

private:
    Database &m_db;
};

} // namespace qadesk
