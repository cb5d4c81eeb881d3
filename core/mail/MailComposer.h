#pragma once

#include "common/Error.h"
#include "domain/Person.h"
#include "mail/MailSettings.h"
#include "mail/OutboxMessage.h"
#include "storage/MailOutboxStore.h"

#include <QCoreApplication>
#include <QDate>

namespace qadesk {

class Database;

// Turns what happened (a submitted evaluation, a resolved dispute, a day's evaluations, a
// team's week, disputes left waiting) into a rendered outbox message for one person, in that
// person's language. Reads only; queueing is MailOutbox's job.
class MailComposer final
{
    Q_DECLARE_TR_FUNCTIONS(MailComposer)

public:
    MailComposer(Database &db, MailSettings settings)
        : m_db(db)
        , m_settings(std::move(settings))
    {
    }

    Result<OutboxMessage> evaluation(qint64 evaluationId);
    Result<OutboxMessage> dispute(qint64 disputeId);
    // One message for the held evaluation messages of one recipient.
    Result<OutboxMessage> digest(const QList<OutboxMessage> &items, const QDateTime &now);
    Result<OutboxMessage> teamKpi(const Person &lead, const QDate &today);
    Result<OutboxMessage> disputesWaiting(const Person &admin, const QList<WaitingDispute> &disputes,
                                          const QDateTime &now);

    // Numbers and dates as the recipient reads them.
    static QString formatScore(std::optional<double> score, const QString &language);
    static QString formatDate(const QDate &date, const QString &language);

private:
    Result<OutboxMessage> finish(const QString &kind, const QString &entity, const QString &entityId,
                                 const Person &recipient, const QJsonObject &data);

    Database &m_db;
    MailSettings m_settings;
};

} // namespace qadesk
