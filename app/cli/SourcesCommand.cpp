#include "SourcesCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "helpdesk/ConnectorFactory.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString SourcesCommand::name() const
{
    return u"sources"_s;
}

QList<Command::Usage> SourcesCommand::usages() const
{
    return {
        {u"sources add --kind KIND --name NAME --url URL [--user USER] --token-env VAR"_s,
         tr("add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt)")},
        {u"sources list [--json]"_s, tr("the helpdesks of the workspace and where their sync stands")},
        {u"sources test NAME"_s, tr("check that the helpdesk answers and accepts the token")},
    };
}

void SourcesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"kind"_s, tr("The helpdesk: zendesk, freshdesk, zammad, omnidesk or rt."), tr("kind")});
    parser.addOption({u"name"_s, tr("A name for this source, e.g. support-main."), tr("name")});
    parser.addOption({u"url"_s, tr("The helpdesk's address, e.g. https://example.zendesk.com."), tr("url")});
    parser.addOption({u"user"_s, tr("The API user (Zendesk: the agent's email)."), tr("user")});
    parser.addOption({u"token-env"_s, tr("The environment variable that holds the API token."), tr("var")});
}

int SourcesCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action == u"add"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("sources add takes options only"));
        static const QStringList kinds{u"zendesk"_s, u"freshdesk"_s, u"zammad"_s, u"omnidesk"_s, u"rt"_s};
        Source source;
        source.kind = parser.value(u"kind"_s);
        source.name = parser.value(u"name"_s).trimmed();
        source.baseUrl = parser.value(u"url"_s).trimmed();
        source.userName = parser.value(u"user"_s).trimmed();
        source.tokenEnvironment = parser.value(u"token-env"_s).trimmed();
        if (!kinds.contains(source.kind))
            return context.fail(Error::invalid(tr("--kind: must be one of %1").arg(kinds.join(u", "_s))));
        if (source.name.isEmpty())
            return context.fail(Error::invalid(tr("--name: is required")));
        if (source.userName.isEmpty() && source.kind == u"omnidesk"_s)
            return context.fail(Error::invalid(tr("--user: is required for omnidesk (the staff member's email)")));
        if (source.tokenEnvironment.isEmpty())
            return context.fail(Error::invalid(tr("--token-env: is required (the variable that holds the API token)")));
        QString warning;
        if (const Status url = ConnectorFactory::checkUrl(source.baseUrl, &warning); !url)
            return context.fail(url.error());
        if (!warning.isEmpty())
            context.err() << "qadesk: " << tr("warning: %1").arg(warning) << Qt::endl;
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        if (const Result<qint64> added = SourceStore(**db).add(source); !added)
            return context.fail(added.error().code == Error::Code::Conflict ? Error::invalid(added.error().message)
                                                                            : added.error());
        context.out() << tr("Source \"%1\" added (%2, %3).").arg(source.name, source.kind, source.baseUrl) << Qt::endl;
        if (!ConnectorFactory::supportedKinds().contains(source.kind))
            context.out() << tr("Syncing from %1 is not available yet in this version.").arg(source.kind) << Qt::endl;
        return Success;
    }
    if (action == u"list"_s) {
        if (args.size() != 2)
            return context.badUsage(tr("sources list takes no arguments"));
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
                json.append(QJsonObject{{u"name"_s, s.name}, {u"kind"_s, s.kind}, {u"url"_s, s.baseUrl},
                                        {u"user"_s, s.userName}, {u"token_env"_s, s.tokenEnvironment},
                                        {u"checkpoint"_s, store.checkpoint(s.name).value_or(QString())}});
            context.printJson(json);
            return Success;
        }
        TextTable table({tr("NAME"), tr("KIND"), tr("URL"), tr("USER"), tr("TOKEN FROM"), tr("SYNCED")});
        for (const Source &s : *sources)
            table.addRow({s.name, s.kind, s.baseUrl, s.userName,
                          s.tokenEnvironment.isEmpty() ? QString() : u"$"_s + s.tokenEnvironment,
                          store.checkpoint(s.name).value_or(QString()).isEmpty() ? tr("never") : tr("yes")});
        table.print(context.out(), tr("No sources yet: add one with 'qadesk sources add'."));
        return Success;
    }
    if (action == u"test"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("sources test needs exactly one source name"));
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        const Result<std::optional<Source>> source = SourceStore(**db).find(args.at(2));
        if (!source)
            return context.fail(source.error());
        if (!*source)
            return context.fail(Error::notFound(tr("no source named \"%1\"").arg(args.at(2))));
        HttpClient http;
        auto connector = ConnectorFactory::create(**source, http);
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
    return context.badUsage(tr("sources needs one of: add, list, test"));
}

} // namespace qadesk::cli
