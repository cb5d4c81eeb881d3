#include "SourcesCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "helpdesk/ConnectorFactory.h"
#include "helpdesk/KeychainTokenVault.h"
#include "helpdesk/TokenLookup.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

QStringList commaList(const QString &text)
{
    QStringList list;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            list.append(item.trimmed());
    return list;
}

QString tokenFrom(const Source &s)
{
    return s.tokenEnvironment.isEmpty() ? SourcesCommand::tr("keychain") : u"$"_s + s.tokenEnvironment;
}

} // namespace

QString SourcesCommand::name() const
{
    return u"sources"_s;
}

QList<Command::Usage> SourcesCommand::usages() const
{
    return {
        {u"sources add --kind KIND --name NAME --url URL [--user USER] (--token-env VAR | --token-stdin) [SETTINGS]"_s,
         tr("add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt); --token-stdin keeps the "
            "token in the system keychain")},
        {u"sources edit NAME [--name NEW] [--url URL] [--user USER] [--token-env VAR | --token-stdin] [SETTINGS]"_s,
         tr("change a source; SETTINGS: --statuses solved,closed --solved-from DATE --solved-to DATE --groups G1,G2 "
            "--tags T1,T2 (an empty value removes the limit), --agent HELPDESK_EMAIL=ENGINEER_EMAIL, "
            "--group-team GROUP=TEAM (repeatable; an empty right side removes the mapping)")},
        {u"sources list [--json]"_s, tr("the helpdesks of the workspace, their settings and where their sync stands")},
        {u"sources test NAME"_s, tr("check that the helpdesk answers and accepts the token")},
        {u"sources remove NAME"_s, tr("remove a source that has no tickets yet, and its token in the keychain")},
    };
}

void SourcesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"kind"_s, tr("The helpdesk: zendesk, freshdesk, zammad, omnidesk or rt."), tr("kind")});
    parser.addOption({u"name"_s, tr("A name for this source, e.g. support-main."), tr("name")});
    parser.addOption({u"url"_s, tr("The helpdesk's address, e.g. https://example.zendesk.com."), tr("url")});
    parser.addOption({u"user"_s, tr("The API user (Zendesk: the agent's email)."), tr("user")});
    parser.addOption({u"token-env"_s, tr("The environment variable that holds the API token."), tr("var")});
    parser.addOption({u"token-stdin"_s, tr("Read the API token from standard input and keep it in the system keychain.")});
    parser.addOption({u"statuses"_s, tr("Pull only tickets in these statuses (comma-separated)."), tr("list")});
    parser.addOption({u"solved-from"_s, tr("Pull only tickets solved on or after this day (YYYY-MM-DD)."), tr("date")});
    parser.addOption({u"solved-to"_s, tr("Pull only tickets solved on or before this day (YYYY-MM-DD)."), tr("date")});
    parser.addOption({u"groups"_s, tr("Pull only tickets of these helpdesk groups (comma-separated)."), tr("list")});
    parser.addOption({u"tags"_s, tr("Pull only tickets with one of these tags (comma-separated)."), tr("list")});
    parser.addOption({u"agent"_s, tr("Map a helpdesk agent's email to an engineer's email."), tr("from=to")});
    parser.addOption({u"group-team"_s, tr("Map a helpdesk group to a team of the workspace."), tr("group=team")});
}

int SourcesCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action == u"add"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("sources add takes options only"));
        return add(context, parser);
    }
    if (action == u"list"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("sources list takes no arguments"));
        return list(context, parser);
    }
    if (action == u"test"_s || action == u"edit"_s || action == u"remove"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("sources %1 needs exactly one source name").arg(action));
        if (action == u"test"_s)
            return test(context, args.at(2));
        if (action == u"edit"_s)
            return edit(context, parser, args.at(2));
        return remove(context, args.at(2));
    }
    return context.badUsage(tr("sources needs one of: add, edit, list, test, remove"));
}

