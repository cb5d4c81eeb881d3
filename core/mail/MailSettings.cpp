#include "MailSettings.h"

#include "storage/MailOutboxStore.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace qadesk {

QString MailSettings::securityId(Security security)
{
    switch (security) {
    case Security::StartTls: return u"starttls"_s;
    case Security::Tls: return u"tls"_s;
    case Security::None: return u"none"_s;
    }
    return {};
}

std::optional<MailSettings::Security> MailSettings::securityFromId(QStringView id)
{
    if (id == u"starttls")
        return Security::StartTls;
    if (id == u"tls")
        return Security::Tls;
    if (id == u"none")
        return Security::None;
    return std::nullopt;
}

QHash<QString, QString> MailSettings::toMap() const
{
    return {
        {u"enabled"_s, enabled ? u"1"_s : u"0"_s},
        {u"host"_s, host},
        {u"port"_s, QString::number(port)},
        {u"security"_s, securityId(security)},
        {u"user"_s, user},
        {u"sender"_s, sender},
        {u"sender_name"_s, senderName},
        {u"password_env"_s, passwordEnv},
        {u"scores_url"_s, scoresUrl},
        {u"dispute_window_days"_s, QString::number(disputeWindowDays)},
        {u"dispute_wait_days"_s, QString::number(disputeWaitDays)},
        {u"admin_email"_s, adminEmail},
        {u"templates_dir"_s, templatesDir},
        {u"ca_file"_s, caFile},
        {u"max_attempts"_s, QString::number(maxAttempts)},
    };
}

Result<MailSettings> MailSettings::fromMap(const QHash<QString, QString> &values)
{
    MailSettings s;
    QStringList problems;
    const auto number = [&](const QString &key, int &target, int min, int max) {
        if (!values.contains(key))
            return;
        bool ok = false;
        const int value = values.value(key).toInt(&ok);
        if (!ok || value < min || value > max)
            problems.append(tr("%1: expected a whole number from %2 to %3").arg(key).arg(min).arg(max));
        else
            target = value;
    };
    const auto text = [&](const QString &key, QString &target) {
        if (values.contains(key))
            target = values.value(key).trimmed();
    };
    if (values.contains(u"enabled"_s))
        s.enabled = values.value(u"enabled"_s) != u"0"_s;
    text(u"host"_s, s.host);
    number(u"port"_s, s.port, 1, 65535);
    if (values.contains(u"security"_s)) {
        const auto security = securityFromId(values.value(u"security"_s));
        if (!security)
            problems.append(tr("security: expected starttls, tls or none"));
        else
            s.security = *security;
    }
    text(u"user"_s, s.user);
    text(u"sender"_s, s.sender);
    text(u"sender_name"_s, s.senderName);
    text(u"password_env"_s, s.passwordEnv);
    text(u"scores_url"_s, s.scoresUrl);
    number(u"dispute_window_days"_s, s.disputeWindowDays, 1, 365);
    number(u"dispute_wait_days"_s, s.disputeWaitDays, 1, 365);
    text(u"admin_email"_s, s.adminEmail);
    text(u"templates_dir"_s, s.templatesDir);
    text(u"ca_file"_s, s.caFile);
    number(u"max_attempts"_s, s.maxAttempts, 1, 100);
    if (!problems.isEmpty())
        return std::unexpected(Error::invalid(problems.join(u'\n')));
    return s;
}

QStringList MailSettings::problems() const
{
    QStringList list;
    if (host.isEmpty())
        list.append(tr("server: no SMTP server is set"));
    if (!sender.contains(u'@'))
        list.append(tr("sender: \"%1\" is not an email address").arg(sender));
    // Plain SMTP would send passwords and people's scores in the clear; it is allowed only to
    // this machine (a local relay).
    if (security == Security::None && host != u"localhost"_s && !QHostAddress(host).isLoopback())
        list.append(tr("security: unencrypted SMTP is allowed only to this computer (localhost); "
                       "choose STARTTLS or TLS for %1").arg(host));
    return list;
}

QString MailSettings::senderDomain() const
{
    const QString domain = sender.section(u'@', 1).trimmed();
    return domain.isEmpty() ? u"qadesk.invalid"_s : domain;
}

Result<MailSettings> MailSettings::load(Database &db)
{
    const Result<QHash<QString, QString>> values = MailOutboxStore(db).settings();
    if (!values)
        return std::unexpected(values.error());
    return fromMap(*values);
}

} // namespace qadesk
