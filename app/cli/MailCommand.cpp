#include "MailCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "common/IsoTime.h"
#include "helpdesk/KeychainTokenVault.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "mail/MimeMessage.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

Result<qint64> actorId(Database &db, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"as"_s))
        return std::unexpected(Error::invalid(MailCommand::tr("--as: name the QA admin acting (an email)")));
    const Result<std::optional<Person>> person = PeopleStore(db).findByEmail(parser.value(u"as"_s));
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::unexpected(Error::invalid(MailCommand::tr("--as: no person %1").arg(parser.value(u"as"_s))));
    return (*person)->id;
}

QJsonObject messageJson(const OutboxMessage &m, bool bodies)
{
    QJsonObject json{{u"id"_s, m.id},
                     {u"kind"_s, m.kind},
                     {u"entity"_s, m.entity},
                     {u"entity_id"_s, m.entityId},
                     {u"to"_s, m.recipient},
                     {u"to_name"_s, m.recipientName},
                     {u"language"_s, m.language},
                     {u"message_id"_s, m.messageId},
                     {u"subject"_s, m.subject},
                     {u"status"_s, outboxStatusId(m.status)},
                     {u"attempts"_s, m.attempts},
                     {u"created_at"_s, IsoTime::toText(m.createdAt)},
                     {u"not_before"_s, IsoTime::toText(m.notBefore)},
                     {u"sent_at"_s, IsoTime::toText(m.sentAt)},
                     {u"last_error"_s, m.lastError}};
    if (bodies) {
        json.insert(u"text"_s, m.bodyText);
        json.insert(u"html"_s, m.bodyHtml);
    }
    return json;
}

} // namespace

QString MailCommand::name() const
{
    return u"mail"_s;
}

QList<Command::Usage> MailCommand::usages() const
{
    return {
        {u"mail preview EVALUATION [--mime]"_s, tr("print the message the engineer gets for an evaluation")},
        {u"mail send-pending [--password-env VAR]"_s, tr("send the queued mail that is due (for a scheduled job)")},
        {u"mail list --as EMAIL [--status S]"_s, tr("the outbox: queued, failed and sent messages (QA admin)")},
        {u"mail retry|cancel ID --as EMAIL"_s, tr("send a failed message again, or drop a queued one (QA admin)")},
        {u"mail digest --person EMAIL|--team SLUG [--hour H] [--off] [--weekly-kpi] [--inherit] --as EMAIL"_s,
         tr("one message a day at hour H instead of one per evaluation; team leads' weekly KPI mail; "
            "--inherit drops the choice (a person follows their team again)")},
    };
}

void MailCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"as"_s, tr("The acting person (email)."), tr("email")});
    parser.addOption({u"mime"_s, tr("Print the message as it goes over SMTP.")});
    parser.addOption({u"status"_s, tr("Only messages in this state (queued, sending, sent, failed, uncertain, "
                                       "cancelled, held, digested)."),
                      tr("status")});
    parser.addOption({u"person"_s, tr("The person whose mail preference changes."), tr("email")});
    parser.addOption({u"team"_s, tr("The team whose mail preference changes."), tr("slug")});
    parser.addOption({u"hour"_s, tr("The digest hour, 0-23 (local time; default 17)."), tr("hour")});
    parser.addOption({u"off"_s, tr("One message per evaluation again (no digest).")});
    parser.addOption({u"weekly-kpi"_s, tr("A team lead also gets the team's KPI every Monday.")});
    parser.addOption({u"inherit"_s, tr("Drop the person's (or team's) own choice: the team's (or the default) "
                                        "applies again.")});
    parser.addOption({u"password-env"_s, tr("The environment variable with the SMTP password "
                                             "(default: the one named in the mail settings)."),
                      tr("var")});
}

int MailCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QString action = parser.positionalArguments().value(1);
    if (action == u"preview"_s)
        return preview(context, parser);
    if (action == u"list"_s)
        return list(context, parser);
    if (action == u"send-pending"_s)
        return sendPending(context, parser);
    if (action == u"digest"_s)
        return digest(context, parser);
    if (action == u"retry"_s || action == u"cancel"_s)
        return change(context, parser, action == u"retry"_s);
    return context.badUsage(tr("mail needs one of: preview, send-pending, list, retry, cancel"));
}

