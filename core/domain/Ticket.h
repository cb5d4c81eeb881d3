#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace qadesk {

enum class AuthorKind { Customer, Engineer, System };

QString authorKindId(AuthorKind kind);             // "customer", "engineer", "system"
AuthorKind authorKindFromId(QStringView id);

struct Attachment
{
    QString name;
    qint64 sizeBytes = 0;
    QString contentType;
    QString url;
};

// One entry of a ticket's conversation: a public reply or an internal note.
struct Message
{
    QString externalId;
    QString authorName;
    QString authorEmail;
    AuthorKind authorKind = AuthorKind::Customer;
    bool isPublic = true;
    QString channel;
    QDateTime createdAt;
    QString bodyHtml;                          // as the helpdesk sent it; sanitise before showing
    QString bodyText;
    QList<Attachment> attachments;
};

// A helpdesk ticket in the common model every connector maps to.
struct Ticket
{
    qint64 id = 0;
    QString sourceName;
    QString externalId;
    QString subject;
    QString status;
    QString channel;
    QStringList tags;
    QString team;                              // team slug
    QString teamName;                          // filled when read from the workspace
    QString assigneeEmail;
    QString assigneeName;
    QString requesterName;
    QString requesterEmail;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime solvedAt;
    QString csat;                              // as the helpdesk gives it: "good", "bad", "5"…
    QString csatComment;
    QString url;                               // the ticket in the helpdesk's agent interface
    bool stub = false;                         // created by an import, not synced yet
    QList<Message> messages;
    int messageCount = 0;                      // filled by lists that do not load messages
};

} // namespace qadesk
