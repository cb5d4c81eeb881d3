#pragma once

#include "common/Error.h"
#include "mail/OutboxMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qadesk {

// An outbox message as it goes over SMTP (RFC 5322 + MIME): multipart/alternative with a
// plain-text and an HTML part, both UTF-8 in base64; non-ASCII header text (subject, names) as
// RFC 2047 encoded words; CRLF line ends, no line longer than 78 characters.
class MimeMessage final
{
    Q_DECLARE_TR_FUNCTIONS(MimeMessage)

public:
    struct Sender
    {
        QString address;
        QString name;
    };

    static Result<QByteArray> build(const OutboxMessage &message, const Sender &from, const QDateTime &date);

    // "=?UTF-8?B?…?=" words (folded) for non-ASCII text; ASCII text as it is.
    static QByteArray encodeHeaderText(const QString &text);
    // A bare address QA Desk is willing to put in a header or an SMTP command.
    static bool isPlainAddress(const QString &address);
};

} // namespace qadesk
