#pragma once

#include "mail/MailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace qadesk {

// What happened to one message at the SMTP server.
struct SmtpResult
{
    enum class Outcome {
        Sent,
        // Not accepted, safe to try again later (connection, timeout, 4xx).
        Retry,
        // Refused for good (5xx: unknown recipient, sender not allowed, authentication failed).
        Refused,
    };
    Outcome outcome = Outcome::Retry;
    long smtpCode = 0;
    QString error; // for the admin; never contains the password
};

// Sends one message with libcurl: STARTTLS or implicit TLS, login, certificate and host name
// always verified. Blocking: it runs on a worker thread (MailSendWorker) or in the command line,
// never on the GUI thread.
class SmtpClient final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)

public:
    SmtpClient(MailSettings settings, QString password);

    // `cancel` is polled during the transfer; a set flag aborts it (reported as Retry).
    SmtpResult send(const QString &recipient, const QByteArray &message, const std::atomic_bool *cancel = nullptr) const;
    // Connects, says EHLO (and STARTTLS, login) and quits without sending anything.
    SmtpResult check(const std::atomic_bool *cancel = nullptr) const;

private:
    SmtpResult perform(const QString &recipient, const QByteArray *message, const std::atomic_bool *cancel) const;

    MailSettings m_settings;
    QString m_password;
};

} // namespace qadesk
