#include "TicketsCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "domain/DomainJson.h"
#include "storage/Database.h"
#include "common/FileReader.h"
#include "helpdesk/TicketBatchWriter.h"
#include "helpdesk/ZendeskExportParser.h"
#include "storage/SourceStore.h"
#include "storage/TicketStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

QString TicketsCommand::name() const
{
    return u"tickets"_s;
}

QList<Command::Usage> TicketsCommand::usages() const
{
    return {
        {u"tickets import FILE --source NAME [--base-url URL]"_s,
         tr("import a helpdesk export saved as JSON (Zendesk export shape)")},
        {u"tickets list [--json]"_s, tr("the tickets of the workspace, newest first")},
        {u"tickets show ID [--json]"_s, tr("one ticket with its conversation (ID: workspace id, helpdesk id or SOURCE:ID)")},
    };
}

void TicketsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"source"_s, tr("The source the imported tickets belong to."), tr("name")});
    parser.addOption({u"base-url"_s, tr("The helpdesk's address, for links back to its tickets."), tr("url")});
}

int TicketsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action == u"import"_s) {
        if (args.size() != 3)
            return context.badUsage(tr("tickets import needs exactly one file"));
        const QString source = parser.value(u"source"_s).trimmed();
        if (source.isEmpty())
            return context.fail(Error::invalid(tr("--source: is required (the name the tickets are kept under)")));
        const Result<QByteArray> bytes = FileReader::read(args.at(2));
        if (!bytes)
            return context.fail(bytes.error());
        const Result<QList<Ticket>> tickets =
            ZendeskExportParser::parse(*bytes, {source, parser.value(u"base-url"_s).trimmed()});
        if (!tickets)
            return context.fail(tickets.error().prefixed(args.at(2)));
        auto db = context.openDatabase();
        if (!db)
            return context.fail(db.error());
        int written = 0;
        const Status stored = (*db)->transaction([&]() -> Status {
            if (const Result<qint64> id = SourceStore(**db).ensure(source, u"file"_s, parser.value(u"base-url"_s)); !id)
                return std::unexpected(id.error());
            const Result<int> count = TicketBatchWriter(**db).write(*tickets, args.at(2));
            if (!count)
                return std::unexpected(count.error());
            written = *count;
            return {};
        });
        if (!stored)
            return context.fail(stored.error());
        context.out() << tr("Imported %n ticket(s) into source \"%1\".", nullptr, written).arg(source) << Qt::endl;
        return Success;
    }
    if (action != u"list"_s && action != u"show"_s)
        return context.badUsage(tr("tickets needs one of: import, list, show"));
    if (action == u"list"_s && args.size() != 2)
        return context.badUsage(tr("tickets list takes no arguments"));
    if (action == u"show"_s && args.size() != 3)
        return context.badUsage(tr("tickets show needs exactly one ticket id"));

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    TicketStore store(**db);

    if (action == u"list"_s) {
        const Result<QList<Ticket>> tickets = store.list();
        if (!tickets)
            return context.fail(tickets.error());
        if (parser.isSet(u"json"_s)) {
            QJsonArray json;
            for (const Ticket &t : *tickets)
                json.append(DomainJson::ticket(t, false));
            context.printJson(json);
            return Success;
        }
        TextTable table({tr("ID"), tr("SOURCE"), tr("EXTERNAL"), tr("SOLVED"), tr("TEAM"), tr("ASSIGNEE"),
                         tr("MESSAGES"), tr("SUBJECT")});
        for (const Ticket &t : *tickets)
            table.addRow({QString::number(t.id), t.sourceName, t.externalId, t.solvedAt.toUTC().toString(u"yyyy-MM-dd"_s),
                          t.team, t.assigneeEmail, QString::number(t.messageCount),
                          t.stub ? tr("(not synced yet)") : t.subject});
        table.print(context.out(), tr("No tickets yet."));
        return Success;
    }

    // show: the workspace id, else SOURCE:EXTERNAL or the helpdesk's id when it names one ticket
    const QString id = args.at(2);
    bool numeric = false;
    qint64 ticketId = id.toLongLong(&numeric);
    if (numeric) {
        const Result<std::optional<Ticket>> byId = store.get(ticketId);
        if (!byId)
            return context.fail(byId.error());
        numeric = byId->has_value();
    }
    if (!numeric) {
        const Result<QList<Ticket>> all = store.list();
        if (!all)
            return context.fail(all.error());
        QList<qint64> matches;
        for (const Ticket &t : *all) {
            if (t.externalId == id || t.sourceName + u':' + t.externalId == id)
                matches.append(t.id);
        }
        if (matches.size() != 1)
            return context.fail(Error::invalid(matches.isEmpty() ? tr("no ticket \"%1\"").arg(id)
                                                                 : tr("\"%1\" names tickets in several sources; "
                                                                      "write SOURCE:ID").arg(id)));
        ticketId = matches.first();
    }
    const Result<std::optional<Ticket>> ticket = store.get(ticketId);
    if (!ticket)
        return context.fail(ticket.error());
    if (!*ticket)
        return context.fail(Error::notFound(tr("no ticket with id %1").arg(id)));
    const Ticket &t = **ticket;
    if (parser.isSet(u"json"_s)) {
        context.printJson(DomainJson::ticket(t, true));
        return Success;
    }
    QTextStream &out = context.out();
    out << '#' << t.id << ' ' << t.subject << Qt::endl;
    out << tr("Source: %1 %2, status %3, channel %4, team %5, engineer %6")
               .arg(t.sourceName, t.externalId, t.status, t.channel, t.team, t.assigneeEmail)
        << Qt::endl;
    if (!t.url.isEmpty())
        out << t.url << Qt::endl;
    for (const Message &m : t.messages) {
        out << Qt::endl
            << "--- " << m.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) << ' ' << m.authorName << " ("
            << authorKindId(m.authorKind) << (m.isPublic ? QString() : u", "_s + tr("internal note")) << ')' << Qt::endl;
        out << m.bodyText.trimmed() << Qt::endl;
        for (const Attachment &a : m.attachments)
            out << "  [" << a.name << ", " << a.sizeBytes << " B]" << Qt::endl;
    }
    return Success;
}

} // namespace qadesk::cli