Result<QString> SourcesCommand::readTokenFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::unexpected(Error::io(tr("--token-stdin: cannot read standard input")));
    const QString token = QString::fromUtf8(in.readAll()).trimmed();
    if (token.isEmpty())
        return std::unexpected(Error::invalid(tr("--token-stdin: standard input holds no token")));
    return token;
}

Status SourcesCommand::applySettings(const QCommandLineParser &parser, Source &source)
{
    SourceSettings &s = source.settings;
    if (parser.isSet(u"statuses"_s))
        s.statuses = commaList(parser.value(u"statuses"_s));
    if (parser.isSet(u"groups"_s))
        s.groups = commaList(parser.value(u"groups"_s));
    if (parser.isSet(u"tags"_s))
        s.tags = commaList(parser.value(u"tags"_s));
    for (const QString &option : {u"solved-from"_s, u"solved-to"_s}) {
        if (!parser.isSet(option))
            continue;
        const QString text = parser.value(option).trimmed();
        const QDate day = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !day.isValid())
            return std::unexpected(Error::invalid(tr("--%1: expected a date such as 2026-10-01").arg(option)));
        (option == u"solved-from"_s ? s.solvedFrom : s.solvedTo) = day;
    }
    if (s.solvedFrom.isValid() && s.solvedTo.isValid() && s.solvedTo < s.solvedFrom)
        return std::unexpected(Error::invalid(tr("--solved-to: is before --solved-from")));
    for (const QString &pair : parser.values(u"agent"_s)) {
        const QString from = pair.section(u'=', 0, 0).trimmed().toLower();
        const QString to = pair.section(u'=', 1).trimmed();
        if (!pair.contains(u'=') || !from.contains(u'@') || (!to.isEmpty() && !to.contains(u'@')))
            return std::unexpected(Error::invalid(
                tr("--agent \"%1\": expected HELPDESK_EMAIL=ENGINEER_EMAIL").arg(pair)));
        if (to.isEmpty())
            s.agentEmails.remove(from);
        else
            s.agentEmails.insert(from, to);
    }
    for (const QString &pair : parser.values(u"group-team"_s)) {
        const QString group = pair.section(u'=', 0, 0).trimmed();
        const QString team = pair.section(u'=', 1).trimmed();
        if (!pair.contains(u'=') || group.isEmpty())
            return std::unexpected(Error::invalid(tr("--group-team \"%1\": expected GROUP=TEAM").arg(pair)));
        if (team.isEmpty())
            s.groupTeams.remove(group);
        else
            s.groupTeams.insert(group, team);
    }
    return {};
}

