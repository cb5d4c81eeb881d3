#include "DisputesCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "disputes/DisputeJson.h"
#include "disputes/DisputeService.h"
#include "storage/Database.h"
#include "storage/DisputeStore.h"
#include "storage/PeopleStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk::cli {

namespace {

Result<qint64> personId(Database &db, const QString &email, const QString &what)
{
    if (email.trimmed().isEmpty())
        return std::unexpected(Error::invalid(what));
    const Result<std::optional<Person>> person = PeopleStore(db).findByEmail(email);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::unexpected(Error::notFound(DisputesCommand::tr("no person with email %1").arg(email)));
    return (*person)->id;
}

Result<qint64> number(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::unexpected(Error::invalid(DisputesCommand::tr("%1 must be a number, not \"%2\"").arg(what, text)));
    return id;
}

Result<AnswerValue> answer(const QString &text, const QString &where)
{
    const auto value = answerValueFromId(text.trimmed().toLower());
    if (!value)
        return std::unexpected(
            Error::invalid(DisputesCommand::tr("%1: \"%2\" is not an answer (yes, partly, no, na)").arg(where, text)));
    return *value;
}

// The --question groups in the order given: each --reason and --proposed belongs to the
// --question before it (QCommandLineParser keeps the order of the names it found).
Result<QList<DisputedQuestion>> questionGroups(const QCommandLineParser &parser)
{
    const QStringList questions = parser.values(u"question"_s);
    const QStringList reasons = parser.values(u"reason"_s);
    const QStringList proposals = parser.values(u"proposed"_s);
    QList<DisputedQuestion> groups;
    QHash<QString, int> used;
    for (const QString &name : parser.optionNames()) {
        if (name != u"question"_s && name != u"reason"_s && name != u"proposed"_s)
            continue;
        const int index = used[name]++;
        if (name == u"question"_s) {
            groups.append({questions.value(index), {}, std::nullopt});
            continue;
        }
        if (groups.isEmpty())
            return std::unexpected(Error::invalid(DisputesCommand::tr("--%1 must follow the --question it is about").arg(name)));
        DisputedQuestion &group = groups.last();
        if (name == u"reason"_s) {
            if (!group.reason.isEmpty())
                return std::unexpected(Error::invalid(DisputesCommand::tr("question %1 has two --reason").arg(group.criterionId)));
            group.reason = reasons.value(index);
        } else {
            if (group.proposed)
                return std::unexpected(Error::invalid(DisputesCommand::tr("question %1 has two --proposed").arg(group.criterionId)));
            const Result<AnswerValue> value = answer(proposals.value(index), group.criterionId);
            if (!value)
                return std::unexpected(value.error());
            group.proposed = *value;
        }
    }
    if (groups.isEmpty())
        return std::unexpected(Error::invalid(DisputesCommand::tr("name the disputed questions with --question ID --reason TEXT")));
    return groups;
}

// "ID=VALUE" pairs of a repeatable option.
Result<QMap<QString, QString>> pairs(const QStringList &values, const QString &option)
{
    QMap<QString, QString> map;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0)
            return std::unexpected(Error::invalid(DisputesCommand::tr("--%1 takes QUESTION=VALUE, not \"%2\"").arg(option, v)));
        const QString key = v.left(eq).trimmed();
        if (map.contains(key))
            return std::unexpected(Error::invalid(DisputesCommand::tr("--%1 is given twice for %2").arg(option, key)));
        map.insert(key, v.mid(eq + 1));
    }
    return map;
}