int MailCommand::preview(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.badUsage(tr("mail preview needs one evaluation id"));
    bool ok = false;
    const qint64 evaluationId = args.at(2).toLongLong(&ok);
    if (!ok || evaluationId <= 0)
        return context.fail(Error::invalid(tr("EVALUATION: expected an evaluation id, not \"%1\"").arg(args.at(2))));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<MailSettings> settings = MailSettings::load(**db);
    if (!settings)
        return context.fail(settings.error());
    const Result<OutboxMessage> message = MailComposer(**db, *settings).evaluation(evaluationId);
    if (!message)
        return context.fail(message.error());
    if (parser.isSet(u"json"_s)) {
        context.printJson(messageJson(*message, true));
        return Success;
    }
    if (parser.isSet(u"mime"_s)) {
        const Result<QByteArray> mime = MimeMessage::build(*message, {settings->sender, settings->senderName},
                                                           QDateTime::currentDateTimeUtc());
        if (!mime)
            return context.fail(mime.error());
        context.out() << QString::fromLatin1(*mime);
        return Success;
    }
    context.out() << tr("To: %1 <%2>").arg(message->recipientName, message->recipient) << Qt::endl
                  << tr("Subject: %1").arg(message->subject) << Qt::endl
                  << tr("Language: %1").arg(message->language) << Qt::endl
                  << Qt::endl
                  << message->bodyText << Qt::endl
                  << u"----- HTML -----"_s << Qt::endl
                  << message->bodyHtml << Qt::endl;
    return Success;
}

int MailCommand::list(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 2)
        return context.badUsage(tr("mail list takes options only"));
    QList<OutboxStatus> statuses;
    if (parser.isSet(u"status"_s)) {
        const auto status = outboxStatusFromId(parser.value(u"status"_s));
        if (!status)
            return context.fail(Error::invalid(tr("--status: unknown state \"%1\"").arg(parser.value(u"status"_s))));
        statuses.append(*status);
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> actor = actorId(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    const Result<QList<OutboxMessage>> messages = MailOutbox(**db).list(*actor, statuses);
    if (!messages)
        return context.fail(messages.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray json;
        for (const OutboxMessage &m : *messages)
            json.append(messageJson(m, false));
        context.printJson(json);
        return Success;
    }
    TextTable table({tr("ID"), tr("QUEUED"), tr("KIND"), tr("TO"), tr("STATUS"), tr("TRIES"), tr("SUBJECT"),
                     tr("LAST ERROR")});
    for (const OutboxMessage &m : *messages) {
        table.addRow({QString::number(m.id), m.createdAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s), m.kind,
                      m.recipient, outboxStatusLabel(m.status), QString::number(m.attempts), m.subject, m.lastError});
    }
    table.print(context.out(), tr("The outbox is empty."));
    return Success;
}

int MailCommand::change(CliContext &context, const QCommandLineParser &parser, bool retry) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.badUsage(tr("mail %1 needs one message id").arg(args.at(1)));
    bool ok = false;
    const qint64 id = args.at(2).toLongLong(&ok);
    if (!ok)
        return context.fail(Error::invalid(tr("ID: expected a message id, not \"%1\"").arg(args.at(2))));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> actor = actorId(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    MailOutbox outbox(**db);
    const Status done = retry ? outbox.retry(*actor, id) : outbox.cancel(*actor, id);
    if (!done)
        return context.fail(done.error());
    context.out() << (retry ? tr("Message %1 is queued again.").arg(id) : tr("Message %1 is cancelled.").arg(id))
                  << Qt::endl;
    return Success;
}

