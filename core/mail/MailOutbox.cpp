#include "MailOutbox.h"

#include "mail/MailComposer.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace qadesk {

Q_LOGGING_CATEGORY(lcMail, "qadesk.mail")

namespace {

Result<Person> personById(Database &db, qint64 id)
{
    const Result<QList<Person>> people = PeopleStore(db).list();
    if (!people)
        return std::unexpected(people.error());
    for (const Person &p : *people) {
        if (p.id == id)
            return p;
    }
    return std::unexpected(Error::notFound(MailOutbox::tr("no person with id %1").arg(id)));
}

Status audit(Database &db, qint64 actorId, const QString &action, qint64 messageId, const QJsonObject &after)
{
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = action;
    entry.entity = u"mail"_s;
    entry.entityId = QString::number(messageId);
    entry.after = after;
    return AuditLog(db).append(entry);
}

Status queue(Database &db, Result<OutboxMessage> message, bool mayHold, const QDateTime &at = {})
{
    if (!message)
        return std::unexpected(message.error());
    if (at.isValid()) {
        message->createdAt = at;
        message->notBefore = at;
    }
    if (mayHold && message->recipientId) {
        const Result<MailPreference> preference = MailOutboxStore(db).preferenceFor(*message->recipientId);
        if (!preference)
            return std::unexpected(preference.error());
        if (preference->digest) {
            message->status = OutboxStatus::Held;
            message->notBefore = MailOutbox::nextDigestTime(message->createdAt, preference->digestHour);
        }
    }
    const Result<qint64> id = MailOutboxStore(db).enqueue(*message);
    if (!id)
        return std::unexpected(id.error());
    qCDebug(lcMail) << "queued" << message->kind << "message" << *id;
    return {};
}

} // namespace

QDateTime MailOutbox::nextDigestTime(const QDateTime &now, int hour)
{
    const QDateTime local = now.toLocalTime();
    QDateTime at(local.date(), QTime(hour, 0));
    if (at <= local)
        at = at.addDays(1);
    return at.toUTC();
}

Status MailOutbox::queueEvaluationSubmitted(Database &db, qint64 evaluationId)
{
    const Result<MailSettings> settings = MailSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    if (!settings->enabled)
        return {};
    MailComposer composer(db, *settings);
    Result<OutboxMessage> message = composer.evaluation(evaluationId);
    // Calibration rounds are between trainers; the engineer is not graded by them.
    if (message && message->data.value(u"calibration"_s).toBool())
        return {};
    return queue(db, std::move(message), true);
}

Status MailOutbox::queueDisputeResolved(Database &db, qint64 disputeId)
{
    const Result<MailSettings> settings = MailSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    if (!settings->enabled)
        return {};
    return queue(db, MailComposer(db, *settings).dispute(disputeId), false);
}

