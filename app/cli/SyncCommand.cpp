#include "SyncCommand.h"

#include "cli/CliContext.h"
#include "common/IsoTime.h"
#include "helpdesk/ConnectorFactory.h"
#include "helpdesk/KeychainTokenVault.h"
#include "helpdesk/TokenLookup.h"
#include "helpdesk/SyncEngine.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString SyncCommand::name() const
{
    return u"sync"_s;
}

QList<Command::Usage> SyncCommand::usages() const
{
    return {{u"sync [--source NAME] [--since DATE]"_s, tr("pull changed tickets from the helpdesks (exit 0 only when done)")}};
}

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"source"_s, tr("Sync only this source."), tr("name")});
    parser.addOption({u"since"_s, tr("On a first sync, start from this date (YYYY-MM-DD)."), tr("date")});
}

int SyncCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.badUsage(tr("sync takes options only"));
    QDateTime since;
    if (parser.isSet(u"since"_s)) {
        since = IsoTime::fromText(parser.value(u"since"_s) + u"T00:00:00Z"_s);
        if (!since.isValid())
            return context.fail(Error::invalid(tr("--since: expected a date such as 2026-10-01")));
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<QList<Source>> all = SourceStore(**db).list();
    if (!all)
        return context.fail(all.error());
    QList<Source> sources;
    for (const Source &s : *all) {
        if (parser.isSet(u"source"_s) ? s.name == parser.value(u"source"_s)
                                      : ConnectorFactory::supportedKinds().contains(s.kind))
            sources.append(s);
    }
    if (sources.isEmpty())
        return context.fail(Error::invalid(parser.isSet(u"source"_s)
                                               ? tr("no source named \"%1\"").arg(parser.value(u"source"_s))
                                               : tr("no source to sync; add one with 'qadesk sources add'")));

    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    HttpClient http;
    QObject::connect(&http, &HttpClient::retrying, &http, [&context](const QUrl &url, int attempt, int delayMs,
                                                                     const QString &reason) {
        context.err() << tr("retrying %1 (attempt %2 in %3 s): %4")
                             .arg(url.host())
                             .arg(attempt)
                             .arg(delayMs / 1000.0, 0, 'f', 1)
                             .arg(reason)
                      << Qt::endl;
    });
    int code = Success;
    KeychainTokenVault vault; // asked only for a source without a token variable
    for (const Source &source : std::as_const(sources)) {
        const Result<QString> token = TokenLookup::resolve(source, vault);
        if (!token) {
            code = context.fail(token.error());
            continue;
        }
        auto connector = ConnectorFactory::create(source, *token, http, since);
        if (!connector) {
            code = context.fail(connector.error());
            continue;
        }
        SyncEngine engine(**db, **connector, source.name);
        QObject::connect(&engine, &SyncEngine::progress, &engine, [&](const SyncEngine::Stats &s) {
            const QString line = tr("%1: %2").arg(source.name, SyncEngine::progressText(s));
            if (terminal)
                context.out() << "\r\x1b[K" << line << Qt::flush; // the line is rewritten in place
            else
                context.out() << line << Qt::endl;
        });
        QObject::connect(&engine, &SyncEngine::finished, &engine, [&](bool ok, const QString &message) {
            if (terminal)
                context.out() << Qt::endl;
            if (ok) {
                context.out() << message << Qt::endl;
            } else {
                context.err() << "qadesk: " << message << Qt::endl;
                code = Failure;
            }
            QCoreApplication::exit();
        });
        engine.start();
        if (engine.isRunning())
            QCoreApplication::exec(); // the application's one event loop, until this source is done
    }
    return code;
}

} // namespace qadesk::cli
