#include "NotificationText.h"

#include "disputes/Dispute.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

QString scoreText(const QJsonValue &score)
{
    return score.isDouble() ? QLocale().toString(score.toDouble(), 'f', 1) : NotificationText::tr("unscored");
}

} // namespace

QString NotificationText::render(const Notification &notification)
{
    const QString text = render(notification.kind, notification.args);
    return text.isEmpty() ? notification.text : text;
}

QString NotificationText::render(const QString &kind, const QJsonObject &args)
{
    if (args.isEmpty())
        return {};
    const QString actor = args.value(u"actor"_s).toString();
    const QString dispute = QString::number(args.value(u"dispute"_s).toInteger());
    const QString ticket = args.value(u"ticket"_s).toString();
    const QString engineer = args.value(u"engineer"_s).toString();
    const int questions = args.value(u"questions"_s).toInt();
    if (kind == u"dispute.triage"_s)
        return tr("%1 disputes %n question(s) of %2's evaluation of ticket %3; it waits for triage", nullptr, questions)
            .arg(actor, engineer, ticket);
    if (kind == u"dispute.opened"_s)
        return tr("%1 opened dispute %2 on the evaluation of ticket %3 (%n question(s))", nullptr, questions)
            .arg(actor, dispute, ticket);
    if (kind == u"dispute.assign"_s)
        return tr("Dispute %1 on ticket %2 was accepted and needs an arbiter").arg(dispute, ticket);
    if (kind == u"dispute.accepted"_s)
        return tr("%1 accepted dispute %2 on ticket %3 for arbitration").arg(actor, dispute, ticket);
    if (kind == u"dispute.declined"_s)
        return tr("%1 declined dispute %2 on ticket %3: %4").arg(actor, dispute, ticket, args.value(u"reason"_s).toString());
    if (kind == u"dispute.arbitrate"_s)
        return tr("You are the arbiter of dispute %1 on %2's evaluation of ticket %3").arg(dispute, engineer, ticket);
    if (kind == u"dispute.unassigned"_s)
        return tr("Dispute %1 was given to another arbiter").arg(dispute);
    if (kind == u"dispute.assigned"_s)
        return tr("%1 arbitrates dispute %2 on ticket %3").arg(args.value(u"arbiter"_s).toString(), dispute, ticket);
    if (kind == u"dispute.resolved"_s) {
        const std::optional<DisputeOutcome> outcome = disputeOutcomeFromId(args.value(u"outcome"_s).toString());
        return tr("Dispute %1 on ticket %2 is resolved: %3; score %4 → %5")
            .arg(dispute, ticket, outcome ? disputeOutcomeLabel(*outcome).toLower() : args.value(u"outcome"_s).toString(),
                 scoreText(args.value(u"before"_s)), scoreText(args.value(u"after"_s)));
    }
    if (kind == u"dispute.withdrawn"_s)
        return tr("%1 withdrew dispute %2 on ticket %3").arg(actor, dispute, ticket);
    return {};
}

} // namespace qadesk
