#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace qadesk {

class Database;

// What changed for one person ("a dispute on your evaluation was opened", …).
struct Notification
{
    qint64 id = 0;
    qint64 personId = 0;
    QDateTime createdAt;
    QString kind;         // "dispute.opened", "dispute.assigned", …
    QString entity;       // "dispute"
    QString entityId;
    QString text;         // as written, in the actor's language (NotificationText renders anew)
    QJsonObject args;     // the facts the text tells, by name (see NotificationText)
    QDateTime readAt;     // invalid: unread

    [[nodiscard]] bool isRead() const { return readAt.isValid(); }
};

// In-app notifications (table of migration 004).
class NotificationStore final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationStore)

public:
    explicit NotificationStore(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> add(const Notification &notification);
    // The person's notifications, newest first.
    Result<QList<Notification>> forPerson(qint64 personId, bool unreadOnly = false);
    Result<int> unreadCount(qint64 personId);
    // Marks one of the person's notifications read (NotFound when it is not theirs).
    Status markRead(qint64 personId, qint64 notificationId);
    Result<int> markAllRead(qint64 personId);

private:
    Database &m_db;
};

} // namespace qadesk
