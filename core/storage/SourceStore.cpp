#include "SourceStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr QStringView selectSources = u"SELECT id, name, kind, base_url, user_name FROM sources ";

Source readSource(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}
} // namespace

Result<qint64> SourceStore::ensure(const QString &name, const QString &kind, const QString &baseUrl)
{
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("a source needs a name")));
    const Result<std::optional<Source>> existing = find(name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return (*existing)->id;
    return m_db.insert(u"INSERT INTO sources (name, kind, base_url, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                       {name, kind, baseUrl, IsoTime::nowText()});
}

Result<std::optional<Source>> SourceStore::find(const QString &name)
{
    Result<QSqlQuery> query = m_db.run(selectSources.toString() + u"WHERE name = ?"_s, {name});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Source>();
    return std::optional(readSource(*query));
}

Result<QList<Source>> SourceStore::list()
{
    Result<QSqlQuery> query = m_db.run(selectSources.toString() + u"ORDER BY name"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Source> sources;
    while (query->next())
        sources.append(readSource(*query));
    return sources;
}

} // namespace qadesk
