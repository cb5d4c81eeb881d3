#include "SourceStore.h"

#include "common/IsoTime.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
constexpr QStringView selectSources = u"SELECT id, name, kind, base_url, user_name, settings_json FROM sources ";

Result<Source> readSource(const QSqlQuery &q)
{
    const QJsonObject settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    Source source{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString(), settings.value(u"token_env"_s).toString()};
    Result<SourceSettings> parsed = SourceSettings::fromJson(settings, SourceStore::tr("source \"%1\"").arg(source.name));
    if (!parsed)
        return std::unexpected(parsed.error());
    source.settings = std::move(*parsed);
    return source;
}

QJsonObject settingsJson(const Source &source)
{
    QJsonObject json = source.settings.toJson();
    if (!source.tokenEnvironment.isEmpty())
        json.insert(u"token_env"_s, source.tokenEnvironment);
    return json;
}

QJsonObject auditJson(const Source &source)
{
    return {{u"name"_s, source.name}, {u"url"_s, source.baseUrl}, {u"user"_s, source.userName},
            {u"settings"_s, settingsJson(source)}};
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
    const QJsonObject settings = settingsJson(source);
    return m_db.insert(
        u"INSERT INTO sources (name, kind, base_url, user_name, settings_json, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        u"RETURNING id"_s,
        {source.name, source.kind, source.baseUrl, source.userName,
         QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), IsoTime::nowText()});
}

Status SourceStore::update(const QString &name, const Source &changed, std::optional<qint64> actorId)
{
    if (changed.name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("a source needs a name")));
    return m_db.transaction([&]() -> Status {
        const Result<std::optional<Source>> existing = find(name);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return std::unexpected(Error::notFound(tr("no source named \"%1\"").arg(name)));
        if (changed.name != name) {
            const Result<std::optional<Source>> taken = find(changed.name);
            if (!taken)
                return std::unexpected(taken.error());
            if (*taken)
                return std::unexpected(
                    Error{Error::Code::Conflict, tr("a source named \"%1\" already exists").arg(changed.name)});
        }
        const auto done = m_db.run(
            u"UPDATE sources SET name = ?, base_url = ?, user_name = ?, settings_json = ? WHERE id = ?"_s,
            {changed.name, changed.baseUrl, changed.userName,
             QString::fromUtf8(QJsonDocument(settingsJson(changed)).toJson(QJsonDocument::Compact)), (*existing)->id});
        if (!done)
            return std::unexpected(done.error());
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = u"source.update"_s;
        entry.entity = u"source"_s;
        entry.entityId = QString::number((*existing)->id);
        entry.before = auditJson(**existing);
        entry.after = auditJson(changed);
        return AuditLog(m_db).append(entry);
    });
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
    Result<Source> source = readSource(*query);
    if (!source)
        return std::unexpected(source.error());
    return std::optional(std::move(*source));
}

Result<QList<Source>> SourceStore::list()
{
    Result<QSqlQuery> query = m_db.run(selectSources.toString() + u"ORDER BY name"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Source> sources;
    while (query->next()) {
        Result<Source> source = readSource(*query);
        if (!source)
            return std::unexpected(source.error());
        sources.append(std::move(*source));
    }
    return sources;
}

} // namespace qadesk