Result<int> MailOutbox::queueScheduled(Database &db, const QDateTime &now)
{
    const Result<MailSettings> settings = MailSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    int queued = 0;
    const Status done = db.transaction([&]() -> Status {
        MailOutboxStore store(db);
        MailComposer composer(db, *settings);
        // Digests: every held message whose hour has come, one message per person.
        const Result<QList<OutboxMessage>> held = store.dueHeld(now);
        if (!held)
            return std::unexpected(held.error());
        QMap<qint64, QList<OutboxMessage>> byPerson;
        for (const OutboxMessage &m : *held)
            byPerson[m.recipientId.value_or(0)].append(m);
        for (const QList<OutboxMessage> &items : std::as_const(byPerson)) {
            Result<OutboxMessage> digest = composer.digest(items, now);
            if (!digest)
                return std::unexpected(digest.error());
            digest->createdAt = now;
            digest->notBefore = now;
            const Result<qint64> id = store.enqueue(*digest);
            if (!id)
                return std::unexpected(id.error());
            QList<qint64> ids;
            for (const OutboxMessage &m : items)
                ids.append(m.id);
            if (const Status s = store.markDigested(ids, *id); !s)
                return s;
            ++queued;
        }
        if (!settings->enabled)
            return {};
        const Result<QList<Person>> people = PeopleStore(db).list();
        if (!people)
            return std::unexpected(people.error());
        const QDateTime local = now.toLocalTime();
        const QDateTime dayStart = QDateTime(local.date(), QTime(0, 0)).toUTC();
        // Weekly KPI for team leads, on Mondays, once.
        if (local.date().dayOfWeek() == Qt::Monday) {
            const Result<QList<qint64>> subscribers = store.weeklyKpiSubscribers();
            if (!subscribers)
                return std::unexpected(subscribers.error());
            for (qint64 leadId : *subscribers) {
                const auto lead = std::find_if(people->cbegin(), people->cend(), [&](const Person &p) { return p.id == leadId; });
                if (lead == people->cend())
                    continue;
                const Result<bool> sent = store.existsSince(u"team_kpi"_s, u"person"_s, QString::number(leadId), dayStart);
                if (!sent)
                    return std::unexpected(sent.error());
                if (*sent)
                    continue;
                if (const Status s = queue(db, composer.teamKpi(*lead, local.date()), false, now); !s)
                    return s;
                ++queued;
            }
        }
        // Disputes waiting too long: one notice a day to the QA admin(s).
        const Result<QList<WaitingDispute>> waiting = store.disputesOpenSince(now.addDays(-settings->disputeWaitDays));
        if (!waiting)
            return std::unexpected(waiting.error());
        if (!waiting->isEmpty()) {
            for (const Person &p : *people) {
                const bool recipient = settings->adminEmail.isEmpty()
                                           ? p.hasRole(Role::Admin)
                                           : p.email.compare(settings->adminEmail, Qt::CaseInsensitive) == 0;
                if (!recipient)
                    continue;
                const Result<bool> sent
                    = store.existsSince(u"dispute_waiting"_s, u"person"_s, QString::number(p.id), dayStart);
                if (!sent)
                    return std::unexpected(sent.error());
                if (*sent)
                    continue;
                if (const Status s = queue(db, composer.disputesWaiting(p, *waiting, now), false, now); !s)
                    return s;
                ++queued;
            }
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return queued;
}

Status MailOutbox::requireAdmin(qint64 actorId, const QString &what)
{
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    if (!actor->hasRole(Role::Admin))
        return std::unexpected(Error{Error::Code::Permission, tr("only a QA admin can %1").arg(what)});
    return {};
}

Result<QList<OutboxMessage>> MailOutbox::list(qint64 actorId, const QList<OutboxStatus> &statuses)
{
    if (const Status allowed = requireAdmin(actorId, tr("see the mail outbox")); !allowed)
        return std::unexpected(allowed.error());
    return MailOutboxStore(m_db).list(statuses);
}

Status MailOutbox::retry(qint64 actorId, qint64 messageId)
{
    if (const Status allowed = requireAdmin(actorId, tr("retry a message")); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (const Status s = MailOutboxStore(m_db).requeue(
                messageId, {OutboxStatus::Failed, OutboxStatus::Uncertain, OutboxStatus::Cancelled, OutboxStatus::Queued},
                QDateTime::currentDateTimeUtc());
            !s)
            return s;
        return audit(m_db, actorId, u"mail.retry"_s, messageId, {{u"status"_s, u"queued"_s}});
    });
}

Status MailOutbox::cancel(qint64 actorId, qint64 messageId)
{
    if (const Status allowed = requireAdmin(actorId, tr("cancel a message")); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (const Status s = MailOutboxStore(m_db).cancel(
                messageId, {OutboxStatus::Queued, OutboxStatus::Held, OutboxStatus::Failed, OutboxStatus::Uncertain});
            !s)
            return s;
        return audit(m_db, actorId, u"mail.cancel"_s, messageId, {{u"status"_s, u"cancelled"_s}});
    });
}

Status MailOutbox::saveSettings(qint64 actorId, const MailSettings &settings)
{
    if (const Status allowed = requireAdmin(actorId, tr("change the mail settings")); !allowed)
        return allowed;
    // Validated by reading back what would be stored.
    if (const Result<MailSettings> valid = MailSettings::fromMap(settings.toMap()); !valid)
        return std::unexpected(valid.error());
    return m_db.transaction([&]() -> Status {
        if (const Status s = MailOutboxStore(m_db).saveSettings(settings.toMap()); !s)
            return s;
        AuditEntry entry;
        entry.actorId = actorId;
        entry.action = u"mail.settings"_s;
        entry.entity = u"mail"_s;
        entry.entityId = u"settings"_s;
        QJsonObject after;
        const auto map = settings.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            after.insert(it.key(), it.value());
        entry.after = after;
        return AuditLog(m_db).append(entry);
    });
}

Result<MailPreference> MailOutbox::preference(qint64 actorId, qint64 personId)
{
    if (actorId != personId) {
        if (const Status allowed = requireAdmin(actorId, tr("see another person's mail preferences")); !allowed)
            return std::unexpected(allowed.error());
    }
    return MailOutboxStore(m_db).preferenceFor(personId);
}

Status MailOutbox::mayChangePreference(qint64 actorId, const QString &scope, qint64 scopeId)
{
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    bool allowed = actor->hasRole(Role::Admin);
    if (scope == u"person"_s) {
        allowed = allowed || actorId == scopeId;
    } else if (scope == u"team"_s) {
        const Result<QList<Team>> teams = PeopleStore(m_db).teams();
        if (!teams)
            return std::unexpected(teams.error());
        for (const Team &t : *teams) {
            if (t.id == scopeId && actor->hasRole(Role::TeamLead) && actor->teams.contains(t.slug))
                allowed = true;
        }
    } else {
        return std::unexpected(Error::invalid(tr("scope: expected person or team, not \"%1\"").arg(scope)));
    }
    if (!allowed)
        return std::unexpected(Error{Error::Code::Permission,
                                     tr("only the person, their team lead or a QA admin can change these preferences")});
    return {};
}

Status MailOutbox::auditPreference(qint64 actorId, const QString &scope, qint64 scopeId, const QJsonObject &after)
{
    AuditEntry entry;
    entry.actorId = actorId;
    entry.action = u"mail.preference"_s;
    entry.entity = u"mail_preference"_s;
    entry.entityId = u"%1:%2"_s.arg(scope).arg(scopeId);
    entry.after = after;
    return AuditLog(m_db).append(entry);
}

Status MailOutbox::setPreference(qint64 actorId, const QString &scope, qint64 scopeId, const MailPreference &preference)
{
    if (const Status allowed = mayChangePreference(actorId, scope, scopeId); !allowed)
        return allowed;
    if (preference.digestHour < 0 || preference.digestHour > 23)
        return std::unexpected(Error::invalid(tr("digest hour: expected 0 to 23, not %1").arg(preference.digestHour)));
    return m_db.transaction([&]() -> Status {
        if (const Status s = MailOutboxStore(m_db).setPreference(scope, scopeId, preference); !s)
            return s;
        return auditPreference(actorId, scope, scopeId,
                               {{u"digest"_s, preference.digest},
                                {u"digest_hour"_s, preference.digestHour},
                                {u"weekly_kpi"_s, preference.weeklyKpi}});
    });
}

Status MailOutbox::clearPreference(qint64 actorId, const QString &scope, qint64 scopeId)
{
    if (const Status allowed = mayChangePreference(actorId, scope, scopeId); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (const Status s = MailOutboxStore(m_db).clearPreference(scope, scopeId); !s)
            return s;
        return auditPreference(actorId, scope, scopeId, {{u"cleared"_s, true}});
    });
}

