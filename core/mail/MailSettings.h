#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace qadesk {

class Database;

// The workspace's mail settings: one typed table of keys with defaults, stored in the database
// (the window and a scheduled `qadesk mail send-pending` must agree). No password: it lives in
// the system keychain, or for scheduled jobs in the environment variable named here.
struct MailSettings
{
    Q_DECLARE_TR_FUNCTIONS(MailSettings)

public:
    enum class Security { StartTls, Tls, None };
    // The password's entry in the TokenVault (the system keychain).
    static constexpr QStringView vaultKey = u"mail:smtp";

    bool enabled = true;              // queue mail at all
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString sender;                   // the From address
    QString senderName = QStringLiteral("QA Desk");
    QString passwordEnv = QStringLiteral("QADESK_SMTP_PASSWORD");
    QString scoresUrl;                // where "all my scores" points (optional)
    int disputeWindowDays = 14;
    int disputeWaitDays = 5;          // the admin hears of disputes waiting longer
    QString adminEmail;               // who gets those notices (default: every admin)
    QString templatesDir;             // the admin's template overrides (optional)
    QString caFile;                   // extra CA certificates for a private mail server (optional)
    int maxAttempts = 8;

    static QString securityId(Security security);
    static std::optional<Security> securityFromId(QStringView id);

    [[nodiscard]] QHash<QString, QString> toMap() const;
    static Result<MailSettings> fromMap(const QHash<QString, QString> &values);
    // Problems that stop sending, each naming its field; empty when the server can be used.
    [[nodiscard]] QStringList problems() const;
    // The domain of the sender address, for Message-IDs.
    [[nodiscard]] QString senderDomain() const;

    static Result<MailSettings> load(Database &db);
};

} // namespace qadesk