int SourcesCommand::add(CliContext &context, const QCommandLineParser &parser) const
{
    static const QStringList kinds{u"zendesk"_s, u"freshdesk"_s, u"zammad"_s, u"omnidesk"_s, u"rt"_s};
    Source source;
    source.kind = parser.value(u"kind"_s);
    source.name = parser.value(u"name"_s).trimmed();
    source.baseUrl = parser.value(u"url"_s).trimmed();
    source.userName = parser.value(u"user"_s).trimmed();
    source.tokenEnvironment = parser.value(u"token-env"_s).trimmed();
    const bool tokenOnStdin = parser.isSet(u"token-stdin"_s);
    if (!kinds.contains(source.kind))
        return context.fail(Error::invalid(tr("--kind: must be one of %1").arg(kinds.join(u", "_s))));
    if (source.name.isEmpty())
        return context.fail(Error::invalid(tr("--name: is required")));
    if (source.userName.isEmpty() && source.kind == u"omnidesk"_s)
        return context.fail(Error::invalid(tr("--user: is required for omnidesk (the staff member's email)")));
    if (source.tokenEnvironment.isEmpty() == !tokenOnStdin)
        return context.fail(Error::invalid(
            tr("--token-env or --token-stdin: give exactly one (the variable that holds the API token, or the token "
               "on standard input for the system keychain)")));
    QString warning;
    if (const Status url = ConnectorFactory::checkUrl(source.baseUrl, &warning); !url)
        return context.fail(url.error().prefixed(u"--url"_s));
    if (const Status settings = applySettings(parser, source); !settings)
        return context.fail(settings.error());
    if (!warning.isEmpty())
        context.err() << "qadesk: " << tr("warning: %1").arg(warning) << Qt::endl;
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    SourceStore store(**db);
    const Result<std::optional<Source>> existing = store.find(source.name);
    if (!existing)
        return context.fail(existing.error());
    if (*existing)
        return context.fail(Error::invalid(tr("a source named \"%1\" already exists").arg(source.name)));
    if (tokenOnStdin) {
        const Result<QString> token = readTokenFromStdin();
        if (!token)
            return context.fail(token.error());
        KeychainTokenVault vault;
        if (const Status stored = TokenLookup::store(vault, source.name, *token); !stored)
            return context.fail(stored.error().prefixed(tr("--token-stdin")));
    }
    if (const Result<qint64> added = store.add(source); !added)
        return context.fail(added.error().code == Error::Code::Conflict ? Error::invalid(added.error().message)
                                                                        : added.error());
    context.out() << tr("Source \"%1\" added (%2, %3).").arg(source.name, source.kind, source.baseUrl) << Qt::endl;
    if (tokenOnStdin)
        context.out() << tr("The API token is in the system keychain.") << Qt::endl;
    return Success;
}

int SourcesCommand::edit(CliContext &context, const QCommandLineParser &parser, const QString &name) const
{
    if (parser.isSet(u"kind"_s))
        return context.fail(Error::invalid(tr("--kind: a source's helpdesk cannot change; add a new source")));
    if (parser.isSet(u"token-env"_s) && parser.isSet(u"token-stdin"_s))
        return context.fail(Error::invalid(tr("--token-env or --token-stdin: give at most one")));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    SourceStore store(**db);
    const Result<std::optional<Source>> found = store.find(name);
    if (!found)
        return context.fail(found.error());
    if (!*found)
        return context.fail(Error::notFound(tr("no source named \"%1\"").arg(name)));
    Source changed = **found;
    if (parser.isSet(u"name"_s))
        changed.name = parser.value(u"name"_s).trimmed();
    if (parser.isSet(u"user"_s))
        changed.userName = parser.value(u"user"_s).trimmed();
    if (parser.isSet(u"token-env"_s))
        changed.tokenEnvironment = parser.value(u"token-env"_s).trimmed();
    if (parser.isSet(u"token-stdin"_s))
        changed.tokenEnvironment.clear();
    QString warning;
    if (parser.isSet(u"url"_s)) {
        changed.baseUrl = parser.value(u"url"_s).trimmed();
        if (const Status url = ConnectorFactory::checkUrl(changed.baseUrl, &warning); !url)
            return context.fail(url.error().prefixed(u"--url"_s));
    }
    if (const Status settings = applySettings(parser, changed); !settings)
        return context.fail(settings.error());
    if (!warning.isEmpty())
        context.err() << "qadesk: " << tr("warning: %1").arg(warning) << Qt::endl;

    // A token kept in the keychain is filed under the source's name: it moves with a rename.
    KeychainTokenVault vault;
    const bool renamed = changed.name != name;
    QString token;
    if (parser.isSet(u"token-stdin"_s)) {
        const Result<QString> read = readTokenFromStdin();
        if (!read)
            return context.fail(read.error());
        token = *read;
    } else if (renamed && changed.tokenEnvironment.isEmpty()) {
        const Result<QString> kept = TokenLookup::resolve(**found, vault);
        if (!kept)
            return context.fail(kept.error().prefixed(tr("moving the API token to the new name")));
        token = *kept;
    }
    if (!token.isEmpty()) {
        if (const Status stored = TokenLookup::store(vault, changed.name, token); !stored)
            return context.fail(stored.error().prefixed(tr("storing the API token")));
    }
    if (const Status updated = store.update(name, changed); !updated)
        return context.fail(updated.error().code == Error::Code::Conflict ? Error::invalid(updated.error().message)
                                                                          : updated.error());
    if (renamed && (**found).tokenEnvironment.isEmpty())
        (void)TokenLookup::remove(vault, name); // the old entry; the new one is in place
    context.out() << tr("Source \"%1\" changed.").arg(changed.name) << Qt::endl;
    return Success;
}