Result<QList<DisputeRuling>> rulings(const QCommandLineParser &parser)
{
    const Result<QMap<QString, QString>> decisions = pairs(parser.values(u"decision"_s), u"decision"_s);
    if (!decisions)
        return std::unexpected(decisions.error());
    const Result<QMap<QString, QString>> comments = pairs(parser.values(u"comment"_s), u"comment"_s);
    if (!comments)
        return std::unexpected(comments.error());
    QList<DisputeRuling> list;
    for (auto it = decisions->begin(); it != decisions->end(); ++it) {
        DisputeRuling r;
        r.criterionId = it.key();
        r.comment = comments->value(it.key());
        const QString d = it.value().trimmed().toLower();
        if (d == u"keep"_s) {
            r.decision = DisputeDecision::Keep;
        } else if (d == u"accept"_s) {
            r.decision = DisputeDecision::AcceptProposal;
        } else {
            const Result<AnswerValue> value = answer(d, it.key());
            if (!value)
                return std::unexpected(Error::invalid(
                    DisputesCommand::tr("%1: \"%2\" is not a decision (keep, accept, yes, partly, no, na)").arg(it.key(), it.value())));
            r.decision = DisputeDecision::Other; // the service names it keep or accept when it is one
            r.value = *value;
        }
        list.append(r);
    }
    for (auto it = comments->begin(); it != comments->end(); ++it) {
        if (!decisions->contains(it.key()))
            return std::unexpected(Error::invalid(DisputesCommand::tr("--comment for %1 without a --decision").arg(it.key())));
    }
    if (list.isEmpty())
        return std::unexpected(Error::invalid(DisputesCommand::tr("give a --decision QUESTION=keep|accept|ANSWER and a "
                                                                  "--comment QUESTION=TEXT for every disputed question")));
    return list;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : DisputesCommand::tr("unscored");
}

void printDispute(QTextStream &out, const Dispute &d)
{
    out << DisputesCommand::tr("Dispute %1 — %2").arg(d.id).arg(disputeStatusLabel(d.status));
    if (d.outcome)
        out << " (" << disputeOutcomeLabel(*d.outcome) << ")";
    out << Qt::endl
        << DisputesCommand::tr("Evaluation %1 of ticket %2: engineer %3, trainer %4")
               .arg(d.evaluationId)
               .arg(d.ticketExternalId, d.engineerEmail, d.trainerEmail)
        << Qt::endl
        << DisputesCommand::tr("Opened by %1 on %2").arg(d.openedByEmail, d.openedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s))
        << Qt::endl;
    if (!d.declineReason.isEmpty())
        out << DisputesCommand::tr("Declined: %1").arg(d.declineReason) << Qt::endl;
    if (!d.arbiterEmail.isEmpty())
        out << DisputesCommand::tr("Arbiter: %1").arg(d.arbiterEmail) << Qt::endl;
    out << DisputesCommand::tr("Score: %1").arg(scoreText(d.originalScore));
    if (d.resolvedScore || d.status == DisputeStatus::Resolved)
        out << " → " << scoreText(d.resolvedScore);
    out << Qt::endl << Qt::endl;
    TextTable table({DisputesCommand::tr("QUESTION"), DisputesCommand::tr("TRAINER"), DisputesCommand::tr("PROPOSED"),
                     DisputesCommand::tr("REASON"), DisputesCommand::tr("DECISION"), DisputesCommand::tr("COMMENT")});
    for (const DisputeItem &i : d.items) {
        table.addRow({i.criterionId, answerValueId(i.originalValue), i.proposed ? answerValueId(*i.proposed) : u"-"_s,
                      i.reason,
                      i.decision ? disputeDecisionId(*i.decision) + u" → "_s + answerValueId(i.decidedValue.value_or(i.originalValue))
                                 : QString(),
                      i.decisionComment});
    }
    table.print(out, QString());
    if (!d.resolutionComment.isEmpty())
        out << DisputesCommand::tr("Arbiter's summary: %1").arg(d.resolutionComment) << Qt::endl;
}

} // namespace

QString DisputesCommand::name() const
{
    return u"disputes"_s;
}

QList<Command::Usage> DisputesCommand::usages() const
{
    return {
        {u"disputes open EVAL --question Q --reason TEXT [--proposed A] ..."_s,
         tr("dispute questions of an evaluation (engineer or team lead; --as EMAIL)")},
        {u"disputes accept ID --as EMAIL"_s, tr("accept a dispute for arbitration (team lead or admin)")},
        {u"disputes decline ID --reason TEXT --as EMAIL"_s, tr("decline a dispute (team lead or admin)")},
        {u"disputes assign ID [--arbiter EMAIL|--auto] --as EMAIL"_s, tr("assign an arbiter, or the next in turn (admin)")},
        {u"disputes resolve ID --decision Q=D --comment Q=TEXT ..."_s,
         tr("decide each question: D is keep, accept or an answer; [--summary TEXT] (the arbiter; --as EMAIL)")},
        {u"disputes withdraw ID --as EMAIL"_s, tr("withdraw a dispute (whoever opened it)")},
        {u"disputes list [--as EMAIL] [--status STATUS] [--json]"_s, tr("disputes, newest first (those EMAIL may see)")},
        {u"disputes show ID [--json]"_s, tr("one dispute with its questions and decisions")},
        {u"disputes window [DAYS] [--as EMAIL]"_s, tr("show or (admin) set the days to open a dispute after submission")},
    };
}

void DisputesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"as"_s, tr("The person acting (email)."), tr("email")});
    parser.addOption({u"question"_s, tr("A disputed question's id (repeatable; --reason and --proposed follow it)."), tr("id")});
    parser.addOption({u"reason"_s, tr("Why the question is disputed, or why the dispute is declined."), tr("text")});
    parser.addOption({u"proposed"_s, tr("The answer the engineer thinks right: yes, partly, no or na."), tr("answer")});
    parser.addOption({u"arbiter"_s, tr("The arbiter to assign (email)."), tr("email")});
    parser.addOption({u"auto"_s, tr("Assign the next arbiter in turn.")});
    parser.addOption({u"decision"_s, tr("QUESTION=keep, accept (the proposal) or an answer (repeatable)."), tr("id=decision")});
    parser.addOption({u"comment"_s, tr("QUESTION=the arbiter's comment (required per question)."), tr("id=text")});
    parser.addOption({u"summary"_s, tr("The arbiter's overall comment."), tr("text")});
    parser.addOption({u"status"_s, tr("List only disputes in this status (open, accepted, in_arbitration, resolved, "
                                      "declined, withdrawn, active)."),
                      tr("status")});
}

int DisputesCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    static const QStringList actions{u"open"_s, u"accept"_s, u"decline"_s, u"assign"_s, u"resolve"_s,
                                     u"withdraw"_s, u"list"_s, u"show"_s, u"window"_s};
    if (!actions.contains(action))
        return context.badUsage(tr("disputes needs one of: %1").arg(actions.join(u", "_s)));
    const bool listing = action == u"list"_s || action == u"window"_s;
    if (!listing && args.size() != 3)
        return context.badUsage(tr("disputes %1 needs exactly one %2").arg(action, action == u"open"_s ? tr("evaluation id")
                                                                                                       : tr("dispute id")));
    if (listing && args.size() > (action == u"window"_s ? 3 : 2))
        return context.badUsage(tr("too many arguments for disputes %1").arg(action));

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    DisputeService service(**db);
    const bool json = parser.isSet(u"json"_s);
    const QString as = parser.value(u"as"_s);
    const auto actor = [&]() { return personId(**db, as, tr("say who is acting with --as EMAIL")); };

    if (action == u"list"_s) {
        // Without --as: every dispute (whoever runs the command line has the whole database anyway).
        Result<QList<Dispute>> disputes = DisputeStore(**db).list();
        if (!as.isEmpty()) {
            const Result<qint64> who = actor();
            if (!who)
                return context.fail(who.error());
            disputes = service.visibleTo(*who);
        }
        if (!disputes)
            return context.fail(disputes.error());
        const QString status = parser.value(u"status"_s);
        if (!status.isEmpty() && status != u"active"_s && !disputeStatusFromId(status))
            return context.fail(Error::invalid(tr("--status: \"%1\" is not a dispute status").arg(status)));
        QList<Dispute> shown;
        for (const Dispute &d : *disputes) {
            if (status.isEmpty() || (status == u"active"_s ? d.isActive() : disputeStatusId(d.status) == status))
                shown.append(d);
        }
        if (json) {
            QJsonArray array;
            for (const Dispute &d : shown)
                array.append(DisputeJson::dispute(d));
            context.printJson(array);
            return Success;
        }
        TextTable table({tr("ID"), tr("OPENED"), tr("TICKET"), tr("ENGINEER"), tr("TRAINER"), tr("STATUS"),
                         tr("QUESTIONS"), tr("ARBITER"), tr("SCORE")});
        for (const Dispute &d : shown) {
            QString state = disputeStatusId(d.status);
            if (d.outcome)
                state += u" ("_s + disputeOutcomeId(*d.outcome) + u')';
            table.addRow({QString::number(d.id), d.openedAt.toUTC().toString(u"yyyy-MM-dd"_s), d.ticketExternalId,
                          d.engineerEmail, d.trainerEmail, state, QString::number(d.items.size()), d.arbiterEmail,
                          d.status == DisputeStatus::Resolved ? scoreText(d.originalScore) + u" → "_s + scoreText(d.resolvedScore)
                                                              : scoreText(d.originalScore)});
        }
        table.print(context.out(), tr("No disputes."));
        return Success;
    }

    if (action == u"window"_s) {
        if (args.size() == 3) {
            const Result<qint64> who = actor();
            if (!who)
                return context.fail(who.error());
            bool ok = false;
            const int days = args.at(2).toInt(&ok);
            if (!ok)
                return context.fail(Error::invalid(tr("DAYS must be a number, not \"%1\"").arg(args.at(2))));
            if (const Status s = service.setWindowDays(days, *who); !s)
                return context.fail(s.error());
        }
        const Result<int> days = service.windowDays();
        if (!days)
            return context.fail(days.error());
        if (json)
            context.printJson(QJsonObject{{u"window_days"_s, *days}});
        else
            context.out() << tr("A dispute can be opened up to %n day(s) after the evaluation's submission.", nullptr, *days)
                          << Qt::endl;
        return Success;
    }

    const Result<qint64> target = number(args.at(2), action == u"open"_s ? tr("EVALUATION") : tr("DISPUTE"));
    if (!target)
        return context.fail(target.error());

    if (action == u"show"_s) {
        const Result<Dispute> d = service.get(*target);
        if (!d)
            return context.fail(d.error());
        if (!as.isEmpty()) {
            const Result<qint64> who = actor();
            if (!who)
                return context.fail(who.error());
            const Result<QList<Dispute>> visible = service.visibleTo(*who);
            if (!visible)
                return context.fail(visible.error());
            if (std::none_of(visible->begin(), visible->end(), [&](const Dispute &v) { return v.id == d->id; }))
                return context.fail(Error{Error::Code::Permission, tr("%1 may not see dispute %2").arg(as).arg(d->id)});
        }
        if (json)
            context.printJson(DisputeJson::dispute(*d));
        else
            printDispute(context.out(), *d);
        return Success;
    }

    const Result<qint64> who = actor();
    if (!who)
        return context.fail(who.error());
    qint64 disputeId = *target;
    if (action == u"open"_s) {
        const Result<QList<DisputedQuestion>> questions = questionGroups(parser);
        if (!questions)
            return context.fail(questions.error());
        const Result<qint64> opened = service.open(*target, *who, *questions);
        if (!opened)
            return context.fail(opened.error());
        disputeId = *opened;
    } else if (action == u"accept"_s) {
        if (const Status s = service.accept(disputeId, *who); !s)
            return context.fail(s.error());
    } else if (action == u"decline"_s) {
        if (const Status s = service.decline(disputeId, *who, parser.value(u"reason"_s)); !s)
            return context.fail(s.error());
    } else if (action == u"assign"_s) {
        if (parser.isSet(u"arbiter"_s) && parser.isSet(u"auto"_s))
            return context.badUsage(tr("give either --arbiter EMAIL or --auto"));
        std::optional<qint64> arbiter;
        if (parser.isSet(u"arbiter"_s)) {
            const Result<qint64> id = personId(**db, parser.value(u"arbiter"_s), tr("--arbiter needs an email"));
            if (!id)
                return context.fail(id.error());
            arbiter = *id;
        }
        if (const Result<qint64> s = service.assign(disputeId, *who, arbiter); !s)
            return context.fail(s.error());
    } else if (action == u"resolve"_s) {
        const Result<QList<DisputeRuling>> decided = rulings(parser);
        if (!decided)
            return context.fail(decided.error());
        if (const Result<ArbitrationResult> r = service.resolve(disputeId, *who, *decided, parser.value(u"summary"_s)); !r)
            return context.fail(r.error());
    } else if (action == u"withdraw"_s) {
        if (const Status s = service.withdraw(disputeId, *who); !s)
            return context.fail(s.error());
    }
    const Result<Dispute> d = service.get(disputeId);
    if (!d)
        return context.fail(d.error());
    if (json)
        context.printJson(DisputeJson::dispute(*d));
    else
        printDispute(context.out(), *d);
    return Success;
}

} // namespace qadesk::cli