int MailCommand::sendPending(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 2)
        return context.badUsage(tr("mail send-pending takes options only"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<MailSettings> settings = MailSettings::load(**db);
    if (!settings)
        return context.fail(settings.error());
    // A scheduled job usually has no keychain session: the password comes from the environment;
    // the keychain is asked only when the variable is not set.
    const QString variable = parser.isSet(u"password-env"_s) ? parser.value(u"password-env"_s) : settings->passwordEnv;
    QString password = variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (password.isEmpty() && !settings->user.isEmpty()) {
        KeychainTokenVault vault;
        Result<QString> stored = std::unexpected(Error::io(QString()));
        vault.read(MailSettings::vaultKey.toString(), [&stored](Result<QString> value) {
            stored = std::move(value);
            QCoreApplication::exit();
        });
        QCoreApplication::exec(); // the application's one event loop, until the keychain answers
        if (!stored)
            return context.fail(Error::invalid(tr("no SMTP password: set %1 or store it in Settings -> Mail (%2)")
                                                   .arg(variable, stored.error().message)));
        password = *stored;
    }
    MailDispatcher dispatcher(**db, *settings, password);
    const Result<MailSendReport> report = dispatcher.sendPending(nullptr, [&](const OutboxMessage &m, const SmtpResult &r) {
        if (r.outcome == SmtpResult::Outcome::Sent && !parser.isSet(u"json"_s))
            context.out() << tr("sent %1 to %2").arg(m.id).arg(m.recipient) << Qt::endl;
        else if (r.outcome != SmtpResult::Outcome::Sent)
            context.err() << "qadesk: " << tr("message %1 to %2: %3").arg(m.id).arg(m.recipient, r.error) << Qt::endl;
    });
    if (!report)
        return context.fail(report.error());
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonObject{{u"sent"_s, report->sent},
                                      {u"retrying"_s, report->retrying},
                                      {u"failed"_s, report->failed},
                                      {u"uncertain"_s, report->uncertain},
                                      {u"scheduled"_s, report->scheduled},
                                      {u"errors"_s, QJsonArray::fromStringList(report->errors)}});
    } else {
        context.out() << tr("Sent %1, to retry later %2, failed %3.").arg(report->sent).arg(report->retrying).arg(report->failed)
                      << Qt::endl;
        if (report->uncertain > 0)
            context.out() << tr("%n message(s) were being sent when a sender stopped; see 'qadesk mail list --status "
                                "uncertain'.", nullptr, report->uncertain)
                          << Qt::endl;
    }
    return report->retrying + report->failed > 0 ? Failure : Success;
}

int MailCommand::digest(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 2)
        return context.badUsage(tr("mail digest takes options only"));
    if (parser.isSet(u"person"_s) == parser.isSet(u"team"_s))
        return context.fail(Error::invalid(tr("mail digest needs either --person EMAIL or --team SLUG")));
    MailPreference preference;
    preference.digest = !parser.isSet(u"off"_s);
    preference.weeklyKpi = parser.isSet(u"weekly-kpi"_s);
    if (parser.isSet(u"hour"_s)) {
        bool ok = false;
        preference.digestHour = parser.value(u"hour"_s).toInt(&ok);
        if (!ok || preference.digestHour < 0 || preference.digestHour > 23)
            return context.fail(Error::invalid(tr("--hour: expected 0 to 23, not \"%1\"").arg(parser.value(u"hour"_s))));
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> actor = actorId(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    PeopleStore people(**db);
    QString scope;
    qint64 scopeId = 0;
    if (parser.isSet(u"person"_s)) {
        const Result<std::optional<Person>> person = people.findByEmail(parser.value(u"person"_s));
        if (!person)
            return context.fail(person.error());
        if (!*person)
            return context.fail(Error::invalid(tr("--person: no person %1").arg(parser.value(u"person"_s))));
        scope = u"person"_s;
        scopeId = (*person)->id;
    } else {
        const Result<QList<Team>> teams = people.teams();
        if (!teams)
            return context.fail(teams.error());
        for (const Team &team : *teams) {
            if (team.slug == parser.value(u"team"_s))
                scopeId = team.id;
        }
        if (scopeId == 0)
            return context.fail(Error::invalid(tr("--team: no team %1").arg(parser.value(u"team"_s))));
        scope = u"team"_s;
    }
    if (parser.isSet(u"inherit"_s)) {
        if (const Status s = MailOutbox(**db).clearPreference(*actor, scope, scopeId); !s)
            return context.fail(s.error());
        context.out() << (scope == u"person"_s ? tr("Their team's choice (or the default) applies from now on.")
                                               : tr("The default applies to the team from now on."))
                      << Qt::endl;
        return Success;
    }
    if (const Status s = MailOutbox(**db).setPreference(*actor, scope, scopeId, preference); !s)
        return context.fail(s.error());
    context.out() << (preference.digest ? tr("A daily digest at %1:00 from now on.").arg(preference.digestHour)
                                        : tr("One message per evaluation from now on."))
                  << Qt::endl;
    return Success;
}

} // namespace qadesk::cli