int SourcesCommand::list(CliContext &context, const QCommandLineParser &parser) const
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    SourceStore store(**db);
    const Result<QList<Source>> sources = store.list();
    if (!sources)
        return context.fail(sources.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray json;
        for (const Source &s : *sources)
            json.append(QJsonObject{{u"name"_s, s.name},
                                    {u"kind"_s, s.kind},
                                    {u"url"_s, s.baseUrl},
                                    {u"user"_s, s.userName},
                                    {u"token_env"_s, s.tokenEnvironment},
                                    {u"token_in_keychain"_s, s.tokenEnvironment.isEmpty()},
                                    {u"settings"_s, s.settings.toJson()},
                                    {u"checkpoint"_s, store.checkpoint(s.name).value_or(QString())}});
        context.printJson(json);
        return Success;
    }
    TextTable table({tr("NAME"), tr("KIND"), tr("URL"), tr("USER"), tr("TOKEN FROM"), tr("PULLS"), tr("SYNCED")});
    for (const Source &s : *sources)
        table.addRow({s.name, s.kind, s.baseUrl, s.userName, tokenFrom(s),
                      s.settings.hasFilter() ? tr("filtered") : tr("all"),
                      store.checkpoint(s.name).value_or(QString()).isEmpty() ? tr("never") : tr("yes")});
    table.print(context.out(), tr("No sources yet: add one with 'qadesk sources add'."));
    return Success;
}

int SourcesCommand::test(CliContext &context, const QString &name) const
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<std::optional<Source>> source = SourceStore(**db).find(name);
    if (!source)
        return context.fail(source.error());
    if (!*source)
        return context.fail(Error::notFound(tr("no source named \"%1\"").arg(name)));
    KeychainTokenVault vault;
    const Result<QString> token = TokenLookup::resolve(**source, vault);
    if (!token)
        return context.fail(token.error());
    HttpClient http;
    auto connector = ConnectorFactory::create(**source, *token, http);
    if (!connector)
        return context.fail(connector.error());
    int code = Failure;
    (*connector)->testConnection([&](Status status) {
        if (status) {
            context.out() << tr("%1 answers and accepts the token.").arg((*source)->baseUrl) << Qt::endl;
            code = Success;
        } else {
            code = context.fail(status.error());
        }
        QCoreApplication::exit(code);
    });
    QCoreApplication::exec(); // the application's one event loop, until the answer
    return code;
}

int SourcesCommand::remove(CliContext &context, const QString &name) const
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    SourceStore store(**db);
    const Result<std::optional<Source>> source = store.find(name);
    if (!source)
        return context.fail(source.error());
    if (!*source)
        return context.fail(Error::notFound(tr("no source named \"%1\"").arg(name)));
    if (const Status removed = store.remove(name); !removed)
        return context.fail(removed.error().code == Error::Code::Conflict ? Error::invalid(removed.error().message)
                                                                          : removed.error());
    context.out() << tr("Source \"%1\" removed.").arg(name) << Qt::endl;
    if ((*source)->tokenEnvironment.isEmpty()) {
        KeychainTokenVault vault;
        if (const Status gone = TokenLookup::remove(vault, name); !gone)
            context.err() << "qadesk: " << tr("warning: the API token may still be in the system keychain: %1")
                                               .arg(gone.error().message)
                          << Qt::endl;
    }
    return Success;
}

} // namespace qadesk::cli
