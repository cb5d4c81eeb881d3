#include "SourceStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr QStringView selectSources = u"SELECT id, name, kind, base_url, user_name, settings_json FROM sources ";

Source readSource(const QSqlQuery &q)
{
    const QJsonObject settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), settings.value(u"token_env"_s).toString()};
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

Result<qint64> SourceStore::add(const Source &source)
{
    const Result<std::optional<Source>> existing = find(source.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(Error{Error::Code::Conflict, tr("a source named \"%1\" already exists").arg(source.name)});
    QJsonObject settings;
    if (!source.tokenEnvironment.isEmpty())
        settings.insert(u"token_env"_s, source.tokenEnvironment);
    return m_db.insert(
        u"INSERT INTO sources (name, kind, base_url, user_name, settings_json, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        u"RETURNING id"_s,
        {source.name, source.kind, source.baseUrl, source.userName,
         QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), IsoTime::nowText()});
}

Status SourceStore::remove(const QString &name)
{
    Result<QSqlQuery> used = m_db.run(
        u"SELECT COUNT(*) FROM tickets t JOIN sources s ON s.id = t.source_id WHERE s.name = ?"_s, {name});
    if (!used)
        return std::unexpected(used.error());
    const int tickets = used->next() ? used->value(0).toInt() : 0;
    if (tickets > 0)
        return std::unexpected(Error{Error::Code::Conflict,
                                     tr("source \"%1\" has %2 ticket(s) in this workspace and is kept; evaluations "
                                        "refer to them").arg(name).arg(tickets)});
    const auto done = m_db.run(u"DELETE FROM sources WHERE name = ?"_s, {name});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QString> SourceStore::checkpoint(const QString &name)
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT st.checkpoint FROM sync_state st JOIN sources s ON s.id = st.source_id WHERE s.name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Status SourceStore::setCheckpoint(const QString &name, const QString &checkpoint)
{
    const Result<std::optional<Source>> source = find(name);
    if (!source)
        return std::unexpected(source.error());
    if (!*source)
        return std::unexpected(Error::notFound(tr("no source named \"%1\"").arg(name)));
    const auto done = m_db.run(
        u"INSERT INTO sync_state (source_id, checkpoint, updated_at) VALUES (?, ?, ?) "
        u"ON CONFLICT (source_id) DO UPDATE SET checkpoint = excluded.checkpoint, updated_at = excluded.updated_at"_s,
        {(*source)->id, checkpoint, IsoTime::nowText()});
    if (!done)
        return std::unexpected(done.error());
    return {};
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
