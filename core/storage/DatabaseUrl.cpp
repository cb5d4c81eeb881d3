#include "DatabaseUrl.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {
// A URL that failed to parse is shown without anything between "//" and "@".
QString redacted(const QString &text)
{
    const qsizetype scheme = text.indexOf(u"//"_s);
    const qsizetype at = text.indexOf(u'@');
    if (scheme < 0 || at < scheme)
        return text;
    return text.left(scheme + 2) + u"…"_s + text.mid(at);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"_s))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty())
            return std::unexpected(Error::invalid(tr("database URL \"%1\": the SQLite file path is missing").arg(text)));
        url.kind = Kind::Sqlite;
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::unexpected(Error::invalid(tr("database URL \"%1\": expected postgresql://user@host:port/database")
                                                      .arg(redacted(text))));
        url.kind = Kind::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        if (url.database.isEmpty())
            return std::unexpected(Error::invalid(tr("database URL \"%1\": the database name is missing").arg(url.display())));
        return url;
    }
    return std::unexpected(Error::invalid(
        tr("database URL \"%1\": must start with sqlite: or postgresql://").arg(text)));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return url;
}

QString DatabaseUrl::display() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:"_s + path;
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    return text + host + u':' + QString::number(port) + u'/' + database;
}

QString DatabaseUrl::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty() || !(url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)))
        return url;
    QUrl parsed(url, QUrl::StrictMode);
    parsed.setPassword(password);
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace qadesk