Result<QList<MailPreferenceEntry>> MailOutbox::preferenceEntries(qint64 actorId)
{
    const Result<Person> actor = personById(m_db, actorId);
    if (!actor)
        return std::unexpected(actor.error());
    const bool admin = actor->hasRole(Role::Admin);
    PeopleStore peopleStore(m_db);
    const Result<QList<Person>> people = peopleStore.list();
    if (!people)
        return std::unexpected(people.error());
    Result<QList<Team>> teams = peopleStore.teams();
    if (!teams)
        return std::unexpected(teams.error());
    const Result<QHash<QPair<QString, qint64>, MailPreference>> stored = MailOutboxStore(m_db).storedPreferences();
    if (!stored)
        return std::unexpected(stored.error());
    const auto byName = [](const MailPreferenceEntry &a, const MailPreferenceEntry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    };

    QList<MailPreferenceEntry> teamEntries;
    // The person's fallback is their team with the lowest id that has a row (as preferenceFor).
    std::sort(teams->begin(), teams->end(), [](const Team &a, const Team &b) { return a.id < b.id; });
    for (const Team &team : std::as_const(*teams)) {
        if (!admin && !(actor->hasRole(Role::TeamLead) && actor->teams.contains(team.slug)))
            continue;
        MailPreferenceEntry e;
        e.scope = u"team"_s;
        e.scopeId = team.id;
        e.name = team.name.isEmpty() ? team.slug : team.name;
        e.key = team.slug;
        if (const auto it = stored->constFind({u"team"_s, team.id}); it != stored->cend()) {
            e.preference = *it;
            e.source = MailPreferenceEntry::Source::Own;
        }
        teamEntries.append(e);
    }
    QList<MailPreferenceEntry> personEntries;
    for (const Person &p : *people) {
        if (!admin && p.id != actorId)
            continue;
        MailPreferenceEntry e;
        e.scope = u"person"_s;
        e.scopeId = p.id;
        e.name = p.name.isEmpty() ? p.email : p.name;
        e.key = p.email;
        e.teamLead = p.hasRole(Role::TeamLead);
        if (const auto it = stored->constFind({u"person"_s, p.id}); it != stored->cend()) {
            e.preference = *it;
            e.source = MailPreferenceEntry::Source::Own;
        } else {
            for (const Team &team : std::as_const(*teams)) {
                const auto it2 = stored->constFind({u"team"_s, team.id});
                if (p.teams.contains(team.slug) && it2 != stored->cend()) {
                    e.preference = *it2;
                    e.source = MailPreferenceEntry::Source::Team;
                    e.fromTeam = team.name.isEmpty() ? team.slug : team.name;
                    break;
                }
            }
        }
        personEntries.append(e);
    }
    std::sort(teamEntries.begin(), teamEntries.end(), byName);
    std::sort(personEntries.begin(), personEntries.end(), byName);
    return teamEntries + personEntries;
}

} // namespace qadesk
